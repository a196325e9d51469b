#pragma once

#include "CliCommand.h"

// dibao-cli office: the office's settings (office show) and their changes (office set).
class OfficeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(OfficeCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
