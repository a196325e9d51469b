// Dated changes placed where they belong in a household's history (issue 10): a backdated amount keeps the status
// of its date, corrections of months already reported or before a later status change are confirmed first, and
// the monthly table's households and persons reconcile month to month across deaths, births and moves.
#include "TestSupport.h"
#include "reports/compute/MonthlyReport.h"
#include "reports/table/ReportOutputLog.h"
#include "roster/MemberChanges.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTimeline.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

namespace {

qint64 figure(const ReportTable &t, const QString &key, int row = -1)
{
    const ReportRow &r = row < 0 ? t.rows.last() : t.rows.at(row);
    for (int c = 0; c < t.columns.size(); ++c) {
        if (t.columns.at(c).key == key)
            return r.cells.value(c).toLongLong();
    }
    return -1;
}

#define QVERIFY_OK(call)                                                                                               \
    do {                                                                                                               \
        const Result r_ = (call);                                                                                      \
        QVERIFY2(r_, qPrintable(r_.message()));                                                                        \
    } while (false)

Person member(const QString &name, const QDate &birth, int sequence, Relation relation)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber(birth, sequence);
    p.relation = relation;
    return p;
}

} // namespace

class TestStatusTimeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_t;
    QDate m_today;

    Database &db() { return *m_t->db; }
    void on(const QDate &day) { m_today = day; }

    qint64 create(Household h)
    {
        const Result r = RosterRepository(db()).createHousehold(h);
        if (!r)
            qWarning("createHousehold: %s", qPrintable(r.message()));
        return h.id;
    }

    qint64 personId(qint64 householdId, const QString &name)
    {
        const Outcome<Household> h = RosterRepository(db()).household(householdId);
        for (const Person &p : h->members) {
            if (p.name == name)
                return p.id;
        }
        return 0;
    }

    // The monthly table's total row for a month.
    ReportTable monthly(int year, int month) { return MonthlyReport(db()).compute(Period(year, month)).value(); }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        on(QDate(2026, 11, 5));
        db().setClock([this] { return QDateTime(m_today, QTime(9, 0)); });
    }

    // A household on dibao since 2021 at 500 yuan, suspended on 10 August; in November the clerk learns its amount
    // was 600 from May. The change keeps May–July active (it is placed in the history with the status of its date,
    // not today's), changes only their amount, and the household stays suspended from August.
    void backdatedAmountKeepsTheStatusOfItsDate()
    {
        Household h = household(m_t->village1, QStringLiteral("林一"), QDate(1950, 1, 1), 11);
        h.monthlyAmount = Money::fromYuan(500);
        const qint64 id = create(h);
        QVERIFY(id > 0);
        RosterRepository roster(db());
        on(QDate(2026, 8, 10));
        QVERIFY_OK(
            StatusTransitions(db()).changeStatus(id, HouseholdStatus::Suspended, m_today, QStringLiteral("外出务工")));
        on(QDate(2026, 11, 5));
        QList<ReportTable> before;
        for (int m = 1; m <= 10; ++m)
            before << monthly(2026, m);
        QCOMPARE(figure(before.at(3), QStringLiteral("benefit_total")), 50000); // April
        QCOMPARE(figure(before.at(7), QStringLiteral("households")), 0); // August: suspended

        // Before a later status change: refused until confirmed, saying why.
        const CorrectionImpact impact = roster.correctionImpact(id, QDate(2026, 5, 1)).value();
        QVERIFY(impact.needsConfirmation());
        QCOMPARE(impact.laterStatusDate, QDate(2026, 8, 10));
        QCOMPARE(impact.firstMonth, Period(2026, 5));
        QCOMPARE(impact.lastMonth, Period(2026, 10));
        const Result refused = StatusTransitions(db()).setMonthlyAmount(
            id, Money::fromYuan(600), QDate(2026, 5, 1), QStringLiteral("复核"));
        QCOMPARE(refused.kind(), Result::Kind::Rejected);
        QCOMPARE(refused.field(), QStringLiteral("confirm"));
        QVERIFY2(refused.message().contains(QStringLiteral("2026-08-10")), qPrintable(refused.message()));
        QVERIFY(monthly(2026, 6) == before.at(5)); // nothing written
        QVERIFY_OK(StatusTransitions(db()).setMonthlyAmount(
            id, Money::fromYuan(600), QDate(2026, 5, 1), QStringLiteral("复核"), true));

        for (int m = 1; m <= 10; ++m) {
            ReportTable after = monthly(2026, m);
            const ReportTable &was = before.at(m - 1);
            after.date = was.date;
            if (m < 5 || m >= 8) {
                QVERIFY2(after == was, qPrintable(QStringLiteral("month %1 changed").arg(m)));
                continue;
            }
            // May–July: still on dibao, the amount now 600.
            QCOMPARE(figure(after, QStringLiteral("households")), 1);
            QCOMPARE(figure(after, QStringLiteral("covered_persons")), figure(was, QStringLiteral("covered_persons")));
            QCOMPARE(figure(after, QStringLiteral("benefit_total")), 60000);
        }
        // The suspension keeps its date; the household is still suspended, with 600 if it resumes.
        const Outcome<Household> stored = roster.household(id);
        QCOMPARE(stored->status, HouseholdStatus::Suspended);
        QCOMPARE(stored->monthlyAmount, Money::fromYuan(600));
        const QList<StatusChange> history = roster.statusHistory(id).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(1).date, QDate(2026, 5, 1));
        QCOMPARE(history.at(1).to, HouseholdStatus::Active);
        QCOMPARE(history.at(1).monthlyAmount, Money::fromYuan(600));
        QCOMPARE(history.at(2).to, HouseholdStatus::Suspended);
        QCOMPARE(history.at(2).monthlyAmount, Money::fromYuan(600)); // carried into the later row
        // Audited as a correction naming the months.
        const QList<AuditRecord> records = AuditLog(db()).forHousehold(id).value();
        const QJsonObject last = QJsonDocument::fromJson(records.last().newValue.toUtf8()).object();
        QCOMPARE(records.last().action, QStringLiteral("amount"));
        QCOMPARE(last.value(QStringLiteral("correction")).toString(), QStringLiteral("2026-05—2026-10"));
        QVERIFY(AuditLog(db()).verify().ok);
    }

    // A later amount change stops the carry: an earlier correction reaches only up to it.
    void backdatedAmountStopsAtTheNextAmount()
    {
        Household h = household(m_t->village1, QStringLiteral("林二"), QDate(1950, 1, 1), 11);
        h.monthlyAmount = Money::fromYuan(500);
        const qint64 id = create(h);
        RosterRepository roster(db());
        on(QDate(2026, 9, 1));
        QVERIFY_OK(
            StatusTransitions(db()).setMonthlyAmount(id, Money::fromYuan(700), m_today, QStringLiteral("标准提高")));
        on(QDate(2026, 11, 5));
        QVERIFY_OK(StatusTransitions(db()).setMonthlyAmount(
            id, Money::fromYuan(550), QDate(2026, 6, 1), QStringLiteral("更正"), true));
        QCOMPARE(figure(monthly(2026, 5), QStringLiteral("benefit_total")), 50000);
        QCOMPARE(figure(monthly(2026, 7), QStringLiteral("benefit_total")), 55000);
        QCOMPARE(figure(monthly(2026, 9), QStringLiteral("benefit_total")), 70000);
        QCOMPARE(roster.household(id)->monthlyAmount, Money::fromYuan(700));
    }

    // A month whose tables were printed or exported asks first, and names it; the current month does not.
    void reportedMonthAsksFirst()
    {
        const qint64 id = create(household(m_t->village1, QStringLiteral("林三"), QDate(1950, 1, 1), 11));
        RosterRepository roster(db());
        QVERIFY(!roster.correctionImpact(id, QDate(2026, 9, 15)).value().needsConfirmation());
        QVERIFY(!roster.correctionImpact(id, QDate(2026, 11, 1)).value().changesPastMonths());
        QVERIFY_OK(
            ReportOutputLog(db()).record(monthly(2026, 9), QStringLiteral("pdf"), QStringLiteral("/tmp/九月.pdf")));
        const CorrectionImpact impact = roster.correctionImpact(id, QDate(2026, 9, 15)).value();
        QVERIFY(impact.needsConfirmation());
        QCOMPARE(impact.reportedMonths, QList<Period> {Period(2026, 9)});
        QVERIFY2(impact.text().contains(QStringLiteral("2026-09")), qPrintable(impact.text()));
        const Result refused = StatusTransitions(db()).changeStatus(
            id, HouseholdStatus::Suspended, QDate(2026, 9, 15), QStringLiteral("外出"));
        QCOMPARE(refused.field(), QStringLiteral("confirm"));
        QCOMPARE(roster.household(id)->status, HouseholdStatus::Active);
        // After September: no month already reported, no confirmation.
        QVERIFY(!roster.correctionImpact(id, QDate(2026, 10, 2)).value().needsConfirmation());
        QVERIFY_OK(StatusTransitions(db()).changeStatus(
            id, HouseholdStatus::Suspended, QDate(2026, 10, 2), QStringLiteral("外出")));
        QCOMPARE(figure(monthly(2026, 9), QStringLiteral("households")), 1);
        QCOMPARE(figure(monthly(2026, 10), QStringLiteral("households")), 0);
    }

    // A household approved in October is one of October's households, but its benefit is paid from November.
    void approvedInAMonthIsPaidFromTheNext()
    {
        on(QDate(2026, 10, 3));
        Household h = household(m_t->village1, QStringLiteral("周四"), QDate(1960, 1, 1), 21, 1);
        h.status = HouseholdStatus::Applying;
        h.startPeriod = Period();
        h.statusDate = m_today;
        const qint64 id = create(h);
        on(QDate(2026, 10, 20));
        QVERIFY_OK(StatusTransitions(db()).changeStatus(id, HouseholdStatus::Active, m_today, {}));
        on(QDate(2026, 11, 20));
        const ReportTable october = monthly(2026, 10);
        QCOMPARE(figure(october, QStringLiteral("households")), 1);
        QCOMPARE(figure(october, QStringLiteral("covered_persons")), 2);
        QCOMPARE(figure(october, QStringLiteral("added_households")), 1);
        QCOMPARE(figure(october, QStringLiteral("benefit_total")), 0);
        QCOMPARE(figure(monthly(2026, 11), QStringLiteral("benefit_total")), 60000);
    }

    // Households and persons reconcile from month to month: last month + added − left = this month, across a death,
    // a birth, a member moving between two households, an exit and an approval.
    void monthsReconcileAcrossDeathsBirthsAndMoves()
    {
        RosterRepository roster(db());
        const qint64 a = create(household(m_t->village1, QStringLiteral("陈甲"), QDate(1950, 1, 1), 31, 2));
        const qint64 b = create(household(m_t->village2, QStringLiteral("黄乙"), QDate(1970, 1, 1), 41, 1));
        const qint64 c = create(household(m_t->village1, QStringLiteral("吴丙"), QDate(1940, 1, 1), 51));
        on(QDate(2026, 3, 10)); // a death in 陈甲's household
        QVERIFY_OK(MemberChanges(db()).recordDeath(personId(a, QStringLiteral("陈小1")), m_today));
        on(QDate(2026, 4, 2)); // a birth in 黄乙's household
        Person baby = member(QStringLiteral("黄宝宝"), QDate(2026, 3, 28), 43, Relation::Son);
        QVERIFY_OK(MemberChanges(db()).addMember(b, baby, {QDate(2026, 3, 28), false, true}));
        on(QDate(2026, 5, 6)); // 陈小2 marries into 黄乙's household
        QVERIFY_OK(MemberChanges(db()).moveMember(
            personId(a, QStringLiteral("陈小2")), b, m_today, QStringLiteral("结婚迁入")));
        on(QDate(2026, 6, 8)); // 吴丙 dies alone: the household exits
        QVERIFY_OK(MemberChanges(db()).recordDeath(personId(c, QStringLiteral("吴丙")), m_today));
        on(QDate(2026, 7, 1));
        Household d = household(m_t->village2, QStringLiteral("许丁"), QDate(1980, 1, 1), 61);
        d.status = HouseholdStatus::Applying;
        d.startPeriod = Period();
        d.statusDate = m_today;
        const qint64 dId = create(d);
        on(QDate(2026, 7, 15));
        QVERIFY_OK(StatusTransitions(db()).changeStatus(dId, HouseholdStatus::Active, m_today, {}));
        on(QDate(2026, 8, 3));

        const qint64 expectedPersons[] = {6, 6, 6, 6, 5, 6}; // at the end of February … July
        for (int m = 3; m <= 8; ++m) {
            const ReportTable was = monthly(2026, m - 1);
            const ReportTable now = monthly(2026, m);
            QCOMPARE(figure(was, QStringLiteral("households")) + figure(now, QStringLiteral("added_households"))
                    - figure(now, QStringLiteral("left_households")),
                figure(now, QStringLiteral("households")));
            QCOMPARE(figure(was, QStringLiteral("covered_persons")) + figure(now, QStringLiteral("added_persons"))
                    - figure(now, QStringLiteral("left_persons")),
                figure(now, QStringLiteral("covered_persons")));
            QCOMPARE(figure(was, QStringLiteral("covered_persons")), expectedPersons[m - 3]);
            // Every covered person in an age group: all are registered by name here.
            QCOMPARE(figure(now, QStringLiteral("elderly")) + figure(now, QStringLiteral("adults"))
                    + figure(now, QStringLiteral("minors")),
                figure(now, QStringLiteral("covered_persons")));
        }
        // The birth counts in March, when the baby was born, not in April when it was recorded.
        QCOMPARE(figure(monthly(2026, 3), QStringLiteral("added_persons")), 1);
        QCOMPARE(figure(monthly(2026, 3), QStringLiteral("left_persons")), 1);
        QCOMPARE(figure(monthly(2026, 4), QStringLiteral("added_persons")), 0);
        // The move: one person out of one household, into the other, in May.
        QCOMPARE(figure(monthly(2026, 5), QStringLiteral("added_persons")), 1);
        QCOMPARE(figure(monthly(2026, 5), QStringLiteral("left_persons")), 1);
    }

    // The head dies: the clerk names the new head, and the household's amount from that day; the deceased is no
    // longer recorded as head.
    void headsDeathNamesTheNewHeadAndAmount()
    {
        Household h = household(m_t->village1, QStringLiteral("郑老"), QDate(1940, 1, 1), 71, 1);
        Person wife = member(QStringLiteral("郑妻"), QDate(1945, 2, 2), 74, Relation::Spouse);
        h.members.append(wife);
        h.monthlyAmount = Money::fromYuan(900);
        const qint64 id = create(h);
        RosterRepository roster(db());
        on(QDate(2026, 10, 12));
        QVERIFY_OK(MemberChanges(db()).recordDeath(
            personId(id, QStringLiteral("郑老")), m_today, personId(id, QStringLiteral("郑妻")), Money::fromYuan(600)));
        const Outcome<Household> after = roster.household(id);
        QCOMPARE(after->headName(), QStringLiteral("郑妻"));
        QCOMPARE(after->monthlyAmount, Money::fromYuan(600));
        QCOMPARE(after->coveredCount, 2);
        for (const Person &p : after->members) {
            if (p.name == QStringLiteral("郑老")) {
                QVERIFY(!p.isHead());
                QCOMPARE(p.displayRelation(), QStringLiteral("原户主"));
            }
        }
        QCOMPARE(figure(monthly(2026, 9), QStringLiteral("benefit_total")), 90000);
        on(QDate(2026, 11, 2));
        QCOMPARE(figure(monthly(2026, 10), QStringLiteral("benefit_total")), 60000);
        QCOMPARE(figure(monthly(2026, 10), QStringLiteral("left_persons")), 1);
    }

    // A roster that listed only the head declares 4 persons: a member entered later is one of them (the size stays)
    // or someone new (it grows) — the clerk says which.
    void memberAlreadyCountedOrNew()
    {
        Household h = household(m_t->village1, QStringLiteral("王独"), QDate(1960, 1, 1), 81);
        h.memberCount = 4;
        h.coveredCount = 4;
        const qint64 id = create(h);
        RosterRepository roster(db());
        QCOMPARE(RosterRepository::unrecordedPersons(*roster.household(id)), 3);
        Person son = member(QStringLiteral("王子"), QDate(1990, 1, 1), 83, Relation::Son);
        QVERIFY_OK(MemberChanges(db()).addMember(id, son, {QDate(), true, false}));
        QCOMPARE(roster.household(id)->memberCount, 4);
        QCOMPARE(roster.household(id)->coveredCount, 4);
        Person baby = member(QStringLiteral("王孙"), QDate(2026, 10, 1), 85, Relation::Grandson);
        QVERIFY_OK(MemberChanges(db()).addMember(id, baby, {QDate(2026, 10, 1), false, false}));
        QCOMPARE(roster.household(id)->memberCount, 5);
        QCOMPARE(roster.household(id)->coveredCount, 5);
        QCOMPARE(figure(monthly(2026, 10), QStringLiteral("added_persons")), 1);
        // Once every declared person has a record, "already counted" is refused.
        const qint64 small = create(household(m_t->village2, QStringLiteral("李全"), QDate(1960, 1, 1), 91));
        Person other = member(QStringLiteral("李子"), QDate(1990, 1, 1), 93, Relation::Son);
        const Result refused = MemberChanges(db()).addMember(small, other, {QDate(), true, false});
        QCOMPARE(refused.field(), QStringLiteral("alreadyCounted"));
    }

    // The figures' own step refuses what is not possible, naming the field.
    void figuresAreChecked()
    {
        const qint64 id = create(household(m_t->village1, QStringLiteral("赵五"), QDate(1960, 1, 1), 95, 1));
        RosterRepository roster(db());
        StatusTransitions::Figures negative;
        negative.amount = Money::fromFen(-10000);
        QCOMPARE(StatusTransitions(db()).changeFigures(id, negative, m_today, QStringLiteral("x")).field(),
            QStringLiteral("amount"));
        StatusTransitions::Figures noReason;
        noReason.amount = Money::fromYuan(700);
        QCOMPARE(
            StatusTransitions(db()).changeFigures(id, noReason, m_today, QString()).field(), QStringLiteral("reason"));
        StatusTransitions::Figures tooMany;
        tooMany.covered = 3;
        QCOMPARE(StatusTransitions(db()).changeFigures(id, tooMany, m_today, QStringLiteral("x")).field(),
            QStringLiteral("covered"));
        StatusTransitions::Figures grow;
        grow.members = 3;
        grow.covered = 3;
        QVERIFY_OK(StatusTransitions(db()).changeFigures(id, grow, m_today, QStringLiteral("户籍迁入一人")));
        QCOMPARE(roster.household(id)->memberCount, 3);
        QCOMPARE(roster.household(id)->coveredCount, 3);
        QCOMPARE(roster.statusHistory(id).value().last().coveredCount, 3);
    }
};

QTEST_GUILESS_MAIN(TestStatusTimeline)
#include "tst_status_timeline.moc"
