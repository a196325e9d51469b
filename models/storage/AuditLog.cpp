#include "storage/AuditLog.h"

#include "core/Sha256.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

const QString kTimeFormat = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz");

// What an audited write changed, told to the pages through the file's ChangeHub when the transaction commits. An
// entity not listed here changes Everything: a page reloads once too often rather than shows a stale figure.
QList<ChangeHub::Area> areasOf(QStringView entity)
{
    using Area = ChangeHub::Area;
    static const struct
    {
        const char *entity;
        Area area;
    } kAreas[] = {
        {"household", Area::Roster},
        {"person", Area::Roster},
        {"file", Area::Roster}, // a roster imported
        {"office", Area::Office},
        {"village", Area::Office},
        {"standard", Area::Office},
        {"category_supplement", Area::Office},
        {"import_profile", Area::Office},
        {"checklist_template", Area::Inspection},
        {"inspection", Area::Inspection},
        {"inspection_answer", Area::Inspection},
        {"evidence", Area::Inspection},
        {"evidence", Area::Rectifications}, // evidence belongs to an answer or a rectification
        {"rectification", Area::Rectifications},
        {"complaint", Area::Complaints},
        {"typical_case", Area::Cases},
        {"calendar", Area::Calendar},
        {"calendar_item", Area::Calendar},
        {"calendar_submission", Area::Calendar},
        {"report", Area::Reports},
    };
    QList<ChangeHub::Area> areas;
    for (const auto &a : kAreas) {
        if (entity == QLatin1String(a.entity))
            areas.append(a.area);
    }
    if (areas.isEmpty())
        areas.append(Area::Everything);
    return areas;
}

void announce(Database &db, QStringView entity, qint64 entityId, qint64 householdId)
{
    for (ChangeHub::Area area : areasOf(entity))
        db.announce(area, area == ChangeHub::Area::Roster && householdId > 0 ? householdId : entityId);
}

AuditRecord recordFrom(const QSqlQuery &q)
{
    AuditRecord r;
    r.seq = q.value(0).toLongLong();
    r.at = QDateTime::fromString(q.value(1).toString(), kTimeFormat);
    r.operatorName = q.value(2).toString();
    r.action = q.value(3).toString();
    r.entity = q.value(4).toString();
    r.entityId = q.value(5).toLongLong();
    r.householdId = q.value(6).toLongLong();
    r.oldValue = q.value(7).toString();
    r.newValue = q.value(8).toString();
    r.prevHash = q.value(9).toString();
    r.hash = q.value(10).toString();
    return r;
}

const char *const kColumns
    = "seq, at, operator, action, entity, entity_id, household_id, old_value, new_value, prev_hash, hash";

// SHA-256 (hex) of the fields in UTF-8 joined by unit separators, which keep field boundaries unambiguous:
// prev hash, seq, at, operator, action, entity, entity id, household id, old value, new value.
QByteArray hashOfFields(std::initializer_list<QByteArrayView> fields)
{
    Sha256 sha;
    bool first = true;
    for (const QByteArrayView field : fields) {
        if (!first)
            sha.addData(QByteArrayView("\x1f", 1));
        sha.addData(field);
        first = false;
    }
    return sha.result().toHex();
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{ }

QString AuditLog::hashOf(const AuditRecord &r)
{
    return QString::fromLatin1(hashOfFields({r.prevHash.toUtf8(), QByteArray::number(r.seq),
        r.at.toString(kTimeFormat).toUtf8(), r.operatorName.toUtf8(), r.action.toUtf8(), r.entity.toUtf8(),
        QByteArray::number(r.entityId), QByteArray::number(r.householdId), r.oldValue.toUtf8(), r.newValue.toUtf8()}));
}

bool AuditLog::beginBatch(Result *error)
{
    if (!loadHead(error))
        return false;
    m_batch = true;
    m_batchAt = m_db.now();
    m_batchAtText = m_batchAt.toString(kTimeFormat).toUtf8();
    m_batchOperator = m_db.operatorName().toUtf8();
    return true;
}

bool AuditLog::loadHead(Result *error)
{
    QSqlQuery last(m_db.connection());
    last.prepare(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!m_db.exec(last, error))
        return false;
    m_lastSeq = 0;
    m_lastHash.clear();
    if (last.next()) {
        m_lastSeq = last.value(0).toLongLong();
        m_lastHash = last.value(1).toString();
    }
    return true;
}

bool AuditLog::endBatch(Result *error)
{
    m_batch = false;
    m_insert.reset();
    return storeHead(error);
}

bool AuditLog::storeHead(Result *error)
{
    if (m_lastSeq == 0)
        return true;
    // The head of the chain, so that removing the newest records is noticed too.
    QSqlQuery head(m_db.connection());
    head.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('audit_head', ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    head.addBindValue(QStringLiteral("%1:%2").arg(m_lastSeq).arg(m_lastHash));
    return m_db.exec(head, error);
}

bool AuditLog::append(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
    const QJsonObject &oldValue, const QJsonObject &newValue, Result *error)
{
    Q_ASSERT(m_db.transactionDepth() > 0);
    if (!m_batch && !loadHead(error))
        return false;
    AuditRecord r;
    r.seq = m_lastSeq + 1;
    r.prevHash = m_lastHash;
    r.at = m_batch ? m_batchAt : m_db.now();
    r.operatorName = m_db.operatorName();
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.householdId = householdId;
    QJsonObject after = newValue;
    const QJsonObject context = m_db.auditContext();
    for (auto it = context.begin(); it != context.end(); ++it)
        after.insert(it.key(), it.value());
    r.oldValue = oldValue.isEmpty() ? QString() : compactJson(oldValue);
    r.newValue = after.isEmpty() ? QString() : compactJson(after);
    r.hash = hashOf(r);

    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_db.connection());
        m_insert->prepare(
            QStringLiteral("INSERT INTO audit_log (%1) VALUES (?,?,?,?,?,?,?,?,?,?,?)").arg(QLatin1String(kColumns)));
    }
    QSqlQuery &q = *m_insert;
    q.bindValue(0, r.seq);
    q.bindValue(1, r.at.toString(kTimeFormat));
    q.bindValue(2, r.operatorName);
    q.bindValue(3, r.action);
    q.bindValue(4, r.entity);
    q.bindValue(5, r.entityId);
    q.bindValue(6, householdId > 0 ? QVariant(householdId) : QVariant());
    q.bindValue(7, r.oldValue);
    q.bindValue(8, r.newValue);
    q.bindValue(9, r.prevHash);
    q.bindValue(10, r.hash);
    if (!m_db.exec(q, error))
        return false;
    m_lastSeq = r.seq;
    m_lastHash = r.hash;
    announce(m_db, entity, entityId, householdId);
    return m_batch || storeHead(error);
}

void AuditLog::chainCreated(const QString &action, const QString &entity, QList<Created> &records) const
{
    Q_ASSERT(m_batch);
    const QByteArray actionText = action.toUtf8();
    const QByteArray entityText = entity.toUtf8();
    qint64 seq = m_lastSeq;
    QByteArray prevHash = m_lastHash.toLatin1();
    for (Created &r : records) {
        r.hash
            = hashOfFields({prevHash, QByteArray::number(++seq), m_batchAtText, m_batchOperator, actionText, entityText,
                QByteArray::number(r.entityId), QByteArray::number(r.householdId), QByteArrayView(), r.newValue});
        prevHash = r.hash;
    }
}

bool AuditLog::appendCreated(const QString &action, const QString &entity, const QList<Created> &records, Result *error)
{
    Q_ASSERT(m_batch && m_db.transactionDepth() > 0);
    SqliteStatement q(m_db.connection(),
        "INSERT INTO audit_log (seq, at, operator, action, entity, entity_id, household_id, old_value, new_value, "
        "prev_hash, hash) VALUES (?,?,?,?,?,?,?,'',?,?,?)");
    const QByteArray actionText = action.toUtf8();
    const QByteArray entityText = entity.toUtf8();
    QByteArray prevHash = m_lastHash.toLatin1();
    qint64 seq = m_lastSeq;
    for (const Created &r : records) {
        // Bound without copies: all of them outlive the row's exec().
        q.bind(1, ++seq);
        q.bindUtf8Static(2, m_batchAtText);
        q.bindUtf8Static(3, m_batchOperator);
        q.bindUtf8Static(4, actionText);
        q.bindUtf8Static(5, entityText);
        q.bind(6, r.entityId);
        if (r.householdId > 0)
            q.bind(7, r.householdId);
        else
            q.bindNull(7);
        q.bindUtf8Static(8, r.newValue);
        q.bindUtf8Static(9, prevHash);
        q.bindUtf8Static(10, r.hash);
        if (!q.exec()) {
            if (error)
                *error = m_db.failure(q.lastError());
            return false;
        }
        prevHash = r.hash;
    }
    // Many records at once: the area changed as a whole (no ids to list).
    if (!records.isEmpty())
        announce(m_db, entity, 0, 0);
    m_lastSeq = seq;
    m_lastHash = QString::fromLatin1(prevHash);
    return true;
}

AuditLog::Verdict AuditLog::verify() const
{
    return verify(m_db.connection());
}

AuditLog::Verdict AuditLog::verify(const QSqlDatabase &connection)
{
    Verdict v;
    // Straight from SQLite's rows, hashing the bytes as stored: 240,000 records are checked in a fraction of a second
    // (through QSqlQuery and QString it took seconds, which every backup pays).
    SqliteStatement q(connection,
        "SELECT seq, at, operator, action, entity, entity_id, household_id, old_value, new_value, prev_hash, hash "
        "FROM audit_log ORDER BY seq");
    const auto cannotRead = [&v] {
        v.ok = false;
        v.reason = tr("the audit log cannot be read");
        return v;
    };
    if (!q.isValid())
        return cannotRead();
    const auto field = [&q](int column) {
        const char *text = q.utf8(column); // before bytes(): SQLite's documented order
        return QByteArrayView(text, q.bytes(column));
    };
    qint64 expectedSeq = 1;
    QByteArray prevHash;
    while (q.step()) {
        const qint64 seq = q.int64(0);
        ++v.records;
        if (seq != expectedSeq) {
            v.ok = false;
            v.firstBadSeq = expectedSeq;
            v.reason = tr("record %1 is missing (the next record is %2)").arg(expectedSeq).arg(seq);
            return v;
        }
        const QByteArrayView storedPrev = field(9);
        if (storedPrev != prevHash) {
            v.ok = false;
            v.firstBadSeq = seq;
            v.reason
                = tr("record %1 does not follow record %2: records were removed or reordered").arg(seq).arg(seq - 1);
            return v;
        }
        const QByteArrayView at = field(1);
        const QByteArrayView operatorName = field(2);
        const QByteArrayView action = field(3);
        const QByteArrayView entity = field(4);
        const QByteArrayView oldValue = field(7);
        const QByteArrayView newValue = field(8);
        const QByteArray hash = hashOfFields({storedPrev, QByteArray::number(seq), at, operatorName, action, entity,
            QByteArray::number(q.int64(5)), QByteArray::number(q.isNull(6) ? 0 : q.int64(6)), oldValue, newValue});
        if (hash != field(10)) {
            v.ok = false;
            v.firstBadSeq = seq;
            v.reason = tr("record %1 was altered after it was written").arg(seq);
            return v;
        }
        prevHash = hash;
        ++expectedSeq;
    }
    if (q.errorCode() != 0)
        return cannotRead();
    QSqlQuery head(connection);
    head.prepare(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_head'"));
    QString expectedHead;
    if (!head.exec())
        return cannotRead();
    if (head.next())
        expectedHead = head.value(0).toString();
    const QString actualHead
        = v.records == 0 ? QString() : QStringLiteral("%1:%2").arg(expectedSeq - 1).arg(QLatin1String(prevHash));
    if (expectedHead != actualHead) {
        v.ok = false;
        const qint64 last = expectedSeq - 1;
        const qint64 headSeq = expectedHead.section(u':', 0, 0).toLongLong();
        if (headSeq > last) {
            v.firstBadSeq = last + 1;
            v.reason = tr("record %1 is missing: the log ends at record %2 but record %3 was the last written")
                           .arg(last + 1)
                           .arg(last)
                           .arg(headSeq);
        } else if (headSeq < last) {
            v.firstBadSeq = headSeq + 1;
            v.reason = tr("record %1 was added outside Dibao Workbench").arg(headSeq + 1);
        } else {
            v.firstBadSeq = last;
            v.reason = tr("record %1 was altered after it was written").arg(last);
        }
    }
    return v;
}

Outcome<QList<AuditRecord>> AuditLog::forHousehold(qint64 householdId) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM audit_log WHERE household_id = ? ORDER BY seq")
                       .arg(QLatin1String(kColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(householdId);
    return records(q);
}

Outcome<QList<AuditRecord>> AuditLog::latest(int limit) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(QLatin1String(kColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(limit);
    return records(q);
}

Outcome<QList<AuditRecord>> AuditLog::records(QSqlQuery &q) const
{
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    QList<AuditRecord> out;
    while (q.next())
        out.append(recordFrom(q));
    return out;
}

void AuditLog::diff(const QJsonObject &before, const QJsonObject &after, QJsonObject *oldOut, QJsonObject *newOut)
{
    QSet<QString> keys;
    for (auto it = before.begin(); it != before.end(); ++it)
        keys.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        keys.insert(it.key());
    for (const QString &k : keys) {
        if (before.value(k) != after.value(k)) {
            if (before.contains(k))
                (*oldOut)[k] = before.value(k);
            if (after.contains(k))
                (*newOut)[k] = after.value(k);
        }
    }
}
