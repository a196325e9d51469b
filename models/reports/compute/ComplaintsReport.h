#pragma once

#include "reports/compute/Report.h"

// 群众举报问题线索台账: the complaints received in the month (or all), in the order received; reporters masked.
class ComplaintsReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
