#include "exchange/roster/ImportProfileRepository.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

ImportProfileRepository::ImportProfileRepository(Database &db)
    : m_db(db)
{ }

Outcome<QStringList> ImportProfileRepository::names() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT name FROM import_profile ORDER BY name")))
        return m_db.readFailure(q.lastError());
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Outcome<std::optional<QString>> ImportProfileRepository::mapping(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(QStringLiteral("SELECT mapping FROM import_profile WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return std::optional<QString>();
    return std::optional(q.value(0).toString());
}

Result ImportProfileRepository::save(const QString &name, const QString &mappingJson)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return Result::rejected(tr("Give the import profile a name."), QStringLiteral("name"));
    const QJsonDocument doc = QJsonDocument::fromJson(mappingJson.toUtf8());
    if (!doc.isObject() || doc.object().isEmpty())
        return Result::rejected(tr("The column mapping is empty."), QStringLiteral("mapping"));
    const Outcome<std::optional<QString>> stored = mapping(n);
    if (!stored)
        return stored.result();
    const std::optional<QString> &before = *stored;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO import_profile (name, mapping, updated_at) VALUES (?, ?, ?) "
                       "ON CONFLICT(name) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at"));
    q.addBindValue(n);
    q.addBindValue(mappingJson);
    q.addBindValue(m_db.now().toString(Qt::ISODate));
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject o, nv;
    if (before)
        o[QStringLiteral("mapping")] = QJsonDocument::fromJson(before->toUtf8()).object();
    nv[QStringLiteral("name")] = n;
    nv[QStringLiteral("mapping")] = doc.object();
    if (!AuditLog(m_db).append(before ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("import_profile"), 0, 0, o, nv, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
