#pragma once

#include "reports/compute/InspectionReport.h"

// 自查自纠情况表: every item of a self-inspection run with its answer (the checklist ledger's export).
class InspectionChecklistReport : public InspectionReport
{
public:
    using InspectionReport::InspectionReport;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
