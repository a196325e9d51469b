#pragma once

#include <QCoreApplication>
#include <QStringList>

// dibao-cli: takes the global options wherever they stand (so that the language is known before any message),
// then finds the command by its verb in one table and runs it. Exit codes follow DESIGN.md §6.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QCoreApplication &app, const QStringList &arguments);
    int run();

private:
    QCoreApplication &m_app;
    QStringList m_args;
};
