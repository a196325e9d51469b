#pragma once

#include "reports/compute/Report.h"

#include <QCoreApplication>

struct ChecklistTemplate;
struct Inspection;

// The self-inspection's forms (汇总表, 情况表): a run (ReportOptions::inspectionId, else the newest run of the month,
// else the newest) with its checklist.
class InspectionReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)

public:
    using Report::Report;

protected:
    // The run a form is for, its checklist, and the form with its heading filled in.
    Result form(const Period &month, qint64 inspectionId, const QString &id, const QString &title, Inspection *run,
        ChecklistTemplate *checklist, ReportTable *heading) const;

private:
    Result findInspection(const Period &month, qint64 inspectionId, qint64 *found) const;
};
