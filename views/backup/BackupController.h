#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

class AppSettings;
class BackupJob;
class BackupService;
class Database;
class QAction;
class QLabel;
class QMainWindow;
class QProgressDialog;

// The window's backups: File > Back up... (a verified copy in the backup folder), Restore... (a checked backup
// in place of the database, after the clerk confirms), Backup folder..., the automatic daily backup at start,
// and the last backup's time in the status bar. The work runs on a BackupJob's thread.
// Object names: backUpAction, restoreAction, backupFolderAction, lastBackupLabel, backupProgressDialog.
class BackupController : public QObject
{
    Q_OBJECT

public:
    BackupController(Database &db, AppSettings &settings, QMainWindow *window);
    ~BackupController() override;

    // At start, when the database cannot be opened: offers to restore a backup in its place (the file is kept in
    // the backup folder). True when a backup was restored; a refusal or failure was shown.
    static bool offerRestoreAtStart(const QString &databasePath, const QString &problem, AppSettings &settings);

    QList<QAction *> actions() const;
    QLabel *statusLabel() const { return m_label; }
    QString folder() const;
    // True while a backup, check or restore is under way.
    bool isBusy() const;

public Q_SLOTS:
    void backUp();
    void restore();
    void chooseFolder();
    // The automatic daily backup, when the folder has none of today; in the background.
    void startAutomaticBackup();

Q_SIGNALS:
    // The database was replaced by a backup and is open again: every page reads it anew.
    void databaseRestored();
    // A backup, check or restore has finished (tests wait for it).
    void idle();

private:
    BackupService service() const;
    void showProgress(const QString &text);
    void finishProgress();
    void replaceDatabase(const QString &backup);
    void updateLabel();
    void updateActions();

    Database &m_db;
    AppSettings &m_settings;
    QMainWindow *m_window;
    BackupJob *m_job;
    QAction *m_backUpAction;
    QAction *m_restoreAction;
    QAction *m_folderAction;
    QLabel *m_label;
    QPointer<QProgressDialog> m_progress;
    QString m_failure; // the last automatic backup's failure, while it stands
};
