#pragma once

#include "CliCommand.h"

struct ImportPreview;

// dibao-cli import roster: loads a roster from .xlsx, .xls or .csv, all rows or none, with --dry-run to see
// what it would do.
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;

private:
    // The warnings of an import (words imported as 其他, certificate numbers), after its summary.
    void printImportWarnings(const ImportPreview &preview, QTextStream &out);
};
