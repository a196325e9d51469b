#pragma once

#include "CliCommand.h"

// dibao-cli stats: households, persons and monthly amounts by status and village.
class StatsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
