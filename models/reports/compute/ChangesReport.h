#pragma once

#include "reports/compute/Report.h"

// 低保对象增减变动明细表: the month's additions and exits, household by household.
class ChangesReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
