#include "ledgers/inspection/InspectionRepository.h"

#include "checks/DataChecks.h"
#include "ledgers/EvidenceRepository.h"
#include "ledgers/LedgerDefaults.h"
#include "ledgers/inspection/InspectionRows.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace Domain;
using namespace InspectionRows;
using namespace RosterRecords;

InspectionRepository::InspectionRepository(Database &db)
    : m_db(db)
{ }

// ---- templates ----------------------------------------------------------------------------------------------------

Result InspectionRepository::saveTemplateVersion(ChecklistTemplate &checklist)
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

// ---- inspections --------------------------------------------------------------------------------------------------

namespace {

Result checkInspectionFields(const Inspection &i)
{
    if (i.name.trimmed().isEmpty())
        return Result::rejected(
            InspectionRepository::tr("Enter a name for the self-inspection, e.g. \"2026年自查自纠\"."),
            QStringLiteral("name"));
    if (!i.period.isValid())
        return Result::rejected(
            InspectionRepository::tr("Choose the month the self-inspection covers."), QStringLiteral("period"));
    if (!i.date.isValid())
        return Result::rejected(
            InspectionRepository::tr("Enter the date of the self-inspection."), QStringLiteral("date"));
    return Result::success();
}

} // namespace

Result InspectionRepository::createInspection(Inspection &inspection)
{
    Inspection i = inspection;
    i.name = i.name.trimmed();
    i.participants = i.participants.trimmed();
    i.closedAt = {};
    i.closedBy.clear();
    if (Result r = checkInspectionFields(i); !r)
        return r;
    if (Result r = checkTemplate(&i.templateId); !r)
        return r;
    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO inspection (template_id, name, period, inspection_date, participants) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(i.templateId);
    q.addBindValue(i.name);
    q.addBindValue(i.period.toString());
    q.addBindValue(i.date.toString(Qt::ISODate));
    q.addBindValue(i.participants);
    if (!m_db.exec(q, &error))
        return error;
    i.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).append(
            QStringLiteral("create"), QStringLiteral("inspection"), i.id, 0, {}, inspectionJson(i), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    inspection = i;
    return Result::success();
}

Result InspectionRepository::checkTemplate(qint64 *templateId) const
{
    // A checklist that could not be read is the read's failure; one that is not there is refused.
    const Outcome<ChecklistTemplate> checklist = *templateId == 0 ? latestTemplate() : checklistTemplate(*templateId);
    if (checklist.result().kind() == Result::Kind::Failed)
        return checklist.result();
    if (!checklist)
        return Result::rejected(*templateId == 0
                ? tr("There is no self-inspection checklist in this database; add a checklist first.")
                : tr("The chosen checklist no longer exists."),
            QStringLiteral("template"));
    *templateId = checklist->id;
    return Result::success();
}

Result InspectionRepository::checkOpen(qint64 inspectionId, Inspection *run) const
{
    const Outcome<Inspection> stored = inspection(inspectionId);
    if (!stored)
        return stored.result(); // rejected: the self-inspection no longer exists
    if (stored->isClosed())
        return Result::rejected(tr("The self-inspection \"%1\" was closed on %2 and is read-only; nothing was changed.")
                                    .arg(stored->name, stored->closedAt.date().toString(Qt::ISODate)));
    if (run)
        *run = *stored;
    return Result::success();
}

Result InspectionRepository::updateInspection(const Inspection &inspection)
{
    Inspection before;
    if (Result r = checkOpen(inspection.id, &before); !r)
        return r;
    Inspection i = inspection;
    i.name = i.name.trimmed();
    i.participants = i.participants.trimmed();
    i.closedAt = {};
    i.closedBy.clear();
    if (i.templateId == 0)
        i.templateId = before.templateId;
    if (Result r = checkInspectionFields(i); !r)
        return r;
    if (i.templateId != before.templateId) {
        // Answers belong to the items of one template; the checklist can change only before the first answer.
        QSqlQuery a(m_db.connection());
        a.prepare(QStringLiteral("SELECT 1 FROM inspection_answer WHERE inspection_id = ? LIMIT 1"));
        a.addBindValue(i.id);
        if (!a.exec())
            return m_db.readFailure(a.lastError());
        if (a.next())
            return Result::rejected(
                tr("The self-inspection \"%1\" already has answers; its checklist can no longer be changed.")
                    .arg(before.name),
                QStringLiteral("template"));
        if (Result r = checkTemplate(&i.templateId); !r)
            return r;
    }
    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE inspection SET template_id = ?, name = ?, period = ?, inspection_date = ?, "
                             "participants = ? WHERE id = ? AND closed_at IS NULL"));
    q.addBindValue(i.templateId);
    q.addBindValue(i.name);
    q.addBindValue(i.period.toString());
    q.addBindValue(i.date.toString(Qt::ISODate));
    q.addBindValue(i.participants);
    q.addBindValue(i.id);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("inspection"), i.id, 0, inspectionJson(before),
            inspectionJson(i), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    return Result::success();
}

Result InspectionRepository::closeInspection(qint64 id)
{
    Inspection before;
    if (Result r = checkOpen(id, &before); !r)
        return r;
    Inspection after = before;
    after.closedAt = m_db.now();
    after.closedBy = m_db.operatorName();
    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE inspection SET closed_at = ?, closed_by = ? WHERE id = ? AND closed_at IS NULL"));
    q.addBindValue(after.closedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(after.closedBy);
    q.addBindValue(id);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(QStringLiteral("close"), QStringLiteral("inspection"), id, 0, inspectionJson(before),
            inspectionJson(after), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    return Result::success();
}

// ---- answers ------------------------------------------------------------------------------------------------------

Result InspectionRepository::saveAnswer(InspectionAnswer &answer)
{
    InspectionAnswer a = answer;
    if (a.id > 0) {
        const Outcome<InspectionAnswer> stored = this->answer(a.id);
        if (!stored)
            return stored.result(); // rejected: the answer no longer exists
        a.inspectionId = stored->inspectionId;
        a.itemId = stored->itemId;
    }
    if (Result r = checkOpen(a.inspectionId); !r)
        return r;
    a.description = a.description.trimmed();
    a.responsible = a.responsible.trimmed();

    // The item must be one of the run's checklist.
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.code FROM checklist_item i JOIN inspection r ON r.template_id = i.template_id "
                             "WHERE r.id = ? AND i.id = ?"));
    q.addBindValue(a.inspectionId);
    q.addBindValue(a.itemId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(
            tr("The item is not part of this self-inspection's checklist."), QStringLiteral("item"));
    const QString itemCode = q.value(0).toString();
    if (a.result == InspectionResult::Problem && a.description.isEmpty())
        return Result::rejected(
            tr("Item %1: describe the problem found (what, where, which households).").arg(itemCode),
            QStringLiteral("description"));

    QList<qint64> households;
    for (qint64 id : std::as_const(a.householdIds)) {
        if (!households.contains(id))
            households << id;
    }
    std::sort(households.begin(), households.end());
    q.prepare(QStringLiteral("SELECT 1 FROM household WHERE id = ?"));
    for (qint64 id : std::as_const(households)) {
        q.addBindValue(id);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(
                tr("Item %1: household %2 is not on the roster.").arg(itemCode).arg(id), QStringLiteral("households"));
    }
    a.householdIds = households;

    // An existing answer for the same item is updated, whatever id the caller had.
    std::optional<InspectionAnswer> before;
    q.prepare(QStringLiteral("SELECT id FROM inspection_answer WHERE inspection_id = ? AND item_id = ?"));
    q.addBindValue(a.inspectionId);
    q.addBindValue(a.itemId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (q.next()) {
        const Outcome<InspectionAnswer> stored = this->answer(q.value(0).toLongLong());
        if (!stored)
            return stored.result();
        before = *stored;
    }

    Result error;
    Transaction tx(m_db);
    if (!tx.begin(&error))
        return error;
    const QVariant result = a.result ? QVariant(key(*a.result)) : QVariant();
    const QVariant answeredAt = a.result ? QVariant(m_db.now().toString(Qt::ISODateWithMs)) : QVariant();
    if (before) {
        a.id = before->id;
        q.prepare(QStringLiteral("UPDATE inspection_answer SET result = ?, description = ?, responsible = ?, "
                                 "answered_at = ? WHERE id = ?"));
        q.addBindValue(result);
        q.addBindValue(a.description);
        q.addBindValue(a.responsible);
        q.addBindValue(answeredAt);
        q.addBindValue(a.id);
        if (!m_db.exec(q, &error))
            return error;
        q.prepare(QStringLiteral("DELETE FROM inspection_answer_household WHERE answer_id = ?"));
        q.addBindValue(a.id);
        if (!m_db.exec(q, &error))
            return error;
    } else {
        q.prepare(QStringLiteral("INSERT INTO inspection_answer (inspection_id, item_id, result, description, "
                                 "responsible, answered_at) VALUES (?,?,?,?,?,?)"));
        q.addBindValue(a.inspectionId);
        q.addBindValue(a.itemId);
        q.addBindValue(result);
        q.addBindValue(a.description);
        q.addBindValue(a.responsible);
        q.addBindValue(answeredAt);
        if (!m_db.exec(q, &error))
            return error;
        a.id = q.lastInsertId().toLongLong();
    }
    q.prepare(QStringLiteral("INSERT INTO inspection_answer_household (answer_id, household_id) VALUES (?,?)"));
    for (qint64 id : std::as_const(a.householdIds)) {
        q.addBindValue(a.id);
        q.addBindValue(id);
        if (!m_db.exec(q, &error))
            return error;
    }
    const QJsonObject oldJson = before ? answerJson(*before, itemCode) : QJsonObject();
    if (!AuditLog(m_db).append(before ? QStringLiteral("update") : QStringLiteral("create"),
            QStringLiteral("inspection_answer"), a.id, a.householdIds.size() == 1 ? a.householdIds.first() : 0, oldJson,
            answerJson(a, itemCode), &error))
        return error;
    if (!tx.commit(&error))
        return error;
    // Written: evidence that cannot be read back leaves the list empty; the dialog's evidence list reads it and says
    // so.
    a.evidence = EvidenceRepository(m_db).evidence(Evidence::Owner::Answer, a.id).valueOr({});
    answer = a;
    return Result::success();
}
