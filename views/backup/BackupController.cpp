#include "backup/BackupController.h"

#include "backup/BackupJob.h"
#include "backup/BackupService.h"
#include "core/AppSettings.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "storage/Database.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QProgressDialog>
#include <QStatusBar>

#include <memory>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString stamp(const QDateTime &time)
{
    return time.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

BackupController::BackupController(Database &db, AppSettings &settings, QMainWindow *window)
    : QObject(window)
    , m_db(db)
    , m_settings(settings)
    , m_window(window)
    , m_job(new BackupJob(this))
    //: File menu: make a backup of the database (备份)
    , m_backUpAction(new QAction(tr("&Back up..."), this))
    //: File menu: put a backup in place of the database (恢复)
    , m_restoreAction(new QAction(tr("&Restore from a backup..."), this))
    , m_folderAction(new QAction(tr("Backup &folder..."), this))
    , m_label(new QLabel(window))
{
    m_backUpAction->setObjectName(QStringLiteral("backUpAction"));
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    m_folderAction->setObjectName(QStringLiteral("backupFolderAction"));
    m_label->setObjectName(QStringLiteral("lastBackupLabel"));
    connect(m_backUpAction, &QAction::triggered, this, &BackupController::backUp);
    connect(m_restoreAction, &QAction::triggered, this, &BackupController::restore);
    connect(m_folderAction, &QAction::triggered, this, &BackupController::chooseFolder);
    updateLabel();
}

BackupController::~BackupController() = default;

bool BackupController::offerRestoreAtStart(const QString &databasePath, const QString &problem, AppSettings &settings)
{
    const QString question = tr("%1\n\nRestore the database from a backup now? The file that cannot be opened is "
                                "kept in the backup folder.")
                                 .arg(problem);
    if (MessageBoxes::question(nullptr, tr("Dibao Workbench"), question) != QMessageBox::Yes)
        return false;
    QString folder = settings.value(AppSettings::Key::BackupFolder).toString();
    if (folder.isEmpty())
        folder = BackupService::defaultFolder();
    const QString backup = FileDialogs::openFileName(
        nullptr, tr("Restore from a backup"), tr("Dibao Workbench backups (*.sqlite);;All files (*)"), folder);
    if (backup.isEmpty())
        return false;
    if (const Result restored = BackupService(databasePath, folder).restore(backup); !restored) {
        MessageBoxes::critical(nullptr, tr("Restore from a backup"), restored.message());
        return false;
    }
    return true;
}

QList<QAction *> BackupController::actions() const
{
    return {m_backUpAction, m_restoreAction, m_folderAction};
}

QString BackupController::folder() const
{
    const QString chosen = m_settings.value(AppSettings::Key::BackupFolder).toString();
    return chosen.isEmpty() ? BackupService::defaultFolder() : chosen;
}

bool BackupController::isBusy() const
{
    return m_job->isRunning();
}

BackupService BackupController::service() const
{
    BackupService service(m_db.path(), folder());
    // The files are named by the moment the work was asked for (the database's clock, fixed in tests).
    QDateTime at = m_db.now();
    service.setClock([at] { return at; });
    return service;
}

void BackupController::showProgress(const QString &text)
{
    m_progress = new QProgressDialog(text, QString(), 0, 0, m_window);
    m_progress->setObjectName(QStringLiteral("backupProgressDialog"));
    m_progress->setWindowTitle(tr("Backups"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    updateActions();
}

void BackupController::finishProgress()
{
    if (m_progress)
        m_progress->close();
    updateActions();
    updateLabel();
}

void BackupController::updateActions()
{
    const bool busy = isBusy();
    m_backUpAction->setEnabled(!busy);
    m_restoreAction->setEnabled(!busy);
    m_folderAction->setEnabled(!busy);
}

void BackupController::updateLabel()
{
    if (!m_failure.isEmpty()) {
        m_label->setText(tr("Automatic backup failed"));
        m_label->setToolTip(m_failure);
        m_label->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    const BackupService backups(m_db.path(), folder());
    const Outcome<std::optional<BackupFile>> read = backups.latest();
    if (!read) { // not "no backup yet": the folder could not be looked into
        m_label->setText(tr("Backups cannot be listed"));
        m_label->setToolTip(read.result().message());
        m_label->setStyleSheet(QStringLiteral("color: #b00020;"));
        return;
    }
    m_label->setStyleSheet(QString());
    const std::optional<BackupFile> &last = *read;
    m_label->setText(last ? tr("Last backup: %1").arg(stamp(last->made)) : tr("No backup yet"));
    m_label->setToolTip(last ? shown(last->path) : tr("Backups go to %1").arg(shown(backups.folder())));
}

void BackupController::backUp()
{
    if (isBusy())
        return;
    auto made = std::make_shared<BackupFile>();
    const BackupService backups = service();
    m_job->start([backups, made]() { return backups.create(BackupFile::Kind::Manual, made.get()); },
        [this, made](const Result &result) {
            finishProgress();
            if (!result) {
                MessageBoxes::critical(m_window, tr("Back up"), result.message());
            } else {
                m_failure.clear();
                updateLabel();
                MessageBoxes::information(m_window, tr("Back up"),
                    tr("The backup was written to %1 (%2) and checked: it is complete, undamaged and its audit log "
                       "is intact.")
                        .arg(shown(made->path), QLocale().formattedDataSize(made->bytes)));
            }
            emit idle();
        });
    showProgress(tr("Backing up the database..."));
}

void BackupController::chooseFolder()
{
    const QString chosen = FileDialogs::existingDirectory(m_window, tr("Backup folder"), folder());
    if (chosen.isEmpty())
        return;
    m_settings.setValue(AppSettings::Key::BackupFolder, QFileInfo(chosen).absoluteFilePath());
    m_settings.sync();
    updateLabel();
    m_window->statusBar()->showMessage(tr("Backups now go to %1.").arg(shown(chosen)), 10000);
}

void BackupController::startAutomaticBackup()
{
    if (isBusy())
        return;
    const BackupService backups = service();
    if (!backups.automaticBackupDue())
        return;
    m_label->setText(tr("Backing up..."));
    m_job->start([backups]() { return backups.createAutomatic(); },
        [this](const Result &result) {
            m_failure = result ? QString() : result.message();
            if (!result)
                m_window->statusBar()->showMessage(tr("The automatic backup failed: %1").arg(result.message()));
            updateActions();
            updateLabel();
            emit idle();
        });
    updateActions();
}

void BackupController::restore()
{
    if (isBusy())
        return;
    const QString file = FileDialogs::openFileName(
        m_window, tr("Restore from a backup"), tr("Dibao Workbench backups (*.sqlite);;All files (*)"), folder());
    if (file.isEmpty())
        return;
    // Checked first, so that the clerk decides knowing what the backup holds.
    auto report = std::make_shared<BackupVerifier::Report>();
    m_job->start(
        [file, report] {
            *report = BackupVerifier::verify(file);
            return report->result;
        },
        [this, file, report](const Result &result) {
            finishProgress();
            if (!result) {
                MessageBoxes::critical(m_window, tr("Restore from a backup"),
                    tr("%1\n\nThe database was not changed.").arg(result.message()));
                emit idle();
                return;
            }
            const QString made = report->lastChange.isValid()
                ? tr("its last change was made on %1").arg(stamp(report->lastChange))
                : tr("it records no change");
            const QString question
                = tr("Replace the database\n%1\nwith the backup\n%2\n(%3 households; %4)?\n\nEverything entered since "
                     "that backup is replaced. The current database is kept in the backup folder %5 as a file named "
                     "replaced-dibao-….sqlite; restore that file to undo this.")
                      .arg(shown(m_db.path()), shown(file))
                      .arg(report->households)
                      .arg(made, shown(folder()));
            if (MessageBoxes::question(m_window, tr("Restore from a backup"), question) != QMessageBox::Yes) {
                emit idle();
                return;
            }
            replaceDatabase(file);
        });
    showProgress(tr("Checking the backup..."));
}

void BackupController::replaceDatabase(const QString &backup)
{
    const QString path = m_db.path();
    auto restored = std::make_shared<BackupService::Restored>();
    const BackupService backups = service();
    // The window's connection must be closed while the file is replaced; it is opened again whatever happens.
    m_db.close();
    m_job->start([backups, backup, restored]() { return backups.restore(backup, restored.get()); },
        [this, path, restored](const Result &result) {
            const Result reopened = m_db.open(path);
            finishProgress();
            if (!reopened) {
                MessageBoxes::critical(m_window, tr("Restore from a backup"), reopened.message());
            } else if (!result) {
                MessageBoxes::critical(m_window, tr("Restore from a backup"), result.message());
            } else {
                m_db.announce(ChangeHub::Area::Everything); // every page reads the restored file
                emit databaseRestored();
                MessageBoxes::information(m_window, tr("Restore from a backup"),
                    tr("The database was restored from the backup (%n household(s)). The database it replaced is "
                       "kept as %1.",
                        nullptr, int(restored->backup.households))
                        .arg(shown(restored->replacedPath)));
            }
            emit idle();
        });
    showProgress(tr("Restoring the database..."));
}
