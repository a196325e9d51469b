#pragma once

#include "CliCommand.h"

// dibao-cli calendar: the reporting calendar of a year, its due dates and what was submitted.
class CalendarCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)

public:
    using CliCommand::CliCommand;
    int run(const QStringList &arguments) override;
};
