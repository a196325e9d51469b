#include "CliApp.h"

#include "AuditCommand.h"
#include "BackupCommand.h"
#include "CalendarCommand.h"
#include "ChecksCommand.h"
#include "DemoCommand.h"
#include "ExportCommand.h"
#include "IdCheckCommand.h"
#include "ImportCommand.h"
#include "InitCommand.h"
#include "OfficeCommand.h"
#include "ReportCommand.h"
#include "StandardCommand.h"
#include "Startup.h"
#include "StatsCommand.h"
#include "core/AppSettings.h"

#include <algorithm>
#include <memory>

namespace {

template<typename Command> std::unique_ptr<CliCommand> make(CliContext &cli)
{
    return std::make_unique<Command>(cli);
}

// The verbs, in one table: a new command is a class of its own (in app/cli) and a line here.
const struct
{
    const char *verb;
    std::unique_ptr<CliCommand> (*make)(CliContext &);
} kCommands[] = {
    {"init", &make<InitCommand>},
    {"demo", &make<DemoCommand>},
    {"id-check", &make<IdCheckCommand>},
    {"stats", &make<StatsCommand>},
    {"audit", &make<AuditCommand>},
    {"import", &make<ImportCommand>},
    {"export", &make<ExportCommand>},
    {"calendar", &make<CalendarCommand>},
    {"checks", &make<ChecksCommand>},
    {"report", &make<ReportCommand>},
    {"office", &make<OfficeCommand>},
    {"standard", &make<StandardCommand>},
    {"backup", &make<BackupCommand>},
};

} // namespace

CliApp::CliApp(QCoreApplication &app, const QStringList &arguments)
    : m_app(app)
    , m_args(arguments)
{
    if (m_args.isEmpty())
        m_args.append(QStringLiteral("dibao-cli"));
}

int CliApp::run()
{
    // Global options first, wherever they stand, so that the language is known before any message.
    QStringList args = m_args; // args[0] is the program, as Startup::takeOption expects
    const QString dbPath = Startup::takeOption(args, QStringLiteral("db"));
    const QString operatorName = Startup::takeOption(args, QStringLiteral("operator"));
    const QString lang = Startup::takeOption(args, QStringLiteral("lang"));
    const bool json = Startup::takeFlag(args, QStringLiteral("json"));
    Startup::installTranslators(m_app, Startup::resolveLanguage(lang, AppSettings()));

    CliContext cli(dbPath, operatorName, json);
    if (args.size() < 2)
        return cli.usage();
    const QString verb = args.at(1);
    int code = CliContext::Success;
    if (verb == QLatin1String("help") || verb == QLatin1String("--help") || verb == QLatin1String("-h")) {
        cli.usage(); // asked for: no mistake
    } else if (const auto found = std::find_if(std::begin(kCommands), std::end(kCommands),
                   [&verb](const auto &c) { return verb == QLatin1String(c.verb); });
               found != std::end(kCommands)) {
        code = found->make(cli)->run(args.mid(1));
    } else {
        code = cli.usage(tr("Unknown command \"%1\".").arg(verb));
    }
    cli.out().flush();
    cli.err().flush();
    return code;
}
