#include "TestSupport.h"
#include "office/OfficeRepository.h"
#include "roster/MemberChanges.h"
#include "roster/RosterBulkWriter.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRecords.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

class TestRosterRepository : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today = QDate(2026, 11, 27);

    RosterRepository repo() { return RosterRepository(*m_t->db); }

    // Nothing was written: rows and audit records as before.
    void verifyUnchanged(int households, int persons, int audits)
    {
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), households);
        QCOMPARE(count(*m_t->db, QStringLiteral("person")), persons);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        m_t->db->setClock([this] { return QDateTime(m_today, QTime(10, 0)); });
    }

    void createWithMembers()
    {
        Household h = household(m_t->village1, QStringLiteral("陈秀英"), QDate(1952, 4, 8), 24, 2);
        QVERIFY(repo().createHousehold(h));
        QVERIFY(h.id > 0);
        const auto loaded = repo().household(h.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->headName(), QStringLiteral("陈秀英"));
        QCOMPARE(loaded->memberCount, 3);
        QCOMPARE(loaded->coveredCount, 3);
        QCOMPARE(loaded->monthlyAmount, Money::fromYuan(900));
        QCOMPARE(loaded->villageName, QStringLiteral("上街村"));
        const auto history = repo().statusHistory(h.id).value();
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.first().from);
        QCOMPARE(history.first().to, HouseholdStatus::Active);
        const auto audit = AuditLog(*m_t->db).forHousehold(h.id).value();
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("create"));
        QCOMPARE(audit.first().operatorName, QStringLiteral("测试员"));
        QVERIFY(audit.first().newValue.contains(QStringLiteral("陈秀英")));
    }

    void rejectsBadMembers_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong check digit") << 0 << "check digit";
        QTest::newRow("impossible date") << 1 << "19800230";
        QTest::newRow("17 digits") << 2 << "17 characters";
        QTest::newRow("duplicate member") << 3 << "also given for member 1";
        QTest::newRow("no head") << 4 << "head of household";
        QTest::newRow("two heads") << 5 << "Only one member";
        QTest::newRow("negative amount") << 6 << "negative";
        QTest::newRow("deceased covered") << 7 << "deceased";
        QTest::newRow("empty name") << 8 << "name is empty";
        QTest::newRow("no members") << 9 << "at least one member";
        QTest::newRow("no village") << 10 << "village";
        QTest::newRow("active without start") << 11 << "month its benefit started";
    }

    void rejectsBadMembers()
    {
        QFETCH(int, defect);
        QFETCH(QString, mentions);
        const int households = count(*m_t->db, QStringLiteral("household"));
        const int persons = count(*m_t->db, QStringLiteral("person"));
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        Household h = household(m_t->village1, QStringLiteral("林建国"), QDate(1960, 6, 1), 35, 1);
        switch (defect) {
        case 0:
            h.members[1].idNumber = QStringLiteral("110105194912310021");
            break;
        case 1:
            h.members[1].idNumber = QStringLiteral("350121198002300012");
            break;
        case 2:
            h.members[1].idNumber = QStringLiteral("35012119800101001");
            break;
        case 3:
            h.members[1].idNumber = h.members[0].idNumber;
            break;
        case 4:
            h.members[0].relation = Relation::Spouse;
            break;
        case 5:
            h.members[1].relation = Relation::Head;
            break;
        case 6:
            h.monthlyAmount = Money::fromFen(-1);
            break;
        case 7:
            h.members[1].deceasedDate = QDate(2025, 1, 1);
            break;
        case 8:
            h.members[1].name = QStringLiteral("  ");
            break;
        case 9:
            h.members.clear();
            break;
        case 10:
            h.villageId = 0;
            break;
        case 11:
            h.startPeriod = Period();
            break;
        }
        const Result r = repo().createHousehold(h);
        QVERIFY(!r);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        verifyUnchanged(households, persons, audits);
    }

    void oneCurrentMembershipPerIdNumber()
    {
        Household a = household(m_t->village1, QStringLiteral("黄伟"), QDate(1970, 1, 2), 17);
        QVERIFY(repo().createHousehold(a));
        Household b = household(m_t->village2, QStringLiteral("黄丽"), QDate(1972, 3, 3), 28);
        Person dup;
        dup.name = QStringLiteral("黄伟");
        dup.idNumber = a.members[0].idNumber.toLower(); // normalised before the check
        dup.relation = Relation::Spouse;
        b.members.append(dup);
        const Result r = repo().createHousehold(b);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("黄伟")) && r.message().contains(QStringLiteral("上街村")),
            qPrintable(r.message()));
        QCOMPARE(RosterQueries(*m_t->db).householdOfIdNumber(a.members[0].idNumber).value(), a.id);
    }

    void statusTransitions()
    {
        Household h = household(m_t->village1, QStringLiteral("王强"), QDate(1948, 9, 9), 19);
        QVERIFY(repo().createHousehold(h));
        // Stop needs a reason; the date cannot be in the future or before the last change.
        QVERIFY(
            !StatusTransitions(*m_t->db).changeStatus(h.id, HouseholdStatus::Suspended, QDate(2023, 5, 1), QString()));
        QVERIFY(!StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Suspended, m_today.addDays(1), QStringLiteral("外出务工")));
        QVERIFY(!StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Suspended, QDate(2020, 1, 1), QStringLiteral("外出务工")));
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Suspended, QDate(2023, 5, 1), QStringLiteral("外出务工")));
        QVERIFY(!StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Rejected, QDate(2023, 6, 1), QStringLiteral("x")));
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Active, QDate(2023, 8, 1), QStringLiteral("恢复保障")));
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Exited, QDate(2024, 2, 1), QStringLiteral("收入超标")));
        const Result again = StatusTransitions(*m_t->db).changeStatus(
            h.id, HouseholdStatus::Suspended, QDate(2024, 3, 1), QStringLiteral("x"));
        QVERIFY(!again);
        QVERIFY2(again.message().contains(QStringLiteral("Exited")), qPrintable(again.message()));
        QCOMPARE(repo().household(h.id)->status, HouseholdStatus::Exited);
        const auto history = repo().statusHistory(h.id).value();
        QCOMPARE(history.size(), 4);
        QCOMPARE(history.last().reason, QStringLiteral("收入超标"));
        QCOMPARE(history.last().date, QDate(2024, 2, 1));
        // "Who left dibao since 2016" is a query.
        QCOMPARE(RosterQueries(*m_t->db).exitedSince(QDate(2016, 1, 1)).value(), QList<qint64> {h.id});
        QVERIFY(RosterQueries(*m_t->db).exitedSince(QDate(2024, 3, 1)).value().isEmpty());
        QCOMPARE(AuditLog(*m_t->db).forHousehold(h.id).value().size(), 4);
    }

    void applicationApproval()
    {
        Household h = household(m_t->village2, QStringLiteral("吴梅"), QDate(1961, 2, 2), 40);
        h.status = HouseholdStatus::Applying;
        h.startPeriod = Period();
        h.statusDate = QDate(2026, 10, 8);
        QVERIFY(repo().createHousehold(h));
        QVERIFY(
            StatusTransitions(*m_t->db).changeStatus(h.id, HouseholdStatus::Active, QDate(2026, 10, 30), QString()));
        const auto loaded = repo().household(h.id);
        QCOMPARE(loaded->status, HouseholdStatus::Active);
        QCOMPARE(loaded->startPeriod, Period(2026, 11)); // paid from the next month
    }

    void deathOfHeadAndLastMember()
    {
        Household h = household(m_t->village1, QStringLiteral("蔡老汉"), QDate(1940, 1, 1), 11, 1);
        QVERIFY(repo().createHousehold(h));
        const auto loaded = repo().household(h.id);
        const qint64 headId = loaded->members[0].id;
        const qint64 childId = loaded->members[1].id;
        const Result needsHead = MemberChanges(*m_t->db).recordDeath(headId, QDate(2026, 9, 1));
        QVERIFY(!needsHead);
        QVERIFY(needsHead.message().contains(QStringLiteral("head")));
        QVERIFY(!MemberChanges(*m_t->db).recordDeath(headId, m_today.addDays(3), childId));
        QVERIFY(MemberChanges(*m_t->db).recordDeath(headId, QDate(2026, 9, 1), childId));
        auto after = repo().household(h.id);
        QCOMPARE(after->memberCount, 1);
        QCOMPARE(after->coveredCount, 1);
        QCOMPARE(after->headPersonId, childId);
        QCOMPARE(after->headName(), loaded->members[1].name);
        const Person dead = after->members.last();
        QCOMPARE(dead.deceasedDate, QDate(2026, 9, 1));
        QVERIFY(!dead.covered);
        QCOMPARE(after->status, HouseholdStatus::Active);
        // The last member dies: the household exits.
        QVERIFY(MemberChanges(*m_t->db).recordDeath(childId, QDate(2026, 10, 1)));
        after = repo().household(h.id);
        QCOMPARE(after->status, HouseholdStatus::Exited);
        QCOMPARE(after->memberCount, 0);
        QVERIFY(RosterQueries(*m_t->db).exitedSince(QDate(2026, 1, 1)).value().contains(h.id));
    }

    void removeAndMoveMembers()
    {
        Household a = household(m_t->village1, QStringLiteral("杨光"), QDate(1966, 1, 1), 51, 2);
        Household b = household(m_t->village2, QStringLiteral("郑红"), QDate(1968, 1, 1), 62);
        b.members[0].idNumber = idNumber(QDate(1968, 1, 1), 62);
        QVERIFY(repo().createHousehold(a));
        QVERIFY(repo().createHousehold(b));
        auto la = repo().household(a.id);
        QVERIFY(
            !MemberChanges(*m_t->db).removeMember(la->members[0].id, QDate(2026, 5, 1), QStringLiteral("x"))); // head
        QVERIFY(!MemberChanges(*m_t->db).removeMember(la->members[1].id, QDate(2026, 5, 1), QString())); // no reason
        QVERIFY(MemberChanges(*m_t->db).removeMember(la->members[1].id, QDate(2026, 5, 1), QStringLiteral("出嫁")));
        QCOMPARE(repo().household(a.id)->memberCount, 2);
        // The person left; the ID can join another household now.
        Person again = la->members[1];
        again.id = 0;
        again.relation = Relation::Other;
        QVERIFY(MemberChanges(*m_t->db).addMember(b.id, again));
        QVERIFY(again.id > 0);
        QCOMPARE(repo().household(b.id)->memberCount, 2);
        QVERIFY(MemberChanges(*m_t->db).moveMember(la->members[2].id, b.id, QDate(2026, 6, 1), QString()));
        QCOMPARE(repo().household(a.id)->memberCount, 1);
        QCOMPARE(repo().household(b.id)->memberCount, 3);
        QCOMPARE(RosterQueries(*m_t->db).householdOfIdNumber(la->members[2].idNumber).value(), b.id);
        const auto history = AuditLog(*m_t->db).forHousehold(a.id).value();
        QCOMPARE(history.last().action, QStringLiteral("member_remove"));
    }

    // A member whose record cannot be read (a table another program renamed) is a failure to read, not a member that
    // "no longer exists"; nothing is written.
    void memberActionsOnAnUnreadableTableFail()
    {
        Household h = household(m_t->village1, QStringLiteral("冯林"), QDate(1962, 3, 3), 71, 2);
        QVERIFY(repo().createHousehold(h));
        const qint64 child = repo().household(h.id)->members[1].id;
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        for (const Result &r : {MemberChanges(*m_t->db).removeMember(child, QDate(2026, 5, 1), QStringLiteral("出嫁")),
                 MemberChanges(*m_t->db).moveMember(child, h.id, QDate(2026, 5, 1), QStringLiteral("分户")),
                 MemberChanges(*m_t->db).recordDeath(child, QDate(2026, 5, 1), 0, std::nullopt)}) {
            QCOMPARE(r.kind(), Result::Kind::Failed);
            QVERIFY2(r.message().contains(QStringLiteral("could not be read")), qPrintable(r.message()));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person_gone RENAME TO person")));
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
        QCOMPARE(repo().household(h.id)->currentMembers().size(), 3);
        QCOMPARE(MemberChanges(*m_t->db).removeMember(123456, QDate(2026, 5, 1), QStringLiteral("x")).kind(),
            Result::Kind::Rejected);
    }

    // The roster's lists that cannot be read are failures, not an empty roster or zeros: the totals, who holds an ID
    // number, the member walk of the export, and the duplicate-ID check before a write (nothing written).
    void rosterListsOnAnUnreadableTableFail()
    {
        Household h = household(m_t->village1, QStringLiteral("秦岭"), QDate(1957, 7, 7), 72, 1);
        QVERIFY(repo().createHousehold(h));
        RosterFilter search;
        search.search = QStringLiteral("秦");
        QVERIFY(RosterQueries(*m_t->db).totals(search).value().households >= 1);
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")));
        QCOMPARE(RosterQueries(*m_t->db).totals(RosterFilter()).result().kind(), Result::Kind::Failed);
        QCOMPARE(RosterQueries(*m_t->db).totals(search).result().kind(), Result::Kind::Failed);
        QCOMPARE(
            RosterQueries(*m_t->db).householdOfIdNumber(h.members[0].idNumber).result().kind(), Result::Kind::Failed);
        QCOMPARE(RosterQueries(*m_t->db).currentIdHolders().result().kind(), Result::Kind::Failed);
        int visited = 0;
        QCOMPARE(RosterQueries(*m_t->db)
                     .forEachMember(RosterFilter(), [&visited](const Household &, const Person &) { ++visited; })
                     .kind(),
            Result::Kind::Failed);
        QCOMPARE(visited, 0);
        Household another = household(m_t->village1, QStringLiteral("秦川"), QDate(1959, 9, 9), 73, 0);
        const QList<Result> problems = repo().validate(another);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().kind(), Result::Kind::Failed);
        const Result created = repo().createHousehold(another);
        QCOMPARE(created.kind(), Result::Kind::Failed);
        QVERIFY2(created.message().contains(QStringLiteral("could not be read")), qPrintable(created.message()));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE person_gone RENAME TO person")));
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
        QVERIFY(RosterQueries(*m_t->db).currentIdHolders().value().contains(h.members[0].idNumber));
    }

    // A household or its status history that cannot be read is a failure: not "the household no longer exists", not
    // "the date is before the household's first record", not an empty history; nothing is written.
    void householdReadsOnAnUnreadableTableFail()
    {
        Household h = household(m_t->village1, QStringLiteral("韩梅"), QDate(1958, 4, 4), 71, 1);
        QVERIFY(repo().createHousehold(h));
        QCOMPARE(repo().household(h.id + 1000).result().kind(), Result::Kind::Rejected);
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history RENAME TO status_history_gone")));
        QCOMPARE(repo().statusHistory(h.id).result().kind(), Result::Kind::Failed);
        QCOMPARE(RosterQueries(*m_t->db).exitedSince(QDate(2016, 1, 1)).result().kind(), Result::Kind::Failed);
        QCOMPARE(repo().correctionImpact(h.id, QDate(2026, 1, 1)).result().kind(), Result::Kind::Failed);
        for (const Result &r : {StatusTransitions(*m_t->db).changeStatus(
                                    h.id, HouseholdStatus::Suspended, QDate(2026, 5, 1), QStringLiteral("外出务工")),
                 StatusTransitions(*m_t->db).setMonthlyAmount(
                     h.id, Money::fromYuan(500), QDate(2026, 5, 1), QStringLiteral("调整"))}) {
            QCOMPARE(r.kind(), Result::Kind::Failed);
            QVERIFY2(r.message().contains(QStringLiteral("could not be read")), qPrintable(r.message()));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history_gone RENAME TO status_history")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household RENAME TO household_gone")));
        QCOMPARE(repo().household(h.id).result().kind(), Result::Kind::Failed);
        QVERIFY(AuditLog(*m_t->db).forHousehold(h.id));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household_gone RENAME TO household")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log RENAME TO audit_log_gone")));
        QCOMPARE(AuditLog(*m_t->db).forHousehold(h.id).result().kind(), Result::Kind::Failed);
        QCOMPARE(AuditLog(*m_t->db).latest(1).result().kind(), Result::Kind::Failed);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log_gone RENAME TO audit_log")));
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
        QCOMPARE(repo().household(h.id)->status, h.status);
        QCOMPARE(repo().statusHistory(h.id)->size(), 1);
    }

    void amountsAndEdits()
    {
        Household h = household(m_t->village1, QStringLiteral("李华"), QDate(1975, 7, 7), 71, 1);
        QVERIFY(repo().createHousehold(h));
        QVERIFY(
            !StatusTransitions(*m_t->db).setMonthlyAmount(h.id, Money::fromFen(-100), QDate(2026, 1, 1), QString()));
        QVERIFY(StatusTransitions(*m_t->db).setMonthlyAmount(
            h.id, Money::fromFen(65050), QDate(2026, 1, 1), QStringLiteral("标准调整")));
        QCOMPARE(repo().household(h.id)->monthlyAmount, Money::fromFen(65050));
        QCOMPARE(repo().statusHistory(h.id).value().last().monthlyAmount, Money::fromFen(65050));

        auto edit = *repo().household(h.id);
        edit.address = QStringLiteral("下洋村8号");
        edit.members[1].covered = false;
        QVERIFY(repo().updateHousehold(edit, QStringLiteral("复核")));
        const auto loaded = repo().household(h.id);
        QCOMPARE(loaded->address, QStringLiteral("下洋村8号"));
        QCOMPARE(loaded->coveredCount, 1);
        const auto audit = AuditLog(*m_t->db).forHousehold(h.id).value();
        QCOMPARE(audit.at(audit.size() - 2).action, QStringLiteral("update"));
        QVERIFY(audit.at(audit.size() - 2).oldValue.contains(QStringLiteral("上街村12号")));
        QCOMPARE(audit.last().action, QStringLiteral("member_update"));
        // A deceased member cannot stay covered through an edit either.
        edit = *repo().household(h.id);
        edit.members[1].deceasedDate = QDate(2026, 2, 1);
        edit.members[1].covered = true;
        QVERIFY(!repo().updateHousehold(edit));
    }

    void declaredCounts()
    {
        // A roster file lists the head only: household size 4, covered 3.
        Household h = household(m_t->village1, QStringLiteral("吴志强"), QDate(1953, 3, 1), 15);
        h.memberCount = 4;
        h.coveredCount = 3;
        QVERIFY(repo().createHousehold(h));
        auto loaded = repo().household(h.id);
        QCOMPARE(loaded->memberCount, 4);
        QCOMPARE(loaded->coveredCount, 3);
        QCOMPARE(loaded->currentMembers().size(), 1);
        // Covered above size, size below the records: refused.
        Household bad = household(m_t->village1, QStringLiteral("吴二"), QDate(1954, 3, 1), 17, 2);
        bad.memberCount = 2;
        QVERIFY(repo().createHousehold(bad).message().contains(QStringLiteral("smaller than the 3 members")));
        bad.memberCount = 3;
        bad.coveredCount = 4;
        QVERIFY(repo().createHousehold(bad).message().contains(QStringLiteral("cannot exceed")));
        // Adding a recorded member raises the size; a member leaving lowers it.
        Person child;
        child.name = QStringLiteral("吴小");
        child.idNumber = idNumber(QDate(2012, 2, 2), 31);
        child.relation = Relation::Son;
        QVERIFY(MemberChanges(*m_t->db).addMember(h.id, child));
        loaded = repo().household(h.id);
        QCOMPARE(loaded->memberCount, 5);
        QCOMPARE(loaded->coveredCount, 4);
        QVERIFY(MemberChanges(*m_t->db).removeMember(child.id, QDate(2026, 3, 3), QStringLiteral("分户")));
        loaded = repo().household(h.id);
        QCOMPARE(loaded->memberCount, 4);
        QCOMPARE(loaded->coveredCount, 3);
        // An edit that changes the figures explicitly keeps them.
        Household edit = *loaded;
        edit.coveredCount = 2;
        QVERIFY(repo().updateHousehold(edit));
        QCOMPARE(repo().household(h.id)->coveredCount, 2);
        // The head dies but no other member is recorded: add the new head first.
        QVERIFY(MemberChanges(*m_t->db)
                    .recordDeath(loaded->headPersonId, QDate(2026, 5, 1))
                    .message()
                    .contains(QStringLiteral("first add")));
    }

    void searchStrategiesAgree()
    {
        // Broad searches read pages in roster order, and totals are added up in memory from the members
        // inside the search or from those outside it: all must agree with the direct page query and with
        // the rows themselves.
        for (int i = 0; i < 30; ++i) {
            Household h = household(i % 2 ? m_t->village2 : m_t->village1,
                (i % 3 ? QStringLiteral("陈") : QStringLiteral("林")) + QString::number(i), QDate(1950 + i, 2, 2),
                201 + 2 * i, i % 3);
            if (i % 7 == 0)
                h.members[0].idNumber = idNumber(QDate(1950 + i, 2, 2), 201 + 2 * i, QStringLiteral("350122"));
            if (i % 4 == 0)
                h.category = Category::ClassA;
            QVERIFY(repo().createHousehold(h));
        }
        // A household whose only member died has no current member: it never matches a search.
        Household gone = household(m_t->village1, QStringLiteral("陈故"), QDate(1930, 1, 1), 991);
        QVERIFY(repo().createHousehold(gone));
        QVERIFY(MemberChanges(*m_t->db).recordDeath(repo().household(gone.id)->members[0].id, QDate(2026, 1, 1)));
        const QStringList searches = {QString(), QStringLiteral("3"), QStringLiteral("350121"),
            QStringLiteral("350122"), QStringLiteral("陈"), QStringLiteral("林1"), QStringLiteral("陈小")};
        RosterQueries direct(*m_t->db);
        RosterQueries broad(*m_t->db);
        broad.setSearchThresholds(1, 0);
        RosterQueries complement(*m_t->db);
        complement.setSearchThresholds(1, 1000000);
        for (const QString &search : searches) {
            for (qint64 village : {qint64(0), m_t->village2}) {
                for (const std::optional<Category> category :
                    {std::optional<Category>(), std::optional(Category::ClassA)}) {
                    RosterFilter f;
                    f.search = search;
                    f.villageId = village;
                    f.category = category;
                    QList<qint64> ra, rb;
                    RosterTotals sum;
                    for (const RosterRow &r : direct.rows(f, 0, 100).value()) {
                        ra << r.householdId;
                        ++sum.households;
                        sum.persons += r.memberCount;
                        sum.coveredPersons += r.coveredCount;
                        sum.monthlyAmount = sum.monthlyAmount + r.monthlyAmount;
                    }
                    for (const RosterRow &r : broad.rows(f, 0, 100).value())
                        rb << r.householdId;
                    QCOMPARE(rb, ra);
                    for (const RosterQueries *r : {&direct, &broad, &complement}) {
                        const RosterTotals t = r->totals(f).value();
                        QCOMPARE(t.households, sum.households);
                        QCOMPARE(t.persons, sum.persons);
                        QCOMPARE(t.coveredPersons, sum.coveredPersons);
                        QCOMPARE(t.monthlyAmount, sum.monthlyAmount);
                    }
                }
            }
        }
        RosterFilter all;
        all.search = QStringLiteral("3");
        QCOMPARE(broad.totals(all).value().households, 30); // not the deceased one's household
        QCOMPARE(complement.totals(all).value().households, 30);

        // The totals follow writes: this connection's, and another program's on the same file.
        RosterFilter chen;
        chen.search = QStringLiteral("陈");
        const int before = broad.totals(chen).value().households;
        Household more = household(m_t->village2, QStringLiteral("陈新"), QDate(1961, 3, 3), 777);
        QVERIFY(repo().createHousehold(more));
        QCOMPARE(broad.totals(chen).value().households, before + 1);
        Database other;
        QVERIFY(other.open(m_t->db->path()));
        RosterRepository elsewhere(other);
        Household third = household(m_t->village1, QStringLiteral("陈外"), QDate(1962, 4, 4), 779);
        QVERIFY(elsewhere.createHousehold(third));
        QCOMPARE(broad.totals(chen).value().households, before + 2);
        QCOMPARE(complement.totals(chen).value().households, before + 2);
        QVERIFY(StatusTransitions(other).changeStatus(
            third.id, HouseholdStatus::Suspended, QDate(2026, 5, 1), QStringLiteral("test")));
        RosterFilter suspended = chen;
        suspended.status = HouseholdStatus::Suspended;
        QCOMPARE(broad.totals(suspended).value().households, 1);
    }

    void rowsTotalsAndSearch()
    {
        for (int i = 0; i < 12; ++i) {
            Household h = household(i % 2 ? m_t->village2 : m_t->village1,
                (i % 3 ? QStringLiteral("陈") : QStringLiteral("林")) + QString::number(i), QDate(1950 + i, 1, 1),
                101 + 2 * i, i % 3);
            if (i == 5)
                h.category = Category::ClassA;
            QVERIFY2(repo().createHousehold(h), qPrintable(repo().createHousehold(h).message()));
        }
        RosterFilter all;
        QCOMPARE(RosterQueries(*m_t->db).totals(all).value().households, 12);
        QCOMPARE(RosterQueries(*m_t->db).rows(all, 0, 5).value().size(), 5);
        QCOMPARE(RosterQueries(*m_t->db).rows(all, 10, 5).value().size(), 2);
        RosterFilter v2;
        v2.villageId = m_t->village2;
        QCOMPARE(RosterQueries(*m_t->db).totals(v2).value().households, 6);
        RosterFilter chen;
        chen.search = QStringLiteral("陈");
        QCOMPARE(RosterQueries(*m_t->db).totals(chen).value().households, 8);
        RosterFilter byId;
        byId.search = QStringLiteral("3501211951");
        QCOMPARE(RosterQueries(*m_t->db).totals(byId).value().households, 1);
        QCOMPARE(RosterQueries(*m_t->db).rows(byId, 0, 10).value().first().headName, QStringLiteral("陈1"));
        // Children's names match too: the search covers every current member.
        RosterFilter child;
        child.search = QStringLiteral("陈小");
        QVERIFY(RosterQueries(*m_t->db).totals(child).value().households > 0);
        RosterFilter classA;
        classA.category = Category::ClassA;
        QCOMPARE(RosterQueries(*m_t->db).totals(classA).value().households, 1);
        const RosterTotals t = RosterQueries(*m_t->db).totals(all).value();
        QCOMPARE(t.persons, 12 + 4 * 1 + 4 * 2);
        RosterFilter sorted;
        sorted.sort = RosterFilter::Sort::Amount;
        sorted.descending = true;
        const auto rows = RosterQueries(*m_t->db).rows(sorted, 0, 20).value();
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].monthlyAmount >= rows[i].monthlyAmount);
    }

    // Heads' names sort in pinyin order (陈 chén, 李 lǐ, 王 wáng, 张 zhāng), not by code point (张 U+5F20 before
    // 李 U+674E before 王 U+738B before 陈 U+9648), whether written one by one, by an import or renamed.
    void headNamesSortInPinyinOrder()
    {
        const auto heads = [this](bool descending) {
            RosterFilter byName;
            byName.sort = RosterFilter::Sort::HeadName;
            byName.descending = descending;
            QStringList names;
            for (const RosterRow &row : RosterQueries(*m_t->db).rows(byName, 0, 10).value())
                names << row.headName;
            return names;
        };
        Household zhang = household(m_t->village1, QStringLiteral("张三"), QDate(1960, 1, 1), 601);
        Household chen = household(m_t->village2, QStringLiteral("陈六"), QDate(1960, 1, 2), 603);
        QVERIFY(repo().createHousehold(zhang));
        QVERIFY(repo().createHousehold(chen));
        QList<Household> imported {household(m_t->village1, QStringLiteral("王五"), QDate(1960, 1, 3), 605),
            household(m_t->village2, QStringLiteral("李四"), QDate(1960, 1, 4), 607)};
        QVERIFY(RosterBulkWriter(*m_t->db).createHouseholds(imported, QStringLiteral("导入")));
        QCOMPARE(heads(false),
            (QStringList {
                QStringLiteral("陈六"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")}));
        QCOMPARE(heads(true),
            (QStringList {
                QStringLiteral("张三"), QStringLiteral("王五"), QStringLiteral("李四"), QStringLiteral("陈六")}));
        // A head renamed (艾 ài) moves to its place.
        Household renamed = repo().household(zhang.id).value();
        renamed.members[0].name = QStringLiteral("艾三");
        QVERIFY2(repo().updateHousehold(renamed), qPrintable(repo().updateHousehold(renamed).message()));
        QCOMPARE(heads(false).first(), QStringLiteral("艾三"));
    }

    // Villages sort in pinyin order too (陈庄 chén, 李村 lǐ, 王庄 wáng, 张村 zhāng), also those an import added.
    // Villages named by an import or `init --village` continue the township's codes; past the 999th none is added.
    void villagesNamedContinueTheCodes()
    {
        const std::unique_ptr<TempDatabase> t = makeDatabase(); // 350121101001 and 002
        OfficeRepository offices(*t->db);
        Village foreign {0, QStringLiteral("350121999500"), QStringLiteral("外乡村")}; // another prefix: ignored
        QVERIFY(offices.addVillage(foreign));
        const Outcome<QList<Village>> added
            = offices.addVillagesNamed({QStringLiteral("甲村"), QStringLiteral("乙村")});
        QVERIFY2(added, qPrintable(added.result().message()));
        QCOMPARE(added->size(), 2);
        QCOMPARE(added->at(0).code, QStringLiteral("350121101003"));
        QCOMPARE(added->at(1).code, QStringLiteral("350121101004"));
        QVERIFY(added->at(1).id > 0);
        QCOMPARE(offices.villageByName(QStringLiteral("乙村")).value()->code, QStringLiteral("350121101004"));
        QCOMPARE(offices.villageByNameOrCode(QStringLiteral(" 350121101004")).value()->name, QStringLiteral("乙村"));
        QCOMPARE(offices.villageByNameOrCode(QStringLiteral("甲村")).value()->code, QStringLiteral("350121101003"));
        QVERIFY(!offices.villageByNameOrCode(QStringLiteral("丙村")).value());

        Village last {0, QStringLiteral("350121101998"), QStringLiteral("末村")};
        QVERIFY(offices.addVillage(last));
        const int before = offices.villages()->size();
        const Outcome<QList<Village>> full = offices.addVillagesNamed({QStringLiteral("丙村"), QStringLiteral("丁村")});
        QCOMPARE(full.result().kind(), Result::Kind::Rejected);
        QCOMPARE(full.result().field(), QStringLiteral("village"));
        QVERIFY2(full.result().message().contains(QStringLiteral("丁村")), qPrintable(full.result().message()));
        QCOMPARE(offices.villages()->size(), before); // 丙村 (999) is not kept either
        QVERIFY(!offices.villageByName(QStringLiteral("丙村")).value());
    }

    void villagesSortInPinyinOrder()
    {
        OfficeRepository office(*m_t->db);
        qint64 sequence = 701;
        for (const QString &name :
            {QStringLiteral("张村"), QStringLiteral("王庄"), QStringLiteral("陈庄"), QStringLiteral("李村")}) {
            Village v;
            v.name = name;
            v.code = QStringLiteral("350121101%1").arg(sequence, 3, 10, QLatin1Char('0'));
            QVERIFY(office.addVillage(v));
            Household h = household(v.id, name + QStringLiteral("户主"), QDate(1960, 1, 1), int(sequence));
            QVERIFY(repo().createHousehold(h));
            ++sequence;
        }
        RosterFilter byVillage;
        byVillage.sort = RosterFilter::Sort::Village;
        QStringList villages;
        for (const RosterRow &row : RosterQueries(*m_t->db).rows(byVillage, 0, 20).value()) {
            if (!villages.contains(row.villageName))
                villages << row.villageName;
        }
        const qsizetype chen = villages.indexOf(QStringLiteral("陈庄"));
        const qsizetype li = villages.indexOf(QStringLiteral("李村"));
        const qsizetype wang = villages.indexOf(QStringLiteral("王庄"));
        const qsizetype zhang = villages.indexOf(QStringLiteral("张村"));
        QVERIFY2(chen >= 0 && chen < li && li < wang && wang < zhang, qPrintable(villages.join(u' ')));
    }

    // createHouseholds() writes its audit records' JSON itself: it must be the text that QJsonDocument writes
    // for createHousehold(), keys, escapes and the import's context included, and keep the chain valid.
    void bulkAuditJsonAsSingleWrites()
    {
        m_t->db->setAuditContext({{QStringLiteral("source_file"), QStringLiteral("名单 \"2026\".xlsx")},
            {QStringLiteral("source_sha256"), QStringLiteral("ab12")}, {QStringLiteral("note"), QStringLiteral("ctx")},
            {QStringLiteral("batch"), 7}});
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        QList<Household> batch;
        for (int i = 0; i < 3; ++i)
            batch.append(
                household(m_t->village1, QStringLiteral("周%1").arg(i), QDate(1961, 3, 1 + i), 401 + 10 * i, i));
        Household &odd = batch[1];
        odd.address = QStringLiteral("\"引号\" \\ /斜杠\n换行\t\r\b\f") + QChar(0x01) + QChar(0x1f) + QChar(0x7f)
            + QChar(0x2028) + QStringLiteral("😀") + QChar(0xD800) + QStringLiteral("尾") + QChar(0xDC00);
        odd.phone = QString();
        odd.bankAccount = QStringLiteral("6228480602137907301");
        odd.registeredPoor = true;
        odd.category = Category::ClassB;
        odd.reviewDate = QDate(2026, 1, 5);
        odd.members[0].note = QStringLiteral("备注 \"x\"");
        odd.members[1].disabilityKind = DisabilityKind::Physical;
        odd.members[1].disabilityGrade = DisabilityGrade::Grade2;
        odd.members[1].deceasedDate = QDate(2025, 6, 1);
        odd.members[1].leftDate = QDate(2025, 6, 1);
        odd.members[1].leftReason = QStringLiteral("死亡");
        batch[2].startPeriod = Period();
        batch[2].status = HouseholdStatus::Applying;
        QVERIFY(RosterBulkWriter(*m_t->db).createHouseholds(batch, QStringLiteral("导入")));
        for (const Household &h : std::as_const(batch)) {
            QJsonArray members;
            for (const Person &p : h.members)
                members.append(RosterRecords::personJson(p));
            QJsonObject expected = RosterRecords::householdJson(h);
            expected[QStringLiteral("members")] = members;
            const QJsonObject context = m_t->db->auditContext();
            for (auto it = context.begin(); it != context.end(); ++it)
                expected.insert(it.key(), it.value());
            const QList<AuditRecord> records = AuditLog(*m_t->db).forHousehold(h.id).value();
            QCOMPARE(records.size(), 1);
            QCOMPARE(records.first().action, QStringLiteral("create"));
            QCOMPARE(records.first().newValue.toUtf8(), QJsonDocument(expected).toJson(QJsonDocument::Compact));
            QVERIFY(records.first().oldValue.isEmpty());
        }
        const AuditLog::Verdict verdict = AuditLog(*m_t->db).verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
        QCOMPARE(verdict.records, audits + 3);
        QCOMPARE(repo().household(batch[1].id)->headName(), QStringLiteral("周1"));
    }

    // A first import of thousands of members builds the member indexes after the rows: they must be there
    // afterwards, still enforce one current membership per ID number, and come back after a failure.
    void bulkCreateRebuildsIndexes()
    {
        const auto indexes = [this] {
            QSqlQuery q(m_t->db->connection());
            q.exec(QStringLiteral("SELECT group_concat(sql, ';') FROM (SELECT sql FROM sqlite_master WHERE "
                                  "type = 'index' AND tbl_name = 'person' AND sql IS NOT NULL ORDER BY name)"));
            return q.next() ? q.value(0).toString() : QString();
        };
        const QString before = indexes();
        QVERIFY(before.contains(QStringLiteral("person_current_id")));
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        const auto makeBatch = [this] {
            QList<Household> batch;
            for (int k = 0; k < 800; ++k) {
                Household h = household(m_t->village1, QStringLiteral("吴%1").arg(k), QDate(1950, 1, 1).addDays(k), 1);
                for (int c = 0; c < 2; ++c) {
                    Person child;
                    child.name = QStringLiteral("吴小%1").arg(k);
                    child.idNumber = idNumber(QDate(1990 + 10 * c, 1, 1).addDays(k), 3 + 2 * c);
                    child.relation = Relation::Son;
                    h.members.append(child);
                }
                batch.append(h);
            }
            return batch;
        };

        QList<Household> duplicate = makeBatch();
        duplicate[700].members[2].idNumber = duplicate[3].members[1].idNumber;
        const Result clash = RosterBulkWriter(*m_t->db).createHouseholds(duplicate, QString());
        QVERIFY(!clash);
        QCOMPARE(clash.kind(), Result::Kind::Rejected);
        verifyUnchanged(0, 0, audits);
        QCOMPARE(indexes(), before);

        QList<Household> cancelled = makeBatch();
        QVERIFY(
            !RosterBulkWriter(*m_t->db).createHouseholds(cancelled, QString(), [](int done) { return done < 500; }));
        verifyUnchanged(0, 0, audits);
        QCOMPARE(indexes(), before);

        QList<Household> batch = makeBatch();
        QVERIFY(RosterBulkWriter(*m_t->db).createHouseholds(batch, QString()));
        verifyUnchanged(800, 2400, audits + 800);
        QCOMPARE(indexes(), before);
        Household again = household(m_t->village2, QStringLiteral("重复"), QDate(1980, 1, 1), 5);
        again.members.first().idNumber = batch[10].members[2].idNumber;
        QVERIFY(!repo().createHousehold(again));
        QCOMPARE(batch[10].members[2].householdId, batch[10].id);
        QCOMPARE(repo().household(batch[10].id)->members.size(), 3);
        QCOMPARE(repo().household(batch[10].id)->headPersonId, batch[10].members[0].id);
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }
};

QTEST_GUILESS_MAIN(TestRosterRepository)
#include "tst_roster_repository.moc"
