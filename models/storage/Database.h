#pragma once

#include "core/Result.h"
#include "storage/ChangeHub.h"
#include "storage/migrations/Migrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class QSqlError;
class QSqlQuery;
class WalCheckpointer;

// One office's SQLite file: opening, pragmas, migrations, transactions and the operator's name.
// Each instance owns its own connection, so a worker thread opens its own Database.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr int SchemaVersion = Migrations::LatestVersion;

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if missing) and migrates. Refuses non-SQLite, corrupt and newer files untouched.
    Result open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // Different for every open() in the process: SQLite's data_version starts afresh on each connection, so a
    // cache keyed by it compares this too (a restored file is reopened under the same connection name).
    quint64 openId() const { return m_openId; }
    QSqlDatabase connection() const;
    int fileSchemaVersion() const;
    // The write-ahead log is copied into the file off the committing thread (WalCheckpointer); this waits for
    // a copy under way (a benchmark's figure, a test).
    void waitForCheckpoint();

    // The GUI's default: AppDataLocation/dibao.sqlite.
    static QString defaultPath();

    QString operatorName() const { return m_operator; }
    void setOperatorName(const QString &name) { m_operator = name; }

    // How long a write waits for another program's write to finish before giving up.
    void setBusyTimeout(int milliseconds);

    // Extra keys every audit record of this connection carries while set (e.g. the imported file and its
    // SHA-256), so a bulk change is traceable to its source.
    void setAuditContext(const QJsonObject &context) { m_auditContext = context; }
    QJsonObject auditContext() const { return m_auditContext; }

    // The clock used for audit times and "today"; tests fix it.
    QDateTime now() const;
    QDate today() const { return now().date(); }
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Runs a prepared statement; on failure fills *error with a clerk-readable message.
    bool exec(QSqlQuery &query, Result *error) const;
    // Turns a driver error into words for the clerk (disk full, database busy, read-only...).
    Result failure(const QSqlError &error) const;
    // A read that failed, in the clerk's words: what could not be read and what to do (a read changes nothing).
    Result readFailure(const QSqlError &error) const;
    // SQLite's primary result code of a driver error (SQLITE_BUSY, SQLITE_CORRUPT, ...; extended codes keep the
    // primary in their low byte), 0 when the error did not come from SQLite.
    static int sqliteResultCode(const QSqlError &error);

    // What changed, told to the file's ChangeHub once the outermost transaction commits (at once outside a
    // transaction); forgotten if it rolls back. id 0: the area as a whole (many records, or unknown ones).
    void announce(ChangeHub::Area area, qint64 id = 0);
    // The hub of this database's file, for pages and charts to subscribe to; kept across close() and open() of the
    // same file (a restore).
    ChangeHub *changes() const { return m_hub.get(); }

    // Transactions nest: the outermost is BEGIN IMMEDIATE (writers queue up behind each other);
    // inner ones are savepoints.
    bool begin(Result *error);
    bool commit(Result *error);
    void rollback();
    int transactionDepth() const { return m_depth; }

private:
    Result migrate();
    Result applyPragmas();

    QString m_connectionName;
    QString m_path;
    QString m_operator;
    std::function<QDateTime()> m_clock;
    QJsonObject m_auditContext;
    int m_depth = 0;
    std::shared_ptr<ChangeHub> m_hub;
    // Announcements of the open transactions, one level per depth (savepoints roll back their own).
    QList<QHash<ChangeHub::Area, QSet<qint64>>> m_pending;
    quint64 m_openId = 0;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
};
