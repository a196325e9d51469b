// The roster page and household dialog driven by object names, as a clerk would use them.
#include "TestSupport.h"
#include "core/AppSettings.h"
#include "core/IdNumber.h"
#include "overview/OverviewPage.h"
#include "roster/AmountDialog.h"
#include "roster/AuditHistoryModel.h"
#include "roster/HistoryDialog.h"
#include "roster/HouseholdDialog.h"
#include "roster/MemberActionDialog.h"
#include "roster/MemberModel.h"
#include "roster/RosterModel.h"
#include "roster/RosterPage.h"
#include "roster/RosterRepository.h"
#include "roster/StatusChangeDialog.h"
#include "shell/FileDialogs.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "storage/AuditLog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using TestSupport::typeText;

namespace {

// For looking at the dialogs: DIBAO_SCREENSHOT_DIR=/tmp/shots ./tst_gui_roster
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIBAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}
} // namespace

class TestGuiRoster : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addHouseholdThroughDialog();
    void dialogRefusesInvalidIdNumber();
    void cancelAsksBeforeDiscarding();
    void failedSaveKeepsDialogOpen();
    void editHouseholdByDoubleClick();
    void searchFiltersAsOneTypes();
    void emptyListSaysWhyAndWhatNext();
    void keyboardFromSearchToHousehold();
    void filtersByVillageAndStatus();
    void sortsByClickingAHeader();
    void idNumbersMaskedUnlessSwitchedOn();
    void statusChangeOffersOnlyAllowedTransitions();
    void recordDeathOfAMember();
    void headsDeathAsksNewHeadAndAmount();
    void negativeAmountIsAnErrorNotZero();
    void figuresChangeOnlyThroughAdjust();
    void exportsWhatTheFilterShows();
    void remembersLastPage();
    void unreadableRosterSaysSo();
    void unreadableVillagesSaySo();
    void unreadableHouseholdSaysSo();

private:
    RosterPage *rosterPage();
    template<typename T> T *openedDialog();
    void typeIntoCell(QTableView *view, int row, int column, const QString &text);
    int rowOfHead(const QString &name) const;
    QTableView *rosterView() { return rosterPage()->findChild<QTableView *>(QStringLiteral("rosterTableView")); }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_zhangsanId;
    QString m_limingId;
};

void TestGuiRoster::init()
{
    MessageBoxes::clearAnswers();
    m_db = TestSupport::makeDatabase();
    QVERIFY(m_db->db->isOpen());
    RosterRepository repository(*m_db->db);
    Household zhangsan = TestSupport::household(m_db->village1, QStringLiteral("张三"), QDate(1960, 3, 4), 11, 1);
    Household zhangsi = TestSupport::household(m_db->village1, QStringLiteral("张四"), QDate(1962, 5, 6), 21);
    Household liming = TestSupport::household(m_db->village2, QStringLiteral("李明"), QDate(1955, 7, 8), 31);
    for (Household *h : {&zhangsan, &zhangsi, &liming}) {
        const Result created = repository.createHousehold(*h);
        QVERIFY2(created, qPrintable(created.message()));
    }
    m_zhangsanId = zhangsan.headIdNumber();
    m_limingId = liming.headIdNumber();

    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(QStringLiteral("roster")));
}

void TestGuiRoster::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

RosterPage *TestGuiRoster::rosterPage()
{
    return m_window->findChild<RosterPage *>(QStringLiteral("rosterPage"));
}

template<typename T> T *TestGuiRoster::openedDialog()
{
    T *dialog = nullptr;
    [&] { QTRY_VERIFY((dialog = qobject_cast<T *>(rosterPage()->currentDialog())) && dialog->isVisible()); }();
    return dialog;
}

void TestGuiRoster::typeIntoCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setCurrentIndex(index); // opens the editor: the table edits on any trigger
    if (!view->indexWidget(index))
        view->edit(index);
    auto *editor = qobject_cast<QLineEdit *>(view->indexWidget(index));
    QVERIFY2(editor, "no line editor opened on the cell");
    editor->selectAll();
    typeText(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(!view->indexWidget(index));
}

int TestGuiRoster::rowOfHead(const QString &name) const
{
    RosterModel *model = m_window->rosterPage()->rosterModel();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RosterModel::HeadNameColumn).data().toString() == name)
            return row;
    }
    return -1;
}

void TestGuiRoster::addHouseholdThroughDialog()
{
    RosterPage *page = rosterPage();
    auto *overviewTotal = m_window->findChild<QLabel *>(QStringLiteral("householdsTotalLabel"));
    QVERIFY(overviewTotal);
    QCOMPARE(rowOfHead(QStringLiteral("王五")), -1);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    auto *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->objectName(), QStringLiteral("householdDialog"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing entered yet

    auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    village->setCurrentIndex(village->findText(QStringLiteral("下洋村")));
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QCOMPARE(status->count(), 2); // applying or active only
    status->setCurrentIndex(status->findData(int(Domain::HouseholdStatus::Active)));
    auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
    amount->selectAll();
    typeText(amount, QStringLiteral("450.50"));
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("addressLineEdit")), QStringLiteral("下洋村5号"));

    auto *members = dialog->findChild<QTableView *>(QStringLiteral("memberTableView"));
    QCOMPARE(members->model()->rowCount(), 1);
    QCOMPARE(members->model()->index(0, MemberModel::RelationColumn).data(Qt::EditRole).toInt(),
        int(Domain::Relation::Head));
    const QString headId = TestSupport::idNumber(QDate(1950, 1, 1), 13);
    typeIntoCell(members, 0, MemberModel::NameColumn, QStringLiteral("王五"));
    typeIntoCell(members, 0, MemberModel::IdNumberColumn, headId);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("addMemberButton")), Qt::LeftButton);
    QCOMPARE(members->model()->rowCount(), 2);
    QVERIFY(!ok->isEnabled()); // the new member has no name yet
    typeIntoCell(members, 1, MemberModel::NameColumn, QStringLiteral("王小五"));
    typeIntoCell(members, 1, MemberModel::IdNumberColumn, TestSupport::idNumber(QDate(2012, 6, 1), 22));
    members->model()->setData(members->model()->index(1, MemberModel::RelationColumn), int(Domain::Relation::Daughter));

    QTRY_VERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    saveScreenshot(dialog, QStringLiteral("household-dialog"));
    QCOMPARE(TestSupport::labelsShowingAmpersands(dialog), QStringList());
    QTest::mouseClick(ok, Qt::LeftButton);
    QPointer<HouseholdDialog> guard(dialog);
    QTRY_VERIFY(!guard || !guard->isVisible());

    // In the table, selected, with the figures entered.
    const int row = rowOfHead(QStringLiteral("王五"));
    QVERIFY(row >= 0);
    RosterModel *model = page->rosterModel();
    QCOMPARE(model->index(row, RosterModel::VillageColumn).data().toString(), QStringLiteral("下洋村"));
    QCOMPARE(model->index(row, RosterModel::MembersColumn).data().toInt(), 2);
    QCOMPARE(model->index(row, RosterModel::AmountColumn).data(RosterModel::AmountFenRole).toLongLong(), 45050);
    QCOMPARE(model->index(row, RosterModel::StatusColumn).data(RosterModel::StatusKeyRole).toString(),
        QStringLiteral("active"));
    const qint64 id = model->householdIdAt(row);
    QCOMPARE(page->currentHouseholdId(), id);
    QVERIFY(
        page->findChild<QLabel *>(QStringLiteral("totalsLabel"))->text().startsWith(QStringLiteral("4 households")));
    QCOMPARE(overviewTotal->text(), QStringLiteral("3")); // refreshed when next shown, not while hidden
    m_window->showPage(QStringLiteral("overview"));
    QTRY_COMPARE(overviewTotal->text(), QStringLiteral("4"));
    m_window->showPage(QStringLiteral("roster"));

    // In the audit trail, under the operator's name, and in the history dialog.
    const QList<AuditRecord> records = AuditLog(*m_db->db).forHousehold(id).value();
    QVERIFY(!records.isEmpty());
    QCOMPARE(records.first().action, QStringLiteral("create"));
    QCOMPARE(records.first().operatorName, QStringLiteral("测试员"));
    QVERIFY(records.first().newValue.contains(headId));

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("historyButton")), Qt::LeftButton);
    auto *history = openedDialog<HistoryDialog>();
    QVERIFY(history);
    QAbstractItemModel *audit = history->findChild<QTableView *>(QStringLiteral("auditTableView"))->model();
    QCOMPARE(audit->rowCount(), records.size());
    QCOMPARE(audit->index(0, AuditHistoryModel::OperatorColumn).data().toString(), QStringLiteral("测试员"));
    saveScreenshot(history, QStringLiteral("history-dialog"));
    history->close();
}

void TestGuiRoster::dialogRefusesInvalidIdNumber()
{
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    auto *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    village->setCurrentIndex(village->findText(QStringLiteral("上街村")));
    auto *members = dialog->findChild<QTableView *>(QStringLiteral("memberTableView"));
    typeIntoCell(members, 0, MemberModel::NameColumn, QStringLiteral("赵六"));
    QString bad = TestSupport::idNumber(QDate(1970, 2, 3), 15);
    bad[17] = bad[17] == u'1' ? u'2' : u'1'; // a mistyped check digit
    typeIntoCell(members, 0, MemberModel::IdNumberColumn, bad);

    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *error = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"));
    QTRY_VERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("Member 1 (赵六)")), qPrintable(error->text()));
    QVERIFY2(error->text().contains(QStringLiteral("check digit")), qPrintable(error->text()));
    QVERIFY(members->property("invalid").toBool());
    saveScreenshot(dialog, QStringLiteral("household-dialog-invalid"));

    // Correcting the digit clears the message and enables OK.
    typeIntoCell(members, 0, MemberModel::IdNumberColumn, TestSupport::idNumber(QDate(1970, 2, 3), 15));
    QTRY_VERIFY(ok->isEnabled());
    QVERIFY(error->text().isEmpty());

    // A number already on the roster is refused too, naming the household it belongs to.
    typeIntoCell(members, 0, MemberModel::IdNumberColumn, m_limingId);
    QTRY_VERIFY(!ok->isEnabled());
    QVERIFY2(error->text().contains(QStringLiteral("李明")), qPrintable(error->text()));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    dialog->reject();
}

void TestGuiRoster::cancelAsksBeforeDiscarding()
{
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    QPointer<HouseholdDialog> dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("addressLineEdit")), QStringLiteral("某地"));
    QPushButton *cancel
        = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible()); // kept: nothing is lost
    QVERIFY(MessageBoxes::lastText().contains(QStringLiteral("Discard")));
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(rosterPage()->rosterModel()->rowCount(), 3);
}

void TestGuiRoster::failedSaveKeepsDialogOpen()
{
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    QPointer<HouseholdDialog> dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    auto *village = dialog->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    village->setCurrentIndex(village->findText(QStringLiteral("上街村")));
    auto *members = dialog->findChild<QTableView *>(QStringLiteral("memberTableView"));
    typeIntoCell(members, 0, MemberModel::NameColumn, QStringLiteral("钱七"));
    typeIntoCell(members, 0, MemberModel::IdNumberColumn, TestSupport::idNumber(QDate(1966, 6, 6), 17));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(ok->isEnabled());

    m_db->db->close(); // the file went away under us: the write fails
    QTest::mouseClick(ok, Qt::LeftButton);
    QVERIFY(dialog && dialog->isVisible());
    const QString error = dialog->findChild<MessageBar *>(QStringLiteral("messageBar"))->text();
    QVERIFY(!error.isEmpty());
    // In the clerk's words: the file is named (its name ends in .sqlite), the driver's jargon is not.
    QVERIFY2(!QString(error)
                  .remove(QDir::toNativeSeparators(m_db->path()))
                  .contains(QStringLiteral("SQL"), Qt::CaseInsensitive),
        qPrintable(error));
    QCOMPARE(members->model()->index(0, MemberModel::NameColumn).data().toString(), QStringLiteral("钱七"));

    QVERIFY(m_db->db->open(m_db->path()));
    QTest::mouseClick(ok, Qt::LeftButton); // the same input saves once the database is back
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QVERIFY(rowOfHead(QStringLiteral("钱七")) >= 0);
}

void TestGuiRoster::editHouseholdByDoubleClick()
{
    const int row = rowOfHead(QStringLiteral("张三"));
    const QModelIndex cell = rosterPage()->rosterModel()->index(row, RosterModel::HeadNameColumn);
    const qint64 id = rosterPage()->rosterModel()->householdIdAt(row);
    QTableView *view = rosterView();
    view->scrollTo(cell);
    const QPoint centre = view->visualRect(cell).center();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, centre);
    auto *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    QVERIFY(!dialog->isCreating());
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("statusComboBox"))->isEnabled()); // via Change status
    auto *members = dialog->findChild<QTableView *>(QStringLiteral("memberTableView"));
    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(members->model()->index(0, MemberModel::IdNumberColumn).data().toString(), m_zhangsanId); // full

    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressLineEdit"));
    address->clear();
    typeText(address, QStringLiteral("上街村3组8号"));
    members->setCurrentIndex(members->model()->index(1, MemberModel::NameColumn));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("removeMemberButton")), Qt::LeftButton);
    QCOMPARE(members->model()->rowCount(), 1);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit")), QStringLiteral("外出求学"));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(u'\n')));
    // The save says what it changes in the household's figures, and asks.
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(ok, Qt::LeftButton);
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("household size 2 → 1")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY2(MessageBoxes::lastText().contains(QStringLiteral("外出求学")), qPrintable(MessageBoxes::lastText()));

    const int after = rosterPage()->rosterModel()->rowOfHousehold(id);
    QTRY_COMPARE(rosterPage()->rosterModel()->index(after, RosterModel::AddressColumn).data().toString(),
        QStringLiteral("上街村3组8号"));
    QCOMPARE(rosterPage()->rosterModel()->index(after, RosterModel::MembersColumn).data().toInt(), 1);
    const Outcome<Household> stored = RosterRepository(*m_db->db).household(id);
    QVERIFY(stored);
    const auto left = std::find_if(
        stored->members.cbegin(), stored->members.cend(), [](const Person &p) { return !p.isCurrent(); });
    QVERIFY(left != stored->members.cend());
    QCOMPARE(left->leftReason, QStringLiteral("外出求学"));
    const QList<AuditRecord> records = AuditLog(*m_db->db).forHousehold(id).value();
    QVERIFY(std::any_of(
        records.cbegin(), records.cend(), [](const AuditRecord &r) { return r.action == QStringLiteral("update"); }));
    QVERIFY(std::any_of(records.cbegin(), records.cend(),
        [](const AuditRecord &r) { return r.action == QStringLiteral("member_remove"); }));
    // The members pane shows the one who left, greyed, with the reason.
    auto *memberView = rosterPage()->findChild<QTableView *>(QStringLiteral("memberTableView"));
    QCOMPARE(memberView->model()->rowCount(), 2);
}

void TestGuiRoster::searchFiltersAsOneTypes()
{
    RosterModel *model = rosterPage()->rosterModel();
    auto *search = rosterPage()->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *totals = rosterPage()->findChild<QLabel *>(QStringLiteral("totalsLabel"));
    QCOMPARE(model->rowCount(), 3);
    QVERIFY(totals->text().startsWith(QStringLiteral("3 households")));

    typeText(search, QStringLiteral("张"));
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_VERIFY(totals->text().startsWith(QStringLiteral("2 households")));
    typeText(search, QStringLiteral("四"));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RosterModel::HeadNameColumn).data().toString(), QStringLiteral("张四"));

    // ID-number prefix: region and birth date of 李明.
    search->clear();
    QTRY_COMPARE(model->rowCount(), 3);
    typeText(search, m_limingId.left(12));
    QTRY_COMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, RosterModel::HeadNameColumn).data().toString(), QStringLiteral("李明"));

    typeText(search, QStringLiteral("9999"));
    QTRY_COMPARE(model->rowCount(), 0);
    QTRY_VERIFY(totals->text().startsWith(QStringLiteral("0 households")));
}

void TestGuiRoster::emptyListSaysWhyAndWhatNext()
{
    RosterPage *page = rosterPage();
    auto *stack = page->findChild<QStackedWidget *>(QStringLiteral("rosterStackedWidget"));
    auto *empty = page->findChild<QWidget *>(QStringLiteral("emptyStateWidget"));
    auto *label = page->findChild<QLabel *>(QStringLiteral("emptyStateLabel"));
    auto *clear = page->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"));
    QVERIFY(stack);
    QVERIFY(empty);
    QVERIFY(label);
    QVERIFY(clear);
    QVERIFY(stack->currentWidget() != empty); // three households: the list

    // A search that finds nobody says so and offers to clear the filters.
    typeText(page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")), QStringLiteral("王五"));
    QTRY_COMPARE(stack->currentWidget(), empty);
    QCOMPARE(label->text(), QStringLiteral("No household matches the filters."));
    QVERIFY(clear->isVisibleTo(page));
    QVERIFY(!page->findChild<QPushButton *>(QStringLiteral("emptyImportButton"))->isVisibleTo(page));
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_COMPARE(page->rosterModel()->rowCount(), 3);
    QVERIFY(page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"))->text().isEmpty());
    QVERIFY(stack->currentWidget() != empty);

    // A new office's roster points to the import and to adding a household.
    auto fresh = TestSupport::makeDatabase();
    AppSettings settings(fresh->dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*fresh->db, settings);
    auto *newPage = window.rosterPage();
    QCOMPARE(newPage->findChild<QStackedWidget *>(QStringLiteral("rosterStackedWidget"))->currentWidget(),
        newPage->findChild<QWidget *>(QStringLiteral("emptyStateWidget")));
    QVERIFY(newPage->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))->text().contains(QStringLiteral("Import")));
    QVERIFY(newPage->findChild<QPushButton *>(QStringLiteral("emptyImportButton"))->isVisibleTo(newPage));
    QVERIFY(newPage->findChild<QPushButton *>(QStringLiteral("emptyAddButton"))->isVisibleTo(newPage));
    QVERIFY(!newPage->findChild<QPushButton *>(QStringLiteral("clearFiltersButton"))->isVisibleTo(newPage));
}

void TestGuiRoster::keyboardFromSearchToHousehold()
{
    RosterPage *page = rosterPage();
    auto *search = page->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    auto *list = page->findChild<QTableView *>(QStringLiteral("rosterTableView"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    search->setFocus();
    search->setText(QStringLiteral("李"));
    // Down goes into the list (the search applied at once), Enter opens the household.
    QTest::keyClick(search, Qt::Key_Down);
    QTRY_VERIFY(list->hasFocus());
    QCOMPARE(page->rosterModel()->rowCount(), 1);
    QCOMPARE(list->currentIndex().row(), 0);
    QTest::keyClick(list, Qt::Key_Return);
    HouseholdDialog *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    QCOMPARE(dialog->household().headName(), QStringLiteral("李明"));
    dialog->reject();
}

void TestGuiRoster::filtersByVillageAndStatus()
{
    RosterModel *model = rosterPage()->rosterModel();
    auto *village = rosterPage()->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    auto *status = rosterPage()->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    village->setCurrentIndex(village->findText(QStringLiteral("下洋村")));
    QCOMPARE(model->rowCount(), 1);
    village->setCurrentIndex(village->findText(QStringLiteral("上街村")));
    QCOMPARE(model->rowCount(), 2);
    status->setCurrentIndex(status->findData(int(Domain::HouseholdStatus::Suspended)));
    QCOMPARE(model->rowCount(), 0);
    status->setCurrentIndex(0);
    village->setCurrentIndex(0);
    QCOMPARE(model->rowCount(), 3);
}

void TestGuiRoster::sortsByClickingAHeader()
{
    QHeaderView *header = rosterView()->horizontalHeader();
    RosterModel *model = rosterPage()->rosterModel();
    const auto clickSection = [header](int section) {
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
            QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2, header->height() / 2));
    };
    const auto members = [model] {
        QList<int> out;
        for (int row = 0; row < model->rowCount(); ++row)
            out << model->index(row, RosterModel::MembersColumn).data().toInt();
        return out;
    };
    clickSection(RosterModel::MembersColumn);
    QCOMPARE(model->filter().sort, RosterFilter::Sort::Members);
    const bool descending = model->filter().descending;
    QList<int> sorted = members();
    QVERIFY(std::is_sorted(sorted.cbegin(), sorted.cend()) != descending || sorted.first() == sorted.last());
    QCOMPARE(sorted.first(), descending ? 2 : 1);
    clickSection(RosterModel::MembersColumn); // the other way round
    QCOMPARE(model->filter().descending, !descending);
    QCOMPARE(members().first(), descending ? 1 : 2);
    QCOMPARE(model->rowCount(), 3);
}

void TestGuiRoster::idNumbersMaskedUnlessSwitchedOn()
{
    RosterModel *model = rosterPage()->rosterModel();
    const int row = rowOfHead(QStringLiteral("张三"));
    QVERIFY(row >= 0);
    const QModelIndex id = model->index(row, RosterModel::IdNumberColumn);
    QCOMPARE(id.data().toString(), IdNumber::masked(m_zhangsanId));
    QVERIFY(id.data().toString().contains(QStringLiteral("********")));
    QVERIFY(!id.data().toString().contains(m_zhangsanId.mid(6, 8)));

    rosterView()->setCurrentIndex(model->index(row, RosterModel::HeadNameColumn));
    auto *memberView = rosterPage()->findChild<QTableView *>(QStringLiteral("memberTableView"));
    QCOMPARE(memberView->model()->rowCount(), 2);
    QCOMPARE(
        memberView->model()->index(0, MemberModel::IdNumberColumn).data().toString(), IdNumber::masked(m_zhangsanId));

    auto *full = rosterPage()->findChild<QCheckBox *>(QStringLiteral("showFullIdCheckBox"));
    QVERIFY(!full->isChecked());
    QTest::mouseClick(full, Qt::LeftButton, {}, QPoint(5, full->height() / 2));
    QVERIFY(full->isChecked());
    QCOMPARE(model->index(row, RosterModel::IdNumberColumn).data().toString(), m_zhangsanId);
    QCOMPARE(memberView->model()->index(0, MemberModel::IdNumberColumn).data().toString(), m_zhangsanId);
    QCOMPARE(m_settings->value(AppSettings::Key::ShowFullIdNumbers).toBool(), true);

    // Remembered on this PC.
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    QVERIFY(rosterPage()->findChild<QCheckBox *>(QStringLiteral("showFullIdCheckBox"))->isChecked());
    QCOMPARE(rosterPage()->rosterModel()->index(row, RosterModel::IdNumberColumn).data().toString(), m_zhangsanId);
}

void TestGuiRoster::statusChangeOffersOnlyAllowedTransitions()
{
    const int row = rowOfHead(QStringLiteral("张四"));
    rosterView()->setCurrentIndex(rosterPage()->rosterModel()->index(row, RosterModel::HeadNameColumn));
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("statusButton")), Qt::LeftButton);
    auto *dialog = openedDialog<StatusChangeDialog>();
    QVERIFY(dialog);
    auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QCOMPARE(status->count(), 2); // active → suspended or exited
    QVERIFY(status->findData(int(Domain::HouseholdStatus::Suspended)) >= 0);
    QVERIFY(status->findData(int(Domain::HouseholdStatus::Exited)) >= 0);
    status->setCurrentIndex(status->findData(int(Domain::HouseholdStatus::Suspended)));
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // a stop needs its reason
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit")), QStringLiteral("外出务工有收入"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);

    const int after = rowOfHead(QStringLiteral("张四"));
    QTRY_COMPARE(rosterPage()->rosterModel()->index(after, RosterModel::StatusColumn).data(RosterModel::StatusKeyRole),
        QVariant(QStringLiteral("suspended")));
    const qint64 id = rosterPage()->rosterModel()->householdIdAt(after);
    const QList<StatusChange> history = RosterRepository(*m_db->db).statusHistory(id).value();
    QVERIFY(std::any_of(history.cbegin(), history.cend(), [](const StatusChange &c) {
        return c.to == Domain::HouseholdStatus::Suspended && c.reason == QStringLiteral("外出务工有收入");
    }));
}

void TestGuiRoster::recordDeathOfAMember()
{
    const int row = rowOfHead(QStringLiteral("张三"));
    rosterView()->setCurrentIndex(rosterPage()->rosterModel()->index(row, RosterModel::HeadNameColumn));
    auto *memberView = rosterPage()->findChild<QTableView *>(QStringLiteral("memberTableView"));
    auto *death = rosterPage()->findChild<QPushButton *>(QStringLiteral("recordDeathButton"));
    QVERIFY(!death->isEnabled()); // no member chosen yet
    int child = -1;
    for (int r = 0; r < memberView->model()->rowCount(); ++r) {
        if (memberView->model()->index(r, MemberModel::NameColumn).data().toString() == QStringLiteral("张小1"))
            child = r;
    }
    QVERIFY(child >= 0);
    memberView->setCurrentIndex(memberView->model()->index(child, MemberModel::NameColumn));
    QVERIFY(death->isEnabled());
    QTest::mouseClick(death, Qt::LeftButton);
    auto *dialog = openedDialog<MemberActionDialog>();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    const int after = rowOfHead(QStringLiteral("张三"));
    QTRY_COMPARE(rosterPage()->rosterModel()->index(after, RosterModel::MembersColumn).data().toInt(), 1);
    QTRY_COMPARE(rosterPage()->rosterModel()->index(after, RosterModel::CoveredColumn).data().toInt(), 1);
    // The reason written into the record is the records' word (Chinese), whatever the interface's language.
    QSqlQuery q(m_db->db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT left_reason FROM person WHERE name = '张小1'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("死亡"));
}

// The head dies: the dialog proposes an adult as head (a 16-year-old only with a warning), shows the household's
// figures old → new and asks for the amount from the day of death.
void TestGuiRoster::headsDeathAsksNewHeadAndAmount()
{
    const int row = rowOfHead(QStringLiteral("张三"));
    rosterView()->setCurrentIndex(rosterPage()->rosterModel()->index(row, RosterModel::HeadNameColumn));
    auto *memberView = rosterPage()->findChild<QTableView *>(QStringLiteral("memberTableView"));
    int head = -1;
    for (int r = 0; r < memberView->model()->rowCount(); ++r) {
        if (memberView->model()->index(r, MemberModel::NameColumn).data().toString() == QStringLiteral("张三"))
            head = r;
    }
    memberView->setCurrentIndex(memberView->model()->index(head, MemberModel::NameColumn));
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("recordDeathButton")), Qt::LeftButton);
    auto *dialog = openedDialog<MemberActionDialog>();
    QVERIFY(dialog);
    auto *newHead = dialog->findChild<QComboBox *>(QStringLiteral("newHeadComboBox"));
    QVERIFY(newHead);
    QCOMPARE(newHead->count(), 1); // 张小1, born 2010: a minor
    QVERIFY(newHead->currentText().startsWith(QStringLiteral("张小1")));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("newHeadNoteLabel"));
    QVERIFY2(note->isVisible() && note->text().contains(QStringLiteral("minor")), qPrintable(note->text()));
    auto *figures = dialog->findChild<QLabel *>(QStringLiteral("figuresLabel"));
    QVERIFY2(figures->text().contains(QStringLiteral("covered persons 2 → 1")), qPrintable(figures->text()));
    auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
    QVERIFY(amount);
    QCOMPARE(amount->value(), 600.0);
    amount->setValue(300);
    QVERIFY2(figures->text().contains(QStringLiteral("600.00 → 300.00")), qPrintable(figures->text()));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok),
        Qt::LeftButton);
    QTRY_VERIFY(rowOfHead(QStringLiteral("张小1")) >= 0);
    const Outcome<Household> stored = RosterRepository(*m_db->db).household(
        rosterPage()->rosterModel()->householdIdAt(rowOfHead(QStringLiteral("张小1"))));
    QCOMPARE(stored->monthlyAmount, Money::fromYuan(300));
    QCOMPARE(stored->coveredCount, 1);
}

// A new household's amount typed below zero is an error on the field, not a silent 0.00.
void TestGuiRoster::negativeAmountIsAnErrorNotZero()
{
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("addHouseholdButton")), Qt::LeftButton);
    auto *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
    amount->setFocus();
    amount->selectAll();
    QTest::keyClicks(amount, QStringLiteral("-100"));
    QTest::keyClick(amount, Qt::Key_Tab);
    QCOMPARE(amount->value(), -100.0);
    QVERIFY2(dialog->problems().join(u'\n').contains(QStringLiteral("negative")),
        qPrintable(dialog->problems().join(u'\n')));
    QVERIFY(
        !dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok)->isEnabled());
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    dialog->reject();
}

// Editing a household: its amount, size and covered persons are shown but not typed over; 调整 changes them with the
// old and new values and a reason, placed at its date.
void TestGuiRoster::figuresChangeOnlyThroughAdjust()
{
    const int row = rowOfHead(QStringLiteral("张四"));
    const qint64 id = rosterPage()->rosterModel()->householdIdAt(row);
    rosterView()->setCurrentIndex(rosterPage()->rosterModel()->index(row, RosterModel::HeadNameColumn));
    QTest::mouseClick(rosterPage()->findChild<QPushButton *>(QStringLiteral("editHouseholdButton")), Qt::LeftButton);
    auto *dialog = openedDialog<HouseholdDialog>();
    QVERIFY(dialog);
    auto *amount = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
    QVERIFY(amount->isReadOnly());
    QVERIFY(dialog->findChild<QSpinBox *>(QStringLiteral("coveredCountSpinBox"))->isReadOnly());
    bool adjusted = false;
    QTimer::singleShot(0, dialog, [&adjusted] {
        auto *figures = qobject_cast<AmountDialog *>(QApplication::activeModalWidget());
        if (!figures)
            return;
        auto *newAmount = figures->findChild<QDoubleSpinBox *>(QStringLiteral("amountSpinBox"));
        auto *ok = figures->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        newAmount->setValue(350);
        const QString summary = figures->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        adjusted = summary.contains(QStringLiteral("300.00 → 350.00")) && !ok->isEnabled(); // no reason yet
        TestSupport::typeText(
            figures->findChild<QLineEdit *>(QStringLiteral("reasonLineEdit")), QStringLiteral("复核调整"));
        adjusted = adjusted && ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("adjustFiguresButton")), Qt::LeftButton);
    QVERIFY(adjusted);
    QCOMPARE(amount->value(), 350.0);
    QCOMPARE(RosterRepository(*m_db->db).household(id)->monthlyAmount, Money::fromYuan(350));
    QCOMPARE(RosterRepository(*m_db->db).statusHistory(id).value().last().reason, QStringLiteral("复核调整"));
    dialog->reject();
}

// The export runs off the GUI thread: the button waits until the file is written, then the message names it.
void TestGuiRoster::exportsWhatTheFilterShows()
{
    auto *village = rosterPage()->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    village->setCurrentIndex(village->findText(QStringLiteral("上街村")));
    QTRY_COMPARE(rosterPage()->rosterModel()->rowCount(), 2); // 张三, 张四
    auto *exportButton = rosterPage()->findChild<QPushButton *>(QStringLiteral("exportButton"));
    const QString path = m_db->dir.filePath(QStringLiteral("上街村.csv"));
    FileDialogs::setNextFileName(path);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(!exportButton->isEnabled());
    QTRY_VERIFY(exportButton->isEnabled());
    const QString message = rosterPage()->messageBar()->text();
    QVERIFY2(message.contains(QStringLiteral("Exported 2 households")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)), qPrintable(message));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(csv.readAll());
    QVERIFY(text.contains(QStringLiteral("张三")) && text.contains(QStringLiteral("张四")));
    QVERIFY(!text.contains(QStringLiteral("李明")));
    QVERIFY(
        !rosterPage()->findChild<QProgressDialog *>() || !rosterPage()->findChild<QProgressDialog *>()->isVisible());

    // A file that cannot be written: the message says so, and the button is back.
    FileDialogs::setNextFileName(QStringLiteral("/nonexistent/folder/roster.xlsx"));
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_VERIFY(exportButton->isEnabled());
    QVERIFY2(rosterPage()->messageBar()->text().contains(QStringLiteral("/nonexistent/folder")),
        qPrintable(rosterPage()->messageBar()->text()));
}

void TestGuiRoster::remembersLastPage()
{
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("roster"));
    m_window->close();
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("overview"));
    m_window->restoreLayout();
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("roster"));
}

// A roster that cannot be read (its table renamed by another program) shows the failure, never "0 households".
void TestGuiRoster::unreadableRosterSaysSo()
{
    RosterPage *page = rosterPage();
    QCOMPARE(page->rosterModel()->rowCount(), 3);
    auto *totals = page->findChild<QLabel *>(QStringLiteral("totalsLabel"));
    QSqlQuery q(m_db->db->connection());
    QVERIFY2(
        q.exec(QStringLiteral("ALTER TABLE household RENAME TO household_aside")), qPrintable(q.lastError().text()));
    page->refreshRows();
    QCOMPARE(page->rosterModel()->rowCount(), 0);
    QCOMPARE(page->rosterModel()->readResult().kind(), Result::Kind::Failed);
    QCOMPARE(totals->text(), QStringLiteral("The roster could not be read."));
    MessageBar *bar = page->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().contains(QStringLiteral("household")), qPrintable(bar->text()));

    QVERIFY(q.exec(QStringLiteral("ALTER TABLE household_aside RENAME TO household")));
    page->refreshRows();
    QCOMPARE(page->rosterModel()->rowCount(), 3);
    QVERIFY(totals->text().startsWith(QStringLiteral("3 households")));
    QVERIFY(!bar->isVisible());
}

// Villages that cannot be read leave the village lists empty and say why: on the page and in a new household's
// dialog, whose OK stays disabled rather than asking to "choose a village" that cannot be listed.
void TestGuiRoster::unreadableVillagesSaySo()
{
    RosterPage *page = rosterPage();
    QSqlQuery q(m_db->db->connection());
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE village RENAME TO village_aside")), qPrintable(q.lastError().text()));
    page->reloadVillages();
    MessageBar *bar = page->messageBar();
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QVERIFY2(bar->text().startsWith(QStringLiteral("The villages could not be read")), qPrintable(bar->text()));
    {
        HouseholdDialog dialog(*m_db->db, 0, page);
        auto *dialogBar = dialog.findChild<MessageBar *>();
        QVERIFY(dialogBar);
        QVERIFY2(dialogBar->text().startsWith(QStringLiteral("The villages could not be read")),
            qPrintable(dialogBar->text()));
        auto *buttons = dialog.findChild<QDialogButtonBox *>();
        QVERIFY(buttons);
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE village_aside RENAME TO village")));
    page->reloadVillages();
    auto *villages = page->findChild<QComboBox *>(QStringLiteral("villageComboBox"));
    QVERIFY(villages);
    QCOMPARE(villages->count(), 3); // all villages, and the two of the office
}

// A household whose records cannot be read is not shown as new, nor its history as empty: the dialogs say why.
void TestGuiRoster::unreadableHouseholdSaysSo()
{
    RosterPage *page = rosterPage();
    const qint64 id = page->currentHouseholdId();
    QVERIFY(id > 0);
    QSqlQuery q(m_db->db->connection());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history RENAME TO status_history_aside")));
    {
        HistoryDialog history(*m_db->db, id, page);
        QVERIFY(history.messageBar()->isVisibleTo(&history));
        QCOMPARE(history.messageBar()->level(), MessageBar::Level::Error);
        QVERIFY2(history.messageBar()->text().contains(QStringLiteral("status_history")),
            qPrintable(history.messageBar()->text()));
    }
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history_aside RENAME TO status_history")));
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_aside")));
    {
        HouseholdDialog dialog(*m_db->db, id, page);
        auto *bar = dialog.findChild<MessageBar *>();
        QVERIFY2(bar->text().contains(QStringLiteral("person")), qPrintable(bar->text()));
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE person_aside RENAME TO person")));
    HistoryDialog history(*m_db->db, id, page);
    QVERIFY(!history.messageBar()->isVisibleTo(&history));
    QVERIFY(history.auditModel()->rowCount() > 0);
}

QTEST_MAIN(TestGuiRoster)
#include "tst_gui_roster.moc"
