#pragma once

#include "ledgers/LedgerTypes.h"
#include "reports/compute/Report.h"

#include <QCoreApplication>
#include <QHash>

// The self-inspection's forms (汇总表, 情况表): a run (ReportOptions::inspectionId, else the newest run of the month,
// else the newest) with its checklist.
class InspectionReport : public Report
{
    Q_DECLARE_TR_FUNCTIONS(InspectionReport)

public:
    using Report::Report;

protected:
    // A form of a run: the run, its checklist, its answers by checklist item, and the table with its heading filled in.
    struct Form
    {
        Inspection run;
        ChecklistTemplate checklist;
        QHash<qint64, InspectionAnswer> answers;
        ReportTable table;
    };
    Outcome<Form> form(const Period &month, qint64 inspectionId, const QString &id, const QString &title) const;

private:
    Outcome<Inspection> findInspection(const Period &month, qint64 inspectionId) const;
};
