#pragma once

#include "CliCommand.h"

// dibao-cli demo: fills an empty database with a realistic demo township.
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
