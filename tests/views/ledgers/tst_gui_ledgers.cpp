// The governance ledgers (complaints, rectifications, typical cases) driven through their pages and dialogs
// by object names, as a clerk would use them, on a fixed clock.
#include "TestSupport.h"
#include "ledgers/calendar/CalendarDialog.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseDialog.h"
#include "ledgers/cases/CaseModel.h"
#include "ledgers/cases/CasePage.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintDialog.h"
#include "ledgers/complaints/ComplaintModel.h"
#include "ledgers/complaints/ComplaintPage.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationDialog.h"
#include "ledgers/rectifications/RectificationModel.h"
#include "ledgers/rectifications/RectificationPage.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "office/OfficeRepository.h"
#include "roster/RosterRepository.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using TestSupport::typeText;

namespace {

const QDate kToday(2024, 6, 15);

// A child by object name; a missing one fails loudly rather than crashing later.
template<typename T> T *child(const QObject *parent, const char *name)
{
    T *found = parent->findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("%s has no child %s of the expected type", qPrintable(parent->objectName()), name);
    return found;
}

void click(const QObject *parent, const char *name)
{
    QPushButton *button = child<QPushButton>(parent, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

QPushButton *dialogButton(const QObject *dialog, QDialogButtonBox::StandardButton which, const char *box = "buttonBox")
{
    return child<QDialogButtonBox>(dialog, box)->button(which);
}

// The row of the page's table whose given column shows the text, or -1.
int rowWith(const QAbstractItemModel *model, int column, const QString &text)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}

// For looking at the dialogs: DIBAO_SCREENSHOT_DIR=/tmp/shots ./tst_gui_ledgers
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIBAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

} // namespace

class TestGuiLedgers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void complaintReceivedHandledAndClosed();
    void handlerNamedInComplaintIsWarned();
    void overdueComplaintShownAndFiltered();
    void reporterMaskedInListFullInDialog();
    void rectificationPastDeadlineIsOverdue();
    void signOffNeedsCompletionDate();
    void rectificationOpenedFromComplaint();
    void typicalCaseUnderItsMonth();
    void modelsPassTheTester();
    void unreadableLedgerSaysSo();
    void calendarSubmissionMarkedOrRefused();

private:
    Complaint storedComplaint(const QString &summary, const QDate &received, const QString &reporter = {});
    template<typename Dialog, typename Page> Dialog *openedDialog(Page *page);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    QDateTime m_now;
    qint64 m_zhangsanHousehold = 0;
    QString m_zhangsanIdNumber;
};

void TestGuiLedgers::init()
{
    MessageBoxes::clearAnswers();
    m_now = QDateTime(kToday, QTime(10, 0));
    m_db = TestSupport::makeDatabase();
    QVERIFY(m_db->db->isOpen());
    m_db->db->setClock([this] { return m_now; });
    m_db->db->setOperatorName(QStringLiteral("林文"));
    OfficeRepository office(*m_db->db);
    Office o = office.office().value();
    o.reviewer = QStringLiteral("赵主任");
    QVERIFY(office.saveOffice(o));
    Household zhangsan = TestSupport::household(m_db->village1, QStringLiteral("张三"), QDate(1960, 3, 4), 11);
    const Result created = RosterRepository(*m_db->db).createHousehold(zhangsan);
    QVERIFY2(created, qPrintable(created.message()));
    m_zhangsanHousehold = zhangsan.id;
    m_zhangsanIdNumber = zhangsan.headIdNumber();
}

void TestGuiLedgers::cleanup()
{
    m_db.reset();
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

Complaint TestGuiLedgers::storedComplaint(const QString &summary, const QDate &received, const QString &reporter)
{
    Complaint c;
    c.receivedDate = received;
    c.channel = Domain::ComplaintChannel::Phone;
    c.anonymous = reporter.isEmpty();
    c.reporterName = reporter;
    c.reporterContact = QStringLiteral("13900001111");
    c.subjectText = QStringLiteral("某村干部");
    c.villageId = m_db->village2;
    c.summary = summary;
    c.handler = QStringLiteral("李四");
    const Result r = ComplaintRepository(*m_db->db).create(c);
    if (!r)
        qWarning("complaint not created: %s", qPrintable(r.message()));
    return c;
}

template<typename Dialog, typename Page> Dialog *TestGuiLedgers::openedDialog(Page *page)
{
    Dialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = qobject_cast<Dialog *>(page->currentDialog())) && dialog->isVisible()); }();
    return dialog;
}

void TestGuiLedgers::complaintReceivedHandledAndClosed()
{
    ComplaintPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    click(&page, "newComplaintButton");
    auto *dialog = openedDialog<ComplaintDialog>(&page);
    QVERIFY(dialog);

    // The due date follows the date received (+30 days) until the clerk sets it.
    auto *received = child<QDateEdit>(dialog, "receivedDateEdit");
    auto *due = child<QDateEdit>(dialog, "dueDateEdit");
    QCOMPARE(received->date(), kToday);
    QCOMPARE(due->date(), kToday.addDays(30));
    received->setDate(QDate(2024, 6, 10));
    QCOMPARE(due->date(), QDate(2024, 7, 10));

    auto *channel = child<QComboBox>(dialog, "channelComboBox");
    channel->setCurrentIndex(channel->findData(int(Domain::ComplaintChannel::Letter)));
    typeText(child<QLineEdit>(dialog, "reporterNameLineEdit"), QStringLiteral("王小明"));
    typeText(child<QLineEdit>(dialog, "reporterContactLineEdit"), QStringLiteral("13800001234"));

    // The subject is picked from the roster by the beginning of an ID number.
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    auto *subject = child<QLineEdit>(dialog, "subjectLineEdit");
    subject->setFocus();
    QTRY_VERIFY(subject->hasFocus());
    QTest::keyClicks(subject, m_zhangsanIdNumber.left(10));
    QCompleter *completer = subject->completer();
    QVERIFY(completer);
    QTRY_VERIFY(completer->popup()->isVisible());
    QCOMPARE(completer->completionModel()->rowCount(), 1);
    QTest::keyClick(completer->popup(), Qt::Key_Down);
    QTest::keyClick(completer->popup(), Qt::Key_Return);
    QTRY_COMPARE(dialog->subjectHouseholdId(), m_zhangsanHousehold);
    QCOMPARE(subject->text(), QStringLiteral("张三"));
    QCOMPARE(child<QComboBox>(dialog, "villageComboBox")->currentData().toLongLong(), m_db->village1);

    auto *type = child<QComboBox>(dialog, "problemTypeComboBox");
    type->setCurrentIndex(type->findData(int(Domain::ProblemType::WrongfulInclusion)));
    typeText(child<QPlainTextEdit>(dialog, "summaryTextEdit"), QStringLiteral("反映张三家有小轿车仍享受低保"));
    typeText(child<QLineEdit>(dialog, "handlerLineEdit"), QStringLiteral("李四"));

    // A step saves the new complaint first; steps entered out of order are listed by date.
    auto *stepDate = child<QDateEdit>(dialog, "stepDateEdit");
    auto *stepText = child<QLineEdit>(dialog, "stepTextEdit");
    stepDate->setDate(QDate(2024, 6, 12));
    typeText(stepText, QStringLiteral("入户核查车辆情况"));
    click(dialog, "addStepButton");
    const qint64 id = dialog->complaintId();
    QVERIFY(id > 0);
    Outcome<Complaint> stored = ComplaintRepository(*m_db->db).complaint(id);
    QVERIFY(stored);
    QCOMPARE(stored->dueDate, QDate(2024, 7, 10));
    QCOMPARE(stored->reporterName, QStringLiteral("王小明"));
    QCOMPARE(stored->householdId, m_zhangsanHousehold);
    QCOMPARE(stored->steps.size(), 1);
    QVERIFY(stepText->text().isEmpty());
    stepDate->setDate(QDate(2024, 6, 11));
    typeText(stepText, QStringLiteral("电话联系举报人"));
    click(dialog, "addStepButton");
    auto *steps = child<QListWidget>(dialog, "stepList");
    QCOMPARE(steps->count(), 2);
    QVERIFY(steps->item(0)->text().startsWith(QStringLiteral("2024-06-11")));
    QVERIFY(steps->item(1)->text().startsWith(QStringLiteral("2024-06-12")));

    // Transferred to the discipline-inspection body.
    QVERIFY(!child<QLineEdit>(dialog, "transferBodyLineEdit")->text().isEmpty());
    typeText(child<QLineEdit>(dialog, "transferReferenceLineEdit"), QStringLiteral("JW-2024-07"));
    click(dialog, "transferButton");
    stored = ComplaintRepository(*m_db->db).complaint(id);
    QCOMPARE(stored->transferredDate, kToday);
    QCOMPARE(stored->transferReference, QStringLiteral("JW-2024-07"));
    QVERIFY(!child<QPushButton>(dialog, "transferButton")->isEnabled());

    // Closing without a finding is refused, and says why.
    auto *bar = child<MessageBar>(dialog, "messageBar");
    click(dialog, "closeButton");
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("finding")), qPrintable(bar->text()));
    QVERIFY(!ComplaintRepository(*m_db->db).complaint(id)->isClosed());
    QVERIFY(!dialog->isReadOnly());

    // With a finding it closes, and the dialog becomes read-only.
    auto *finding = child<QComboBox>(dialog, "findingComboBox");
    finding->setCurrentIndex(finding->findData(int(Domain::Finding::Substantiated)));
    child<QDateEdit>(dialog, "feedbackDateEdit")->setDate(QDate(2024, 6, 14));
    typeText(child<QLineEdit>(dialog, "feedbackMethodLineEdit"), QStringLiteral("电话"));
    saveScreenshot(dialog, QStringLiteral("complaint-dialog"));
    QCOMPARE(TestSupport::labelsShowingAmpersands(dialog), QStringList());
    click(dialog, "closeButton");
    stored = ComplaintRepository(*m_db->db).complaint(id);
    QVERIFY(stored->isClosed());
    QCOMPARE(stored->closedDate, kToday);
    QCOMPARE(stored->finding, std::optional(Domain::Finding::Substantiated));
    QCOMPARE(stored->feedbackMethod, QStringLiteral("电话"));
    QCOMPARE(stored->steps.size(), 2);
    QCOMPARE(stored->steps.at(0).date, QDate(2024, 6, 11));
    QCOMPARE(stored->steps.at(1).date, QDate(2024, 6, 12));
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!child<QPushButton>(dialog, "closeButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "addStepButton")->isEnabled());
    QVERIFY(dialogButton(dialog, QDialogButtonBox::Close));
    QVERIFY(!dialogButton(dialog, QDialogButtonBox::Ok));

    QPointer<ComplaintDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Close), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    // The page lists it as closed, selected; a closed complaint opens read-only.
    ComplaintModel *model = page.model();
    QCOMPARE(page.currentId(), id);
    const int row = model->rowOf(id);
    QCOMPARE(model->index(row, ComplaintModel::StateColumn).data().toString(),
        ComplaintModel::stateText(ComplaintModel::State::Closed));
    QCOMPARE(model->index(row, ComplaintModel::FindingColumn).data().toString(),
        Domain::label(Domain::Finding::Substantiated));
    QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("closed 1")));
    QTest::keyClick(child<QTableView>(&page, "complaintTable"), Qt::Key_Return);
    auto *again = openedDialog<ComplaintDialog>(&page);
    QVERIFY(again && again != guard);
    QVERIFY(again->isReadOnly());
    QVERIFY(child<QLineEdit>(again, "reporterNameLineEdit")->isReadOnly());
    again->reject();
}

void TestGuiLedgers::handlerNamedInComplaintIsWarned()
{
    ComplaintDialog dialog(*m_db->db, 0);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *recusal = child<MessageBar>(&dialog, "recusalBar");
    typeText(child<QLineEdit>(&dialog, "subjectLineEdit"), QStringLiteral("村委会主任王五"));
    auto *handler = child<QLineEdit>(&dialog, "handlerLineEdit");
    typeText(handler, QStringLiteral("王五"));
    QVERIFY(recusal->isVisible());
    QCOMPARE(recusal->level(), MessageBar::Level::Warning);
    QVERIFY(recusal->text().contains(QStringLiteral("王五")));
    handler->clear();
    typeText(handler, QStringLiteral("李四"));
    QVERIFY(!recusal->isVisible());
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // discard what was typed
    dialog.reject();
    QVERIFY(!dialog.isVisible());
}

void TestGuiLedgers::overdueComplaintShownAndFiltered()
{
    const Complaint late = storedComplaint(QStringLiteral("反映低保评议走过场"), kToday.addDays(-40));
    const Complaint recent = storedComplaint(QStringLiteral("反映入户调查不认真"), kToday.addDays(-5));
    QVERIFY(late.id > 0 && recent.id > 0);
    QCOMPARE(late.dueDate, kToday.addDays(-10));

    ComplaintPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ComplaintModel *model = page.model();
    QCOMPARE(model->rowCount(), 2);
    const QModelIndex lateState = model->index(model->rowOf(late.id), ComplaintModel::StateColumn);
    QCOMPARE(lateState.data().toString(), ComplaintModel::stateText(ComplaintModel::State::Overdue));
    QCOMPARE(lateState.data(ComplaintModel::StateKeyRole).toString(), QStringLiteral("overdue"));
    QCOMPARE(lateState.data(Qt::ForegroundRole).value<QColor>(), QColor(0x8b, 0x00, 0x00));
    const QModelIndex recentState = model->index(model->rowOf(recent.id), ComplaintModel::StateColumn);
    QCOMPARE(recentState.data().toString(), ComplaintModel::stateText(ComplaintModel::State::InProgress));
    QVERIFY(recentState.data(Qt::ForegroundRole).value<QColor>() != QColor(0x8b, 0x00, 0x00));
    QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("overdue 1")));

    auto *state = child<QComboBox>(&page, "stateFilterComboBox");
    state->setCurrentIndex(state->findData(int(ComplaintFilter::State::Overdue)));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->idAt(0), late.id);
    state->setCurrentIndex(state->findData(int(ComplaintFilter::State::Open)));
    QCOMPARE(model->rowCount(), 2);

    // The clock moves on: the recent one falls due as well.
    m_now = m_now.addDays(30);
    page.reload();
    state->setCurrentIndex(state->findData(int(ComplaintFilter::State::Overdue)));
    QCOMPARE(model->rowCount(), 2);
}

void TestGuiLedgers::reporterMaskedInListFullInDialog()
{
    const Complaint named
        = storedComplaint(QStringLiteral("反映优亲厚友"), kToday.addDays(-3), QStringLiteral("王小明"));
    const Complaint anonymous = storedComplaint(QStringLiteral("反映死亡未停保"), kToday.addDays(-2));
    ComplaintPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ComplaintModel *model = page.model();
    const QString masked = model->index(model->rowOf(named.id), ComplaintModel::ReporterColumn).data().toString();
    QCOMPARE(masked, QStringLiteral("王**"));
    QVERIFY(rowWith(model, ComplaintModel::ReporterColumn, QStringLiteral("王小明")) < 0);
    QCOMPARE(model->index(model->rowOf(anonymous.id), ComplaintModel::ReporterColumn).data().toString(),
        anonymous.maskedReporter());

    QVERIFY(page.select(named.id));
    QTest::keyClick(child<QTableView>(&page, "complaintTable"), Qt::Key_Enter);
    auto *dialog = openedDialog<ComplaintDialog>(&page);
    QVERIFY(dialog);
    QCOMPARE(child<QLineEdit>(dialog, "reporterNameLineEdit")->text(), QStringLiteral("王小明"));
    QCOMPARE(child<QLineEdit>(dialog, "reporterContactLineEdit")->text(), QStringLiteral("13900001111"));
    QVERIFY(!child<QCheckBox>(dialog, "anonymousCheckBox")->isChecked());
    dialog->reject(); // nothing changed: no question
    QTRY_VERIFY(!page.currentDialog());
}

void TestGuiLedgers::rectificationPastDeadlineIsOverdue()
{
    RectificationPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowActive(&page));
    auto *table = child<QTableView>(&page, "rectificationTable");
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Insert);
    auto *dialog = openedDialog<RectificationDialog>(&page);
    QVERIFY(dialog);
    typeText(child<QPlainTextEdit>(dialog, "problemTextEdit"), QStringLiteral("低保公示未张贴到自然村"));
    typeText(child<QPlainTextEdit>(dialog, "measuresTextEdit"), QStringLiteral("补贴公示并拍照留存"));
    typeText(child<QLineEdit>(dialog, "responsibleLineEdit"), QStringLiteral("王五"));
    // Found on 1 May (entered from the paper ledger), due 10 June: five days late today.
    child<QDateEdit>(dialog, "createdDateEdit")->setDate(QDate(2024, 5, 1));
    child<QDateEdit>(dialog, "deadlineDateEdit")->setDate(QDate(2024, 6, 10));
    auto *status = child<QComboBox>(dialog, "statusComboBox");
    QCOMPARE(status->count(), 3); // signing off is its own action
    status->setCurrentIndex(status->findData(int(Domain::RectificationStatus::InProgress)));
    QVERIFY(!child<QDateEdit>(dialog, "completedDateEdit")->isEnabled());
    saveScreenshot(dialog, QStringLiteral("rectification-dialog"));
    QPointer<RectificationDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    RectificationModel *model = page.model();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(page.currentId(), model->idAt(0));
    const QModelIndex state = model->index(0, RectificationModel::StatusColumn);
    QVERIFY(state.data(RectificationModel::OverdueRole).toBool());
    QCOMPARE(state.data().toString(), RectificationModel::statusText(model->rectification(0), kToday));
    QVERIFY(state.data().toString().contains(QStringLiteral("Overdue")));
    QCOMPARE(state.data(Qt::ForegroundRole).value<QColor>(), QColor(0x8b, 0x00, 0x00));
    QCOMPARE(model->index(0, RectificationModel::DeadlineColumn).data().toString(), QStringLiteral("2024-06-10"));
    QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("overdue 1")));

    child<QCheckBox>(&page, "overdueCheckBox")->setChecked(true);
    QCOMPARE(model->rowCount(), 1);

    // Rectified: no longer overdue, and gone from the overdue filter.
    QTest::keyClick(table, Qt::Key_Return);
    dialog = openedDialog<RectificationDialog>(&page);
    QVERIFY(dialog);
    status = child<QComboBox>(dialog, "statusComboBox");
    status->setCurrentIndex(status->findData(int(Domain::RectificationStatus::Done)));
    auto *completed = child<QDateEdit>(dialog, "completedDateEdit");
    QVERIFY(completed->isEnabled());
    QCOMPARE(completed->date(), kToday);
    guard = dialog;
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(model->rowCount(), 0);
    child<QCheckBox>(&page, "overdueCheckBox")->setChecked(false);
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(!model->index(0, RectificationModel::StatusColumn).data(RectificationModel::OverdueRole).toBool());
}

void TestGuiLedgers::signOffNeedsCompletionDate()
{
    Rectification r;
    r.problem = QStringLiteral("入户调查记录缺少调查人签字");
    r.responsible = QStringLiteral("王五");
    r.status = Domain::RectificationStatus::InProgress;
    QVERIFY(RectificationRepository(*m_db->db).create(r));

    RectificationPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.select(r.id));
    click(&page, "signOffRectificationButton");
    auto *dialog = openedDialog<RectificationDialog>(&page);
    QVERIFY(dialog);
    QDialog *signOff = nullptr;
    QTRY_VERIFY((signOff = dialog->signOffDialog()) && signOff->isVisible());
    QCOMPARE(child<QLineEdit>(signOff, "reviewerLineEdit")->text(), QStringLiteral("赵主任")); // the office's reviewer
    QCOMPARE(child<QDateEdit>(signOff, "signOffDateEdit")->date(), kToday);
    QTest::mouseClick(dialogButton(signOff, QDialogButtonBox::Ok, "signOffButtonBox"), Qt::LeftButton);

    // Refused: not rectified, no completion date. The message says so; nothing changed.
    auto *bar = child<MessageBar>(dialog, "messageBar");
    QTRY_VERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QStringLiteral("completion date")), qPrintable(bar->text()));
    QCOMPARE(RectificationRepository(*m_db->db).rectification(r.id)->status, Domain::RectificationStatus::InProgress);
    QVERIFY(!dialog->isReadOnly());

    // Rectified with its date, it signs off and turns read-only.
    auto *status = child<QComboBox>(dialog, "statusComboBox");
    status->setCurrentIndex(status->findData(int(Domain::RectificationStatus::Done)));
    child<QDateEdit>(dialog, "completedDateEdit")->setDate(QDate(2024, 6, 13));
    typeText(child<QPlainTextEdit>(dialog, "completionNoteTextEdit"), QStringLiteral("已补签"));
    click(dialog, "signOffButton"); // saves first, then asks
    QTRY_VERIFY((signOff = dialog->signOffDialog()) && signOff->isVisible());
    QTest::mouseClick(dialogButton(signOff, QDialogButtonBox::Ok, "signOffButtonBox"), Qt::LeftButton);
    QTRY_VERIFY(dialog->isReadOnly());
    const Outcome<Rectification> stored = RectificationRepository(*m_db->db).rectification(r.id);
    QCOMPARE(stored->status, Domain::RectificationStatus::SignedOff);
    QCOMPARE(stored->reviewer, QStringLiteral("赵主任"));
    QCOMPARE(stored->signedOffDate, kToday);
    QCOMPARE(stored->completedDate, QDate(2024, 6, 13));
    QVERIFY(!child<QPushButton>(dialog, "signOffButton")->isEnabled());
    QVERIFY(child<QPlainTextEdit>(dialog, "problemTextEdit")->isReadOnly());

    const int row = page.model()->rowOf(r.id);
    QCOMPARE(page.model()->index(row, RectificationModel::ReviewerColumn).data().toString(), QStringLiteral("赵主任"));
    QCOMPARE(page.model()->index(row, RectificationModel::StatusColumn).data(RectificationModel::StatusKeyRole),
        QVariant(QStringLiteral("signed_off")));
    QVERIFY(!child<QPushButton>(&page, "signOffRectificationButton")->isEnabled());
    dialog->reject();
}

void TestGuiLedgers::rectificationOpenedFromComplaint()
{
    Complaint c
        = storedComplaint(QStringLiteral("反映张三家有经营性门店"), kToday.addDays(-3), QStringLiteral("王小明"));
    c.householdId = m_zhangsanHousehold;
    c.subjectText = QStringLiteral("张三");
    QVERIFY(ComplaintRepository(*m_db->db).update(c));
    ComplaintDialog dialog(*m_db->db, c.id);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    click(&dialog, "rectifyButton");
    RectificationDialog *rectification = nullptr;
    QTRY_VERIFY((rectification = qobject_cast<RectificationDialog *>(dialog.currentDialog())));
    QVERIFY(!child<QPlainTextEdit>(rectification, "problemTextEdit")->toPlainText().isEmpty());
    QVERIFY(child<QLabel>(rectification, "householdsLabel")->text().contains(QStringLiteral("张三")));
    QVERIFY(!child<QLabel>(rectification, "sourceLabel")->text().isEmpty());
    QSignalSpy saved(&dialog, &ComplaintDialog::saved);
    QTest::mouseClick(dialogButton(rectification, QDialogButtonBox::Ok), Qt::LeftButton);
    QCOMPARE(saved.size(), 1);
    const QList<Rectification> items = RectificationRepository(*m_db->db).rectifications().value();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).source, Domain::LedgerSource::Complaint);
    QCOMPARE(items.at(0).sourceId, c.id);
    QCOMPARE(items.at(0).householdIds, QList<qint64> {m_zhangsanHousehold});
}

void TestGuiLedgers::typicalCaseUnderItsMonth()
{
    CasePage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    click(&page, "newCaseButton");
    auto *dialog = openedDialog<CaseDialog>(&page);
    QVERIFY(dialog);
    auto *month = child<QDateEdit>(dialog, "monthDateEdit");
    QCOMPARE(Period::fromDate(month->date()), Period(2024, 5)); // the previous month
    QVERIFY(child<QLabel>(dialog, "dueHintLabel")->text().contains(QStringLiteral("2024-06-03")));
    month->setDate(QDate(2024, 4, 1));
    QVERIFY(child<QLabel>(dialog, "dueHintLabel")->text().contains(QStringLiteral("2024-05-03")));
    typeText(child<QLineEdit>(dialog, "titleLineEdit"), QStringLiteral("某村干部优亲厚友违规办理低保案"));
    typeText(child<QLineEdit>(dialog, "personsLineEdit"), QStringLiteral("某村村委会主任"));
    auto *type = child<QComboBox>(dialog, "problemTypeComboBox");
    type->setCurrentIndex(type->findData(int(Domain::ProblemType::Corruption)));
    child<QCheckBox>(dialog, "handlingCheckBox_party_discipline")->setChecked(true);
    child<QCheckBox>(dialog, "handlingCheckBox_organisational")->setChecked(true);
    auto *funds = child<QDoubleSpinBox>(dialog, "fundsSpinBox");
    funds->selectAll();
    typeText(funds, QStringLiteral("12345.67"));
    QPointer<CaseDialog> guard(dialog);
    QTest::mouseClick(dialogButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!guard || !guard->isVisible());

    const QList<TypicalCase> cases = CaseRepository(*m_db->db).cases().value();
    QCOMPARE(cases.size(), 1);
    QCOMPARE(cases.at(0).month, Period(2024, 4));
    QCOMPARE(cases.at(0).fundsRecovered, Money::fromFen(1234567));
    QCOMPARE(cases.at(0).handling.size(), 2);

    CaseModel *model = page.model();
    QCOMPARE(model->rowCount(), 1); // all months
    auto *filter = child<QDateEdit>(&page, "monthFilterDateEdit");
    filter->setDate(QDate(2024, 4, 1));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, CaseModel::MonthColumn).data().toString(), QStringLiteral("2024-04"));
    QCOMPARE(model->index(0, CaseModel::FundsColumn).data(CaseModel::FundsFenRole).toLongLong(), 1234567);
    QVERIFY(child<QLabel>(&page, "statusLabel")->text().contains(QStringLiteral("12,345.67")));
    filter->setDate(QDate(2024, 5, 1));
    QCOMPARE(model->rowCount(), 0);
    filter->setDate(QDate(2024, 4, 1));

    // Deleting asks first.
    QVERIFY(page.select(cases.at(0).id));
    MessageBoxes::setNextAnswer(QMessageBox::No);
    click(&page, "deleteCaseButton");
    QCOMPARE(model->rowCount(), 1);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(child<QTableView>(&page, "caseTable"), Qt::Key_Delete);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(CaseRepository(*m_db->db).cases().value().isEmpty());
}

void TestGuiLedgers::modelsPassTheTester()
{
    storedComplaint(QStringLiteral("反映低保评议走过场"), kToday.addDays(-40), QStringLiteral("王小明"));
    Rectification r;
    r.problem = QStringLiteral("未建立低保档案");
    QVERIFY(RectificationRepository(*m_db->db).create(r));
    TypicalCase c;
    c.month = Period(2024, 5);
    c.title = QStringLiteral("冒领低保金案");
    QVERIFY(CaseRepository(*m_db->db).create(c));

    RectificationModel rectifications(*m_db->db);
    ComplaintModel complaints(*m_db->db);
    CaseModel cases(*m_db->db);
    QAbstractItemModelTester t1(&rectifications, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&complaints, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&cases, QAbstractItemModelTester::FailureReportingMode::QtTest);
    rectifications.reload(RectificationFilter());
    complaints.reload(ComplaintFilter());
    cases.reload(Period());
    QCOMPARE(rectifications.rowCount(), 1);
    QCOMPARE(complaints.rowCount(), 1);
    QCOMPARE(cases.rowCount(), 1);
    QCOMPARE(rectifications.columnCount(), int(RectificationModel::ColumnCount));
    QCOMPARE(complaints.index(0, ComplaintModel::NumberColumn).data().toInt(), 1);
    QCOMPARE(cases.index(0, CaseModel::TitleColumn).data(CaseModel::IdRole).toLongLong(), c.id);
    cases.reload(Period(2024, 4));
    QCOMPARE(cases.rowCount(), 0);
}

// A ledger whose table was dropped (a file changed by another program) shows the failure, not "0 complaints"; when
// the ledger can be read again the message goes.
void TestGuiLedgers::unreadableLedgerSaysSo()
{
    const Complaint stored = storedComplaint(QStringLiteral("反映低保评议走过场"), kToday.addDays(-3));
    ComplaintPage page(*m_db->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 1);
    auto *bar = child<MessageBar>(&page, "messageBar");
    QVERIFY(!bar->isVisible());

    QSqlQuery q(m_db->db->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE complaint RENAME TO complaint_aside")));
    page.reload();
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("could not be read")), qPrintable(bar->text()));
    QCOMPARE(child<QLabel>(&page, "statusLabel")->text(), QStringLiteral("The ledger could not be read."));
    {
        // The complaint itself is not opened as a new one that could be saved beside it.
        ComplaintDialog dialog(*m_db->db, stored.id, &page);
        auto *buttons = child<QDialogButtonBox>(&dialog, "buttonBox");
        QVERIFY(!buttons->button(QDialogButtonBox::Ok));
        QVERIFY(buttons->button(QDialogButtonBox::Close));
        QVERIFY2(child<MessageBar>(&dialog, "messageBar")->text().contains(QStringLiteral("could not be read")),
            qPrintable(child<MessageBar>(&dialog, "messageBar")->text()));
    }

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE complaint_aside RENAME TO complaint")));
    page.reload();
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(!bar->isVisible());
}

// The reporting calendar: a submission marked with who sent it; without a name it is refused in the message bar and
// nothing is recorded.
void TestGuiLedgers::calendarSubmissionMarkedOrRefused()
{
    CalendarDialog dialog(*m_db->db);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(TestSupport::labelsShowingAmpersands(&dialog), QStringList());
    auto *entries = child<QTableWidget>(&dialog, "entryTable");
    QVERIFY(entries->rowCount() > 0);
    entries->selectRow(0);
    const qint64 itemId = entries->item(0, 0)->data(Qt::UserRole).toLongLong();
    const QDate due = QDate::fromString(entries->item(0, 0)->text(), Qt::ISODate);
    QVERIFY(itemId > 0 && due.isValid());
    const auto submitted = [this, itemId, due] {
        for (const CalendarEntry &e : CalendarRepository(*m_db->db).entries(due.year()).value()) {
            if (e.item.id == itemId && e.dueDate == due)
                return e.isSubmitted();
        }
        return false;
    };
    QVERIFY(!submitted());

    child<QDateEdit>(&dialog, "submittedDateEdit")->setDate(kToday);
    child<QLineEdit>(&dialog, "submittedByLineEdit")->clear();
    click(&dialog, "markSubmittedButton");
    auto *bar = child<MessageBar>(&dialog, "messageBar");
    QCOMPARE(bar->level(), MessageBar::Level::Warning);
    QVERIFY2(bar->text().contains(QStringLiteral("who submitted")), qPrintable(bar->text()));
    QVERIFY(!submitted());

    typeText(child<QLineEdit>(&dialog, "submittedByLineEdit"), QStringLiteral("林文"));
    typeText(child<QLineEdit>(&dialog, "fileLineEdit"), QStringLiteral("2024年1月报表.xlsx"));
    click(&dialog, "markSubmittedButton");
    QCOMPARE(bar->level(), MessageBar::Level::Info);
    QVERIFY(submitted());
    QVERIFY2(entries->item(0, 3)->text().contains(QStringLiteral("林文")), qPrintable(entries->item(0, 3)->text()));
}

QTEST_MAIN(TestGuiLedgers)
#include "tst_gui_ledgers.moc"
