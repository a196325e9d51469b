#pragma once

#include "CliCommand.h"

// dibao-cli checks: runs the data checks over the roster, as the self-inspection runs them beside its checklist
// items: how many households each finds, or with --check KEY the households one check finds, and why.
class ChecksCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChecksCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
