// The self-inspection page (自查自纠) and its dialogs driven by object names, as a clerk would use them.
#include "TestSupport.h"
#include "core/IdNumber.h"
#include "ledgers/EvidenceRepository.h"
#include "ledgers/EvidenceWidget.h"
#include "ledgers/inspection/AnswerDialog.h"
#include "ledgers/inspection/InspectionAnswerFilterModel.h"
#include "ledgers/inspection/InspectionAnswerModel.h"
#include "ledgers/inspection/InspectionDialog.h"
#include "ledgers/inspection/InspectionPage.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationDialog.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "overview/OverviewPage.h"
#include "roster/HouseholdListDialog.h"
#include "roster/RosterRepository.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <functional>

using TestSupport::typeText;

namespace {

constexpr int kDefaultItems = 47; // the shipped checklist

// For looking at the page and dialogs: DIBAO_SCREENSHOT_DIR=/tmp/shots ./tst_gui_inspection
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIBAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

template<typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qWarning("no %s named %s", T::staticMetaObject.className(), qPrintable(name));
    return found;
}

QPushButton *button(QObject *parent, const QString &name)
{
    return child<QPushButton>(parent, name);
}

QPushButton *standardButton(QObject *dialog, QDialogButtonBox::StandardButton which)
{
    auto *box = child<QDialogButtonBox>(dialog, QStringLiteral("buttonBox"));
    return box ? box->button(which) : nullptr;
}

// Runs `interact` on the modal dialog of type T that the next action opens with exec(), then closes it
// if it is still open, so a failed check cannot leave the test waiting in a modal loop.
template<typename T> void whenModal(const std::function<void(T *)> &interact)
{
    QTimer::singleShot(0, [interact] {
        T *dialog = nullptr;
        for (int i = 0; i < 200 && !dialog; ++i) {
            dialog = qobject_cast<T *>(QApplication::activeModalWidget());
            if (!dialog)
                QTest::qWait(10);
        }
        if (!dialog) {
            qWarning("no modal %s opened", T::staticMetaObject.className());
            return;
        }
        QPointer<T> guard(dialog);
        interact(dialog);
        if (guard && guard->isVisible())
            guard->reject();
    });
}

} // namespace

class TestGuiInspection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void answerARunByKeyAndDialog();
    void filtersByLinkResultAndWords();
    void editingARunKeepsItsChecklist();
    void aCheckThatCannotRunSaysSo();
    void anUnreadableRunSaysSo();

private:
    void createRun();
    int sourceRowOfCheck(const QString &key) const;
    void selectSourceRow(int sourceRow);
    AnswerDialog *openedAnswerDialog();

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<InspectionPage> m_page;
    qint64 m_zhangsan = 0;
    qint64 m_liming = 0;
};

void TestGuiInspection::init()
{
    MessageBoxes::clearAnswers();
    m_db = TestSupport::makeDatabase();
    QVERIFY(m_db->db->isOpen());
    RosterRepository roster(*m_db->db);
    Household zhangsan = TestSupport::household(m_db->village1, QStringLiteral("张三"), QDate(1960, 3, 4), 11, 1);
    Household zhangsi = TestSupport::household(m_db->village1, QStringLiteral("张四"), QDate(1962, 5, 6), 21);
    Household liming = TestSupport::household(m_db->village2, QStringLiteral("李明"), QDate(1955, 7, 8), 31);
    for (Household *h : {&zhangsan, &zhangsi, &liming}) {
        const Result created = roster.createHousehold(*h);
        QVERIFY2(created, qPrintable(created.message()));
    }
    m_zhangsan = zhangsan.id;
    m_liming = liming.id;
    // An ID number with a wrong check character, as old paper rosters have them: only raw SQL can plant it.
    QString broken = liming.headIdNumber();
    broken[17] = broken.at(17) == u'0' ? u'1' : u'0';
    QVERIFY(!IdNumber::parse(broken).isValid());
    QSqlQuery q(m_db->db->connection());
    q.prepare(QStringLiteral("UPDATE person SET id_number = ? WHERE id_number = ?"));
    q.addBindValue(broken);
    q.addBindValue(liming.headIdNumber());
    QVERIFY(q.exec());
    QCOMPARE(q.numRowsAffected(), 1);

    m_page = std::make_unique<InspectionPage>(*m_db->db);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestGuiInspection::cleanup()
{
    m_page.reset();
    m_db.reset();
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

void TestGuiInspection::createRun()
{
    auto *runs = child<QComboBox>(m_page.get(), QStringLiteral("inspectionComboBox"));
    QVERIFY(runs);
    const int before = runs->count();
    QTest::mouseClick(button(m_page.get(), QStringLiteral("newInspectionButton")), Qt::LeftButton);
    InspectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<InspectionDialog *>(m_page->currentDialog())) && dialog->isVisible());
    auto *name = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
    QVERIFY(name);
    QVERIFY2(name->text().contains(QString::number(m_db->db->today().year())), qPrintable(name->text()));
    auto *templates = child<QComboBox>(dialog, QStringLiteral("templateComboBox"));
    QVERIFY(templates && templates->count() >= 1);
    QCOMPARE(templates->currentIndex(), 0); // the newest version
    typeText(child<QLineEdit>(dialog, QStringLiteral("participantsLineEdit")), QStringLiteral("王主任，李专干"));
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QPointer<InspectionDialog> guard(dialog);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(runs->count(), before + 1);
    QCOMPARE(runs->currentIndex(), 0); // the new run, newest first
    QVERIFY(m_page->currentInspectionId() > 0);
    const Outcome<Inspection> stored = InspectionRepository(*m_db->db).inspection(m_page->currentInspectionId());
    QVERIFY(stored);
    QCOMPARE(stored->participants, QStringLiteral("王主任，李专干"));
}

int TestGuiInspection::sourceRowOfCheck(const QString &key) const
{
    InspectionAnswerModel *model = m_page->answerModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(InspectionAnswerModel::DataCheckKeyRole).toString() == key)
            return row;
    }
    return -1;
}

void TestGuiInspection::selectSourceRow(int sourceRow)
{
    QVERIFY(m_page->selectItem(m_page->answerModel()->itemAt(sourceRow).id));
    m_page->answerView()->setFocus();
}

AnswerDialog *TestGuiInspection::openedAnswerDialog()
{
    AnswerDialog *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = qobject_cast<AnswerDialog *>(m_page->currentDialog())) && dialog->isVisible()); }();
    return dialog;
}

void TestGuiInspection::answerARunByKeyAndDialog()
{
    InspectionAnswerModel *model = m_page->answerModel();
    QAbstractItemModelTester modelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(
        m_page->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 0);
    // The overview as the main window wires it: it follows what the page writes.
    OverviewPage overview(*m_db->db);
    connect(m_page.get(), &InspectionPage::countsChanged, &overview, &OverviewPage::refresh);
    overview.show();
    auto *answered = child<QLabel>(&overview, QStringLiteral("inspectionProgressLabel"));
    auto *openRectifications = child<QLabel>(&overview, QStringLiteral("rectificationsOpenLabel"));
    QVERIFY(answered && openRectifications);
    QCOMPARE(answered->text(), QStringLiteral("–"));
    QVERIFY2(openRectifications->text().startsWith(u'0'), qPrintable(openRectifications->text()));
    createRun();
    QCOMPARE(model->rowCount(), kDefaultItems);
    QTableView *view = m_page->answerView();
    QCOMPARE(view->model()->rowCount(), kDefaultItems);
    const qint64 runId = m_page->currentInspectionId();
    InspectionRepository inspections(*m_db->db);

    // The data checks counted once: the planted ID number is found, nothing else is.
    const int invalidRow = sourceRowOfCheck(QStringLiteral("invalid_id"));
    QVERIFY(invalidRow >= 0);
    const QModelIndex checkCell = model->index(invalidRow, InspectionAnswerModel::DataCheckColumn);
    QCOMPARE(checkCell.data(InspectionAnswerModel::DataCheckCountRole).toInt(), 1);
    QVERIFY2(checkCell.data().toString().contains(QStringLiteral("(1)")), qPrintable(checkCell.data().toString()));
    const int duplicateRow = sourceRowOfCheck(QStringLiteral("duplicate_id"));
    QVERIFY(duplicateRow >= 0);
    QCOMPARE(model->index(duplicateRow, InspectionAnswerModel::DataCheckColumn)
                 .data(InspectionAnswerModel::DataCheckCountRole)
                 .toInt(),
        0);
    QCOMPARE(
        model->index(0, InspectionAnswerModel::DataCheckColumn).data(InspectionAnswerModel::DataCheckCountRole).toInt(),
        -1); // RD01 has no check

    // 1 on the first row answers 符合 at once and moves on.
    selectSourceRow(0);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(model->index(0, 0).data(InspectionAnswerModel::ResultKeyRole).toString(), QStringLiteral("compliant"));
    QCOMPARE(model->index(0, InspectionAnswerModel::ResultColumn).data().toString(),
        Domain::label(Domain::InspectionResult::Compliant));
    QCOMPARE(m_page->currentItemId(), model->itemAt(1).id);
    QVERIFY(inspections.answers(runId)->at(0).result == Domain::InspectionResult::Compliant);
    QVERIFY(m_page->progressText().contains(QStringLiteral("1/%1").arg(kDefaultItems)));

    // 2 on the ID-number item opens the dialog with 存在问题 chosen.
    selectSourceRow(invalidRow);
    QTest::keyClick(view, Qt::Key_2);
    AnswerDialog *dialog = openedAnswerDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isReadOnly());
    QVERIFY(child<QRadioButton>(dialog, QStringLiteral("resultProblemRadioButton"))->isChecked());
    auto *checkLabel = child<QLabel>(dialog, QStringLiteral("dataCheckLabel"));
    QVERIFY(checkLabel && checkLabel->isVisible());
    QVERIFY2(checkLabel->text().contains(u'1'), qPrintable(checkLabel->text()));

    // The data check's households: 李明 with his ID number masked.
    bool listed = false;
    whenModal<HouseholdListDialog>([&](HouseholdListDialog *list) {
        QVERIFY(!list->isPicker());
        QCOMPARE(list->rowCount(), 1);
        auto *table = child<QTableWidget>(list, QStringLiteral("householdTableWidget"));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("李明"));
        QVERIFY(table->item(0, 2)->text().contains(u'*'));
        listed = true;
    });
    QTest::mouseClick(button(dialog, QStringLiteral("showHouseholdsButton")), Qt::LeftButton);
    QVERIFY(listed);

    // A problem without a description is refused: the dialog stays open and says why.
    auto *messageBar = child<MessageBar>(dialog, QStringLiteral("messageBar"));
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(!messageBar->text().isEmpty());
    QCOMPARE(dialog->answerId(), 0);
    auto *evidence = child<EvidenceWidget>(dialog, QStringLiteral("evidenceWidget"));
    QVERIFY(evidence);
    QVERIFY(!button(evidence, QStringLiteral("addEvidenceButton"))->isEnabled()); // not saved yet

    auto *description = child<QPlainTextEdit>(dialog, QStringLiteral("descriptionTextEdit"));
    description->setFocus();
    typeText(description, QStringLiteral("李明户户主身份证号码校验位错误"));
    typeText(child<QLineEdit>(dialog, QStringLiteral("responsibleLineEdit")), QStringLiteral("李专干"));

    // A household through the picker: search by name, select, OK.
    bool picked = false;
    whenModal<HouseholdListDialog>([&](HouseholdListDialog *picker) {
        QVERIFY(picker->isPicker());
        QTRY_COMPARE(picker->rowCount(), 3);
        typeText(child<QLineEdit>(picker, QStringLiteral("searchLineEdit")), QStringLiteral("张三"));
        QTRY_COMPARE(picker->rowCount(), 1);
        child<QTableWidget>(picker, QStringLiteral("householdTableWidget"))->selectRow(0);
        QCOMPARE(picker->selectedHouseholdIds(), QList<qint64> {m_zhangsan});
        saveScreenshot(picker, QStringLiteral("household-picker"));
        QTest::mouseClick(standardButton(picker, QDialogButtonBox::Ok), Qt::LeftButton);
        picked = true;
    });
    QTest::mouseClick(button(dialog, QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    QVERIFY(picked);
    auto *households = child<QListWidget>(dialog, QStringLiteral("householdList"));
    QCOMPARE(households->count(), 1);
    QVERIFY(households->item(0)->text().contains(QStringLiteral("张三")));

    // Save (and stay): now the answer has an id and takes evidence.
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Apply), Qt::LeftButton);
    QVERIFY2(dialog->answerId() > 0, qPrintable(messageBar->text()));
    const qint64 answerId = dialog->answerId();
    QVERIFY(button(evidence, QStringLiteral("addEvidenceButton"))->isEnabled());
    const QString photo = m_db->dir.filePath(QStringLiteral("公示栏照片.jpg"));
    QByteArray bytes("\xff\xd8\xff\xe0 a small photo of the notice board");
    bytes.append(QByteArray(3000, 'x'));
    {
        QFile file(photo);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    FileDialogs::setNextFileName(photo);
    QTest::mouseClick(button(evidence, QStringLiteral("addEvidenceButton")), Qt::LeftButton);
    QCOMPARE(evidence->count(), 1);
    const QList<Evidence> files = EvidenceRepository(*m_db->db).evidence(Evidence::Owner::Answer, answerId).value();
    QCOMPARE(files.size(), 1);
    QCOMPARE(
        files.first().sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(files.first().fileName, QStringLiteral("公示栏照片.jpg"));
    QCOMPARE(EvidenceRepository(*m_db->db).content(files.first().id).value(), bytes);

    saveScreenshot(dialog, QStringLiteral("answer-dialog"));

    // 开具整改: a rectification drafted from this problem.
    auto *rectify = button(dialog, QStringLiteral("rectifyButton"));
    QVERIFY(rectify->isEnabled());
    bool rectified = false;
    const QDate deadline = m_db->db->today().addDays(30);
    whenModal<RectificationDialog>([&](RectificationDialog *r) {
        auto *problem = child<QPlainTextEdit>(r, QStringLiteral("problemTextEdit"));
        QVERIFY(problem);
        if (problem->toPlainText().trimmed().isEmpty()) {
            problem->setFocus();
            typeText(problem, QStringLiteral("身份证号码错误"));
        }
        child<QDateEdit>(r, QStringLiteral("deadlineDateEdit"))->setDate(deadline);
        typeText(child<QPlainTextEdit>(r, QStringLiteral("measuresTextEdit")), QStringLiteral("核对户籍"));
        QTest::mouseClick(standardButton(r, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY2(!r->isVisible(), qPrintable(child<MessageBar>(r, QStringLiteral("messageBar"))->text()));
        rectified = true;
    });
    QTest::mouseClick(rectify, Qt::LeftButton);
    QVERIFY(rectified);
    QList<Rectification> linked;
    for (const Rectification &r : RectificationRepository(*m_db->db).rectifications().value()) {
        if (r.source == Domain::LedgerSource::Inspection && r.sourceId == answerId)
            linked << r;
    }
    QCOMPARE(linked.size(), 1);
    QCOMPARE(linked.first().deadline, deadline);

    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QPointer<AnswerDialog> guard(dialog);
    QTRY_VERIFY(!guard);
    // The overview's campaign figures moved: two items answered, one rectification open.
    QTRY_COMPARE(answered->text(), QStringLiteral("2 / %1").arg(kDefaultItems));
    QVERIFY2(openRectifications->text().startsWith(u'1'), qPrintable(openRectifications->text()));

    // The table and the progress line show both answers.
    const Outcome<InspectionAnswer> stored = inspections.answer(answerId);
    QVERIFY(stored);
    QVERIFY(stored->result == Domain::InspectionResult::Problem);
    QCOMPARE(stored->householdIds, QList<qint64> {m_zhangsan});
    QCOMPARE(stored->responsible, QStringLiteral("李专干"));
    QCOMPARE(
        model->index(invalidRow, InspectionAnswerModel::ResultColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
        QColor(0xb0, 0x00, 0x20));
    QCOMPARE(model->index(invalidRow, InspectionAnswerModel::HouseholdsColumn).data().toInt(), 1);
    QCOMPARE(model->index(invalidRow, InspectionAnswerModel::EvidenceColumn).data().toInt(), 1);
    QVERIFY2(
        m_page->progressText().contains(QStringLiteral("2/%1").arg(kDefaultItems)), qPrintable(m_page->progressText()));
    saveScreenshot(m_page.get(), QStringLiteral("inspection-page"));
    auto *bar = child<QProgressBar>(m_page.get(), QStringLiteral("progressBar"));
    QCOMPARE(bar->value(), 2);
    QCOMPARE(bar->maximum(), kDefaultItems);

    // Closing the run asks first; then it is read-only, with a visible note.
    auto *closedLabel = child<QLabel>(m_page.get(), QStringLiteral("closedLabel"));
    QVERIFY(!closedLabel->isVisible());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(button(m_page.get(), QStringLiteral("closeInspectionButton")), Qt::LeftButton);
    QVERIFY(inspections.inspection(runId)->isClosed());
    QVERIFY(closedLabel->isVisible());
    QVERIFY(!button(m_page.get(), QStringLiteral("closeInspectionButton"))->isEnabled());
    QVERIFY(!button(m_page.get(), QStringLiteral("editInspectionButton"))->isEnabled());

    // The problem opens read-only with Enter.
    selectSourceRow(invalidRow);
    QTest::keyClick(view, Qt::Key_Return);
    dialog = openedAnswerDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QVERIFY(!child<QRadioButton>(dialog, QStringLiteral("resultCompliantRadioButton"))->isEnabled());
    QVERIFY(!child<QRadioButton>(dialog, QStringLiteral("resultProblemRadioButton"))->isEnabled());
    QVERIFY(child<QPlainTextEdit>(dialog, QStringLiteral("descriptionTextEdit"))->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, QStringLiteral("responsibleLineEdit"))->isReadOnly());
    QVERIFY(!button(dialog, QStringLiteral("addHouseholdButton"))->isEnabled());
    QVERIFY(
        !button(child<EvidenceWidget>(dialog, QStringLiteral("evidenceWidget")), QStringLiteral("addEvidenceButton"))
             ->isEnabled());
    QVERIFY(child<QLabel>(dialog, QStringLiteral("readOnlyLabel"))->isVisible());
    QVERIFY(!standardButton(dialog, QDialogButtonBox::Ok));
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Close), Qt::LeftButton);
    guard = dialog;
    QTRY_VERIFY(!guard);

    // Quick keys are refused on a closed run, and say so.
    selectSourceRow(2);
    QTest::keyClick(view, Qt::Key_3);
    QVERIFY(!m_page->messageBar()->text().isEmpty());
    QCOMPARE(inspections.progress(runId)->answered, 2);
}

void TestGuiInspection::filtersByLinkResultAndWords()
{
    createRun();
    InspectionAnswerModel *model = m_page->answerModel();
    QTableView *view = m_page->answerView();
    selectSourceRow(0);
    QTest::keyClick(view, Qt::Key_1);
    QTest::keyClick(view, Qt::Key_3); // the next row: 不适用
    QCOMPARE(model->index(1, 0).data(InspectionAnswerModel::ResultKeyRole).toString(), QStringLiteral("na"));

    auto *result = child<QComboBox>(m_page.get(), QStringLiteral("resultComboBox"));
    result->setCurrentIndex(result->findData(InspectionAnswerModel::unansweredKey()));
    QCOMPARE(view->model()->rowCount(), kDefaultItems - 2);
    result->setCurrentIndex(result->findData(Domain::key(Domain::InspectionResult::NotApplicable)));
    QCOMPARE(view->model()->rowCount(), 1);
    result->setCurrentIndex(0);

    // Answering inside the "not answered" filter moves on to the next unanswered item.
    result->setCurrentIndex(result->findData(InspectionAnswerModel::unansweredKey()));
    view->setCurrentIndex(view->model()->index(0, 0));
    const qint64 next = view->model()->index(1, 0).data(InspectionAnswerModel::ItemIdRole).toLongLong();
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(view->model()->rowCount(), kDefaultItems - 3);
    QCOMPARE(m_page->currentItemId(), next);
    result->setCurrentIndex(0);

    int homeVisits = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        homeVisits += model->itemAt(row).link == Domain::Link::HomeVisit ? 1 : 0;
    QVERIFY(homeVisits > 0);
    auto *link = child<QComboBox>(m_page.get(), QStringLiteral("linkComboBox"));
    link->setCurrentIndex(link->findData(int(Domain::Link::HomeVisit)));
    QCOMPARE(view->model()->rowCount(), homeVisits);
    link->setCurrentIndex(0);

    const QString code = model->itemAt(5).code;
    auto *search = child<QLineEdit>(m_page.get(), QStringLiteral("searchLineEdit"));
    typeText(search, code);
    QTRY_COMPARE(view->model()->rowCount(), 1);
    QCOMPARE(m_page->currentItemId(), model->itemAt(5).id);
    search->clear();
    QTRY_COMPARE(view->model()->rowCount(), kDefaultItems);
}

void TestGuiInspection::editingARunKeepsItsChecklist()
{
    createRun();
    const qint64 runId = m_page->currentInspectionId();
    QTest::mouseClick(button(m_page.get(), QStringLiteral("editInspectionButton")), Qt::LeftButton);
    InspectionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = qobject_cast<InspectionDialog *>(m_page->currentDialog())) && dialog->isVisible());
    QCOMPARE(dialog->inspectionId(), runId);
    QVERIFY(!child<QComboBox>(dialog, QStringLiteral("templateComboBox"))->isEnabled());
    auto *name = child<QLineEdit>(dialog, QStringLiteral("nameLineEdit"));
    name->clear();
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog->isVisible()); // a run needs a name
    QVERIFY(!child<MessageBar>(dialog, QStringLiteral("messageBar"))->text().isEmpty());
    typeText(name, QStringLiteral("上半年自查"));
    QTest::mouseClick(standardButton(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
    QPointer<InspectionDialog> guard(dialog);
    QTRY_VERIFY(!guard || !guard->isVisible());
    QCOMPARE(InspectionRepository(*m_db->db).inspection(runId)->name, QStringLiteral("上半年自查"));
    QVERIFY(child<QComboBox>(m_page.get(), QStringLiteral("inspectionComboBox"))
                ->currentText()
                .contains(QStringLiteral("上半年自查")));
    QCOMPARE(m_page->currentInspectionId(), runId);
    QCOMPARE(m_page->answerModel()->rowCount(), kDefaultItems);
}

// A data check whose query fails (a table another program renamed) is shown as not run, with why, not as 0 found.
void TestGuiInspection::aCheckThatCannotRunSaysSo()
{
    createRun();
    InspectionAnswerModel *model = m_page->answerModel();
    QSqlQuery q(m_db->db->connection());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_gone")), qPrintable(q.lastError().text()));
    model->reload();
    const QModelIndex invalid
        = model->index(sourceRowOfCheck(QStringLiteral("invalid_id")), InspectionAnswerModel::DataCheckColumn);
    QVERIFY2(
        invalid.data().toString().contains(QStringLiteral("could not be run")), qPrintable(invalid.data().toString()));
    QCOMPARE(invalid.data(InspectionAnswerModel::DataCheckCountRole).toInt(), -1);
    QVERIFY2(invalid.data(Qt::ToolTipRole).toString().contains(QStringLiteral("could not be read")),
        qPrintable(invalid.data(Qt::ToolTipRole).toString()));
    QVERIFY(invalid.data(Qt::ForegroundRole).isValid());
    // A check that does not read the renamed table still counts.
    const QModelIndex amount = model->index(
        sourceRowOfCheck(QStringLiteral("amount_above_standard")), InspectionAnswerModel::DataCheckColumn);
    QCOMPARE(amount.data(InspectionAnswerModel::DataCheckCountRole).toInt(), 0);
}

// A run whose answers cannot be read shows no checklist and says why, its answer dialog cannot save over the stored
// answer, and the next good read takes the message away.
void TestGuiInspection::anUnreadableRunSaysSo()
{
    createRun();
    const qint64 runId = m_page->currentInspectionId();
    InspectionAnswerModel *model = m_page->answerModel();
    QCOMPARE(model->rowCount(), kDefaultItems);
    const qint64 itemId = model->itemAt(0).id;
    MessageBar *bar = m_page->messageBar();
    QSqlQuery q(m_db->db->connection());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE inspection_answer RENAME TO inspection_answer_gone")),
        qPrintable(q.lastError().text()));
    m_page->reload();
    QCOMPARE(model->readResult().kind(), Result::Kind::Failed);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("could not be read")), qPrintable(bar->text()));
    QVERIFY2(!m_page->progressText().contains(QStringLiteral("0/")), qPrintable(m_page->progressText()));

    AnswerDialog dialog(*m_db->db, runId, itemId, m_page.get());
    QVERIFY(dialog.isReadOnly());
    QVERIFY(!standardButton(&dialog, QDialogButtonBox::Ok));
    auto *dialogBar = child<MessageBar>(&dialog, QStringLiteral("messageBar"));
    QCOMPARE(dialogBar->level(), MessageBar::Level::Error);
    QVERIFY2(dialogBar->text().contains(QStringLiteral("inspection_answer")), qPrintable(dialogBar->text()));

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE inspection_answer_gone RENAME TO inspection_answer")));
    m_page->reload();
    QVERIFY(model->readResult().isOk());
    QCOMPARE(model->rowCount(), kDefaultItems);
    QVERIFY(!bar->isVisible());
    QVERIFY2(
        m_page->progressText().contains(QStringLiteral("0/%1").arg(kDefaultItems)), qPrintable(m_page->progressText()));

    // A run that cannot be read cannot be saved from its dialog either.
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE inspection RENAME TO inspection_gone")));
    InspectionDialog edit(*m_db->db, runId, m_page.get());
    QVERIFY(!standardButton(&edit, QDialogButtonBox::Ok)->isEnabled());
    QCOMPARE(child<MessageBar>(&edit, QStringLiteral("messageBar"))->level(), MessageBar::Level::Error);
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE inspection_gone RENAME TO inspection")));
}

QTEST_MAIN(TestGuiInspection)
#include "tst_gui_inspection.moc"
