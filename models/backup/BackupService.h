#pragma once

#include "backup/BackupFile.h"
#include "backup/BackupVerifier.h"
#include "core/Outcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// Backups of one database file into one folder (DESIGN.md §5). Works on the files through connections of its
// own, so it runs on any thread while the window keeps its connection; restore() needs the caller's connection
// closed.
//
// create(): VACUUM INTO a temporary file in the folder, fsync it and the folder, check the copy (integrity and
// audit chain, read-only), then rename it into place. restore(): copy the backup beside the database, check the
// copy, keep the current database in the folder as replaced-dibao-….sqlite, then rename the copy over it. Any
// refusal leaves the current database as it was, byte for byte.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    BackupService(const QString &databasePath, const QString &folder);

    // AppDataLocation/backups: beside the default database, never on a network share.
    static QString defaultFolder();

    QString databasePath() const { return m_databasePath; }
    QString folder() const { return m_folder; }

    // The clock that names the files and says which day it is; tests fix it.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    QDateTime now() const;

    // Makes a verified backup of the database; *made describes it.
    Result create(BackupFile::Kind kind, BackupFile *made = nullptr) const;
    // True when the folder holds no automatic backup dated today (or cannot be listed: the backup then says why).
    bool automaticBackupDue() const;
    // The automatic daily backup: create(Automatic), then rotate().
    Result createAutomatic(BackupFile *made = nullptr, QStringList *removed = nullptr) const;
    // Removes the automatic backups BackupRotation lets go, and temporary files left by an interrupted backup.
    Result rotate(QStringList *removed = nullptr) const;

    // The backups in the folder, newest first; none when the folder does not exist yet. Failed when the folder
    // cannot be listed (not a folder, no permission to read it).
    Outcome<QList<BackupFile>> list() const;
    // The newest backup that is not a replaced database; none when there is none.
    Outcome<std::optional<BackupFile>> latest() const;

    struct Restored
    {
        BackupVerifier::Report backup;
        QString replacedPath; // where the database that was replaced is kept (empty: there was none)
    };
    // Puts the backup at path in place of the database. The caller's connections to it must be closed.
    Result restore(const QString &path, Restored *restored = nullptr) const;

private:
    // A file name in the folder not taken yet.
    QString freshPath(BackupFile::Kind kind) const;
    Result ensureFolder() const;
    // Makes sure no other connection has the database open and merges its write-ahead log into the file.
    Result takeOutOfUse() const;

    QString m_databasePath;
    QString m_folder;
    std::function<QDateTime()> m_clock;
};
