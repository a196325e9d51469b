#pragma once

#include "reports/compute/InspectionReport.h"

// 自查自纠情况汇总表: a self-inspection run by link and problem type, with its rectifications.
class InspectionSummaryReport : public InspectionReport
{
public:
    using InspectionReport::InspectionReport;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
