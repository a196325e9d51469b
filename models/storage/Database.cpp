#include "storage/Database.h"

#include "storage/SqliteStatement.h"
#include "storage/WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>
#include <sqlite3.h>

namespace {

bool looksLikeSqlite(const QString &path, bool *empty)
{
    QFile f(path);
    *empty = false;
    if (!f.open(QIODevice::ReadOnly))
        return true; // unreadable is reported by the driver
    const QByteArray head = f.read(16);
    if (head.isEmpty()) {
        *empty = true;
        return true;
    }
    return head == QByteArray("SQLite format 3\0", 16);
}

} // namespace

Database::Database()
    : m_connectionName(QStringLiteral("dibao-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("dibao.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QDateTime Database::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

Result Database::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    bool empty = false;
    if (info.exists()) {
        if (info.isDir())
            return Result::failed(tr("%1 is a folder, not a database file.").arg(path));
        if (!looksLikeSqlite(path, &empty))
            return Result::failed(tr("%1 is not a Dibao Workbench database (it is not an SQLite file). "
                                     "The file was left as it is; choose another file.")
                                      .arg(path));
    } else {
        const QDir dir = info.absoluteDir();
        if (!dir.exists())
            return Result::failed(tr("The folder %1 does not exist.").arg(dir.path()));
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return Result::failed(tr("Cannot create the database %1: the folder is read-only or full (%2).")
                                      .arg(path, probe.errorString()));
        probe.close();
        QFile::remove(path);
    }

    // SQLite keeps memory statistics under a process-wide lock taken on every allocation; nothing here reads
    // them. Only possible before SQLite's first use in the process (later it is refused, harmlessly).
    static const bool noMemoryStatistics = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
    Q_UNUSED(noMemoryStatistics)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open()) {
            const QString text = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return Result::failed(tr("Cannot open the database %1 (%2).").arg(path, text));
        }
    }
    m_path = path;
    // The same hub again for the same file (subscribers stay connected across a restore's close and open).
    if (std::shared_ptr<ChangeHub> hub = ChangeHub::forFile(path); hub != m_hub)
        m_hub = std::move(hub);
    static std::atomic<quint64> opened {0};
    m_openId = ++opened;
    // Reading the schema is the first thing that fails on a damaged file.
    bool readable = false;
    {
        QSqlQuery check(connection());
        readable = check.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && check.next();
    }
    if (!readable) {
        close();
        return Result::failed(tr("The database %1 is damaged and cannot be read. Restore it from a backup (Dibao "
                                 "Workbench offers to at start; or dibao-cli backup restore FILE).")
                                  .arg(path));
    }
    const int version = fileSchemaVersion();
    if (version > SchemaVersion) {
        close();
        return Result::failed(tr("The database %1 was written by a newer version of Dibao Workbench (schema %2; "
                                 "this program knows %3). Install the newer version; the file was not changed.")
                                  .arg(path)
                                  .arg(version)
                                  .arg(SchemaVersion));
    }
    Result r = applyPragmas();
    if (r)
        r = migrate();
    if (!r) {
        close();
        return r;
    }
    if (sqlite3 *handle = SqliteStatement::handle(connection()))
        m_checkpointer = std::make_unique<WalCheckpointer>(handle);
    return Result::success();
}

void Database::waitForCheckpoint()
{
    if (m_checkpointer)
        m_checkpointer->waitUntilIdle();
}

void Database::close()
{
    m_checkpointer.reset(); // before the connection: the last one to close checkpoints what is left
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (m_depth > 0) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("ROLLBACK"));
            m_depth = 0;
            m_pending.clear();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Database::fileSchemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next()) {
        const int version = q.value(0).toInt();
        q.finish();
        return version;
    }
    return -1;
}

Result Database::applyPragmas()
{
    QSqlQuery q(connection());
    // WAL lets a second instance read while one writes; writes queue through BEGIN IMMEDIATE.
    const QString pragmas[] = {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA journal_mode = WAL"),
        QStringLiteral("PRAGMA synchronous = FULL"), QStringLiteral("PRAGMA busy_timeout = 10000"),
        // Searches as one types touch many index pages: keep them in memory.
        QStringLiteral("PRAGMA cache_size = -32768")};
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return failure(q.lastError());
    }
    return Result::success();
}

Result Database::migrate()
{
    const int version = fileSchemaVersion();
    if (version == SchemaVersion)
        return Result::success();
    Result error;
    if (!begin(&error))
        return error;
    QSqlQuery q(connection());
    // Re-read inside the write lock: another instance may have migrated meanwhile.
    const int current = fileSchemaVersion();
    for (const Migration &step : Migrations::all()) {
        if (step.version <= current)
            continue;
        for (const char *statement : step.statements) {
            if (!q.exec(QString::fromUtf8(statement))) {
                Result r = failure(q.lastError());
                rollback();
                return r;
            }
        }
        if (step.after) {
            if (Result r = step.after(*this, q); !r) {
                rollback();
                return r;
            }
        }
    }
    if (current < SchemaVersion && !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))) {
        Result r = failure(q.lastError());
        rollback();
        return r;
    }
    if (!commit(&error))
        return error;
    return Result::success();
}

void Database::setBusyTimeout(int milliseconds)
{
    QSqlQuery q(connection());
    q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

bool Database::exec(QSqlQuery &query, Result *error) const
{
    // A null QString would be stored as NULL; text columns hold '' instead. NULL is bound as QVariant().
    const QVariantList values = query.boundValues();
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].metaType().id() == QMetaType::QString && values[i].toString().isNull())
            query.bindValue(int(i), QStringLiteral(""));
    }
    if (query.exec())
        return true;
    if (error)
        *error = failure(query.lastError());
    return false;
}

Result Database::failure(const QSqlError &error) const
{
    const QString text = error.text();
    const int code = sqliteResultCode(error);
    if (code == SQLITE_FULL || text.contains(QLatin1String("disk is full"), Qt::CaseInsensitive))
        return Result::failed(tr("The disk is full: the change was not saved and nothing was lost. "
                                 "Free some space and try again."));
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Result::failed(tr("The database is in use by another Dibao Workbench window or program and "
                                 "did not become free in time; nothing was saved. Try again in a moment."));
    if (code == SQLITE_READONLY)
        return Result::failed(tr("The database file is read-only: nothing was saved. Copy it to a writable "
                                 "folder or ask for write permission."));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return Result::failed(tr("The database file is damaged; nothing was saved. Restore it from a backup "
                                 "(File > Restore from a backup..., or dibao-cli backup restore FILE)."));
    if (code == SQLITE_IOERR)
        return Result::failed(tr("The disk could not be written (input/output error); nothing was saved."));
    if (code == SQLITE_CONSTRAINT)
        return Result::rejected(
            tr("The change conflicts with data already on file (%1); nothing was saved.").arg(error.databaseText()));
    return Result::failed(tr("The database reported an error; nothing was saved (%1).").arg(text));
}

int Database::sqliteResultCode(const QSqlError &error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

Result Database::readFailure(const QSqlError &error) const
{
    const int code = sqliteResultCode(error);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
        return Result::failed(tr("The database is in use by another Dibao Workbench window or program and did not "
                                 "become free in time, so the records could not be read. Try again in a moment."));
    if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
        return Result::failed(tr("The database file is damaged: the records could not be read. Restore it from a "
                                 "backup (File > Restore from a backup..., or dibao-cli backup restore FILE)."));
    // Anything else (a table missing from a file changed by another program): nothing is shown in place of the
    // records, and SQLite's own words are kept for whoever looks into it.
    return Result::failed(tr("The records could not be read from the database %1 (%2). Nothing is shown in "
                             "their place; if it happens again, restore the database from a backup.")
                              .arg(QDir::toNativeSeparators(m_path), error.databaseText()));
}

bool Database::begin(Result *error)
{
    QSqlQuery q(connection());
    const QString sql
        = m_depth == 0 ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT sp%1").arg(m_depth);
    if (!q.exec(sql)) {
        if (error)
            *error = failure(q.lastError());
        return false;
    }
    ++m_depth;
    m_pending.append(QHash<ChangeHub::Area, QSet<qint64>>());
    return true;
}

void Database::announce(ChangeHub::Area area, qint64 id)
{
    if (m_pending.isEmpty()) {
        if (m_hub)
            m_hub->publish(area, id > 0 ? QSet<qint64> {id} : QSet<qint64>());
        return;
    }
    m_pending.last()[area].insert(id > 0 ? id : 0);
}

bool Database::commit(Result *error)
{
    if (m_depth <= 0)
        return false;
    QSqlQuery q(connection());
    const QString sql
        = m_depth == 1 ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1);
    if (!q.exec(sql)) {
        if (error)
            *error = failure(q.lastError());
        rollback();
        return false;
    }
    --m_depth;
    // A savepoint's announcements join the transaction's; the outermost commit tells them.
    QHash<ChangeHub::Area, QSet<qint64>> done = m_pending.takeLast();
    if (!m_pending.isEmpty()) {
        for (auto it = done.begin(); it != done.end(); ++it)
            m_pending.last()[it.key()].unite(it.value());
    } else if (m_hub) {
        for (auto it = done.begin(); it != done.end(); ++it)
            m_hub->publish(it.key(), it.value().contains(0) ? QSet<qint64>() : it.value());
    }
    return true;
}

void Database::rollback()
{
    if (m_depth <= 0)
        return;
    QSqlQuery q(connection());
    if (m_depth == 1) {
        q.exec(QStringLiteral("ROLLBACK"));
    } else {
        q.exec(QStringLiteral("ROLLBACK TO SAVEPOINT sp%1").arg(m_depth - 1));
        q.exec(QStringLiteral("RELEASE SAVEPOINT sp%1").arg(m_depth - 1));
    }
    --m_depth;
    if (!m_pending.isEmpty())
        m_pending.removeLast(); // what the rolled-back part announced did not happen
}
