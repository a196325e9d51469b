#pragma once

#include "CliCommand.h"

// dibao-cli report: the official tables (report list), and one computed for a month and written as PDF, XLSX
// or CSV in the official layout (report NAME --period YYYY-MM --out FILE).
class ReportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
