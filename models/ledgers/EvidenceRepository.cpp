#include "ledgers/EvidenceRepository.h"

#include "core/Sha256.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>

namespace {

const char *const kColumns = "id, owner, owner_id, file_name, sha256, size, added_at, operator";

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(Sha256::hash(bytes).toHex());
}

Evidence evidenceFrom(const QSqlQuery &q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    const QString owner = q.value(1).toString();
    e.owner = owner == QLatin1String("rectification") ? Evidence::Owner::Rectification
        : owner == QLatin1String("complaint")         ? Evidence::Owner::Complaint
                                                      : Evidence::Owner::Answer;
    e.ownerId = q.value(2).toLongLong();
    e.fileName = q.value(3).toString();
    e.sha256 = q.value(4).toString();
    e.size = q.value(5).toLongLong();
    e.addedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    e.operatorName = q.value(7).toString();
    return e;
}

// What the audit log keeps of a file: never its bytes.
QJsonObject evidenceJson(const Evidence &e)
{
    QJsonObject o;
    o[QStringLiteral("name")] = e.fileName;
    o[QStringLiteral("sha256")] = e.sha256;
    o[QStringLiteral("size")] = e.size;
    o[QStringLiteral("owner")] = EvidenceRepository::ownerKey(e.owner);
    o[QStringLiteral("owner_id")] = e.ownerId;
    return o;
}

// Megabytes with one decimal, rounded up so that a file just over the limit never reads as the limit.
QString megabytes(qint64 bytes)
{
    return QString::number(std::ceil(double(bytes) * 10.0 / (1024.0 * 1024.0)) / 10.0, 'f', 1);
}

} // namespace

EvidenceRepository::EvidenceRepository(Database &db)
    : m_db(db)
{ }

QString EvidenceRepository::ownerKey(Evidence::Owner owner)
{
    switch (owner) {
    case Evidence::Owner::Answer:
        return QStringLiteral("answer");
    case Evidence::Owner::Rectification:
        return QStringLiteral("rectification");
    case Evidence::Owner::Complaint:
        return QStringLiteral("complaint");
    }
    return {};
}

Outcome<QList<Evidence>> EvidenceRepository::evidence(Evidence::Owner owner, qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE owner = ? AND owner_id = ? ORDER BY id")
                        .arg(QLatin1String(kColumns)));
    q.addBindValue(ownerKey(owner));
    q.addBindValue(ownerId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    QList<Evidence> out;
    while (q.next())
        out << evidenceFrom(q);
    return out;
}

Result EvidenceRepository::checkWritable(Evidence::Owner owner, qint64 ownerId) const
{
    QSqlQuery q(m_db.connection());
    switch (owner) {
    case Evidence::Owner::Answer:
        q.prepare(QStringLiteral("SELECT r.name, r.closed_at FROM inspection_answer a "
                                 "JOIN inspection r ON r.id = a.inspection_id WHERE a.id = ?"));
        q.addBindValue(ownerId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("the self-inspection answer no longer exists"));
        if (!q.value(1).isNull())
            return Result::rejected(
                tr("the self-inspection \"%1\" was closed on %2 and is read-only")
                    .arg(q.value(0).toString(),
                        QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs).date().toString(Qt::ISODate)));
        break;
    case Evidence::Owner::Rectification:
        q.prepare(QStringLiteral("SELECT status, signed_off_date FROM rectification WHERE id = ?"));
        q.addBindValue(ownerId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("rectification item %1 no longer exists").arg(ownerId));
        if (q.value(0).toString() == QLatin1String("signed_off"))
            return Result::rejected(tr("rectification item %1 was signed off on %2 and is read-only")
                                        .arg(ownerId)
                                        .arg(q.value(1).toString()));
        break;
    case Evidence::Owner::Complaint:
        q.prepare(QStringLiteral("SELECT closed_date FROM complaint WHERE id = ?"));
        q.addBindValue(ownerId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("complaint %1 no longer exists").arg(ownerId));
        if (!q.value(0).isNull())
            return Result::rejected(
                tr("complaint %1 was closed on %2 and is read-only").arg(ownerId).arg(q.value(0).toString()));
        break;
    }
    return Result::success();
}

Result EvidenceRepository::addFile(Evidence::Owner owner, qint64 ownerId, const QString &filePath, Evidence *added)
{
    const QFileInfo info(filePath);
    const QString name = info.fileName();
    const QString shown = QDir::toNativeSeparators(filePath);
    if (!info.exists() || !info.isFile())
        return Result::rejected(
            tr("The file %1 does not exist; nothing was added.").arg(shown), QStringLiteral("file"));
    // The size is checked before reading: a 2 GB video must not be read into memory to be refused.
    if (info.size() == 0)
        return Result::rejected(tr("The file %1 is empty; nothing was added.").arg(name), QStringLiteral("file"));
    if (info.size() > MaxFileBytes)
        return Result::rejected(tr("The file %1 is %2 MB; an evidence file can be at most %3 MB. Save the photo or "
                                   "scan at a lower resolution and add it again.")
                                    .arg(name, megabytes(info.size()))
                                    .arg(MaxFileBytes / (qint64(1024) * 1024)),
            QStringLiteral("file"));
    if (Result r = checkWritable(owner, ownerId); !r)
        return Result::rejected(tr("The file %1 was not added: %2.").arg(name, r.message()), QStringLiteral("owner"));
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result::rejected(
            tr("The file %1 cannot be read (%2); nothing was added.").arg(shown, file.errorString()),
            QStringLiteral("file"));
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.isEmpty() || bytes.size() > MaxFileBytes)
        return Result::rejected(
            tr("The file %1 cannot be read completely (it may be changing); nothing was added.").arg(shown),
            QStringLiteral("file"));

    Evidence e;
    e.owner = owner;
    e.ownerId = ownerId;
    e.fileName = name;
    e.sha256 = sha256Of(bytes);
    e.size = bytes.size();
    e.addedAt = m_db.now();
    e.operatorName = m_db.operatorName();
    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO evidence (owner, owner_id, file_name, sha256, size, content, added_at, "
                             "operator) VALUES (?,?,?,?,?,?,?,?)"));
    q.addBindValue(ownerKey(owner));
    q.addBindValue(ownerId);
    q.addBindValue(e.fileName);
    q.addBindValue(e.sha256);
    q.addBindValue(e.size);
    q.addBindValue(bytes);
    q.addBindValue(e.addedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(e.operatorName);
    if (!m_db.exec(q, &error))
        return error;
    e.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).append(
            QStringLiteral("create"), QStringLiteral("evidence"), e.id, 0, {}, evidenceJson(e), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    if (added)
        *added = e;
    return Result::success();
}

Result EvidenceRepository::remove(qint64 evidenceId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM evidence WHERE id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The evidence file no longer exists."));
    const Evidence e = evidenceFrom(q);
    if (Result r = checkWritable(e.owner, e.ownerId); !r)
        return Result::rejected(tr("The file %1 was not removed: %2.").arg(e.fileName, r.message()));
    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    q.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(
            QStringLiteral("delete"), QStringLiteral("evidence"), e.id, 0, evidenceJson(e), {}, &error))
        return error;
    if (!tx.commit(&error))
        return error;
    return Result::success();
}

Outcome<QByteArray> EvidenceRepository::content(qint64 evidenceId) const
{
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(QStringLiteral("SELECT content FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The evidence file no longer exists."));
    return q.value(0).toByteArray();
}

Result EvidenceRepository::saveCopy(qint64 evidenceId, const QString &path) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT file_name, sha256, content FROM evidence WHERE id = ?"));
    q.addBindValue(evidenceId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The evidence file no longer exists."));
    const QString name = q.value(0).toString();
    const QString expected = q.value(1).toString();
    const QByteArray bytes = q.value(2).toByteArray();
    // Checked before writing, so a damaged copy never leaves the database looking like the proof.
    if (sha256Of(bytes).compare(expected, Qt::CaseInsensitive) != 0)
        return Result::failed(tr("The stored file %1 is damaged (its SHA-256 no longer matches the one recorded "
                                 "when it was added); no copy was written. Restore the database from a backup.")
                                  .arg(name));
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Result::failed(tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), out.errorString()));
    if (out.write(bytes) != bytes.size() || !out.commit())
        return Result::failed(tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), out.errorString()));
    return Result::success();
}
