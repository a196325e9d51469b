#include "reports/compute/InspectionReport.h"

#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"

Result InspectionReport::findInspection(const Period &month, qint64 inspectionId, qint64 *found) const
{
    InspectionRepository inspections(m_db);
    if (inspectionId > 0) {
        const Outcome<Inspection> run = inspections.inspection(inspectionId);
        if (run.result().kind() == Result::Kind::Failed)
            return run.result();
        if (!run)
            return Result::rejected(tr("There is no self-inspection run %1.").arg(inspectionId));
        *found = inspectionId;
        return Result::success();
    }
    const Outcome<QList<Inspection>> runs = inspections.inspections();
    if (!runs)
        return runs.result();
    for (const Inspection &candidate : *runs) {
        if (!month.isValid() || candidate.period == month) {
            *found = candidate.id;
            return Result::success();
        }
    }
    return Result::rejected(month.isValid() ? tr("There is no self-inspection run for %1.").arg(month.toString())
                                            : tr("There is no self-inspection run yet."));
}

Result InspectionReport::form(const Period &month, qint64 inspectionId, const QString &id, const QString &title,
    Inspection *run, ChecklistTemplate *checklist, ReportTable *heading) const
{
    qint64 found = 0;
    if (Result r = findInspection(month, inspectionId, &found); !r)
        return r;
    InspectionRepository inspections(m_db);
    const Outcome<Inspection> stored = inspections.inspection(found);
    if (!stored)
        return stored.result();
    *run = *stored;
    const Outcome<ChecklistTemplate> items = ChecklistRepository(m_db).checklistTemplate(run->templateId);
    if (items.result().kind() == Result::Kind::Failed)
        return items.result();
    if (!items)
        return Result::failed(tr("The checklist of the run \"%1\" is missing.").arg(run->name));
    *checklist = *items;
    Outcome<ReportTable> official = officialTable(id, title, run->period);
    if (!official)
        return official.result();
    *heading = std::move(official).value();
    heading->title += QStringLiteral("（%1）").arg(run->name);
    heading->date = run->date;
    return Result::success();
}
