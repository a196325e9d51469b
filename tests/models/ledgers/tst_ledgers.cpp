#include "TestSupport.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseModel.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintModel.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationModel.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "reports/compute/ChartData.h"
#include "reports/compute/ReportCatalog.h"
#include "roster/RosterRepository.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

namespace {

// Row and audit counts of the ledger tables, to show that a refusal wrote nothing.
struct Snapshot
{
    QList<int> counts;
    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(Database &db)
{
    Snapshot s;
    for (const char *table :
        {"rectification", "rectification_household", "complaint", "complaint_step", "typical_case", "audit_log"})
        s.counts.append(count(db, QString::fromLatin1(table)));
    return s;
}

} // namespace

class TestLedgers : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today = QDate(2026, 6, 15);
    qint64 m_household = 0; // 陈秀英, 上街村
    qint64 m_household2 = 0; // 林建国, 下洋村

    Database &db() { return *m_t->db; }
    RectificationRepository rectifications() { return RectificationRepository(db()); }
    ComplaintRepository complaints() { return ComplaintRepository(db()); }

    // Refused with a message that names the problem, and nothing written.
    void verifyRejected(const Result &r, const QString &mentions, const QString &field, const Snapshot &before)
    {
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(mentions, Qt::CaseInsensitive), qPrintable(r.message()));
        QCOMPARE(r.field(), field);
        QVERIFY(snapshot(db()) == before);
    }

    Rectification newRectification(const QString &problem = QStringLiteral("公示栏未公示家庭人口数"))
    {
        Rectification r;
        r.problem = problem;
        r.measures = QStringLiteral("重新公示");
        r.responsible = QStringLiteral("张明");
        r.deadline = m_today.addDays(20);
        r.householdIds = {m_household};
        return r;
    }

    Complaint newComplaint(const QDate &received)
    {
        Complaint c;
        c.receivedDate = received;
        c.channel = ComplaintChannel::Phone;
        c.reporterName = QStringLiteral("黄丽华");
        c.reporterContact = QStringLiteral("13900001111");
        c.householdId = m_household;
        c.problemType = ProblemType::WrongfulInclusion;
        c.summary = QStringLiteral("反映该户家中有小轿车仍享受低保");
        c.handler = QStringLiteral("张明");
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        db().setClock([this] { return QDateTime(m_today, QTime(10, 0)); });
        RosterRepository roster(db());
        Household a = household(m_t->village1, QStringLiteral("陈秀英"), QDate(1952, 4, 8), 24, 1);
        Household b = household(m_t->village2, QStringLiteral("林建国"), QDate(1960, 6, 1), 35);
        QVERIFY(roster.createHousehold(a));
        QVERIFY(roster.createHousehold(b));
        m_household = a.id;
        m_household2 = b.id;
    }

    void cleanup()
    {
        // Every write of a test is in the hash chain, and the chain is intact.
        const AuditLog::Verdict verdict = AuditLog(db()).verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    }

    // Rectifications (整改台账)

    void rectificationCreatedWithHouseholds()
    {
        const int audits = count(db(), QStringLiteral("audit_log"));
        Rectification r = newRectification();
        r.householdIds = {m_household, m_household2, m_household};
        QVERIFY(rectifications().create(r));
        QVERIFY(r.id > 0);
        QCOMPARE(r.createdDate, m_today);
        QCOMPARE(r.householdIds, (QList<qint64> {m_household, m_household2}));
        QCOMPARE(r.status, RectificationStatus::Open);
        QCOMPARE(r.source, LedgerSource::Manual);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits + 1);

        r.status = RectificationStatus::InProgress;
        r.householdIds = {m_household2};
        QVERIFY(rectifications().update(r));
        const auto loaded = rectifications().rectification(r.id);
        QVERIFY(loaded);
        QCOMPARE(loaded->status, RectificationStatus::InProgress);
        QCOMPARE(loaded->householdIds, QList<qint64> {m_household2});
        const QList<AuditRecord> log = AuditLog(db()).latest(1).value();
        QCOMPARE(log.first().action, QStringLiteral("update"));
        QVERIFY2(log.first().newValue.contains(QStringLiteral("in_progress")), qPrintable(log.first().newValue));
        QVERIFY2(!log.first().newValue.contains(QStringLiteral("measures")), qPrintable(log.first().newValue));
    }

    void rectificationRejectsBadInput_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("field");
        QTest::newRow("deadline before created") << 0 << "deadline 2026-06-14 is before"
                                                 << "deadline";
        QTest::newRow("no problem") << 1 << "problem"
                                    << "problem";
        QTest::newRow("done without completion date") << 2 << "completion date"
                                                      << "completedDate";
        QTest::newRow("completion in the future") << 3 << "in the future"
                                                  << "completedDate";
        QTest::newRow("signed off by status") << 4 << "sign-off"
                                              << "status";
        QTest::newRow("unknown household") << 5 << "household"
                                           << "households";
        QTest::newRow("unknown complaint") << 6 << "complaint #99"
                                           << "source";
    }

    void rectificationRejectsBadInput()
    {
        QFETCH(int, defect);
        QFETCH(QString, mentions);
        QFETCH(QString, field);
        const Snapshot before = snapshot(db());
        Rectification r = newRectification();
        switch (defect) {
        case 0:
            r.deadline = m_today.addDays(-1);
            break;
        case 1:
            r.problem = QStringLiteral("  ");
            break;
        case 2:
            r.status = RectificationStatus::Done;
            break;
        case 3:
            r.completedDate = m_today.addDays(1);
            break;
        case 4:
            r.status = RectificationStatus::SignedOff;
            break;
        case 5:
            r.householdIds.append(9999);
            break;
        case 6:
            r.source = LedgerSource::Complaint;
            r.sourceId = 99;
            break;
        }
        verifyRejected(rectifications().create(r), mentions, field, before);
    }

    void rectificationSignOff()
    {
        Rectification r = newRectification();
        QVERIFY(rectifications().create(r));

        // Not rectified yet: no completion date.
        Snapshot before = snapshot(db());
        verifyRejected(rectifications().signOff(r.id, QStringLiteral("刘主任"), m_today),
            QStringLiteral("completion date"), QStringLiteral("completedDate"), before);

        r.status = RectificationStatus::Done;
        r.completedDate = m_today.addDays(-3);
        r.completionNote = QStringLiteral("已重新公示7天");
        QVERIFY(rectifications().update(r));
        before = snapshot(db());
        verifyRejected(rectifications().signOff(r.id, QStringLiteral(" "), m_today), QStringLiteral("reviewer"),
            QStringLiteral("reviewer"), before);
        verifyRejected(rectifications().signOff(r.id, QStringLiteral("刘主任"), m_today.addDays(-4)),
            QStringLiteral("before the completion date"), QStringLiteral("signedOffDate"), before);
        verifyRejected(rectifications().signOff(r.id, QStringLiteral("刘主任"), m_today.addDays(1)),
            QStringLiteral("future"), QStringLiteral("signedOffDate"), before);

        QVERIFY(rectifications().signOff(r.id, QStringLiteral("刘主任"), m_today));
        const auto signedOff = rectifications().rectification(r.id);
        QCOMPARE(signedOff->status, RectificationStatus::SignedOff);
        QCOMPARE(signedOff->reviewer, QStringLiteral("刘主任"));
        QCOMPARE(signedOff->signedOffDate, m_today);
        QCOMPARE(AuditLog(db()).latest(1).value().first().action, QStringLiteral("sign_off"));

        // A signed-off item is read-only.
        before = snapshot(db());
        Rectification edited = *signedOff;
        edited.measures = QStringLiteral("改写");
        verifyRejected(rectifications().update(edited), QStringLiteral("signed off"), QStringLiteral("status"), before);
        verifyRejected(rectifications().signOff(r.id, QStringLiteral("刘主任"), m_today), QStringLiteral("already"),
            QStringLiteral("status"), before);
        QCOMPARE(rectifications().rectification(r.id)->measures, QStringLiteral("重新公示"));
    }

    void rectificationListOverdueFirst()
    {
        Rectification late = newRectification(QStringLiteral("入户调查记录缺少签字"));
        late.deadline = m_today.addDays(5);
        Rectification later = newRectification(QStringLiteral("档案未按户建立"));
        later.deadline = m_today.addDays(30);
        Rectification none = newRectification(QStringLiteral("未设热线"));
        none.deadline = QDate();
        QVERIFY(rectifications().create(later));
        QVERIFY(rectifications().create(none));
        QVERIFY(rectifications().create(late));

        QList<Rectification> list = rectifications().rectifications().value();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).id, late.id);
        QCOMPARE(list.at(1).id, later.id);
        QCOMPARE(list.at(2).id, none.id);

        // Ten days on, the first deadline has passed.
        m_today = m_today.addDays(10);
        QVERIFY(late.isOverdue(m_today));
        list = rectifications().rectifications({std::nullopt, true, {}, {}}).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().id, late.id);
        QCOMPARE(rectifications().rectifications({}).value().first().id, late.id);
        QCOMPARE(rectifications().rectifications({std::nullopt, false, QStringLiteral("签字"), {}}).value().size(), 1);
        QCOMPARE(rectifications().rectifications({std::nullopt, false, QStringLiteral("张明"), {}}).value().size(), 3);
        QCOMPARE(rectifications().rectifications({std::nullopt, false, {}, Period(2026, 6)}).value().size(), 3);
        QCOMPARE(rectifications().rectifications({std::nullopt, false, {}, Period(2026, 5)}).value().size(), 0);
        QCOMPARE(rectifications().rectifications({RectificationStatus::Open, false, {}, {}}).value().size(), 3);
        QCOMPARE(rectifications().rectifications({RectificationStatus::Done, false, {}, {}}).value().size(), 0);
    }

    void rectificationCounts()
    {
        Rectification open = newRectification();
        open.deadline = m_today.addDays(1);
        Rectification progress = newRectification();
        progress.status = RectificationStatus::InProgress;
        progress.deadline = m_today.addDays(2);
        Rectification done = newRectification();
        done.status = RectificationStatus::Done;
        done.completedDate = m_today;
        Rectification signedOff = newRectification();
        signedOff.status = RectificationStatus::Done;
        signedOff.completedDate = m_today;
        for (Rectification *r : {&open, &progress, &done, &signedOff})
            QVERIFY(rectifications().create(*r));
        QVERIFY(rectifications().signOff(signedOff.id, QStringLiteral("刘主任"), m_today));

        LedgerCounts c = rectifications().counts().value();
        QCOMPARE(c.total, 4);
        QCOMPARE(c.open, 2);
        QCOMPARE(c.overdue, 0);
        QCOMPARE(c.closed, 1);
        m_today = m_today.addDays(2); // the first deadline passed, the second is today
        c = rectifications().counts().value();
        QCOMPARE(c.overdue, 1);
        QCOMPARE(c.open, 2);
    }

    void rectificationDraftedFromComplaint()
    {
        Complaint c = newComplaint(QDate(2026, 6, 2));
        QVERIFY(complaints().create(c));
        Rectification r = rectifications().draftFromComplaint(c.id);
        QCOMPARE(r.problem, c.summary);
        QCOMPARE(r.source, LedgerSource::Complaint);
        QCOMPARE(r.sourceId, c.id);
        QCOMPARE(r.householdIds, QList<qint64> {m_household});
        const QString expected = QStringLiteral("Complaint #%1 2026-06-02").arg(c.id);
        QCOMPARE(r.sourceText, expected);
        r.measures = QStringLiteral("停发并追回");
        r.deadline = m_today.addDays(10);
        QVERIFY(rectifications().create(r));

        const auto loaded = rectifications().rectification(r.id);
        QCOMPARE(loaded->source, LedgerSource::Complaint);
        QCOMPARE(loaded->sourceId, c.id);
        QCOMPARE(loaded->sourceText, expected);
        QCOMPARE(rectifications().rectifications().value().first().sourceText, expected);

        // An edit keeps the link.
        Rectification edited = *loaded;
        edited.source = LedgerSource::Manual;
        edited.sourceId = 0;
        QVERIFY(rectifications().update(edited));
        QCOMPARE(rectifications().rectification(r.id)->sourceId, c.id);
    }

    void rectificationDraftedFromAnswer()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("SELECT id, template_id, code, text FROM checklist_item ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 itemId = q.value(0).toLongLong();
        const qint64 templateId = q.value(1).toLongLong();
        const QString code = q.value(2).toString();
        const QString itemText = q.value(3).toString();
        q.prepare(
            QStringLiteral("INSERT INTO inspection (template_id, name, period, inspection_date) VALUES (?,?,?,?)"));
        q.addBindValue(templateId);
        q.addBindValue(QStringLiteral("2026年6月自查"));
        q.addBindValue(QStringLiteral("2026-06"));
        q.addBindValue(QStringLiteral("2026-06-10"));
        QVERIFY(q.exec());
        const qint64 inspectionId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO inspection_answer (inspection_id, item_id, result, description, "
                                 "responsible) VALUES (?,?,'problem',?,?)"));
        q.addBindValue(inspectionId);
        q.addBindValue(itemId);
        q.addBindValue(QStringLiteral("")); // not answered in words: the item's text is the problem
        q.addBindValue(QStringLiteral("王强"));
        QVERIFY(q.exec());
        const qint64 answerId = q.lastInsertId().toLongLong();
        q.prepare(QStringLiteral("INSERT INTO inspection_answer_household (answer_id, household_id) VALUES (?,?)"));
        q.addBindValue(answerId);
        q.addBindValue(m_household2);
        QVERIFY(q.exec());

        Rectification r = rectifications().draftFromAnswer(answerId);
        QCOMPARE(r.problem, itemText); // no description: the item's text
        QCOMPARE(r.source, LedgerSource::Inspection);
        QCOMPARE(r.sourceId, answerId);
        QCOMPARE(r.responsible, QStringLiteral("王强"));
        QCOMPARE(r.householdIds, QList<qint64> {m_household2});
        QVERIFY(!r.deadline.isValid());
        QCOMPARE(r.sourceText, QStringLiteral("Self-inspection: 2026年6月自查 %1").arg(code));
        QVERIFY(rectifications().create(r));
        QCOMPARE(rectifications().rectification(r.id)->sourceText, r.sourceText);

        q.prepare(QStringLiteral("UPDATE inspection_answer SET description = ? WHERE id = ?"));
        q.addBindValue(QStringLiteral("3户未入户调查"));
        q.addBindValue(answerId);
        QVERIFY(q.exec());
        QCOMPARE(rectifications().draftFromAnswer(answerId).problem, QStringLiteral("3户未入户调查"));
    }

    // Complaints (群众举报问题线索台账)

    void complaintLifecycle()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        QVERIFY(complaints().create(c));
        QCOMPARE(c.dueDate, QDate(2026, 7, 1)); // 30 days by default
        QCOMPARE(c.villageName, QStringLiteral("上街村"));
        QCOMPARE(c.villageId, m_t->village1);
        QCOMPARE(c.subjectText, QStringLiteral("陈秀英"));
        QCOMPARE(c.reporterName, QStringLiteral("黄丽华")); // stored in full
        QCOMPARE(c.maskedReporter(), QStringLiteral("黄**"));

        ComplaintStep visit {0, QDate(2026, 6, 5), QStringLiteral("入户核查，车辆登记在户主儿子名下"), {}};
        ComplaintStep call {0, QDate(2026, 6, 2), QStringLiteral("电话联系举报人核实情况"), {}};
        QVERIFY(complaints().addStep(c.id, visit));
        QVERIFY(complaints().addStep(c.id, call)); // recorded later, happened earlier
        QCOMPARE(visit.operatorName, QStringLiteral("测试员"));

        QVERIFY(complaints().transfer(
            c.id, QDate(2026, 6, 8), QStringLiteral("镇纪委"), QStringLiteral("纪转〔2026〕3号")));
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Transferred, 0, {}, {}}).value().size(), 1);

        c = *complaints().complaint(c.id);
        c.finding = Finding::Substantiated;
        c.feedbackDate = QDate(2026, 6, 12);
        c.feedbackMethod = QStringLiteral("电话");
        QVERIFY(complaints().update(c));
        QVERIFY(complaints().close(c.id, QDate(2026, 6, 14)));

        const auto closed = complaints().complaint(c.id);
        QVERIFY(closed->isClosed());
        QCOMPARE(closed->finding, Finding::Substantiated);
        QCOMPARE(closed->transferredDate, QDate(2026, 6, 8));
        QCOMPARE(closed->transferBody, QStringLiteral("镇纪委"));
        QCOMPARE(closed->transferReference, QStringLiteral("纪转〔2026〕3号"));
        QCOMPARE(closed->steps.size(), 2);
        QCOMPARE(closed->steps.at(0).date, QDate(2026, 6, 2)); // the log in date order
        QCOMPARE(closed->steps.at(1).date, QDate(2026, 6, 5));
        QCOMPARE(closed->steps.at(1).text, visit.text);
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Closed, 0, {}, {}}).value().size(), 1);
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Open, 0, {}, {}}).value().size(), 0);

        QStringList actions;
        for (const AuditRecord &r : AuditLog(db()).latest(6).value())
            actions.prepend(r.action);
        QCOMPARE(actions,
            (QStringList {QStringLiteral("create"), QStringLiteral("step"), QStringLiteral("step"),
                QStringLiteral("transfer"), QStringLiteral("update"), QStringLiteral("close")}));
    }

    void complaintClosingNeedsFinding()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        QVERIFY(complaints().create(c));
        const Snapshot before = snapshot(db());
        verifyRejected(
            complaints().close(c.id, m_today), QStringLiteral("without a finding"), QStringLiteral("finding"), before);
        QVERIFY(!complaints().complaint(c.id)->isClosed());

        c.finding = Finding::NoEvidence;
        QVERIFY(complaints().update(c));
        const Snapshot found = snapshot(db());
        verifyRejected(complaints().close(c.id, QDate(2026, 5, 31)), QStringLiteral("before the date"),
            QStringLiteral("closedDate"), found);
        verifyRejected(complaints().close(c.id, m_today.addDays(1)), QStringLiteral("future"),
            QStringLiteral("closedDate"), found);
        // An anonymous reporter cannot be answered: closing without feedback is allowed.
        QVERIFY(complaints().close(c.id, m_today));
    }

    void complaintClosedIsReadOnly()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        c.finding = Finding::Unsubstantiated;
        QVERIFY(complaints().create(c));
        QVERIFY(complaints().close(c.id, m_today));
        const Snapshot before = snapshot(db());
        Complaint edited = *complaints().complaint(c.id);
        edited.summary = QStringLiteral("改写");
        verifyRejected(complaints().update(edited), QStringLiteral("closed"), QStringLiteral("closedDate"), before);
        ComplaintStep step {0, m_today, QStringLiteral("补记"), {}};
        verifyRejected(
            complaints().addStep(c.id, step), QStringLiteral("closed"), QStringLiteral("closedDate"), before);
        verifyRejected(complaints().transfer(c.id, m_today, QStringLiteral("镇纪委"), {}), QStringLiteral("closed"),
            QStringLiteral("closedDate"), before);
        verifyRejected(
            complaints().close(c.id, m_today), QStringLiteral("already closed"), QStringLiteral("closedDate"), before);
        QCOMPARE(complaints().complaint(c.id)->summary, c.summary);
    }

    void complaintRejectsBadInput_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("field");
        QTest::newRow("due date before received") << 0 << "due date 2026-05-31 is before"
                                                  << "dueDate";
        QTest::newRow("no received date") << 1 << "date the complaint was received"
                                          << "receivedDate";
        QTest::newRow("received in the future") << 2 << "future"
                                                << "receivedDate";
        QTest::newRow("no summary") << 3 << "summary"
                                    << "summary";
        QTest::newRow("named reporter without name") << 4 << "anonymous"
                                                     << "reporterName";
        QTest::newRow("unknown household") << 5 << "household"
                                           << "subject";
        QTest::newRow("transfer without body") << 6 << "discipline-inspection body"
                                               << "transferBody";
    }

    void complaintRejectsBadInput()
    {
        QFETCH(int, defect);
        QFETCH(QString, mentions);
        QFETCH(QString, field);
        const Snapshot before = snapshot(db());
        Complaint c = newComplaint(QDate(2026, 6, 1));
        switch (defect) {
        case 0:
            c.dueDate = QDate(2026, 5, 31);
            break;
        case 1:
            c.receivedDate = QDate();
            break;
        case 2:
            c.receivedDate = m_today.addDays(1);
            break;
        case 3:
            c.summary.clear();
            break;
        case 4:
            c.reporterName.clear();
            break;
        case 5:
            c.householdId = 9999;
            break;
        case 6:
            c.transferredDate = m_today;
            break;
        }
        verifyRejected(complaints().create(c), mentions, field, before);
    }

    void complaintStepsAndTransferChecked()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        QVERIFY(complaints().create(c));
        const Snapshot before = snapshot(db());
        ComplaintStep early {0, QDate(2026, 5, 30), QStringLiteral("核查"), {}};
        verifyRejected(
            complaints().addStep(c.id, early), QStringLiteral("before the date"), QStringLiteral("date"), before);
        ComplaintStep undated {0, QDate(), QStringLiteral("核查"), {}};
        verifyRejected(complaints().addStep(c.id, undated), QStringLiteral("date"), QStringLiteral("date"), before);
        ComplaintStep empty {0, m_today, QStringLiteral(" "), {}};
        verifyRejected(complaints().addStep(c.id, empty), QStringLiteral("Describe"), QStringLiteral("text"), before);
        verifyRejected(complaints().transfer(c.id, QDate(2026, 5, 20), QStringLiteral("镇纪委"), {}),
            QStringLiteral("transfer date"), QStringLiteral("transferredDate"), before);
        verifyRejected(complaints().transfer(c.id, m_today, QStringLiteral(""), {}),
            QStringLiteral("discipline-inspection body"), QStringLiteral("transferBody"), before);
    }

    void complaintOverdue()
    {
        Complaint late = newComplaint(QDate(2026, 5, 1)); // due 2026-05-31
        Complaint fresh = newComplaint(QDate(2026, 6, 10));
        fresh.householdId = m_household2;
        Complaint closed = newComplaint(QDate(2026, 4, 1));
        closed.finding = Finding::PartlySubstantiated;
        closed.anonymous = true;
        closed.reporterName.clear();
        for (Complaint *c : {&late, &fresh, &closed})
            QVERIFY(complaints().create(*c));
        QVERIFY(complaints().close(closed.id, QDate(2026, 6, 1)));
        closed = *complaints().complaint(closed.id);

        QVERIFY(late.isOverdue(m_today));
        QVERIFY(!fresh.isOverdue(m_today));
        QVERIFY(!closed.isOverdue(m_today)); // closed after its due date, but closed
        QCOMPARE(closed.maskedReporter(), QStringLiteral("Anonymous"));

        const QList<Complaint> overdue = complaints().complaints({ComplaintFilter::State::Overdue, 0, {}, {}}).value();
        QCOMPARE(overdue.size(), 1);
        QCOMPARE(overdue.first().id, late.id);
        QVERIFY(overdue.first().isOverdue(m_today));

        const QList<Complaint> all = complaints().complaints().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.first().id, fresh.id); // newest first
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Open, 0, {}, {}}).value().size(), 2);
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Any, m_t->village2, {}, {}}).value().size(), 1);
        QCOMPARE(
            complaints().complaints({ComplaintFilter::State::Any, 0, QStringLiteral("林建国"), {}}).value().size(), 1);
        QCOMPARE(complaints().complaints({ComplaintFilter::State::Any, 0, {}, Period(2026, 5)}).value().size(), 1);

        const LedgerCounts counts = complaints().counts().value();
        QCOMPARE(counts.total, 3);
        QCOMPARE(counts.open, 2);
        QCOMPARE(counts.overdue, 1);
        QCOMPARE(counts.closed, 1);
    }

    void complaintDueDays()
    {
        QCOMPARE(complaints().dueDays().value(), 30);
        const Snapshot before = snapshot(db());
        verifyRejected(
            complaints().setDueDays(0), QStringLiteral("between 1 and 365"), QStringLiteral("complaintDays"), before);
        verifyRejected(
            complaints().setDueDays(366), QStringLiteral("between 1 and 365"), QStringLiteral("complaintDays"), before);
        QVERIFY(complaints().setDueDays(15));
        QCOMPARE(complaints().dueDays().value(), 15);
        QCOMPARE(AuditLog(db()).latest(1).value().first().entity, QStringLiteral("office"));
        QCOMPARE(count(db(), QStringLiteral("audit_log")), before.counts.last() + 1);
        Complaint c = newComplaint(QDate(2026, 6, 1));
        QVERIFY(complaints().create(c));
        QCOMPARE(c.dueDate, QDate(2026, 6, 16));

        // Without an office the default applies and the setting cannot be stored.
        const auto bare = makeDatabase(false);
        ComplaintRepository repo(*bare->db);
        QCOMPARE(repo.dueDays().value(), 30);
        const Result r = repo.setDueDays(20);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(QStringLiteral("office")), qPrintable(r.message()));
        QCOMPARE(repo.dueDays().value(), 30);
    }

    // The office's time limit that cannot be read is not taken as 30 days: a complaint without a due date is not
    // received, and the setting is not "to be set up first".
    void unreadableTimeLimitIsAFailure()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office RENAME TO office_elsewhere")));
        const Result days = complaints().dueDays().result();
        Complaint c = newComplaint(QDate(2026, 6, 1));
        const Result created = complaints().create(c);
        const Result set = complaints().setDueDays(20);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office_elsewhere RENAME TO office")));
        QCOMPARE(days.kind(), Result::Kind::Failed);
        QVERIFY2(days.message().contains(QStringLiteral("could not be read")), qPrintable(days.message()));
        QCOMPARE(created.kind(), Result::Kind::Failed);
        QCOMPARE(c.id, 0);
        QCOMPARE(set.kind(), Result::Kind::Failed);
    }

    // A complaint or rectification whose evidence cannot be read is not shown without it.
    void unreadableEvidenceFailsTheRecord()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        QVERIFY(complaints().create(c));
        Rectification r = newRectification();
        QVERIFY(RectificationRepository(db()).create(r));
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE evidence")));
        const Result read = complaints().complaint(c.id).result();
        QCOMPARE(read.kind(), Result::Kind::Failed);
        QVERIFY2(read.message().contains(QStringLiteral("evidence")), qPrintable(read.message()));
        QCOMPARE(RectificationRepository(db()).rectification(r.id).result().kind(), Result::Kind::Failed);
    }

    void complaintHandlerNamedIn()
    {
        Complaint c = newComplaint(QDate(2026, 6, 1));
        c.householdId = 0;
        c.handler = QStringLiteral("王五");
        c.subjectText = QStringLiteral("村主任");
        c.summary = QStringLiteral("举报村干部王五为亲属办理低保");
        QVERIFY(c.handlerNamedIn());
        c.summary = QStringLiteral("举报村干部为亲属办理低保");
        QVERIFY(!c.handlerNamedIn());
        c.subjectText = QStringLiteral("村主任王五");
        QVERIFY(c.handlerNamedIn());
        c.handler.clear();
        QVERIFY(!c.handlerNamedIn());

        // A subject on the roster is named by the roster: the head handling the complaint about their household.
        Complaint own = newComplaint(QDate(2026, 6, 1));
        own.handler = QStringLiteral("陈秀英");
        own.summary = QStringLiteral("反映低保金发放不及时");
        QVERIFY(complaints().create(own));
        QVERIFY(complaints().complaint(own.id)->handlerNamedIn());
    }

    // Typical cases (典型案例)

    void typicalCases()
    {
        Complaint source = newComplaint(QDate(2026, 5, 4));
        QVERIFY(complaints().create(source));
        CaseRepository repo(db());
        TypicalCase c;
        c.month = Period(2026, 5);
        c.title = QStringLiteral("某村干部优亲厚友案");
        c.summary = QStringLiteral("村干部为其兄违规办理低保");
        c.problemType = ProblemType::Corruption;
        c.persons = QStringLiteral("陈某某");
        c.handling = {Handling::PartyDiscipline, Handling::OrganisationalAction, Handling::PartyDiscipline};
        c.fundsRecovered = Money::fromFen(1234567);
        c.source = LedgerSource::Complaint;
        c.sourceId = source.id;
        QVERIFY(repo.create(c));
        QCOMPARE(c.handling, (QList<Handling> {Handling::PartyDiscipline, Handling::OrganisationalAction}));
        QCOMPARE(c.sourceText, QStringLiteral("Complaint #%1 2026-05-04").arg(source.id));

        TypicalCase june;
        june.month = Period(2026, 6);
        june.title = QStringLiteral("死亡冒领案");
        QVERIFY(repo.create(june));
        QCOMPARE(repo.cases().value().size(), 2);
        QCOMPARE(repo.cases().value().first().id, june.id); // newest month first
        QCOMPARE(repo.cases(Period(2026, 5)).value().size(), 1);
        const auto loaded = repo.typicalCase(c.id);
        QCOMPARE(loaded->fundsRecovered, Money::fromFen(1234567));
        QCOMPARE(loaded->problemType, ProblemType::Corruption);
        QCOMPARE(loaded->handling, c.handling);

        QSqlQuery q(db().connection());
        QVERIFY(
            q.exec(QStringLiteral("SELECT handling, funds_recovered_fen FROM typical_case WHERE id = %1").arg(c.id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("party_discipline,organisational"));
        QCOMPARE(q.value(1).toLongLong(), 1234567);

        c.handling = {Handling::JudicialReferral};
        QVERIFY(repo.update(c));
        QCOMPARE(repo.typicalCase(c.id)->handling, QList<Handling> {Handling::JudicialReferral});

        Snapshot before = snapshot(db());
        TypicalCase bad = june;
        bad.id = 0;
        bad.month = Period();
        verifyRejected(repo.create(bad), QStringLiteral("month"), QStringLiteral("month"), before);
        bad = june;
        bad.title = QStringLiteral(" ");
        verifyRejected(repo.update(bad), QStringLiteral("title"), QStringLiteral("title"), before);
        bad = june;
        bad.fundsRecovered = Money::fromFen(-1);
        verifyRejected(repo.update(bad), QStringLiteral("negative"), QStringLiteral("fundsRecovered"), before);

        QVERIFY(repo.remove(c.id));
        QVERIFY(!repo.typicalCase(c.id));
        const AuditRecord removed = AuditLog(db()).latest(1).value().first();
        QCOMPARE(removed.action, QStringLiteral("remove"));
        QVERIFY2(removed.oldValue.contains(QStringLiteral("某村干部优亲厚友案"))
                && removed.oldValue.contains(QStringLiteral("1234567")),
            qPrintable(removed.oldValue));
        before = snapshot(db());
        verifyRejected(repo.remove(c.id), QStringLiteral("no longer exists"), QString(), before);
    }

    // A month's typical cases are due on the reporting calendar's day of the next month, as the office keeps it.
    void typicalCasesDueByTheCalendar()
    {
        CaseRepository repo(db());
        QCOMPARE(repo.reportDue(Period(2026, 5)).value(), std::optional<QDate>(QDate(2026, 6, 3))); // the notice's 3rd
        QCOMPARE(repo.reportDue(Period(2026, 12)).value(), std::optional<QDate>(QDate(2027, 1, 3)));
        CalendarRepository calendar(db());
        QList<CalendarItem> items = calendar.items().value();
        const auto it = std::find_if(
            items.begin(), items.end(), [](const CalendarItem &i) { return i.code == QLatin1String("typical-cases"); });
        QVERIFY(it != items.end());
        it->day = 31;
        QVERIFY(calendar.saveItem(*it));
        QCOMPARE(
            repo.reportDue(Period(2026, 1)).value(), std::optional<QDate>(QDate(2026, 2, 28))); // February's last day
        it->active = false;
        QVERIFY(calendar.saveItem(*it));
        QVERIFY(!repo.reportDue(Period(2026, 5)).value());
    }

    // The due date of a complaint: the office's days after receipt.
    void complaintDueDateFromTheOfficeDays()
    {
        ComplaintRepository repo(db());
        QVERIFY(repo.setDueDays(15));
        Complaint c;
        c.receivedDate = QDate(2026, 6, 1);
        c.anonymous = true;
        c.summary = QStringLiteral("反映某户有车");
        QVERIFY(repo.create(c));
        QCOMPARE(c.dueDate, QDate(2026, 6, 16));
        QCOMPARE(ComplaintRepository::dueDateFor(QDate(2026, 6, 1), repo.dueDays().value()), QDate(2026, 6, 16));
        QVERIFY(!ComplaintRepository::dueDateFor(QDate(), 15).isValid());
    }

    // A ledger whose table is gone (a file changed by another program) is a failure to read, not an empty ledger:
    // the repositories, the tables on screen and the official tables all say so.
    void droppedTableIsAFailureNotAnEmptyList_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("complaint") << QStringLiteral("complaint");
        QTest::newRow("rectification") << QStringLiteral("rectification");
        QTest::newRow("typical_case") << QStringLiteral("typical_case");
    }
    void droppedTableIsAFailureNotAnEmptyList()
    {
        QFETCH(QString, table);
        Complaint c;
        c.receivedDate = m_today;
        c.anonymous = true;
        c.summary = QStringLiteral("反映某户有车");
        QVERIFY(ComplaintRepository(db()).create(c));
        // Readable first: the same reads succeed; a record that is not there is rejected.
        QCOMPARE(ComplaintRepository(db()).complaint(c.id + 100).result().kind(), Result::Kind::Rejected);
        QCOMPARE(RectificationRepository(db()).rectification(9999).result().kind(), Result::Kind::Rejected);
        QCOMPARE(CaseRepository(db()).typicalCase(9999).result().kind(), Result::Kind::Rejected);
        QVERIFY(ComplaintRepository(db()).complaints().isOk());
        QVERIFY(RectificationRepository(db()).rectifications().isOk());
        QVERIFY(CaseRepository(db()).cases().isOk());
        ComplaintModel complaintsBefore(db());
        complaintsBefore.reload({});
        QVERIFY(complaintsBefore.readResult().isOk());
        QCOMPARE(complaintsBefore.rowCount(), 1);

        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(q.lastError().text()));

        // One record, and a write that reads it first: failed, not "no longer exists".
        const Result one = table == QLatin1String("complaint") ? ComplaintRepository(db()).complaint(c.id).result()
            : table == QLatin1String("rectification")          ? RectificationRepository(db()).rectification(1).result()
                                                               : CaseRepository(db()).typicalCase(1).result();
        QCOMPARE(one.kind(), Result::Kind::Failed);
        if (table == QLatin1String("complaint"))
            QCOMPARE(ComplaintRepository(db()).update(c).kind(), Result::Kind::Failed);
        // The counts the page's status line and the overview's charts show: no zeros that look true.
        if (table != QLatin1String("typical_case")) {
            const Result counted = table == QLatin1String("complaint")
                ? ComplaintRepository(db()).counts().result()
                : RectificationRepository(db()).counts().result();
            QCOMPARE(counted.kind(), Result::Kind::Failed);
            QCOMPARE(ChartData::read(db()).result().kind(), Result::Kind::Failed);
        }

        Result read;
        if (table == QLatin1String("complaint")) {
            read = ComplaintRepository(db()).complaints().result();
            ComplaintModel model(db());
            model.reload({});
            QCOMPARE(model.rowCount(), 0);
            QCOMPARE(model.readResult().kind(), Result::Kind::Failed);
        } else if (table == QLatin1String("rectification")) {
            read = RectificationRepository(db()).rectifications().result();
            RectificationModel model(db());
            model.reload({});
            QCOMPARE(model.readResult().kind(), Result::Kind::Failed);
        } else {
            read = CaseRepository(db()).cases().result();
            CaseModel model(db());
            model.reload(Period());
            QCOMPARE(model.readResult().kind(), Result::Kind::Failed);
        }
        QCOMPARE(read.kind(), Result::Kind::Failed);
        QVERIFY2(read.message().contains(QStringLiteral("could not be read")) && read.message().contains(table),
            qPrintable(read.message()));
        // The official table of that ledger is refused, not printed empty.
        const QString report = table == QLatin1String("typical_case") ? QStringLiteral("cases")
            : table == QLatin1String("complaint")                     ? QStringLiteral("complaints")
                                                                      : QStringLiteral("rectifications");
        ReportTable t;
        const Result computed = ReportCatalog(db()).compute(report, Period(2026, 6), {}, &t);
        QCOMPARE(computed.kind(), Result::Kind::Failed);
        QVERIFY(t.rows.isEmpty());
        // The cases' table names the complaints its cases came from: without them it is refused too, not printed
        // with the sources left out.
        if (table == QLatin1String("complaint")) {
            ReportTable cases;
            QCOMPARE(ReportCatalog(db()).compute(QStringLiteral("cases"), Period(2026, 6), {}, &cases).kind(),
                Result::Kind::Failed);
        }
    }
};

QTEST_GUILESS_MAIN(TestLedgers)
#include "tst_ledgers.moc"
