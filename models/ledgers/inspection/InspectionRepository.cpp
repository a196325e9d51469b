#include "ledgers/inspection/InspectionRepository.h"

#include "ledgers/EvidenceRepository.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRows.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
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

namespace {

const char *const kInspectionColumns
    = "id, template_id, name, period, inspection_date, participants, closed_at, closed_by";

} // namespace

InspectionRepository::InspectionRepository(Database &db)
    : m_db(db)
{ }

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
    const ChecklistRepository checklists(m_db);
    const Outcome<ChecklistTemplate> checklist
        = *templateId == 0 ? checklists.latestTemplate() : checklists.checklistTemplate(*templateId);
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

// ---- inspections --------------------------------------------------------------------------------------------------

Outcome<QList<Inspection>> InspectionRepository::inspections() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM inspection ORDER BY inspection_date DESC, id DESC")
                    .arg(QLatin1String(kInspectionColumns))))
        return m_db.readFailure(q.lastError());
    QList<Inspection> out;
    while (q.next())
        out << inspectionFrom(q);
    return out;
}

Outcome<Inspection> InspectionRepository::inspection(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    const bool prepared
        = q.prepare(QStringLiteral("SELECT %1 FROM inspection WHERE id = ?").arg(QLatin1String(kInspectionColumns)));
    q.addBindValue(id);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The self-inspection no longer exists."));
    return inspectionFrom(q);
}

// ---- answers ------------------------------------------------------------------------------------------------------

Outcome<QList<InspectionAnswer>> InspectionRepository::answers(qint64 inspectionId) const
{
    QList<InspectionAnswer> out;
    QSqlQuery q(m_db.connection());
    bool prepared
        = q.prepare(QStringLiteral("SELECT i.id, a.id, a.result, a.description, a.responsible FROM inspection r "
                                   "JOIN checklist_item i ON i.template_id = r.template_id "
                                   "LEFT JOIN inspection_answer a ON a.inspection_id = r.id AND a.item_id = i.id "
                                   "WHERE r.id = ? ORDER BY i.position, i.id"));
    q.addBindValue(inspectionId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    QHash<qint64, qsizetype> byAnswer;
    while (q.next()) {
        InspectionAnswer a;
        a.inspectionId = inspectionId;
        a.itemId = q.value(0).toLongLong();
        if (!q.value(1).isNull()) {
            readAnswerRow(q, 1, &a);
            byAnswer.insert(a.id, out.size());
        }
        out << a;
    }
    if (byAnswer.isEmpty())
        return out;
    prepared = q.prepare(QStringLiteral("SELECT h.answer_id, h.household_id FROM inspection_answer_household h "
                                        "JOIN inspection_answer a ON a.id = h.answer_id WHERE a.inspection_id = ? "
                                        "ORDER BY h.answer_id, h.household_id"));
    q.addBindValue(inspectionId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next()) {
        if (const auto it = byAnswer.constFind(q.value(0).toLongLong()); it != byAnswer.constEnd())
            out[*it].householdIds << q.value(1).toLongLong();
    }
    prepared
        = q.prepare(QStringLiteral("SELECT e.owner_id FROM evidence e JOIN inspection_answer a ON a.id = e.owner_id "
                                   "WHERE e.owner = 'answer' AND a.inspection_id = ? GROUP BY e.owner_id"));
    q.addBindValue(inspectionId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    EvidenceRepository evidence(m_db);
    while (q.next()) {
        if (const auto it = byAnswer.constFind(q.value(0).toLongLong()); it != byAnswer.constEnd()) {
            Outcome<QList<Evidence>> files = evidence.evidence(Evidence::Owner::Answer, out[*it].id);
            if (!files)
                return files.result();
            out[*it].evidence = std::move(files).value();
        }
    }
    return out;
}

Outcome<InspectionAnswer> InspectionRepository::answer(qint64 answerId) const
{
    QSqlQuery q(m_db.connection());
    bool prepared = q.prepare(QStringLiteral("SELECT inspection_id, item_id, id, result, description, responsible "
                                             "FROM inspection_answer WHERE id = ?"));
    q.addBindValue(answerId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The answer no longer exists."));
    InspectionAnswer a;
    a.inspectionId = q.value(0).toLongLong();
    a.itemId = q.value(1).toLongLong();
    readAnswerRow(q, 2, &a);
    prepared = q.prepare(QStringLiteral("SELECT household_id FROM inspection_answer_household WHERE answer_id = ? "
                                        "ORDER BY household_id"));
    q.addBindValue(answerId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next())
        a.householdIds << q.value(0).toLongLong();
    Outcome<QList<Evidence>> files = EvidenceRepository(m_db).evidence(Evidence::Owner::Answer, answerId);
    if (!files)
        return files.result();
    a.evidence = std::move(files).value();
    return a;
}

Outcome<InspectionProgress> InspectionRepository::progress(qint64 inspectionId) const
{
    InspectionProgress p;
    p.problemsByLink = QList<int>(allValues<Link>().size(), 0);
    p.problemsByType = QList<int>(allValues<ProblemType>().size(), 0);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT a.result, i.link, i.problem_types FROM inspection r "
                                   "JOIN checklist_item i ON i.template_id = r.template_id "
                                   "LEFT JOIN inspection_answer a ON a.inspection_id = r.id AND a.item_id = i.id "
                                   "WHERE r.id = ?"));
    q.addBindValue(inspectionId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next()) {
        ++p.total;
        InspectionResult result;
        if (q.value(0).isNull() || !fromText(q.value(0).toString(), &result))
            continue;
        ++p.answered;
        switch (result) {
        case InspectionResult::Compliant:
            ++p.compliant;
            break;
        case InspectionResult::NotApplicable:
            ++p.notApplicable;
            break;
        case InspectionResult::Problem: {
            ++p.problems;
            Link link;
            if (fromText(q.value(1).toString(), &link))
                ++p.problemsByLink[int(link)];
            QSet<int> counted;
            for (const QString &k : q.value(2).toString().split(u',', Qt::SkipEmptyParts)) {
                ProblemType type;
                if (fromText(k, &type) && !counted.contains(int(type))) {
                    counted.insert(int(type));
                    ++p.problemsByType[int(type)];
                }
            }
            break;
        }
        }
    }
    return p;
}

Outcome<QString> InspectionRepository::describeAnswer(qint64 answerId) const
{
    QSqlQuery q(m_db.connection());
    const bool prepared = q.prepare(
        QStringLiteral("SELECT r.name, i.code FROM inspection_answer a JOIN inspection r ON r.id = a.inspection_id "
                       "JOIN checklist_item i ON i.id = a.item_id WHERE a.id = ?"));
    q.addBindValue(answerId);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("Self-inspection answer %1 (no longer on file)").arg(answerId));
    return tr("%1 · %2").arg(q.value(0).toString(), q.value(1).toString());
}
