#include "reports/compute/InspectionReport.h"

#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"

Outcome<Inspection> InspectionReport::findInspection(const Period &month, qint64 inspectionId) const
{
    InspectionRepository inspections(m_db);
    if (inspectionId > 0) {
        Outcome<Inspection> run = inspections.inspection(inspectionId);
        if (!run && run.result().kind() != Result::Kind::Failed)
            return Result::rejected(tr("There is no self-inspection run %1.").arg(inspectionId));
        return run;
    }
    const Outcome<QList<Inspection>> runs = inspections.inspections();
    if (!runs)
        return runs.result();
    for (const Inspection &candidate : *runs) {
        if (!month.isValid() || candidate.period == month)
            return candidate;
    }
    return Result::rejected(month.isValid() ? tr("There is no self-inspection run for %1.").arg(month.toString())
                                            : tr("There is no self-inspection run yet."));
}

Outcome<InspectionReport::Form> InspectionReport::form(
    const Period &month, qint64 inspectionId, const QString &id, const QString &title) const
{
    Outcome<Inspection> found = findInspection(month, inspectionId);
    if (!found)
        return found.result();
    Form f;
    f.run = std::move(found).value();
    const Outcome<ChecklistTemplate> items = ChecklistRepository(m_db).checklistTemplate(f.run.templateId);
    if (items.result().kind() == Result::Kind::Failed)
        return items.result();
    if (!items)
        return Result::failed(tr("The checklist of the run \"%1\" is missing.").arg(f.run.name));
    f.checklist = *items;
    const Outcome<QList<InspectionAnswer>> answers = InspectionRepository(m_db).answers(f.run.id);
    if (!answers)
        return answers.result();
    for (const InspectionAnswer &a : *answers)
        f.answers.insert(a.itemId, a);
    Outcome<ReportTable> official = officialTable(id, title, f.run.period);
    if (!official)
        return official.result();
    f.table = std::move(official).value();
    f.table.title += QStringLiteral("（%1）").arg(f.run.name);
    f.table.date = f.run.date;
    return f;
}
