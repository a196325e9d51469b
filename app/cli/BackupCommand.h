#pragma once

#include "CliCommand.h"

// dibao-cli backup: verified backups of the database (create, verify FILE, restore FILE, list).
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
