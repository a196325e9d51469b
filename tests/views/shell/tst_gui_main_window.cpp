// The main window on the most common office screen (1366×768, its task bar taking 40 pixels): it fits, pages change
// with Ctrl+1 …, Ctrl+F goes to the page's search, Help lists the shortcuts and says where the data lives, and the file
// dialogs start where the clerk was last.
#include "Startup.h"
#include "TestSupport.h"
#include "core/AppSettings.h"
#include "ledgers/LedgerPage.h"
#include "overview/OverviewPage.h"
#include "roster/MemberModel.h"
#include "roster/RosterRepository.h"
#include "shell/FileDialogs.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"

#include <QAbstractFileIconProvider>
#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestGuiMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fitsTheOfficeScreen();
    void restoredGeometryLargerThanTheScreenIsRefitted();
    void pageShortcuts();
    void findGoesToThePageSearch();
    void newRecordFromAnywhereOnTheLedgerPage();
    void helpListsShortcutsAndSaysWhereTheDataLives();
    void fileDialogsStartInTheLastFolder();
    void fileDialogTypesAreChinese();
    void overviewSaysWhereANewOfficeBegins();

private:
    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestGuiMainWindow::initTestCase()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QCOMPARE(available.size(), QSize(1366, 768));
    m_db = TestSupport::makeDatabase();
    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiMainWindow::fitsTheOfficeScreen()
{
    const QRect available = m_window->screen()->availableGeometry();
    QVERIFY2(available.contains(m_window->frameGeometry()),
        qPrintable(QStringLiteral("%1×%2 at %3,%4")
                       .arg(m_window->frameGeometry().width())
                       .arg(m_window->frameGeometry().height())
                       .arg(m_window->frameGeometry().x())
                       .arg(m_window->frameGeometry().y())));
    QVERIFY(m_window->fitsScreen());
    QCOMPARE(m_window->width(), 1280); // as wide as it wants; not as high (768 − the frame)
    QVERIFY(m_window->height() < 768);
}

void TestGuiMainWindow::restoredGeometryLargerThanTheScreenIsRefitted()
{
    // A geometry kept on a 1920×1080 screen.
    MainWindow big(*m_db->db, *m_settings);
    big.setGeometry(0, 0, 1800, 1000);
    m_settings->setValue(AppSettings::Key::WindowGeometry, big.saveGeometry());
    MainWindow restored(*m_db->db, *m_settings);
    restored.restoreLayout();
    restored.show();
    QVERIFY(QTest::qWaitForWindowExposed(&restored));
    QVERIFY2(restored.fitsScreen(), qPrintable(QStringLiteral("%1×%2").arg(restored.width()).arg(restored.height())));
    m_settings->setValue(AppSettings::Key::WindowGeometry, QByteArray());
}

void TestGuiMainWindow::pageShortcuts()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QStringList keys = m_window->pageKeys();
    QVERIFY(keys.size() >= 7);
    auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    for (int i = 0; i < keys.size(); ++i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->currentPageKey(), keys.at(i));
        // The side list says which keys lead there.
        QVERIFY2(navigation->item(i)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(i + 1)),
            qPrintable(navigation->item(i)->toolTip()));
        // Every page's name fits the side list ("Self-inspection" was cut short).
        QFont font = navigation->font();
        font.setPointSizeF(11);
        QVERIFY(QFontMetrics(font).horizontalAdvance(navigation->item(i)->text()) + navigation->iconSize().width()
            < navigation->width());
    }
    // The members' 性别 column shows "Female" whole.
    auto *members
        = m_window->page(QStringLiteral("roster"))->findChild<QTableView *>(QStringLiteral("memberTableView"));
    QVERIFY(members->columnWidth(MemberModel::SexColumn)
        > members->fontMetrics().horizontalAdvance(QStringLiteral("Female")) + 8);
}

void TestGuiMainWindow::findGoesToThePageSearch()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(m_window->showPage(QStringLiteral("roster")));
    auto *search = m_window->page(QStringLiteral("roster"))->findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    QVERIFY(search);
    search->setText(QStringLiteral("陈"));
    m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(search->hasFocus());
    QCOMPARE(search->selectedText(), QStringLiteral("陈")); // typing replaces the last search
    search->clear();
    // The overview has no search: the status bar says so, and nothing else happens.
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(m_window->currentPageKey(), QStringLiteral("overview"));
}

void TestGuiMainWindow::newRecordFromAnywhereOnTheLedgerPage()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *complaints = qobject_cast<LedgerPage *>(m_window->page(QStringLiteral("complaints")));
    QVERIFY(complaints);
    // On another page the ledger's Ctrl+N does nothing.
    QVERIFY(m_window->showPage(QStringLiteral("roster")));
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(!complaints->currentDialog());
    // On the ledger's page it opens a new entry wherever the focus is (here the side list).
    QVERIFY(m_window->showPage(QStringLiteral("complaints")));
    m_window->findChild<QListWidget *>(QStringLiteral("navigationListWidget"))->setFocus();
    QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(complaints->currentDialog() && complaints->currentDialog()->isVisible());
    complaints->currentDialog()->reject();
}

void TestGuiMainWindow::helpListsShortcutsAndSaysWhereTheDataLives()
{
    const QString shortcuts = m_window->shortcutsText();
    QVERIFY2(shortcuts.contains(QStringLiteral("Ctrl+1")) && shortcuts.contains(QStringLiteral("Ctrl+F"))
            && shortcuts.contains(QStringLiteral("Ins")),
        qPrintable(shortcuts));
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("shortcutsAction"))->trigger();
    QCOMPARE(MessageBoxes::lastText(), shortcuts);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    const QString about = MessageBoxes::lastText();
    QVERIFY2(about.contains(QDir::toNativeSeparators(m_db->db->path())), qPrintable(about));
    QVERIFY2(about.contains(QCoreApplication::applicationVersion()), qPrintable(about));
    QVERIFY(!QCoreApplication::applicationVersion().isEmpty());
}

void TestGuiMainWindow::fileDialogsStartInTheLastFolder()
{
    QTemporaryDir exports;
    const QString chosen = exports.filePath(QStringLiteral("月报.xlsx"));
    FileDialogs::setNextFileName(chosen);
    QCOMPARE(FileDialogs::saveFileName(m_window.get(), QString(), QStringLiteral("x.xlsx"), QString()), chosen);
    // The next suggestion starts in the same folder; a path given stays as it is.
    QCOMPARE(
        FileDialogs::startPath(QStringLiteral("整改台账.xlsx")), exports.filePath(QStringLiteral("整改台账.xlsx")));
    QCOMPARE(FileDialogs::startPath(QStringLiteral("/srv/a.xlsx")), QStringLiteral("/srv/a.xlsx"));
    QCOMPARE(FileDialogs::startPath(), exports.path());
    // And the next start of the program too: the folder is kept in the settings with the window's layout.
    m_window->saveLayout();
    QCOMPARE(m_settings->value(AppSettings::Key::LastFolder).toString(), exports.path());
}

void TestGuiMainWindow::fileDialogTypesAreChinese()
{
    QVERIFY(Startup::installTranslators(*QCoreApplication::instance(), QStringLiteral("zh_CN")));
    QTemporaryDir folder;
    const QString type = QAbstractFileIconProvider().type(QFileInfo(folder.path()));
    QCOMPARE(type, QStringLiteral("文件夹"));
    // Qt's own texts: the standard buttons of every dialog.
    QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QCOMPARE(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("确定"));
    QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
}

void TestGuiMainWindow::overviewSaysWhereANewOfficeBegins()
{
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    OverviewPage *overview = m_window->overviewPage();
    overview->refresh();
    auto *bar = overview->findChild<MessageBar *>();
    QVERIFY(bar);
    QVERIFY(bar->isVisibleTo(overview));
    QVERIFY2(bar->text().contains(QStringLiteral("Ctrl+2")), qPrintable(bar->text()));
    // Once there is a roster the figures speak for themselves.
    Household h = TestSupport::household(m_db->village1, QStringLiteral("赵一"), QDate(1950, 1, 1), 41);
    QVERIFY(RosterRepository(*m_db->db).createHousehold(h));
    overview->refresh();
    QVERIFY(!bar->isVisibleTo(overview) || !bar->text().contains(QStringLiteral("Ctrl+2")));
}

int main(int argc, char *argv[])
{
    // The office screen: 1366×768 with a task bar is what the window must fit.
    QTemporaryDir config;
    const QString screens = config.filePath(QStringLiteral("screens.json"));
    QFile file(screens);
    if (!file.open(QIODevice::WriteOnly))
        return 2;
    file.write(R"({"screens": [{"name": "office", "x": 0, "y": 0, "width": 1366, "height": 768}]})");
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(screens));
    QApplication app(argc, argv);
    Startup::setApplicationNames();
    TestGuiMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_gui_main_window.moc"
