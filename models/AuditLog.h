#pragma once

#include "Result.h"
#include "RosterTypes.h"

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

    // For bulk writes inside one transaction: keeps the chain's head in memory and reuses the
    // statement; endBatch() stores the head. Without a batch every append reads the head itself.
    bool beginBatch(Result *error);
    bool endBatch(Result *error);

    QList<AuditRecord> forHousehold(qint64 householdId) const;
    QList<AuditRecord> latest(int limit) const;

    static QString hashOf(const AuditRecord &record);

private:
    bool loadHead(Result *error);
    bool storeHead(Result *error);

    Database &m_db;
    bool m_batch = false;
    qint64 m_lastSeq = 0;
    QString m_lastHash;
    std::unique_ptr<QSqlQuery> m_insert;
};
