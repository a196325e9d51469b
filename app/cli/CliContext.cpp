#include "CliContext.h"

#include "backup/BackupService.h"
#include "core/AppSettings.h"
#include "core/Period.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

CliContext::CliContext(const QString &dbPath, const QString &operatorName, bool json)
    : m_dbPath(dbPath)
    , m_operator(operatorName)
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
{ }

bool CliContext::parse(QCommandLineParser &parser, QStringList &args, const QList<Option> &options, int *exitCode,
    int fixed, int arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const Option &o : options) {
        const QString name = QString::fromLatin1(o.name);
        parser.addOption(o.kind == Option::Flag ? QCommandLineOption(name)
                                                : QCommandLineOption(name, QString(), QStringLiteral("value")));
    }
    if (args.size() < fixed)
        return true; // a subcommand is missing: the command says so
    // The last fixed argument stands where QCommandLineParser expects the program's name.
    if (!parser.parse(args.mid(fixed - 1))) {
        // An unknown option, or the last one without its value.
        const QStringList unknown = parser.unknownOptionNames();
        const QString option = unknown.isEmpty() ? args.last() : QStringLiteral("--") + unknown.first();
        *exitCode = usage(tr("Unknown option or option without a value: %1").arg(option));
        return false;
    }
    for (const Option &o : options) {
        const QString name = QString::fromLatin1(o.name);
        if (o.kind == Option::Value && parser.values(name).size() > 1) {
            *exitCode = usage(tr("--%1 is given more than once.").arg(name));
            return false;
        }
    }
    args = args.mid(0, fixed) + parser.positionalArguments();
    if (arguments != AnyArguments && args.size() > fixed + arguments) {
        //: %1 is a command ("office show"), %2 what was given after it
        *exitCode
            = usage(tr("%1 takes no argument \"%2\".").arg(args.mid(0, fixed).join(u' '), args.at(fixed + arguments)));
        return false;
    }
    return true;
}

bool CliContext::openToRead(QStringList &args, int fixed, Database &db, int *exitCode)
{
    QCommandLineParser parser;
    return parse(parser, args, {}, exitCode, fixed, 0) && openDatabase(db, false, exitCode);
}

QString CliContext::count(qint64 n)
{
    return QLocale().toString(n);
}

QString CliContext::usageText() const
{
    return tr("Usage: dibao-cli [--db PATH] [--json] [--lang zh_CN|en] [--operator NAME] COMMAND [ARGS...]\n"
              "\n"
              "Commands:\n"
              "  init --name NAME --code CODE [--county COUNTY] [--phone PHONE] [--village NAME]...\n"
              "                      set up the township office (12-digit division code) and add villages\n"
              "  office show         the office's settings and the standard in force this month\n"
              "  office set [--name N] [--code CODE] [--county C] [--address A] [--hotline TEXT]\n"
              "         [--disclosure-url URL] [--head NAME] [--reviewer NAME] [--preparer NAME] [--phone TEXT]\n"
              "                      change the office's settings (an empty value clears a field)\n"
              "  standard list       the benefit standards (yuan per person per month) by month\n"
              "  standard add --from YYYY-MM --yuan N [--note TEXT]\n"
              "                      add the standard in force from a month (N may have 2 decimals)\n"
              "  standard topup list the category top-ups (A, B, C) by month\n"
              "  standard topup set --category A|B|C --from YYYY-MM (--yuan N | --share PERCENT) [--note TEXT]\n"
              "                      a category's top-up per covered person from a month: a fixed amount or a\n"
              "                      percentage of the standard\n"
              "  demo --households N [--seed S]\n"
              "                      fill an empty database with a realistic demo township\n"
              "  id-check NUMBER...  check resident ID numbers (GB 11643-1999)\n"
              "  stats               households, persons and monthly amounts by status and village\n"
              "  audit verify        check that no audit record was altered, removed or reordered\n"
              "  import roster FILE [--sheet NAME] [--profile NAME] [--as-of YYYY-MM] [--create-villages]\n"
              "         [--dry-run]\n"
              "                      load a roster from .xlsx, .xls or .csv (all rows or none); --as-of is the\n"
              "                      month the roster describes, for households it gives no start month or\n"
              "                      status date\n"
              "  export roster --out FILE.xlsx|FILE.csv [--village V] [--status S]\n"
              "                      write the roster in the official layout\n"
              "  export checklist|rectifications|complaints|cases [--period YYYY-MM] [--inspection N]\n"
              "         --out FILE.xlsx\n"
              "                      write a ledger of the campaign in the official layout\n"
              "  calendar [--year Y] [--date YYYY-MM-DD]\n"
              "                      the reporting calendar: due dates and what was submitted\n"
              "  checks [--date YYYY-MM-DD] [--check KEY]\n"
              "                      run the data checks over the roster: how many households each finds;\n"
              "                      --check KEY lists the households one check finds, and why\n"
              "  report list         the official tables\n"
              "  report NAME --period YYYY-MM --out FILE.pdf|FILE.xlsx|FILE.csv [--village V]\n"
              "                      compute a table for a month and write it in the official layout\n"
              "  backup create [--to DIR]\n"
              "                      write a checked copy of the database into the backup folder\n"
              "  backup verify FILE  check that a backup is complete, undamaged and its audit log intact\n"
              "  backup restore FILE [--to DIR]\n"
              "                      replace the database with a checked backup; the replaced database is\n"
              "                      kept in the backup folder\n"
              "  backup list [--to DIR]\n"
              "                      the backups in the folder, newest first\n"
              "  help                show this text\n"
              "\n"
              "Options (anywhere on the line):\n"
              "  --db PATH           the database file (default: %1)\n"
              "  --json              print JSON instead of text\n"
              "  --lang zh_CN|en     the language of messages\n"
              "  --operator NAME     who is recorded in the audit log for changes\n"
              "                      (default: the name set on this PC, else dibao-cli)\n"
              "Backup folder: --to DIR, else the one chosen in the window, else %2\n"
              "\n"
              "Exit codes: 0 success, 1 wrong usage, 2 input rejected (nothing written), 3 other failure.\n")
        .arg(QDir::toNativeSeparators(Database::defaultPath()),
            QDir::toNativeSeparators(BackupService::defaultFolder()));
}

int CliContext::usage(const QString &problem)
{
    if (problem.isEmpty()) {
        m_out << usageText();
    } else {
        m_err << tr("dibao-cli: %1").arg(problem) << '\n' << '\n' << usageText();
    }
    m_out.flush();
    m_err.flush();
    return WrongUsage;
}

int CliContext::fail(const Result &result, ExitCode code)
{
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = false;
        o[QStringLiteral("exit_code")] = int(code);
        o[QStringLiteral("error")] = result.message();
        if (!result.field().isEmpty())
            o[QStringLiteral("field")] = result.field();
        printJson(o);
    }
    m_err << tr("dibao-cli: %1").arg(result.message()) << '\n';
    m_err.flush();
    return code;
}

int CliContext::fail(const Result &result)
{
    return fail(result, result.kind() == Result::Kind::Rejected ? InputRejected : OtherFailure);
}

bool CliContext::dateOption(const QString &text, QDate *day, int *exitCode)
{
    *day = QDate();
    if (text.isEmpty())
        return true;
    *day = QDate::fromString(text, Qt::ISODate);
    if (day->isValid())
        return true;
    *exitCode
        = fail(Result::rejected(tr("--date: \"%1\" is not a date; write it as YYYY-MM-DD.").arg(text)), InputRejected);
    return false;
}

bool CliContext::periodOption(const QString &text, Period *period, int *exitCode)
{
    *period = Period();
    if (text.isEmpty())
        return true;
    *period = Period::parse(text);
    if (period->isValid())
        return true;
    *exitCode
        = fail(Result::rejected(tr("--period: \"%1\" is not a month; write it as YYYY-MM, e.g. 2026-10.").arg(text)),
            InputRejected);
    return false;
}

void CliContext::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QString CliContext::databasePath() const
{
    return m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
}

QString CliContext::operatorName() const
{
    if (!m_operator.trimmed().isEmpty())
        return m_operator.trimmed();
    const QString fromSettings = AppSettings().value(AppSettings::Key::OperatorName).toString().trimmed();
    return fromSettings.isEmpty() ? QStringLiteral("dibao-cli") : fromSettings;
}

bool CliContext::openDatabase(Database &db, bool create, int *exitCode)
{
    const QString path = databasePath();
    const QString shown = QDir::toNativeSeparators(path);
    if (!QFileInfo::exists(path)) {
        if (!create) {
            *exitCode = fail(Result::failed(tr("There is no database at %1. Create one with \"dibao-cli init\" or "
                                               "\"dibao-cli demo\", or name another file with --db.")
                                                .arg(shown)),
                OtherFailure);
            return false;
        }
        // The default folder is ours to create; a folder named with --db must exist already.
        if (m_dbPath.isEmpty() && !QDir().mkpath(QFileInfo(path).absolutePath())) {
            *exitCode = fail(Result::failed(tr("Cannot create the folder %1 for the database.")
                                                .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()))),
                OtherFailure);
            return false;
        }
    }
    if (const Result r = db.open(path); !r) {
        *exitCode = fail(r, OtherFailure);
        return false;
    }
    db.setOperatorName(operatorName());
    return true;
}
