#pragma once

#include "CliCommand.h"

// dibao-cli init: sets up the township office (its name and 12-digit division code) and adds villages.
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
