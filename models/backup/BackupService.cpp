#include "backup/BackupService.h"

#include "backup/BackupRotation.h"
#include "backup/DurableFile.h"
#include "backup/FileConnection.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <sqlite3.h>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// For temporary files: unique among programs writing to the same folder.
QString randomTag()
{
    return QUuid::createUuid().toString(QUuid::Id128).left(12);
}

const QString kPartMarker = QStringLiteral(".part-");

} // namespace

BackupService::BackupService(const QString &databasePath, const QString &folder)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(QFileInfo(folder).absoluteFilePath())
{ }

QString BackupService::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("backups"));
}

QDateTime BackupService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Result BackupService::ensureFolder() const
{
    if (!QDir().mkpath(m_folder))
        return Result::failed(tr("Cannot create the backup folder %1. Choose another folder.").arg(shown(m_folder)));
    return Result::success();
}

QString BackupService::freshPath(BackupFile::Kind kind) const
{
    const QDateTime made = now();
    const QDir dir(m_folder);
    for (int sequence = 1;; ++sequence) {
        QString path = dir.filePath(BackupFile::fileName(kind, made, sequence));
        if (!QFileInfo::exists(path))
            return path;
    }
}

Result BackupService::create(BackupFile::Kind kind, BackupFile *made) const
{
    const QString database = shown(m_databasePath);
    if (!QFileInfo(m_databasePath).isFile())
        return Result::failed(tr("There is no database at %1 to back up.").arg(database));
    if (Result r = ensureFolder(); !r)
        return r;
    const QString target = freshPath(kind);
    const QString temp = target + kPartMarker + randomTag();
    const auto abandon = [&](const Result &r) {
        QFile::remove(temp);
        return r;
    };
    {
        // A consistent snapshot even while the window writes: VACUUM INTO reads in one transaction.
        FileConnection source(m_databasePath, FileConnection::Mode::Existing);
        if (!source.isOpen())
            return Result::failed(tr("Cannot open the database %1 (%2).").arg(database, source.errorText()));
        QSqlQuery q(source.database());
        q.prepare(QStringLiteral("VACUUM INTO ?"));
        q.addBindValue(temp);
        if (!q.exec()) {
            const QSqlError error = q.lastError();
            if (Database::sqliteResultCode(error) == SQLITE_FULL)
                return abandon(Result::failed(tr("The disk is full: no backup could be written to %1. Free some "
                                                 "space or choose another backup folder.")
                                                  .arg(shown(m_folder))));
            return abandon(Result::failed(
                tr("No backup could be written to %1 (%2).").arg(shown(m_folder), error.databaseText())));
        }
    }
    // VACUUM INTO does not sync what it wrote.
    if (Result r = DurableFile::sync(temp); !r)
        return abandon(r);
    if (Result r = DurableFile::syncFolder(m_folder); !r)
        return abandon(r);
    const BackupVerifier::Report check = BackupVerifier::verify(temp, m_databasePath);
    if (!check.result) {
        const QString message = tr("No backup was made: %1").arg(check.result.message());
        return abandon(
            check.result.kind() == Result::Kind::Rejected ? Result::rejected(message) : Result::failed(message));
    }
    // Never over another file: two backups in the same second get different names.
    if (!QFile::rename(temp, target))
        return abandon(Result::failed(tr("Cannot rename %1 to %2.").arg(shown(temp), shown(target))));
    if (Result r = DurableFile::syncFolder(m_folder); !r)
        return r;
    if (made) {
        if (const std::optional<BackupFile> file = BackupFile::fromPath(target))
            *made = *file;
    }
    return Result::success();
}

bool BackupService::automaticBackupDue() const
{
    const QDate today = now().date();
    const Outcome<QList<BackupFile>> listed = list();
    if (!listed)
        return true; // create() meets the same folder and reports what is wrong with it
    const QList<BackupFile> &files = *listed;
    return std::none_of(files.begin(), files.end(),
        [&](const BackupFile &f) { return f.kind == BackupFile::Kind::Automatic && f.made.date() == today; });
}

Result BackupService::createAutomatic(BackupFile *made, QStringList *removed) const
{
    if (Result r = create(BackupFile::Kind::Automatic, made); !r)
        return r;
    return rotate(removed);
}

Result BackupService::rotate(QStringList *removed) const
{
    const Outcome<QList<BackupFile>> listed = list();
    if (!listed)
        return listed.result();
    QStringList failed;
    for (const BackupFile &f : BackupRotation::expired(*listed)) {
        if (QFile::remove(f.path)) {
            if (removed)
                removed->append(f.path);
        } else {
            failed.append(shown(f.path));
        }
    }
    // What an interrupted backup left (a power cut during VACUUM INTO): never a backup, safe to remove a day later.
    const QDateTime dayAgo = QDateTime::currentDateTime().addDays(-1);
    const QFileInfoList parts = QDir(m_folder).entryInfoList(
        {QStringLiteral("*.sqlite") + kPartMarker + QStringLiteral("*")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &part : parts) {
        if (part.lastModified() < dayAgo)
            QFile::remove(part.absoluteFilePath());
    }
    if (!failed.isEmpty())
        return Result::failed(
            tr("Old automatic backups could not be removed: %1.").arg(failed.join(QStringLiteral(", "))));
    return Result::success();
}

Outcome<QList<BackupFile>> BackupService::list() const
{
    QList<BackupFile> out;
    const QFileInfo folder(m_folder);
    if (!folder.exists())
        return out; // no backup made yet
    // QDir lists an unreadable folder as an empty one: that must not read as "no backups".
    if (!folder.isDir() || !folder.isReadable() || !folder.isExecutable())
        return Result::failed(tr("The backup folder %1 cannot be read, so its backups cannot be listed. Check that it "
                                 "is a folder you may open, or choose another backup folder.")
                                  .arg(shown(m_folder)));
    const QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QFileInfo &info : files) {
        if (const std::optional<BackupFile> file = BackupFile::fromPath(info.absoluteFilePath()))
            out.append(*file);
    }
    std::sort(out.begin(), out.end(), &BackupFile::newerFirst);
    return out;
}

Outcome<std::optional<BackupFile>> BackupService::latest() const
{
    const Outcome<QList<BackupFile>> files = list();
    if (!files)
        return files.result();
    for (const BackupFile &f : *files) {
        if (f.kind != BackupFile::Kind::Replaced)
            return std::optional(f);
    }
    return std::optional<BackupFile>();
}

Result BackupService::takeOutOfUse() const
{
    FileConnection current(m_databasePath, FileConnection::Mode::Existing);
    if (!current.isOpen())
        return Result::success(); // unreadable: kept as it is below
    QSqlQuery q(current.database());
    q.exec(QStringLiteral("PRAGMA busy_timeout = 2000"));
    // In exclusive locking mode the first read takes the file's exclusive lock, which SQLite grants only when no
    // other connection has a WAL database open; the checkpoint then leaves nothing in the log. The file itself is
    // not rewritten, so the copy kept of it is the database as it was.
    bool ok = q.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE")) && q.exec(QStringLiteral("BEGIN EXCLUSIVE"))
        && q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && q.next();
    q.finish();
    ok = ok && q.exec(QStringLiteral("COMMIT")) && q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next()
        && q.value(0).toInt() == 0;
    if (ok)
        return Result::success();
    const int code = Database::sqliteResultCode(q.lastError());
    // Another connection holds the file: replacing it now would mix two databases.
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || q.lastError().type() == QSqlError::NoError)
        return Result::failed(tr("The database %1 is open in another Dibao Workbench window or program. Close it "
                                 "and try again.")
                                  .arg(shown(m_databasePath)));
    return Result::success(); // a damaged database is what a restore is for: it is kept as it is
}

Result BackupService::restore(const QString &path, Restored *restored) const
{
    const QString database = shown(m_databasePath);
    const auto unchanged = [&](const Result &r) {
        const QString message = tr("%1 The database %2 was not changed.").arg(r.message(), database);
        return r.kind() == Result::Kind::Rejected ? Result::rejected(message) : Result::failed(message);
    };
    if (Result r = BackupVerifier::checkFile(path); !r)
        return unchanged(r);
    const QFileInfo source(path);
    const QFileInfo target(m_databasePath);
    if (target.exists() && source.canonicalFilePath() == target.canonicalFilePath())
        return unchanged(Result::rejected(tr("%1 is the database itself, not a backup of it.").arg(shown(path))));
    const QString databaseFolder = target.absolutePath();
    if (!QFileInfo(databaseFolder).isDir())
        return Result::failed(tr("The folder %1 does not exist.").arg(shown(databaseFolder)));

    // The copy that will become the database is the one checked: what is renamed into place is what was verified.
    const QString temp
        = QDir(databaseFolder).filePath(QStringLiteral(".%1.restoring-%2").arg(target.fileName(), randomTag()));
    const auto abandon = [&](const Result &r) {
        QFile::remove(temp);
        return unchanged(r);
    };
    if (Result r = DurableFile::copy(path, temp); !r)
        return abandon(r);
    Restored out;
    out.backup = BackupVerifier::verify(temp, path);
    if (!out.backup.result)
        return abandon(out.backup.result);

    if (target.exists()) {
        if (Result r = ensureFolder(); !r)
            return abandon(r);
        if (Result r = takeOutOfUse(); !r)
            return abandon(r);
        // Nothing of it is left in a write-ahead log now; a damaged database keeps its log beside the copy.
        out.replacedPath = freshPath(BackupFile::Kind::Replaced);
        const QString part = out.replacedPath + kPartMarker + randomTag();
        if (Result r = DurableFile::copy(m_databasePath, part); !r)
            return abandon(r);
        if (!QFile::rename(part, out.replacedPath)) {
            QFile::remove(part);
            return abandon(Result::failed(tr("Cannot rename %1 to %2.").arg(shown(part), shown(out.replacedPath))));
        }
        const QFileInfo wal(m_databasePath + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0)
            DurableFile::copy(wal.filePath(), out.replacedPath + QStringLiteral("-wal"));
        if (Result r = DurableFile::syncFolder(m_folder); !r)
            return abandon(r);
    }
    // A log or journal left beside the path would be applied to the restored file.
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(m_databasePath + QLatin1String(suffix));
    if (Result r = DurableFile::replace(temp, m_databasePath); !r)
        return abandon(r);
    if (Result r = DurableFile::syncFolder(databaseFolder); !r)
        return r;
    if (restored)
        *restored = out;
    return Result::success();
}
