#include "Startup.h"
#include "TestSupport.h"
#include "roster/AuditHistoryModel.h"
#include "roster/MemberChanges.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

class TestAudit : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;

    bool sql(const QString &statement)
    {
        QSqlQuery q(m_t->db->connection());
        return q.exec(statement);
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        RosterRepository repo(*m_t->db);
        for (int i = 0; i < 4; ++i) {
            Household h = household(m_t->village1, QStringLiteral("张%1").arg(i), QDate(1950 + i, 2, 2), 11 + 2 * i);
            QVERIFY(repo.createHousehold(h));
            QVERIFY(StatusTransitions(*m_t->db).setMonthlyAmount(
                h.id, Money::fromYuan(400 + i), QDate(2026, 1, 1), QStringLiteral("调整")));
        }
        // office + 2 villages + standard + 4 × (create, amount)
        QCOMPARE(AuditLog(*m_t->db).verify().records, 12);
    }

    void intactChainVerifies()
    {
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(v.ok);
        QCOMPARE(v.firstBadSeq, 0);
        const auto latest = AuditLog(*m_t->db).latest(2).value();
        QCOMPARE(latest.first().seq, 12);
        QCOMPARE(latest.first().prevHash, latest.last().hash);
        QCOMPARE(AuditLog::hashOf(latest.first()), latest.first().hash);
    }

    void alteredValueIsFound()
    {
        QVERIFY(
            sql(QStringLiteral("UPDATE audit_log SET new_value = replace(new_value, '40100', '90100') WHERE seq = 8")));
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 8);
        QVERIFY2(v.reason.contains(QStringLiteral("8")), qPrintable(v.reason));
    }

    void alteredOperatorIsFound()
    {
        QVERIFY(sql(QStringLiteral("UPDATE audit_log SET operator = '别人' WHERE seq = 5")));
        QCOMPARE(AuditLog(*m_t->db).verify().firstBadSeq, 5);
    }

    void removedRecordIsFound()
    {
        QVERIFY(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 6")));
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 6);
    }

    void removedLastRecordIsFound()
    {
        QVERIFY(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 12")));
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 12);
    }

    void reorderedRecordsAreFound()
    {
        // Swap the contents of records 9 and 10 (sequence numbers stay in place).
        QVERIFY(sql(QStringLiteral("UPDATE audit_log SET seq = -9 WHERE seq = 9")));
        QVERIFY(sql(QStringLiteral("UPDATE audit_log SET seq = 9 WHERE seq = 10")));
        QVERIFY(sql(QStringLiteral("UPDATE audit_log SET seq = 10 WHERE seq = -9")));
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 9);
    }

    void renumberedAfterDeleteIsFound()
    {
        QVERIFY(sql(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")));
        QVERIFY(sql(QStringLiteral("UPDATE audit_log SET seq = seq - 1 WHERE seq > 3")));
        const AuditLog::Verdict v = AuditLog(*m_t->db).verify();
        QVERIFY(!v.ok);
        QCOMPARE(v.firstBadSeq, 3);
    }

    void everyWriteIsAudited()
    {
        RosterRepository repo(*m_t->db);
        Household h = household(m_t->village2, QStringLiteral("刘备"), QDate(1961, 6, 6), 99, 1);
        QVERIFY(repo.createHousehold(h));
        const qint64 child = repo.household(h.id)->members[1].id;
        QVERIFY(StatusTransitions(*m_t->db).changeStatus(
            h.id, Domain::HouseholdStatus::Suspended, QDate(2026, 1, 5), QStringLiteral("外出")));
        QVERIFY(MemberChanges(*m_t->db).removeMember(child, QDate(2026, 2, 1), QStringLiteral("分户")));
        const auto records = AuditLog(*m_t->db).forHousehold(h.id).value();
        QStringList actions;
        for (const AuditRecord &r : records)
            actions << r.action;
        QCOMPARE(actions,
            (QStringList {QStringLiteral("create"), QStringLiteral("status"), QStringLiteral("member_remove")}));
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    // The history's words follow the interface's language, separators and arrows included.
    void describesChangesInTheInterfaceLanguage()
    {
        AuditRecord r;
        r.action = QStringLiteral("update");
        r.entity = QStringLiteral("household");
        r.oldValue = QStringLiteral(R"({"phone":"13800000000","status":"active"})");
        r.newValue = QStringLiteral(R"({"note":"外出务工","phone":"13900000000","status":"suspended"})");
        QCOMPARE(AuditHistoryModel::describeChange(r),
            QStringLiteral("phone: 13800000000 → 13900000000; status: Active → Suspended; note: 外出务工"));
        QVERIFY(Startup::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
        const QString zh = AuditHistoryModel::describeChange(r);
        QVERIFY(Startup::installTranslators(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(zh, QStringLiteral("联系电话：13800000000 → 13900000000；保障状态：在保 → 停保；备注：外出务工"));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
