#include "TestSupport.h"
#include "checks/DataChecks.h"
#include "core/IdNumber.h"
#include "ledgers/LedgerDefaults.h"
#include "office/OfficeRepository.h"
#include "roster/MemberChanges.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

// A small roster of clean households with one or two planted cases per check, and near-misses that a
// check must not find. Every check is asserted to find exactly the planted households, in roster order.
class TestDataChecks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    const QDate m_today = QDate(2026, 11, 27);
    int m_sequence = 101;
    QMap<QString, qint64> m_ids; // household by the name of its head

    // A clean household: head (and children) as TestSupport builds them, reviewed this year.
    Household clean(const QString &head, const QDate &birth, int children = 0, qint64 village = 0)
    {
        Household h = household(village ? village : m_t->village1, head, birth, m_sequence, children);
        m_sequence += 10;
        h.reviewDate = QDate(2026, 6, 1);
        return h;
    }

    qint64 add(Household h)
    {
        const Result r = RosterRepository(*m_t->db).createHousehold(h);
        if (!r)
            qWarning("createHousehold: %s", qPrintable(r.message()));
        m_ids.insert(h.headName(), h.id);
        return h.id;
    }

    // Writes the way another tool would: raw SQL, past the schema's CHECK constraints.
    bool sql(const QString &statement, const QVariantList &values = {})
    {
        QSqlQuery q(m_t->db->connection());
        q.prepare(statement);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            return false;
        }
        return true;
    }

    qint64 personOf(qint64 household, int index)
    {
        return RosterRepository(*m_t->db).household(household)->members.at(index).id;
    }

    QList<qint64> found(const QString &key, const QDate &day = {})
    {
        QList<qint64> out;
        for (const DataCheckHit &hit : DataChecks(*m_t->db).run(key, day).value())
            out << hit.householdId;
        return out;
    }

    DataCheckHit hitFor(const QString &key, qint64 household)
    {
        for (const DataCheckHit &hit : DataChecks(*m_t->db).run(key).value())
            if (hit.householdId == household)
                return hit;
        return {};
    }

    qint64 id(const char *head) const { return m_ids.value(QString::fromUtf8(head)); }

    // An ID number ending in X, for the lower-case x case.
    static QString idEndingInX(const QDate &birth)
    {
        for (int sequence = 1; sequence < 999; sequence += 2) {
            QString number = idNumber(birth, sequence);
            if (number.endsWith(u'X'))
                return number;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = makeDatabase();
        QVERIFY(m_t->db);
        m_t->db->setClock([this] { return QDateTime(m_today, QTime(9, 0)); });
        // The standard in force today is 650 yuan (600 from 2020 comes with the test database); one from next
        // year must not count yet.
        OfficeRepository office(*m_t->db);
        BenefitStandard mid {0, QDate(2026, 7, 1), Money::fromYuan(650), {}};
        QVERIFY(office.addStandard(mid));
        BenefitStandard future {0, QDate(2027, 1, 1), Money::fromYuan(900), {}};
        QVERIFY(office.addStandard(future));

        // Clean households, in both villages.
        QVERIFY(add(clean(QStringLiteral("陈清白"), QDate(1950, 1, 1), 2)));
        QVERIFY(add(clean(QStringLiteral("林正常"), QDate(1948, 5, 5), 1, m_t->village2)));
        QVERIFY(add(clean(QStringLiteral("黄独居"), QDate(1940, 2, 2))));

        // invalid_id: a wrong check digit; an empty number.
        QVERIFY(add(clean(QStringLiteral("错号甲"), QDate(1955, 3, 3), 1)));
        QVERIFY(sql(QStringLiteral("UPDATE person SET id_number = '350121201005010013' WHERE id = ?"),
            {personOf(id("错号甲"), 1)}));
        QVERIFY(add(clean(QStringLiteral("空号乙"), QDate(1956, 4, 4), 1, m_t->village2)));
        QVERIFY(sql(QStringLiteral("UPDATE person SET id_number = '' WHERE id = ?"), {personOf(id("空号乙"), 1)}));

        // duplicate_id: a head's number again, as an old 15-digit number, in another household; a number ending in
        // X again with a lower-case x; two households paid to one bank account (spaces differ).
        QVERIFY(add(clean(QStringLiteral("重号丙"), QDate(1950, 3, 3))));
        QVERIFY(add(clean(QStringLiteral("重号丁"), QDate(1952, 7, 7))));
        const QString old15 = RosterRepository(*m_t->db).household(id("重号丙"))->headIdNumber();
        QVERIFY(sql(QStringLiteral("INSERT INTO person (household_id, name, id_number, relation, covered) "
                                   "VALUES (?, '王旧号', ?, 'other', 0)"),
            {id("重号丁"), old15.left(6) + old15.mid(8, 9)}));
        QVERIFY(sql(QStringLiteral("UPDATE household SET member_count = 2 WHERE id = ?"), {id("重号丁")}));
        Household x = clean(QStringLiteral("重号戊"), QDate(1953, 8, 8));
        x.members[0].idNumber = idEndingInX(QDate(1953, 8, 8));
        QVERIFY(add(x));
        QVERIFY(add(clean(QStringLiteral("重号己"), QDate(1954, 9, 9), 0, m_t->village2)));
        QVERIFY(sql(QStringLiteral("INSERT INTO person (household_id, name, id_number, relation, covered) "
                                   "VALUES (?, '李小写', ?, 'other', 0)"),
            {id("重号己"), idEndingInX(QDate(1953, 8, 8)).toLower()}));
        QVERIFY(sql(QStringLiteral("UPDATE household SET member_count = 2 WHERE id = ?"), {id("重号己")}));
        Household g = clean(QStringLiteral("同卡庚"), QDate(1951, 1, 11));
        g.bankAccount = QStringLiteral("6217 0012 3456 7890");
        QVERIFY(add(g));
        Household h = clean(QStringLiteral("同卡辛"), QDate(1951, 2, 12));
        h.bankAccount = QStringLiteral("6217001234567890");
        QVERIFY(add(h));
        Household other = clean(QStringLiteral("别卡壬"), QDate(1951, 3, 13));
        other.bankAccount = QStringLiteral("6217001234567891"); // near-miss: one digit differs
        QVERIFY(add(other));

        // covered_above_members: declared covered above members; covered member records above members.
        QVERIFY(add(clean(QStringLiteral("超保甲"), QDate(1949, 1, 21), 1)));
        QVERIFY(add(clean(QStringLiteral("超保乙"), QDate(1949, 2, 22), 1)));
        QVERIFY(sql(QStringLiteral("PRAGMA ignore_check_constraints = ON")));
        QVERIFY(sql(QStringLiteral("UPDATE household SET covered_count = 3 WHERE id = ?"), {id("超保甲")}));
        QVERIFY(sql(
            QStringLiteral("UPDATE household SET member_count = 1, covered_count = 1 WHERE id = ?"), {id("超保乙")}));

        // amount_above_standard (650 × 2 = 1,300.00): one fen above; exactly equal; above the old standard only.
        Household m = clean(QStringLiteral("超额甲"), QDate(1947, 3, 3), 1);
        m.monthlyAmount = Money::fromFen(130001);
        QVERIFY(add(m));
        Household n = clean(QStringLiteral("足额乙"), QDate(1947, 4, 4), 1);
        n.monthlyAmount = Money::fromFen(130000);
        QVERIFY(add(n));
        Household o = clean(QStringLiteral("旧标丙"), QDate(1947, 5, 5), 1);
        o.monthlyAmount = Money::fromYuan(1250);
        QVERIFY(add(o));

        // deceased_covered: a dead member still counted as covered; a dead member still a current member.
        QVERIFY(add(clean(QStringLiteral("亡保甲"), QDate(1946, 6, 6), 1)));
        QVERIFY(sql(QStringLiteral("UPDATE person SET deceased_date = '2026-05-01', covered = 1 WHERE id = ?"),
            {personOf(id("亡保甲"), 1)}));
        Household p = clean(QStringLiteral("亡籍乙"), QDate(1946, 7, 7), 1);
        p.members[1].deceasedDate = QDate(2026, 3, 1);
        p.members[1].covered = false;
        QVERIFY(add(p));
        // Near-miss: a death recorded the proper way (the member left the roster).
        QVERIFY(add(clean(QStringLiteral("亡销丙"), QDate(1946, 8, 8), 1)));
        QVERIFY(MemberChanges(*m_t->db).recordDeath(personOf(id("亡销丙"), 1), QDate(2026, 2, 2)));

        // review_overdue: never reviewed (village 2, added first); reviewed 13 months ago (suspended); near-misses
        // 11 months and exactly 12 months ago.
        Household s = clean(QStringLiteral("未审甲"), QDate(1945, 1, 1), 0, m_t->village2);
        s.reviewDate = QDate();
        QVERIFY(add(s));
        Household t = clean(QStringLiteral("逾审乙"), QDate(1945, 2, 2));
        t.reviewDate = QDate(2025, 10, 26);
        QVERIFY(add(t));
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            id("逾审乙"), HouseholdStatus::Suspended, QDate(2026, 9, 1), QStringLiteral("外出务工")));
        Household u = clean(QStringLiteral("近审丙"), QDate(1945, 3, 3));
        u.reviewDate = QDate(2025, 12, 27);
        QVERIFY(add(u));
        Household v = clean(QStringLiteral("满年丁"), QDate(1945, 4, 4));
        v.reviewDate = QDate(2025, 11, 27);
        QVERIFY(add(v));
        // Every 6 months with an able-bodied member (41, healthy, able to work): reviewed 6 months and a week ago;
        // the same date is not yet due for an elderly household (every 12 months).
        Household w = clean(QStringLiteral("半年戊"), QDate(1985, 5, 5));
        w.reviewDate = QDate(2026, 5, 20);
        QVERIFY(add(w));
        Household y = clean(QStringLiteral("整年己"), QDate(1950, 6, 6));
        y.reviewDate = QDate(2026, 5, 20);
        QVERIFY(add(y));

        // able_bodied_household: two healthy adults of 30 and 18 (18 today). Near-misses: one turns 60 today;
        // a single able-bodied adult; one member chronically ill; one partly unable to work.
        Household able = clean(QStringLiteral("壮年甲"), QDate(1996, 1, 1));
        Person spouse;
        spouse.name = QStringLiteral("壮年甲妻");
        spouse.idNumber = idNumber(QDate(2008, 11, 27), 902);
        spouse.relation = Relation::Spouse;
        able.members << spouse;
        able.monthlyAmount = Money::fromYuan(500);
        QVERIFY(add(able));
        Household sixty = clean(QStringLiteral("花甲乙"), QDate(1990, 1, 1));
        Person elder;
        elder.name = QStringLiteral("花甲乙父");
        elder.idNumber = idNumber(QDate(1966, 11, 27), 903);
        elder.relation = Relation::Father;
        sixty.members << elder;
        QVERIFY(add(sixty));
        QVERIFY(add(clean(QStringLiteral("单身丙"), QDate(1986, 6, 6))));
        Household ill = clean(QStringLiteral("慢病丁"), QDate(1980, 1, 1));
        Person sick = spouse;
        sick.name = QStringLiteral("慢病丁妻");
        sick.idNumber = idNumber(QDate(1982, 2, 2), 904);
        sick.health = Health::Chronic;
        ill.members << sick;
        QVERIFY(add(ill));
        Household partial = clean(QStringLiteral("半劳戊"), QDate(1980, 3, 3));
        Person weak = spouse;
        weak.name = QStringLiteral("半劳戊妻");
        weak.idNumber = idNumber(QDate(1982, 4, 4), 906);
        weak.labourAbility = LabourAbility::Partial;
        partial.members << weak;
        QVERIFY(add(partial));

        // Households no longer on dibao are not checked, whatever they carry.
        Household gone = clean(QStringLiteral("退保癸"), QDate(1990, 5, 5));
        gone.members << spouse;
        gone.members.last().name = QStringLiteral("退保癸妻");
        gone.members.last().idNumber = idNumber(QDate(1991, 6, 6), 908);
        gone.reviewDate = QDate();
        gone.bankAccount = QStringLiteral("6217001234567890");
        gone.monthlyAmount = Money::fromYuan(5000);
        QVERIFY(add(gone));
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            id("退保癸"), HouseholdStatus::Exited, QDate(2026, 10, 1), QStringLiteral("收入超标")));
        QVERIFY(sql(QStringLiteral("UPDATE person SET id_number = '12345' WHERE id = ?"), {personOf(id("退保癸"), 1)}));
        QVERIFY(sql(QStringLiteral("UPDATE person SET deceased_date = '2026-09-09', covered = 1 WHERE id = ?"),
            {personOf(id("退保癸"), 0)}));
        QVERIFY(sql(QStringLiteral("UPDATE household SET covered_count = 5 WHERE id = ?"), {id("退保癸")}));
        QVERIFY(sql(QStringLiteral("PRAGMA ignore_check_constraints = OFF")));
    }

    void keysAndTitles()
    {
        const QStringList keys = DataChecks::keys();
        QCOMPARE(keys.size(), 7);
        for (const QString &key : keys)
            QVERIFY2(!DataChecks::title(key).isEmpty(), qPrintable(key));
        QCOMPARE(DataChecks::title(QStringLiteral("invalid_id")), QStringLiteral("Invalid or missing ID numbers"));
        QVERIFY(found(QStringLiteral("no_such_check")).isEmpty());
    }

    void invalidId()
    {
        QCOMPARE(found(QStringLiteral("invalid_id")), (QList<qint64> {id("错号甲"), id("空号乙")}));
        const DataCheckHit hit = hitFor(QStringLiteral("invalid_id"), id("错号甲"));
        QCOMPARE(hit.headName, QStringLiteral("错号甲"));
        QCOMPARE(hit.villageName, QStringLiteral("上街村"));
        QVERIFY(IdNumber::parse(hit.headIdNumber).isValid());
        QVERIFY2(hit.detail.contains(QStringLiteral("错小1"))
                && hit.detail.contains(QStringLiteral("350121201005010013"))
                && hit.detail.contains(QStringLiteral("check digit")),
            qPrintable(hit.detail));
        QVERIFY2(hitFor(QStringLiteral("invalid_id"), id("空号乙")).detail.contains(QStringLiteral("empty")),
            qPrintable(hitFor(QStringLiteral("invalid_id"), id("空号乙")).detail));
    }

    void duplicateId()
    {
        // Roster order: village 1 by id, then village 2.
        QCOMPARE(found(QStringLiteral("duplicate_id")),
            (QList<qint64> {id("重号丙"), id("重号丁"), id("重号戊"), id("同卡庚"), id("同卡辛"), id("重号己")}));
        const QString detail = hitFor(QStringLiteral("duplicate_id"), id("重号丁")).detail;
        QVERIFY2(
            detail.contains(QStringLiteral("王旧号")) && detail.contains(QStringLiteral("重号丙")), qPrintable(detail));
        const QString bank = hitFor(QStringLiteral("duplicate_id"), id("同卡庚")).detail;
        QVERIFY2(bank.contains(QStringLiteral("6217001234567890")) && bank.contains(QStringLiteral("同卡辛"))
                && !bank.contains(QStringLiteral("退保癸")),
            qPrintable(bank));
    }

    void coveredAboveMembers()
    {
        QCOMPARE(found(QStringLiteral("covered_above_members")), (QList<qint64> {id("超保甲"), id("超保乙")}));
        const QString detail = hitFor(QStringLiteral("covered_above_members"), id("超保甲")).detail;
        QVERIFY2(detail.contains(u'3') && detail.contains(u'2'), qPrintable(detail));
    }

    void amountAboveStandard()
    {
        QCOMPARE(found(QStringLiteral("amount_above_standard")), QList<qint64> {id("超额甲")});
        const QString detail = hitFor(QStringLiteral("amount_above_standard"), id("超额甲")).detail;
        QVERIFY2(detail.contains(QStringLiteral("1,300.01")) && detail.contains(QStringLiteral("650.00"))
                && detail.contains(QStringLiteral("1,300.00")),
            qPrintable(detail));
        // Under last year's standard (600) the 1,250 yuan household is above too; before any standard, nothing.
        QCOMPARE(found(QStringLiteral("amount_above_standard"), QDate(2026, 1, 1)),
            (QList<qint64> {id("超额甲"), id("足额乙"), id("旧标丙")}));
        QVERIFY(found(QStringLiteral("amount_above_standard"), QDate(2019, 12, 31)).isEmpty());
    }

    void deceasedCovered()
    {
        QCOMPARE(found(QStringLiteral("deceased_covered")), (QList<qint64> {id("亡保甲"), id("亡籍乙")}));
        const QString detail = hitFor(QStringLiteral("deceased_covered"), id("亡保甲")).detail;
        QVERIFY2(detail.contains(QStringLiteral("亡小1")) && detail.contains(QStringLiteral("2026-05-01")),
            qPrintable(detail));
    }

    void reviewOverdue()
    {
        QCOMPARE(found(QStringLiteral("review_overdue")), (QList<qint64> {id("逾审乙"), id("半年戊"), id("未审甲")}));
        const QString detail = hitFor(QStringLiteral("review_overdue"), id("逾审乙")).detail;
        QVERIFY2(
            detail.contains(QStringLiteral("2025-10-26")) && detail.contains(QStringLiteral("13")), qPrintable(detail));
        const QString sixMonths = hitFor(QStringLiteral("review_overdue"), id("半年戊")).detail;
        QVERIFY2(sixMonths.contains(QStringLiteral("2026-11-20")) && sixMonths.contains(QStringLiteral("6")),
            qPrintable(sixMonths));
        // A day later the household reviewed exactly 12 months before is overdue too.
        QVERIFY(found(QStringLiteral("review_overdue"), m_today.addDays(1)).contains(id("满年丁")));
    }

    void ableBodiedHousehold()
    {
        QCOMPARE(found(QStringLiteral("able_bodied_household")), QList<qint64> {id("壮年甲")});
        const QString detail = hitFor(QStringLiteral("able_bodied_household"), id("壮年甲")).detail;
        QVERIFY2(detail.contains(QStringLiteral("18")) && detail.contains(QStringLiteral("30")), qPrintable(detail));
        // The day before, the spouse is 17 (not yet) and the father 59 (still of working age).
        QCOMPARE(found(QStringLiteral("able_bodied_household"), m_today.addDays(-1)), QList<qint64> {id("花甲乙")});
    }

    void auditStillVerifies() { QVERIFY(AuditLog(*m_t->db).verify().ok); }

    // Each check in the registry guards against what the shipped checklist item beside it guards against, and every
    // check sits beside an item.
    void registryAgreesWithTheChecklist()
    {
        const ChecklistTemplate checklist = LedgerDefaults::defaultTemplate();
        QSet<QString> named;
        for (const ChecklistItem &item : checklist.items) {
            if (item.dataCheck.isEmpty())
                continue;
            named.insert(item.dataCheck);
            const DataCheck *check = DataChecks::find(item.dataCheck);
            QVERIFY2(check, qPrintable(item.code));
            QCOMPARE(check->id(), item.dataCheck);
            QCOMPARE(check->link(), item.link);
            const QList<ProblemType> types = check->problemTypes();
            QCOMPARE(QSet<ProblemType>(types.cbegin(), types.cend()),
                QSet<ProblemType>(item.problemTypes.cbegin(), item.problemTypes.cend()));
            QVERIFY(!check->queries().isEmpty());
        }
        const QStringList keys = DataChecks::keys();
        QCOMPARE(named, QSet<QString>(keys.cbegin(), keys.cend()));
        QCOMPARE(DataChecks::all().size(), std::size_t(7));
        QVERIFY(!DataChecks::find(QStringLiteral("no_such_check")));
    }

    // A roster that cannot be read (a file another program changed) is a failure of every check, not "nothing found".
    void unreadableRosterFailsEveryCheck()
    {
        const std::unique_ptr<TempDatabase> t = makeDatabase();
        QSqlQuery q(t->db->connection());
        QVERIFY2(
            q.exec(QStringLiteral("ALTER TABLE household RENAME TO household_gone")), qPrintable(q.lastError().text()));
        for (const QString &key : DataChecks::keys()) {
            const Outcome<QList<DataCheckHit>> hits = DataChecks(*t->db).run(key, m_today);
            QVERIFY2(!hits, qPrintable(key));
            QCOMPARE(hits.result().kind(), Result::Kind::Failed);
            QVERIFY2(hits.result().message().contains(QStringLiteral("could not be read")),
                qPrintable(hits.result().message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDataChecks)
#include "tst_data_checks.moc"
