#pragma once

#include "CliCommand.h"

// dibao-cli export: the roster in the official layout (export roster), or a ledger of the campaign (export
// checklist|rectifications|complaints|cases).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;

private:
    int exportRoster(QStringList args);
    int exportLedger(QStringList args);
};
