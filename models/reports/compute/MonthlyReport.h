#pragma once

#include "reports/compute/Report.h"

// 低保对象月报 (农村最低生活保障对象月报表): by village, at the month's end; the month's additions and exits; the
// benefit payable for the month.
class MonthlyReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
