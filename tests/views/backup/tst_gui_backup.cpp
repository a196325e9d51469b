// Backups in the window: File > Back up... into the chosen folder, Restore... with confirmation that replaces the
// database and reloads every page, refusals, and the automatic daily backup with its status-bar line.
#include "TestSupport.h"
#include "backup/BackupController.h"
#include "backup/BackupService.h"
#include "core/AppSettings.h"
#include "ledgers/cases/CaseModel.h"
#include "ledgers/complaints/ComplaintModel.h"
#include "ledgers/complaints/ComplaintPage.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationModel.h"
#include "roster/RosterModel.h"
#include "roster/RosterPage.h"
#include "roster/RosterRepository.h"
#include "shell/FileDialogs.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

const QDateTime kNow(QDate(2024, 6, 15), QTime(10, 0));

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

class TestGuiBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void backUpWritesIntoChosenFolder();
    void restoreReplacesAndReloads();
    void restoreCancelledChangesNothing();
    void restoreRefusesDamagedBackup();
    void automaticBackupOncePerDay();
    void automaticBackupFailureShowsInStatusBar();
    void restoreOfferedWhenDatabaseCannotBeOpened();

private:
    void trigger(const char *action);
    // Waits until the controller has finished what it was asked.
    bool waitIdle(QSignalSpy &spy);
    BackupController *controller() const { return m_window->backupController(); }
    QString lastBackupText() const { return m_window->findChild<QLabel *>(QStringLiteral("lastBackupLabel"))->text(); }

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_folder;
};

void TestGuiBackup::init()
{
    MessageBoxes::clearAnswers();
    m_db = TestSupport::makeDatabase();
    QVERIFY(m_db->db->isOpen());
    m_db->db->setClock([] { return kNow; });
    RosterRepository repository(*m_db->db);
    for (int i = 0; i < 3; ++i) {
        Household h = TestSupport::household(
            m_db->village1, QStringLiteral("张%1").arg(QChar(u'一' + i)), QDate(1960, 3, 4 + i), 11 + 10 * i);
        const Result created = repository.createHousehold(h);
        QVERIFY2(created, qPrintable(created.message()));
    }
    m_folder = m_db->dir.filePath(QStringLiteral("U盘备份"));
    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_settings->setValue(AppSettings::Key::BackupFolder, m_folder);
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestGuiBackup::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

void TestGuiBackup::trigger(const char *name)
{
    QAction *action = m_window->findChild<QAction *>(QLatin1String(name));
    QVERIFY2(action && action->isEnabled(), name);
    action->trigger();
}

bool TestGuiBackup::waitIdle(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(30000);
}

void TestGuiBackup::backUpWritesIntoChosenFolder()
{
    QCOMPARE(lastBackupText(), QStringLiteral("No backup yet"));
    // The folder is chosen through File > Backup folder...
    const QString chosen = m_db->dir.filePath(QStringLiteral("chosen"));
    QVERIFY(QDir().mkpath(chosen));
    FileDialogs::setNextFileName(chosen);
    trigger("backupFolderAction");
    QCOMPARE(m_settings->value(AppSettings::Key::BackupFolder).toString(), chosen);
    QCOMPARE(controller()->folder(), chosen);

    QSignalSpy idle(controller(), &BackupController::idle);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    trigger("backUpAction");
    QVERIFY(waitIdle(idle));
    QCOMPARE(namesIn(chosen), QStringList {QStringLiteral("dibao-20240615-100000.sqlite")});
    QVERIFY(namesIn(m_folder).isEmpty());
    QVERIFY2(MessageBoxes::lastText().contains(
                 QDir::toNativeSeparators(QDir(chosen).filePath(QStringLiteral("dibao-20240615-100000.sqlite")))),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(BackupVerifier::verify(QDir(chosen).filePath(QStringLiteral("dibao-20240615-100000.sqlite"))).result);
    QCOMPARE(lastBackupText(), QStringLiteral("Last backup: 2024-06-15 10:00"));
    // The window's database is still open and usable.
    QVERIFY(m_db->db->isOpen());
    QCOMPARE(m_window->rosterPage()->rosterModel()->rowCount(), 3);
}

void TestGuiBackup::restoreReplacesAndReloads()
{
    BackupService service(m_db->path(), m_folder);
    service.setClock([] { return kNow.addSecs(-3600); });
    BackupFile backup;
    QVERIFY(service.create(BackupFile::Kind::Manual, &backup));

    // After the backup: a fourth household and a complaint, shown on their pages.
    Household h = TestSupport::household(m_db->village2, QStringLiteral("王五"), QDate(1950, 1, 2), 71);
    QVERIFY(RosterRepository(*m_db->db).createHousehold(h));
    Complaint c;
    c.receivedDate = kNow.date();
    c.anonymous = true;
    c.subjectText = QStringLiteral("王五");
    c.summary = QStringLiteral("反映王五有车");
    QVERIFY(ComplaintRepository(*m_db->db).create(c));
    // Written behind the pages' backs: they follow what the database announced.
    RosterModel *roster = m_window->rosterPage()->rosterModel();
    auto *complaints = m_window->findChild<ComplaintPage *>();
    QVERIFY(complaints);
    QTRY_COMPARE(roster->rowCount(), 4);
    QTRY_COMPARE(complaints->model()->rowCount(), 1);
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("householdsTotalLabel"))->text(), QStringLiteral("4"));
    // The roster page read its rows again after the write (as it does after its own): it is not made to read them
    // twice, while the overview follows.
    QSignalSpy resets(roster, &QAbstractItemModel::modelReset);
    QSignalSpy followed(m_window.get(), &MainWindow::changesFollowed);
    Household fifth = TestSupport::household(m_db->village2, QStringLiteral("孙七"), QDate(1952, 1, 2), 91);
    QVERIFY(RosterRepository(*m_db->db).createHousehold(fifth));
    m_window->rosterPage()->refreshRows();
    QVERIFY(followed.wait());
    QCOMPARE(resets.size(), 1);
    QCOMPARE(roster->rowCount(), 5);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("householdsTotalLabel"))->text(), QStringLiteral("5"));

    QSignalSpy idle(controller(), &BackupController::idle);
    QSignalSpy restored(controller(), &BackupController::databaseRestored);
    FileDialogs::setNextFileName(backup.path);
    MessageBoxes::setNextAnswer(QMessageBox::Yes); // replace the database?
    MessageBoxes::setNextAnswer(QMessageBox::Ok); // restored
    trigger("restoreAction");
    QVERIFY(waitIdle(idle));
    QCOMPARE(restored.size(), 1);
    QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("replaced-dibao-20240615-100000.sqlite")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(QFileInfo::exists(QDir(m_folder).filePath(QStringLiteral("replaced-dibao-20240615-100000.sqlite"))));

    // The database is open again on the restored file, and every page shows it.
    QVERIFY(m_db->db->isOpen());
    QCOMPARE(m_db->db->path(), m_db->path());
    QCOMPARE(TestSupport::count(*m_db->db, QStringLiteral("household")), 3);
    QTRY_COMPARE(roster->rowCount(), 3);
    QCOMPARE(roster->totals().households, 3);
    QCOMPARE(complaints->model()->rowCount(), 0);
    QTRY_COMPARE(m_window->findChild<QLabel *>(QStringLiteral("householdsTotalLabel"))->text(), QStringLiteral("3"));
    // Writing works on the reopened database.
    Household again = TestSupport::household(m_db->village2, QStringLiteral("赵六"), QDate(1951, 1, 2), 81);
    QVERIFY(RosterRepository(*m_db->db).createHousehold(again));
}

void TestGuiBackup::restoreCancelledChangesNothing()
{
    BackupService service(m_db->path(), m_folder);
    BackupFile backup;
    QVERIFY(service.create(BackupFile::Kind::Manual, &backup));
    Household h = TestSupport::household(m_db->village2, QStringLiteral("王五"), QDate(1950, 1, 2), 71);
    QVERIFY(RosterRepository(*m_db->db).createHousehold(h));

    QSignalSpy idle(controller(), &BackupController::idle);
    FileDialogs::setNextFileName(backup.path);
    MessageBoxes::setNextAnswer(QMessageBox::No);
    trigger("restoreAction");
    QVERIFY(waitIdle(idle));
    // The question said what is replaced and where the old file is kept.
    QVERIFY2(MessageBoxes::lastText().contains(QDir::toNativeSeparators(m_db->path()))
            && MessageBoxes::lastText().contains(QDir::toNativeSeparators(m_folder))
            && MessageBoxes::lastText().contains(QLatin1String("3 households")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(m_db->db->isOpen());
    QCOMPARE(TestSupport::count(*m_db->db, QStringLiteral("household")), 4);
    QCOMPARE(namesIn(m_folder).filter(QStringLiteral("replaced")), QStringList());
}

void TestGuiBackup::restoreRefusesDamagedBackup()
{
    const QString text = m_db->dir.filePath(QStringLiteral("roster.sqlite"));
    {
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("户主姓名,公民身份号码\n");
    }
    QSignalSpy idle(controller(), &BackupController::idle);
    FileDialogs::setNextFileName(text);
    MessageBoxes::setNextAnswer(QMessageBox::Ok);
    trigger("restoreAction");
    QVERIFY(waitIdle(idle));
    QVERIFY2(MessageBoxes::lastText().contains(QLatin1String("not an SQLite database file"))
            && MessageBoxes::lastText().contains(QLatin1String("was not changed")),
        qPrintable(MessageBoxes::lastText()));
    QVERIFY(m_db->db->isOpen());
    QCOMPARE(TestSupport::count(*m_db->db, QStringLiteral("household")), 3);
}

void TestGuiBackup::automaticBackupOncePerDay()
{
    QSignalSpy idle(controller(), &BackupController::idle);
    controller()->startAutomaticBackup();
    QVERIFY(controller()->isBusy());
    // The window keeps working while the backup runs.
    QCOMPARE(m_window->rosterPage()->rosterModel()->rowCount(), 3);
    QVERIFY(waitIdle(idle));
    QCOMPARE(namesIn(m_folder), QStringList {QStringLiteral("auto-dibao-20240615-100000.sqlite")});
    QCOMPARE(lastBackupText(), QStringLiteral("Last backup: 2024-06-15 10:00"));
    // A second start on the same day does nothing.
    controller()->startAutomaticBackup();
    QVERIFY(!controller()->isBusy());
    QCOMPARE(namesIn(m_folder).size(), 1);
}

void TestGuiBackup::automaticBackupFailureShowsInStatusBar()
{
    const QString plainFile = m_db->dir.filePath(QStringLiteral("plain-file"));
    {
        QFile f(plainFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    m_settings->setValue(AppSettings::Key::BackupFolder, plainFile + QStringLiteral("/backups"));
    QSignalSpy idle(controller(), &BackupController::idle);
    controller()->startAutomaticBackup();
    QVERIFY(waitIdle(idle));
    QCOMPARE(lastBackupText(), QStringLiteral("Automatic backup failed"));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("lastBackupLabel"));
    QVERIFY2(label->toolTip().contains(QLatin1String("backup folder")), qPrintable(label->toolTip()));
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QLatin1String("automatic backup failed")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(m_db->db->isOpen());
}

void TestGuiBackup::restoreOfferedWhenDatabaseCannotBeOpened()
{
    BackupFile backup;
    QVERIFY(BackupService(m_db->path(), m_folder).create(BackupFile::Kind::Manual, &backup));
    m_window.reset();
    m_db->db->close();
    // The database file is overwritten (a failing disk, a wrong copy): it no longer opens.
    {
        QFile f(m_db->path());
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("SQLite format 3");
    }
    const Result opened = m_db->db->open(m_db->path());
    QVERIFY(!opened);

    // Declined: nothing changes.
    MessageBoxes::setNextAnswer(QMessageBox::No);
    QVERIFY(!BackupController::offerRestoreAtStart(m_db->path(), opened.message(), *m_settings));
    QVERIFY2(MessageBoxes::lastText().contains(opened.message()), qPrintable(MessageBoxes::lastText()));
    QCOMPARE(QFileInfo(m_db->path()).size(), 15);

    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    FileDialogs::setNextFileName(backup.path);
    QVERIFY(BackupController::offerRestoreAtStart(m_db->path(), opened.message(), *m_settings));
    QVERIFY(m_db->db->open(m_db->path()));
    QCOMPARE(TestSupport::count(*m_db->db, QStringLiteral("household")), 3);
    // The file that could not be opened is kept.
    const QStringList replaced = namesIn(m_folder).filter(QStringLiteral("replaced-dibao-"));
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(QFileInfo(QDir(m_folder).filePath(replaced.first())).size(), 15);
}

QTEST_MAIN(TestGuiBackup)
#include "tst_gui_backup.moc"
