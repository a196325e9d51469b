#pragma once

#include "reports/compute/Report.h"

// 整改台账: the rectifications created in the month (or all), with their state and sign-off.
class RectificationsReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
