#include "ExportCommand.h"

#include "core/Period.h"
#include "exchange/roster/RosterExporter.h"
#include "ledgers/LedgerExporter.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QJsonObject>

int ExportCommand::run(const QStringList &arguments)
{
    // export roster FILE, or export LEDGER (checklist, rectifications, complaints, cases)
    return arguments.value(1) == QLatin1String("roster") || arguments.size() < 2 ? exportRoster(arguments)
                                                                                 : exportLedger(arguments);
}

int ExportCommand::exportRoster(QStringList args)
{
    if (args.size() < 2 || args.at(1) != QLatin1String("roster"))
        return m_cli.usage(tr("export needs what to export: export roster --out FILE.xlsx|FILE.csv."));
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"out"}, {"village"}, {"status"}}, &exitCode, 2, 0))
        return exitCode;
    const QString out = options.value(QStringLiteral("out"));
    const QString villageText = options.value(QStringLiteral("village"));
    const QString statusText = options.value(QStringLiteral("status"));
    if (out.isEmpty())
        return m_cli.usage(tr("export roster needs --out FILE.xlsx or --out FILE.csv."));
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    RosterFilter filter;
    if (!villageText.isEmpty()) {
        OfficeRepository offices(db);
        const Outcome<std::optional<Village>> found = offices.villageByNameOrCode(villageText);
        if (!found)
            return m_cli.fail(found.result());
        const std::optional<Village> &v = found.value();
        if (!v) {
            QStringList names;
            for (const Village &candidate : offices.villages().valueOr({}))
                names << candidate.name;
            return m_cli.fail(Result::rejected(tr("--village: there is no village %1 (villages: %2).")
                                                   .arg(villageText, names.join(QStringLiteral("、")))),
                InputRejected);
        }
        filter.villageId = v->id;
    }
    if (!statusText.isEmpty()) {
        Domain::HouseholdStatus status;
        if (!Domain::fromText(statusText, &status)) {
            QStringList names;
            for (Domain::HouseholdStatus s : Domain::allValues<Domain::HouseholdStatus>())
                names << Domain::key(s) + QStringLiteral(" (") + Domain::zhLabel(s) + u')';
            return m_cli.fail(Result::rejected(tr("--status: unknown status %1; use one of %2.")
                                                   .arg(statusText, names.join(QStringLiteral(", ")))),
                InputRejected);
        }
        filter.status = status;
    }
    RosterExporter::Summary summary;
    if (const Result r = RosterExporter(db).exportRoster(out, filter, &summary); !r)
        return m_cli.fail(r);
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("file")] = out;
        o[QStringLiteral("households")] = summary.households;
        o[QStringLiteral("members")] = summary.members;
        o[QStringLiteral("persons")] = summary.persons;
        o[QStringLiteral("monthly_total_fen")] = summary.monthlyTotal.fen();
        m_cli.printJson(o);
        return Success;
    }
    m_out << tr("Exported %1 households (%2 members, %3 persons, monthly total %4 yuan) to %5.")
                 .arg(summary.households)
                 .arg(summary.members)
                 .arg(summary.persons)
                 .arg(summary.monthlyTotal.toDisplayString(), QDir::toNativeSeparators(out))
          << '\n';
    m_out.flush();
    return Success;
}

int ExportCommand::exportLedger(QStringList args)
{
    const QString name = args.value(1);
    LedgerExporter::Ledger ledger;
    if (!LedgerExporter::ledgerFromName(name, &ledger))
        return m_cli.usage(tr("export: unknown table \"%1\"; use roster, %2.")
                               .arg(name, LedgerExporter::ledgerNames().join(QStringLiteral(", "))));
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"out"}, {"period"}, {"inspection"}}, &exitCode, 2, 0))
        return exitCode;
    const QString out = options.value(QStringLiteral("out"));
    const QString periodText = options.value(QStringLiteral("period"));
    const QString inspectionText = options.value(QStringLiteral("inspection"));
    if (out.isEmpty())
        return m_cli.usage(tr("export %1 needs --out FILE.xlsx.").arg(name));
    Period period;
    if (!m_cli.periodOption(periodText, &period, &exitCode))
        return exitCode;
    qint64 inspectionId = 0;
    if (!inspectionText.isEmpty()) {
        bool ok = false;
        inspectionId = inspectionText.toLongLong(&ok);
        if (!ok || inspectionId <= 0 || ledger != LedgerExporter::Ledger::Checklist)
            return m_cli.usage(
                tr("--inspection takes the number of a self-inspection run, for export checklist only."));
    }
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    int rows = 0;
    if (const Result r = LedgerExporter(db).exportLedger(ledger, out, period, inspectionId, &rows); !r)
        return m_cli.fail(r);
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("file")] = out;
        o[QStringLiteral("table")] = name;
        o[QStringLiteral("rows")] = rows;
        if (period.isValid())
            o[QStringLiteral("period")] = period.toString();
        m_cli.printJson(o);
        return Success;
    }
    m_out << tr("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(out)) << '\n';
    m_out.flush();
    return Success;
}
