#pragma once

#include "reports/compute/Report.h"

// 典型案例报送表: the typical cases of a month (or all), month by month in the order entered.
class CasesReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
