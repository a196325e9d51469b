// InspectionRepository: reads — the checklists, the runs, their answers and progress. A query that fails is a
// failure (Database::readFailure), never "none"; a single record that is not there is rejected.
#include "ledgers/EvidenceRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/inspection/InspectionRows.h"
#include "storage/Database.h"

#include <QHash>
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
const char *const kInspectionColumns
    = "id, template_id, name, period, inspection_date, participants, closed_at, closed_by";

} // namespace

// ---- templates ----------------------------------------------------------------------------------------------------

Outcome<QList<ChecklistTemplate>> InspectionRepository::templates() const
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

Outcome<ChecklistTemplate> InspectionRepository::checklistTemplate(qint64 id) const
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

Outcome<ChecklistTemplate> InspectionRepository::latestTemplate(const QString &code) const
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

QString InspectionRepository::describeAnswer(qint64 answerId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT r.name, i.code FROM inspection_answer a JOIN inspection r ON r.id = a.inspection_id "
                       "JOIN checklist_item i ON i.id = a.item_id WHERE a.id = ?"));
    q.addBindValue(answerId);
    if (q.exec() && q.next())
        return tr("%1 · %2").arg(q.value(0).toString(), q.value(1).toString());
    return tr("Self-inspection answer %1 (no longer on file)").arg(answerId);
}
