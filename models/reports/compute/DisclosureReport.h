#pragma once

#include "reports/compute/Report.h"

// 信息公开网址和电话统计表: the office's disclosure web address and hotlines (no period).
class DisclosureReport : public Report
{
public:
    using Report::Report;

private:
    Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const override;
};
