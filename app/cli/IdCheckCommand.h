#pragma once

#include "CliCommand.h"

// dibao-cli id-check: checks resident ID numbers (GB 11643-1999) and says what each gives or why it is wrong.
class IdCheckCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdCheckCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
