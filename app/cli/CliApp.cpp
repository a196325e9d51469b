#include "CliApp.h"

#include "Startup.h"
#include "TextTable.h"
#include "backup/BackupService.h"
#include "core/AppSettings.h"
#include "core/IdNumber.h"
#include "demo/DemoGenerator.h"
#include "office/OfficeRepository.h"
#include "roster/StatsRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <optional>

namespace {

// All values of a repeatable option ("--village A --village B"), in the order given.
QStringList takeAll(QStringList &args, const QString &name)
{
    QStringList values;
    const QString flag = QStringLiteral("--") + name;
    for (;;) {
        bool present = false;
        for (qsizetype i = 1; i < args.size() && !present; ++i)
            present = (args.at(i) == flag && i + 1 < args.size()) || args.at(i).startsWith(flag + u'=');
        if (!present)
            return values;
        values.append(Startup::takeOption(args, name));
    }
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

QString yuan(Money amount)
{
    return amount.toDisplayString();
}

} // namespace

CliApp::CliApp(QCoreApplication &app, const QStringList &arguments)
    : m_app(app)
    , m_args(arguments)
    , m_out(stdout)
    , m_err(stderr)
{
    if (m_args.isEmpty())
        m_args.append(QStringLiteral("dibao-cli"));
}

int CliApp::run()
{
    // Global options first, wherever they stand, so that the language is known before any message.
    m_dbPath = Startup::takeOption(m_args, QStringLiteral("db"));
    m_operator = Startup::takeOption(m_args, QStringLiteral("operator"));
    const QString lang = Startup::takeOption(m_args, QStringLiteral("lang"));
    m_json = Startup::takeFlag(m_args, QStringLiteral("json"));
    const AppSettings settings;
    m_language = Startup::resolveLanguage(lang, settings);
    Startup::installTranslators(m_app, m_language);

    QStringList args = m_args; // args[0] is the program, as Startup::takeOption expects
    if (args.size() < 2)
        return usage();
    const QString command = args.takeAt(1);
    // The verbs, in one table: a new command is a line here and its run function (in the file of its area).
    using Run = int (*)(CliApp &, const QStringList &);
    static const struct
    {
        const char *verb;
        Run run;
    } kCommands[] = {
        {"init", [](CliApp &cli, const QStringList &a) { return cli.runInit(a); }},
        {"demo", [](CliApp &cli, const QStringList &a) { return cli.runDemo(a); }},
        {"id-check", [](CliApp &cli, const QStringList &a) { return cli.runIdCheck(a.mid(1)); }},
        {"stats", [](CliApp &cli, const QStringList &a) { return cli.runStats(a); }},
        {"audit", [](CliApp &cli, const QStringList &a) { return cli.runAudit(a); }},
        {"import", [](CliApp &cli, const QStringList &a) { return cli.runImport(a); }},
        // export roster FILE, or export LEDGER (checklist, rectifications, complaints, cases)
        {"export",
            [](CliApp &cli, const QStringList &a) {
                return a.value(1) == QLatin1String("roster") || a.size() < 2 ? cli.runExport(a)
                                                                             : cli.runLedgerExport(a);
            }},
        {"calendar", [](CliApp &cli, const QStringList &a) { return cli.runCalendar(a); }},
        {"checks", [](CliApp &cli, const QStringList &a) { return cli.runChecks(a); }},
        {"report", [](CliApp &cli, const QStringList &a) { return cli.runReport(a); }},
        {"office", [](CliApp &cli, const QStringList &a) { return cli.runOffice(a); }},
        {"standard", [](CliApp &cli, const QStringList &a) { return cli.runStandard(a); }},
        {"backup", [](CliApp &cli, const QStringList &a) { return cli.runBackup(a); }},
        {"help", [](CliApp &cli, const QStringList &) { return cli.usage(), int(Success); }}, // asked for: no mistake
        {"--help", [](CliApp &cli, const QStringList &) { return cli.usage(), int(Success); }},
        {"-h", [](CliApp &cli, const QStringList &) { return cli.usage(), int(Success); }},
    };
    const auto found = std::find_if(std::begin(kCommands), std::end(kCommands),
        [&command](const auto &c) { return command == QLatin1String(c.verb); });
    const int code
        = found != std::end(kCommands) ? found->run(*this, args) : usage(tr("Unknown command \"%1\".").arg(command));
    m_out.flush();
    m_err.flush();
    return code;
}

QString CliApp::usageText() const
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

int CliApp::usage(const QString &problem)
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

int CliApp::fail(const Result &result, ExitCode code)
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

int CliApp::fail(const Result &result)
{
    return fail(result, result.kind() == Result::Kind::Rejected ? InputRejected : OtherFailure);
}

bool CliApp::dateOption(const QString &text, QDate *day, int *exitCode)
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

bool CliApp::noStrayOptions(const QStringList &args, int *exitCode)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i).startsWith(QLatin1String("--"))) {
            *exitCode = usage(tr("Unknown option or option without a value: %1").arg(args.at(i)));
            return false;
        }
    }
    return true;
}

void CliApp::printJson(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    m_out.flush();
}

QString CliApp::databasePath() const
{
    return m_dbPath.isEmpty() ? Database::defaultPath() : m_dbPath;
}

QString CliApp::operatorName() const
{
    if (!m_operator.trimmed().isEmpty())
        return m_operator.trimmed();
    const QString fromSettings = AppSettings().value(AppSettings::Key::OperatorName).toString().trimmed();
    return fromSettings.isEmpty() ? QStringLiteral("dibao-cli") : fromSettings;
}

bool CliApp::openDatabase(Database &db, bool create, int *exitCode)
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

int CliApp::runInit(QStringList args)
{
    const QString name = Startup::takeOption(args, QStringLiteral("name")).trimmed();
    const QString code = Startup::takeOption(args, QStringLiteral("code")).trimmed();
    const QString county = Startup::takeOption(args, QStringLiteral("county")).trimmed();
    const QString phone = Startup::takeOption(args, QStringLiteral("phone")).trimmed();
    const QStringList villageArgs = takeAll(args, QStringLiteral("village"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 1)
        return usage(
            tr("init takes no argument \"%1\"; give values with --name, --code and --village.").arg(args.at(1)));

    // Check every input before anything is written.
    if (!code.isEmpty()) {
        if (const QString problem = OfficeRepository::divisionCodeProblem(code); !problem.isEmpty())
            return fail(Result::rejected(tr("--code %1: %2.").arg(code, problem), QStringLiteral("code")));
    }
    QStringList villages;
    for (const QString &v : villageArgs) {
        const QString trimmed = v.trimmed();
        if (trimmed.isEmpty())
            return fail(Result::rejected(tr("--village: a village name is empty."), QStringLiteral("village")));
        if (!villages.contains(trimmed))
            villages.append(trimmed);
    }
    const bool exists = QFileInfo::exists(databasePath());
    if (!exists && (name.isEmpty() || code.isEmpty()))
        return usage(tr("init needs --name and --code to set up a new database."));

    Database db;
    if (!openDatabase(db, true, &exitCode))
        return exitCode;
    OfficeRepository offices(db);
    const bool configured = offices.isConfigured();
    if (!configured && (name.isEmpty() || code.isEmpty()))
        return usage(tr("init needs --name and --code: the database has no township office yet."));

    Office office = configured ? offices.office() : Office();
    const Office before = office;
    if (!name.isEmpty())
        office.name = name;
    if (!code.isEmpty())
        office.divisionCode = code;
    if (!county.isEmpty())
        office.county = county;
    if (!phone.isEmpty())
        office.phone = phone;
    const bool officeChanged = !configured || office.name != before.name || office.divisionCode != before.divisionCode
        || office.county != before.county || office.phone != before.phone;

    Transaction transaction(db);
    Result error;
    if (!transaction.begin(&error))
        return fail(error);
    if (officeChanged) {
        if (const Result r = offices.saveOffice(office); !r)
            return fail(r);
    }
    QJsonArray added;
    QJsonArray existing;
    QStringList addedText;
    QStringList existingText;
    QStringList newNames;
    for (const QString &villageName : std::as_const(villages)) {
        const Outcome<std::optional<Village>> named = offices.villageByName(villageName);
        if (!named)
            return fail(named.result());
        if (const std::optional<Village> &v = named.value()) {
            existing.append(QJsonObject {{QStringLiteral("code"), v->code}, {QStringLiteral("name"), v->name}});
            existingText.append(tr("%1 (%2)").arg(v->name, v->code));
        } else {
            newNames.append(villageName);
        }
    }
    const Outcome<QList<Village>> made = offices.addVillagesNamed(newNames);
    if (!made)
        return fail(made.result().kind() == Result::Kind::Rejected
                ? Result::rejected(tr("--village: %1").arg(made.result().message()), QStringLiteral("village"))
                : made.result());
    for (const Village &v : *made) {
        added.append(QJsonObject {{QStringLiteral("code"), v.code}, {QStringLiteral("name"), v.name}});
        addedText.append(tr("%1 (%2)").arg(v.name, v.code));
    }
    if (!transaction.commit(&error))
        return fail(error);

    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("database")] = QDir::toNativeSeparators(db.path());
        o[QStringLiteral("office")] = QJsonObject {{QStringLiteral("name"), office.name},
            {QStringLiteral("division_code"), office.divisionCode}, {QStringLiteral("county"), office.county},
            {QStringLiteral("phone"), office.phone}};
        o[QStringLiteral("office_changed")] = officeChanged;
        o[QStringLiteral("villages_added")] = added;
        o[QStringLiteral("villages_existing")] = existing;
        printJson(o);
        return Success;
    }
    if (!configured)
        m_out << tr("Set up %1 (%2) in %3.").arg(office.name, office.divisionCode, QDir::toNativeSeparators(db.path()))
              << '\n';
    else if (officeChanged)
        m_out << tr("Updated %1 (%2).").arg(office.name, office.divisionCode) << '\n';
    else
        m_out << tr("%1 (%2) is unchanged.").arg(office.name, office.divisionCode) << '\n';
    if (!addedText.isEmpty())
        m_out << tr("Villages added: %1").arg(addedText.join(tr(", "))) << '\n';
    if (!existingText.isEmpty())
        m_out << tr("Villages already there: %1").arg(existingText.join(tr(", "))) << '\n';
    return Success;
}

int CliApp::runDemo(QStringList args)
{
    const QString householdsText = Startup::takeOption(args, QStringLiteral("households"));
    const QString seedText = Startup::takeOption(args, QStringLiteral("seed"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 1)
        return usage(tr("demo takes no argument \"%1\".").arg(args.at(1)));
    if (householdsText.isEmpty())
        return usage(tr("demo needs --households N."));
    bool ok = false;
    const int households = householdsText.toInt(&ok);
    if (!ok)
        return usage(tr("--households needs a whole number, not \"%1\".").arg(householdsText));
    quint32 seed = 1;
    if (!seedText.isEmpty()) {
        seed = seedText.toUInt(&ok);
        if (!ok)
            return usage(tr("--seed needs a whole number from 0 to 4294967295, not \"%1\".").arg(seedText));
    }
    constexpr int maxHouseholds = 500000;
    if (households < 1 || households > maxHouseholds)
        return fail(
            Result::rejected(tr("--households must be from 1 to %1 (it is %2).").arg(maxHouseholds).arg(households),
                QStringLiteral("households")));

    Database db;
    if (!openDatabase(db, true, &exitCode))
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    if (const Result r = DemoGenerator(db).generate(households, seed); !r)
        return fail(r);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const RosterStats stats = StatsRepository(db).stats();
    const Office office = OfficeRepository(db).office();

    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("database")] = QDir::toNativeSeparators(db.path());
        o[QStringLiteral("office")] = office.name;
        o[QStringLiteral("division_code")] = office.divisionCode;
        o[QStringLiteral("households")] = households;
        o[QStringLiteral("seed")] = qint64(seed);
        o[QStringLiteral("villages")] = int(stats.byVillage.size());
        o[QStringLiteral("seconds")] = seconds;
        o[QStringLiteral("stats")] = stats.toJson();
        printJson(o);
        return Success;
    }
    m_out << tr("Demo township %1 (%2) written to %3 in %4 s (seed %5):")
                 .arg(office.name, office.divisionCode, QDir::toNativeSeparators(db.path()))
                 .arg(seconds, 0, 'f', 1)
                 .arg(seed)
          << '\n';
    m_out << tr("  %1 villages, %2 households: %3 active, %4 suspended, %5 exited, %6 rejected, %7 applying")
                 .arg(count(stats.byVillage.size()), count(stats.householdsTotal),
                     count(stats.byStatus.value(QStringLiteral("active"))),
                     count(stats.byStatus.value(QStringLiteral("suspended"))),
                     count(stats.byStatus.value(QStringLiteral("exited"))),
                     count(stats.byStatus.value(QStringLiteral("rejected"))),
                     count(stats.byStatus.value(QStringLiteral("applying"))))
          << '\n';
    m_out << tr("  active households: %1 persons, %2 covered, %3 yuan a month")
                 .arg(count(stats.personsActive), count(stats.coveredPersonsActive), yuan(stats.monthlyTotalActive))
          << '\n';
    return Success;
}

int CliApp::runIdCheck(const QStringList &numbers)
{
    if (numbers.isEmpty())
        return usage(tr("id-check needs at least one ID number."));
    QJsonArray list;
    bool allValid = true;
    for (const QString &input : numbers) {
        const IdNumber id = IdNumber::parse(input);
        allValid = allValid && id.isValid();
        const QString number = id.isValid() ? id.text() : IdNumber::normalise(input);
        const QString sex = id.isValid()
            ? (id.sex() == IdNumber::Sex::Male ? QStringLiteral("male") : QStringLiteral("female"))
            : QString();
        if (m_json) {
            QJsonObject o;
            o[QStringLiteral("input")] = input;
            o[QStringLiteral("number")] = number;
            o[QStringLiteral("valid")] = id.isValid();
            o[QStringLiteral("reason")] = id.isValid() ? QJsonValue() : QJsonValue(id.errorText());
            o[QStringLiteral("birth_date")]
                = id.isValid() ? QJsonValue(id.birthDate().toString(Qt::ISODate)) : QJsonValue();
            o[QStringLiteral("sex")] = id.isValid() ? QJsonValue(sex) : QJsonValue();
            o[QStringLiteral("region")] = id.isValid() ? QJsonValue(id.regionCode()) : QJsonValue();
            o[QStringLiteral("upgraded_from_15")] = id.wasUpgraded();
            list.append(o);
            continue;
        }
        if (id.isValid()) {
            const QString sexText = id.sex() == IdNumber::Sex::Male ? tr("male") : tr("female");
            m_out << tr("%1  valid    born %2, %3, region %4")
                         .arg(number, id.birthDate().toString(Qt::ISODate), sexText, id.regionCode());
            if (id.wasUpgraded())
                m_out << tr(" (upgraded from the 15-digit number %1)").arg(IdNumber::normalise(input));
            if (number != input)
                m_out << tr(" (given as \"%1\")").arg(input);
            m_out << '\n';
        } else {
            m_out << tr("%1  invalid  %2")
                         .arg(number.isEmpty() ? QStringLiteral("\"%1\"").arg(input) : number, id.errorText())
                  << '\n';
        }
    }
    if (m_json)
        printJson(list);
    return allValid ? Success : InputRejected;
}

int CliApp::runStats(const QStringList &args)
{
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 1)
        return usage(tr("stats takes no argument \"%1\".").arg(args.at(1)));
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    const RosterStats stats = StatsRepository(db).stats();
    if (m_json) {
        printJson(stats.toJson());
        return Success;
    }
    OfficeRepository offices(db);
    if (offices.isConfigured()) {
        const Office office = offices.office();
        m_out << tr("%1 (%2)").arg(office.name, office.divisionCode) << '\n';
    }
    m_out << tr("Households on file: %1").arg(count(stats.householdsTotal)) << '\n';
    QStringList byStatus;
    for (Domain::HouseholdStatus s : Domain::allValues<Domain::HouseholdStatus>())
        byStatus.append(tr("%1 %2").arg(Domain::label(s), count(stats.byStatus.value(Domain::key(s)))));
    m_out << "  " << byStatus.join(QStringLiteral("  ")) << '\n';
    m_out << tr("Active households: %1, persons %2, covered %3, monthly total %4 yuan")
                 .arg(count(stats.householdsActive), count(stats.personsActive), count(stats.coveredPersonsActive),
                     yuan(stats.monthlyTotalActive))
          << '\n';
    if (stats.byVillage.isEmpty())
        return Success;
    using Align = TextTable::Align;
    TextTable table(
        {tr("Code"), tr("Village"), tr("Active households"), tr("Persons"), tr("Covered"), tr("Monthly total (yuan)")},
        {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
    for (const RosterStats::VillageFigures &v : stats.byVillage) {
        table.addRow({v.code, v.name, count(v.householdsActive), count(v.personsActive), count(v.coveredPersonsActive),
            yuan(v.monthlyTotalActive)});
    }
    table.addRow({tr("Total"), QString(), count(stats.householdsActive), count(stats.personsActive),
        count(stats.coveredPersonsActive), yuan(stats.monthlyTotalActive)});
    m_out << '\n' << table.toString();
    return Success;
}

int CliApp::runAudit(const QStringList &args)
{
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() < 2)
        return usage(tr("audit needs a subcommand: audit verify."));
    if (args.at(1) != QLatin1String("verify"))
        return usage(tr("Unknown audit subcommand \"%1\"; the one there is: audit verify.").arg(args.at(1)));
    if (args.size() > 2)
        return usage(tr("audit verify takes no argument \"%1\".").arg(args.at(2)));
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    const AuditLog::Verdict verdict = AuditLog(db).verify();
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = verdict.ok;
        o[QStringLiteral("records")] = verdict.records;
        o[QStringLiteral("first_bad_seq")] = verdict.ok ? QJsonValue() : QJsonValue(verdict.firstBadSeq);
        o[QStringLiteral("reason")] = verdict.ok ? QJsonValue() : QJsonValue(verdict.reason);
        printJson(o);
    } else if (verdict.ok) {
        m_out << tr("%1 records, chain intact").arg(verdict.records) << '\n';
    } else {
        m_out << tr("The audit log is broken at record %1: %2 (%3 records read).")
                     .arg(verdict.firstBadSeq)
                     .arg(verdict.reason)
                     .arg(verdict.records)
              << '\n';
    }
    return verdict.ok ? Success : InputRejected;
}
