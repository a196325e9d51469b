#pragma once

#include "core/Outcome.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <memory>

class Database;

// The append-only, hash-chained record of every write (操作日志).
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    explicit AuditLog(Database &db);

    // Appends inside the caller's transaction. hash = SHA-256(prev hash | seq | fields...).
    bool append(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
        const QJsonObject &oldValue, const QJsonObject &newValue, Result *error);

    struct Verdict
    {
        bool ok = true;
        qint64 records = 0;
        qint64 firstBadSeq = 0; // the first sequence number altered, removed or out of order
        QString reason; // translated
    };
    Verdict verify() const;
    // The same check on any connection to a database file (a backup opened read-only): reads, never writes.
    static Verdict verify(const QSqlDatabase &connection);

    // For bulk writes inside one transaction: keeps the chain's head in memory and reuses the
    // statement; endBatch() stores the head. Without a batch every append reads the head itself.
    // The records of a batch carry the time the batch began: they are committed together.
    bool beginBatch(Result *error);
    bool endBatch(Result *error);
    // Bulk writers on SQLite, inside a batch: records of new entities (no old value) whose new value is compact
    // JSON text in UTF-8 that already carries auditContext(). chainCreated() computes the hashes of such a run as
    // it will follow the chain's head; it touches no database, so it may run on another thread while the entities
    // are written. appendCreated() then writes the run.
    struct Created
    {
        qint64 entityId = 0;
        qint64 householdId = 0;
        QByteArray newValue;
        QByteArray hash; // by chainCreated()
    };
    void chainCreated(const QString &action, const QString &entity, QList<Created> &records) const;
    bool appendCreated(const QString &action, const QString &entity, const QList<Created> &records, Result *error);

    Outcome<QList<AuditRecord>> forHousehold(qint64 householdId) const;
    Outcome<QList<AuditRecord>> latest(int limit) const; // newest first

    static QString hashOf(const AuditRecord &record);
    // Keeps only the fields that differ, so an update's record reads "amount: 300.00 → 350.00".
    static void diff(const QJsonObject &before, const QJsonObject &after, QJsonObject *oldOut, QJsonObject *newOut);

private:
    Outcome<QList<AuditRecord>> records(QSqlQuery &query) const; // runs a prepared query
    bool loadHead(Result *error);
    bool storeHead(Result *error);

    Database &m_db;
    bool m_batch = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    QDateTime m_batchAt;
    QByteArray m_batchAtText;
    QByteArray m_batchOperator;
    std::unique_ptr<QSqlQuery> m_insert;
};
