#pragma once

#include "CliCommand.h"

// dibao-cli audit verify: checks that no audit record was altered, removed or reordered.
class AuditCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
