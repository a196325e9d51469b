#pragma once

#include "CliContext.h"

// One verb of dibao-cli (init, import, report, …): CliApp finds it in its table by the verb and runs it with the
// arguments after the global options were taken out.
class CliCommand
{
public:
    explicit CliCommand(CliContext &cli)
        : m_cli(cli)
        , m_out(cli.out())
        , m_json(cli.json())
    { }
    virtual ~CliCommand() = default;
    CliCommand(const CliCommand &) = delete;
    CliCommand &operator=(const CliCommand &) = delete;

    // args[0] is the verb; returns the exit code.
    virtual int run(const QStringList &args) = 0;

protected:
    static constexpr int Success = CliContext::Success;
    static constexpr int WrongUsage = CliContext::WrongUsage;
    static constexpr CliContext::ExitCode InputRejected = CliContext::InputRejected;
    static constexpr CliContext::ExitCode OtherFailure = CliContext::OtherFailure;

    CliContext &m_cli;
    QTextStream &m_out;
    const bool m_json;
};
