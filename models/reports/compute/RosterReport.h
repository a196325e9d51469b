#pragma once

#include "reports/compute/Report.h"

// 低保对象花名册: households on dibao at the month's end, by village (ReportOptions::villageId 0: all).
class RosterReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
