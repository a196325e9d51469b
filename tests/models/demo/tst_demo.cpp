#include "TestSupport.h"
#include "checks/DataChecks.h"
#include "core/IdNumber.h"
#include "demo/DemoGenerator.h"
#include "office/OfficeRepository.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "storage/AuditLog.h"

#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace TestSupport;
using namespace Domain;

namespace {

QList<Household> allHouseholds(Database &db)
{
    RosterRepository roster(db);
    RosterFilter filter;
    QList<Household> out;
    const QList<RosterRow> rows = RosterQueries(db).rows(filter, 0, 1000000).value();
    for (const RosterRow &row : rows) {
        if (const Outcome<Household> h = roster.household(row.householdId))
            out.append(*h);
    }
    std::sort(out.begin(), out.end(), [](const Household &a, const Household &b) { return a.id < b.id; });
    return out;
}

// The first households' members, as a fingerprint of the generated data.
QStringList fingerprint(Database &db, int households)
{
    RosterRepository roster(db);
    QStringList out;
    for (qint64 id = 1; id <= households; ++id) {
        const Outcome<Household> h = roster.household(id);
        if (!h)
            continue;
        for (const Person &p : h->members)
            out.append(p.name + u' ' + p.idNumber + u' ' + key(p.relation));
        out.append(key(h->status) + u' ' + h->monthlyAmount.toPlainString());
    }
    return out;
}

bool isMale(Relation r)
{
    return r == Relation::Son || r == Relation::Father || r == Relation::Grandson || r == Relation::SonInLaw
        || r == Relation::Grandfather;
}

bool isFemale(Relation r)
{
    return r == Relation::Daughter || r == Relation::Mother || r == Relation::Granddaughter
        || r == Relation::DaughterInLaw || r == Relation::Grandmother;
}

int yearsBetween(const QDate &older, const QDate &younger)
{
    int years = younger.year() - older.year();
    if (younger.month() < older.month() || (younger.month() == older.month() && younger.day() < older.day()))
        --years;
    return years;
}

} // namespace

class TestDemo : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_big; // 1,500 households, seed 11, shared by the read-only checks
    QList<Household> m_households;

private Q_SLOTS:
    void initTestCase()
    {
        m_big = makeDatabase(false);
        QVERIFY(m_big->db->isOpen());
        const Result r = DemoGenerator(*m_big->db).generate(1500, 11);
        QVERIFY2(r, qPrintable(r.message()));
        m_households = allHouseholds(*m_big->db);
        QCOMPARE(m_households.size(), 1500);
    }

    void createsTheDemoTownship()
    {
        OfficeRepository offices(*m_big->db);
        QVERIFY(offices.isConfigured().value());
        const Office office = offices.office().value();
        QCOMPARE(office.divisionCode, QStringLiteral("350121101000"));
        QCOMPARE(office.county, QStringLiteral("闽侯县"));
        QVERIFY(OfficeRepository::divisionCodeProblem(office.divisionCode).isEmpty());
        const QList<Village> villages = offices.villages().value();
        QVERIFY(villages.size() >= 10);
        QSet<QString> names;
        for (int i = 0; i < villages.size(); ++i) {
            QCOMPARE(villages.at(i).code, QStringLiteral("350121101%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            names.insert(villages.at(i).name);
        }
        QCOMPARE(names.size(), villages.size());
        // A rising standard since 2012.
        const QList<BenefitStandard> standards = offices.standards().value();
        QVERIFY(standards.size() >= 5);
        QVERIFY(standards.first().effectiveDate <= QDate(2012, 1, 1));
        for (int i = 1; i < standards.size(); ++i)
            QVERIFY(standards.at(i).monthlyPerPerson > standards.at(i - 1).monthlyPerPerson);
        // Fujian's provincial floor of 3,350 yuan a year was met from 2018.
        QVERIFY(offices.standardAt(QDate(2018, 6, 1)).value()->monthlyPerPerson.fen() * 12 >= 335000);
    }

    void sameSeedSameData()
    {
        auto a = makeDatabase(false);
        auto b = makeDatabase(false);
        auto c = makeDatabase(false);
        QVERIFY(DemoGenerator(*a->db).generate(200, 42));
        QVERIFY(DemoGenerator(*b->db).generate(200, 42));
        QVERIFY(DemoGenerator(*c->db).generate(200, 43));
        const QJsonObject statsA = StatsRepository(*a->db).stats().value().toJson();
        QCOMPARE(statsA, StatsRepository(*b->db).stats().value().toJson());
        const QStringList first = fingerprint(*a->db, 20);
        QVERIFY(first.size() > 40);
        QCOMPARE(first, fingerprint(*b->db, 20));
        QVERIFY(first != fingerprint(*c->db, 20));
        QVERIFY(statsA != StatsRepository(*c->db).stats().value().toJson());
    }

    void idNumbersAreValidUniqueAndConsistent()
    {
        QSet<QString> seen;
        int persons = 0;
        for (const Household &h : std::as_const(m_households)) {
            QDate headBirth;
            IdNumber::Sex headSex = IdNumber::Sex::Male;
            for (const Person &p : h.members) {
                if (p.isHead()) {
                    const IdNumber id = IdNumber::parse(p.idNumber);
                    headBirth = id.birthDate();
                    headSex = id.sex();
                }
            }
            for (const Person &p : h.members) {
                ++persons;
                const IdNumber id = IdNumber::parse(p.idNumber);
                const QString where = QStringLiteral("household %1, %2 %3").arg(h.id).arg(p.name, p.idNumber);
                QVERIFY2(id.isValid(), qPrintable(where + u' ' + id.errorText()));
                QCOMPARE(id.text(), p.idNumber);
                QCOMPARE(id.regionCode(), QStringLiteral("350121"));
                QVERIFY2(!seen.contains(p.idNumber), qPrintable(where));
                seen.insert(p.idNumber);
                QCOMPARE(p.name.size(), 3); // one-character surname, two-character given name
                const QDate birth = id.birthDate();
                QVERIFY2(birth <= QDate::currentDate().addYears(-1), qPrintable(where));
                QVERIFY2(birth >= QDate(1925, 1, 1), qPrintable(where));
                if (isMale(p.relation))
                    QVERIFY2(id.sex() == IdNumber::Sex::Male, qPrintable(where));
                if (isFemale(p.relation))
                    QVERIFY2(id.sex() == IdNumber::Sex::Female, qPrintable(where));
                switch (p.relation) {
                case Relation::Spouse:
                    QVERIFY2(id.sex() != headSex, qPrintable(where));
                    QVERIFY2(qAbs(birth.daysTo(headBirth)) < 12LL * 366, qPrintable(where));
                    break;
                case Relation::Son:
                case Relation::Daughter:
                    QVERIFY2(yearsBetween(headBirth, birth) >= 18, qPrintable(where));
                    QVERIFY2(yearsBetween(headBirth, birth) <= 48, qPrintable(where));
                    break;
                case Relation::Grandson:
                case Relation::Granddaughter:
                    QVERIFY2(yearsBetween(headBirth, birth) >= 36, qPrintable(where));
                    break;
                case Relation::Father:
                case Relation::Mother:
                    QVERIFY2(yearsBetween(birth, headBirth) >= 18, qPrintable(where));
                    break;
                default:
                    break;
                }
            }
        }
        // About 2.5 persons a household, as on a rural roster.
        QVERIFY2(persons > 1500 * 2 && persons < 1500 * 3, qPrintable(QString::number(persons)));
    }

    void statusesAndHistoriesArePlausible()
    {
        const RosterStats stats = StatsRepository(*m_big->db).stats().value();
        QCOMPARE(stats.householdsTotal, 1500);
        for (HouseholdStatus s : allValues<HouseholdStatus>())
            QVERIFY2(stats.byStatus.value(key(s)) > 0, qPrintable(key(s)));
        const double activeShare = double(stats.householdsActive) / stats.householdsTotal;
        QVERIFY2(activeShare > 0.55 && activeShare < 0.85, qPrintable(QString::number(activeShare)));
        QVERIFY(stats.coveredPersonsActive <= stats.personsActive);

        RosterRepository roster(*m_big->db);
        int withHistory = 0;
        for (const Household &h : std::as_const(m_households)) {
            const QList<StatusChange> history = roster.statusHistory(h.id).value();
            QVERIFY(!history.isEmpty());
            QCOMPARE(history.first().to, HouseholdStatus::Applying);
            QVERIFY2(history.first().date >= QDate(2012, 1, 1), qPrintable(QString::number(h.id)));
            for (int i = 1; i < history.size(); ++i)
                QVERIFY2(history.at(i).date >= history.at(i - 1).date, qPrintable(QString::number(h.id)));
            QCOMPARE(history.last().date <= QDate::currentDate(), true);
            if (h.status == HouseholdStatus::Active) {
                QVERIFY(h.startPeriod.isValid());
                QVERIFY(h.startPeriod >= Period(2012, 1));
            }
            withHistory += history.size() > 2 ? 1 : 0;
        }
        QVERIFY(withHistory > 100);
    }

    // Households on dibao have had their annual review (年度复核); the data check finds the few that missed the
    // last one, not the whole township.
    void reviewsAreMostlyCurrent()
    {
        const QDate reference(2026, 11, 1); // the demo's own "today"
        int onDibao = 0;
        for (const Household &h : std::as_const(m_households)) {
            if (h.status != HouseholdStatus::Active && h.status != HouseholdStatus::Suspended)
                continue;
            ++onDibao;
            QVERIFY2(h.reviewDate.isValid() && h.reviewDate <= reference, qPrintable(QString::number(h.id)));
        }
        const QList<DataCheckHit> overdue
            = DataChecks(*m_big->db).run(QStringLiteral("review_overdue"), reference).value();
        QVERIFY2(overdue.size() > onDibao / 50 && overdue.size() < onDibao / 10,
            qPrintable(QStringLiteral("%1 of %2").arg(overdue.size()).arg(onDibao)));
    }

    void someExitedSince2016()
    {
        RosterRepository roster(*m_big->db);
        const QList<qint64> since2016 = RosterQueries(*m_big->db).exitedSince(QDate(2016, 1, 1)).value();
        const int exited = StatsRepository(*m_big->db).stats().value().byStatus.value(QStringLiteral("exited"));
        QVERIFY2(since2016.size() > exited / 2, qPrintable(QString::number(since2016.size())));
        QVERIFY2(since2016.size() < exited, "some households left before 2016 too");
        for (qint64 id : since2016) {
            const Outcome<Household> h = roster.household(id);
            QVERIFY(h);
            QCOMPARE(h->status, HouseholdStatus::Exited);
            QVERIFY(h->statusDate >= QDate(2016, 1, 1));
            QVERIFY(!roster.statusHistory(id).value().last().reason.isEmpty());
        }
    }

    void amountsFollowTheStandard()
    {
        OfficeRepository offices(*m_big->db);
        const Money standard = offices.standardAt(QDate::currentDate()).value()->monthlyPerPerson;
        for (const Household &h : std::as_const(m_households)) {
            if (h.status != HouseholdStatus::Active)
                continue;
            QVERIFY(h.coveredCount >= 1);
            QVERIFY2(h.monthlyAmount.fen() > 0, qPrintable(QString::number(h.id)));
            QVERIFY2(h.monthlyAmount <= standard * h.coveredCount, qPrintable(QString::number(h.id)));
            QCOMPARE(h.monthlyAmount.fen() % 100, 0); // whole yuan: standard and income are whole tens
            // Class A households have no income: the full standard for each covered person.
            if (h.category == Category::ClassA)
                QCOMPARE(h.monthlyAmount, standard * h.coveredCount);
        }
    }

    void needsAreRepresented()
    {
        int severe = 0;
        int severeGrade3 = 0;
        int serious = 0;
        int deceased = 0;
        int poor = 0;
        QSet<int> categories;
        for (const Household &h : std::as_const(m_households)) {
            poor += h.registeredPoor ? 1 : 0;
            categories.insert(int(h.category));
            for (const Person &p : h.members) {
                if (isSevereDisability(p.disabilityKind, p.disabilityGrade))
                    ++severe;
                if (p.disabilityGrade == DisabilityGrade::Grade3
                    && (p.disabilityKind == DisabilityKind::Intellectual || p.disabilityKind == DisabilityKind::Mental))
                    ++severeGrade3;
                if (p.health == Health::Serious)
                    ++serious;
                if (p.deceasedDate.isValid()) {
                    ++deceased;
                    QVERIFY(!p.covered);
                    QVERIFY(!p.isCurrent());
                }
            }
        }
        QVERIFY2(severe > 30, qPrintable(QString::number(severe)));
        QVERIFY(severeGrade3 > 0);
        QVERIFY(serious > 30);
        QVERIFY(deceased > 5);
        QVERIFY(poor > 50);
        QCOMPARE(categories.size(), 4);
    }

    void auditLogIsConsistent()
    {
        const AuditLog::Verdict verdict = AuditLog(*m_big->db).verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        QVERIFY(verdict.records > 1500LL * 2); // each household's creation and its decision at least
        // Every household's history can be read back from the log.
        const QList<AuditRecord> records = AuditLog(*m_big->db).forHousehold(m_households.first().id).value();
        QVERIFY(!records.isEmpty());
        QCOMPARE(records.first().action, QStringLiteral("create"));
    }

    void refusesARosterWithHouseholds()
    {
        const int before = StatsRepository(*m_big->db).stats().value().householdsTotal;
        const Result r = DemoGenerator(*m_big->db).generate(10, 11);
        QVERIFY(!r);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(StatsRepository(*m_big->db).stats().value().householdsTotal, before);
    }

    void usesAnExistingOffice()
    {
        auto t = makeDatabase(true); // 上街镇 with 上街村 and 下洋村 and one standard
        const int villagesBefore = int(OfficeRepository(*t->db).villages().value().size());
        QVERIFY(DemoGenerator(*t->db).generate(50, 3));
        const RosterStats stats = StatsRepository(*t->db).stats().value();
        QCOMPARE(stats.householdsTotal, 50);
        QCOMPARE(int(OfficeRepository(*t->db).villages().value().size()), villagesBefore);
        QCOMPARE(OfficeRepository(*t->db).standards().value().size(), 1);
        QVERIFY(AuditLog(*t->db).verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
