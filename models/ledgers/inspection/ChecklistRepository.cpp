#include "ledgers/inspection/ChecklistRepository.h"

#include "checks/DataChecks.h"
#include "ledgers/LedgerDefaults.h"
#include "ledgers/inspection/InspectionRows.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace InspectionRows;

namespace {

// The code of the shipped checklist (resources/checklists/default.json).
const QString kDefaultCode = QStringLiteral("dibao-self-inspection");

const char *const kTemplateColumns = "id, code, version, name, name_en, created_at";
const char *const kItemColumns = "id, template_id, position, code, link, problem_types, text, text_en, data_check";

} // namespace

ChecklistRepository::ChecklistRepository(Database &db)
    : m_db(db)
{ }

Outcome<QList<ChecklistTemplate>> ChecklistRepository::templates() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT %1 FROM checklist_template ORDER BY id DESC").arg(QLatin1String(kTemplateColumns))))
        return m_db.readFailure(q.lastError());
    QList<ChecklistTemplate> out;
    while (q.next())
        out << templateFrom(q);
    return out;
}

Outcome<ChecklistTemplate> ChecklistRepository::checklistTemplate(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(
            QStringLiteral("SELECT %1 FROM checklist_template WHERE id = ?").arg(QLatin1String(kTemplateColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The checklist no longer exists."));
    ChecklistTemplate t = templateFrom(q);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT %1 FROM checklist_item WHERE template_id = ? ORDER BY position, id")
                        .arg(QLatin1String(kItemColumns)));
    q.addBindValue(id);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next())
        t.items << itemFrom(q);
    return t;
}

Outcome<ChecklistTemplate> ChecklistRepository::latestTemplate(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    const bool prepared
        = q.prepare(QStringLiteral("SELECT id FROM checklist_template WHERE code = ? ORDER BY version DESC LIMIT 1"));
    q.addBindValue(code.isEmpty() ? kDefaultCode : code);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(code.isEmpty()
                ? tr("There is no self-inspection checklist in this database; add a checklist first.")
                : tr("There is no checklist with the code %1 in this database.").arg(code));
    return checklistTemplate(q.value(0).toLongLong());
}

Result ChecklistRepository::saveTemplateVersion(ChecklistTemplate &checklist)
{
    ChecklistTemplate t = checklist;
    t.code = t.code.trimmed();
    t.name = t.name.trimmed();
    t.nameEn = t.nameEn.trimmed();
    if (t.code.isEmpty())
        return Result::rejected(tr("The checklist has no code."), QStringLiteral("code"));
    if (t.name.isEmpty())
        return Result::rejected(tr("Enter the name of the checklist."), QStringLiteral("name"));
    if (t.items.isEmpty())
        return Result::rejected(tr("A checklist needs at least one item."), QStringLiteral("items"));
    const QList<Link> links = allValues<Link>();
    const QList<ProblemType> types = allValues<ProblemType>();
    const QStringList checks = DataChecks::keys();
    QSet<QString> codes;
    for (int i = 0; i < t.items.size(); ++i) {
        ChecklistItem &item = t.items[i];
        item.code = item.code.trimmed();
        item.text = item.text.trimmed();
        item.textEn = item.textEn.trimmed();
        item.dataCheck = item.dataCheck.trimmed();
        item.position = i + 1;
        const QString where = tr("Item %1 (%2)").arg(i + 1).arg(item.code.isEmpty() ? tr("no code") : item.code);
        const QString field = QStringLiteral("items[%1].").arg(i);
        if (item.code.isEmpty())
            return Result::rejected(tr("%1: enter a code for the item.").arg(where), field + QStringLiteral("code"));
        if (codes.contains(item.code))
            return Result::rejected(
                tr("%1: the code %2 is used by another item; each item needs its own code.").arg(where, item.code),
                field + QStringLiteral("code"));
        codes.insert(item.code);
        if (item.text.isEmpty())
            return Result::rejected(tr("%1: the wording is empty.").arg(where), field + QStringLiteral("text"));
        if (!links.contains(item.link))
            return Result::rejected(tr("%1: choose the link (one of the seven links) the item belongs to.").arg(where),
                field + QStringLiteral("link"));
        for (ProblemType type : item.problemTypes) {
            if (!types.contains(type))
                return Result::rejected(
                    tr("%1: an unknown problem type is selected.").arg(where), field + QStringLiteral("problemTypes"));
        }
        if (!item.dataCheck.isEmpty() && !checks.contains(item.dataCheck))
            return Result::rejected(tr("%1: \"%2\" is not a known data check.").arg(where, item.dataCheck),
                field + QStringLiteral("dataCheck"));
    }

    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(max(version), 0) FROM checklist_template WHERE code = ?"));
    q.addBindValue(t.code);
    if (!m_db.exec(q, &error))
        return error;
    t.version = (q.next() ? q.value(0).toInt() : 0) + 1;
    t.createdAt = m_db.now();
    q.prepare(QStringLiteral("INSERT INTO checklist_template (code, version, name, name_en, created_at) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(t.code);
    q.addBindValue(t.version);
    q.addBindValue(t.name);
    q.addBindValue(t.nameEn);
    q.addBindValue(t.createdAt.toString(Qt::ISODateWithMs));
    if (!m_db.exec(q, &error))
        return error;
    t.id = q.lastInsertId().toLongLong();
    q.prepare(QStringLiteral("INSERT INTO checklist_item (template_id, position, code, link, problem_types, text, "
                             "text_en, data_check) VALUES (?,?,?,?,?,?,?,?)"));
    for (ChecklistItem &item : t.items) {
        QStringList typeKeys;
        for (ProblemType type : item.problemTypes)
            typeKeys << key(type);
        item.templateId = t.id;
        q.addBindValue(t.id);
        q.addBindValue(item.position);
        q.addBindValue(item.code);
        q.addBindValue(key(item.link));
        q.addBindValue(typeKeys.join(u','));
        q.addBindValue(item.text);
        q.addBindValue(item.textEn);
        q.addBindValue(item.dataCheck);
        if (!m_db.exec(q, &error))
            return error;
        item.id = q.lastInsertId().toLongLong();
    }
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("checklist_template"), t.id, 0, {},
            LedgerDefaults::templateToJson(t), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    checklist = t;
    return Result::success();
}
