// dibao-cli: the spreadsheet exchange commands (import roster, export roster).
#include "CliApp.h"
#include "Startup.h"
#include "core/Period.h"
#include "exchange/roster/RosterExporter.h"
#include "exchange/roster/RosterImporter.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

int CliApp::runImport(QStringList args)
{
    if (args.size() < 2 || args.at(1) != QLatin1String("roster"))
        return usage(tr("import needs what to import: import roster FILE."));
    ImportOptions options;
    options.sheet = Startup::takeOption(args, QStringLiteral("sheet"));
    options.profile = Startup::takeOption(args, QStringLiteral("profile"));
    options.createVillages = Startup::takeFlag(args, QStringLiteral("create-villages"));
    const QString asOf = Startup::takeOption(args, QStringLiteral("as-of"));
    if (!asOf.isEmpty()) {
        options.asOf = Period::parse(asOf);
        if (!options.asOf.isValid())
            return usage(tr("--as-of needs the month the roster describes, as YYYY-MM (not \"%1\").").arg(asOf));
    }
    const bool dryRun = Startup::takeFlag(args, QStringLiteral("dry-run"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() != 3)
        return usage(tr("import roster needs exactly one file."));
    const QString file = args.at(2);
    if (!QFileInfo::exists(file))
        return fail(
            Result::rejected(tr("%1: there is no such file.").arg(QDir::toNativeSeparators(file))), InputRejected);
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    if (!OfficeRepository(db).isConfigured())
        return fail(Result::rejected(tr("The database has no township office yet; set it up with dibao-cli init.")),
            InputRejected);
    RosterImporter importer(db);
    const ImportPreview preview = importer.preview(file, options);
    QJsonObject json = preview.toJson();
    json[QStringLiteral("dry_run")] = dryRun;
    if (!preview.isAcceptable()) {
        json[QStringLiteral("ok")] = false;
        json[QStringLiteral("exit_code")] = int(InputRejected);
        if (m_json)
            printJson(json);
        m_err << tr(
            "dibao-cli: %1 was rejected: %n problem(s); nothing was written.", nullptr, int(preview.issues.size()))
                     .arg(QDir::toNativeSeparators(file))
              << '\n';
        for (const ImportIssue &i : preview.issues)
            m_err << "  " << i.text() << '\n';
        printImportWarnings(preview, m_err);
        m_err.flush();
        return InputRejected;
    }
    if (!dryRun) {
        if (const Result r = importer.apply(); !r)
            return fail(r);
    }
    json[QStringLiteral("ok")] = true;
    if (m_json) {
        printJson(json);
        return Success;
    }
    m_out << (dryRun ? tr("Checked %1 (sheet %2, header in row %3); nothing was written.")
                     : tr("Imported %1 (sheet %2, header in row %3)."))
                 .arg(QDir::toNativeSeparators(file), preview.sheet)
                 .arg(preview.headerRow)
          << '\n';
    m_out << tr("  %1 households, %2 member rows, %3 persons, monthly total %4 yuan")
                 .arg(preview.households)
                 .arg(preview.members)
                 .arg(preview.declaredPersons)
                 .arg(preview.monthlyTotal.toDisplayString())
          << '\n';
    m_out << tr("  new %1, changed %2, unchanged %3")
                 .arg(preview.newHouseholds)
                 .arg(preview.changedHouseholds)
                 .arg(preview.unchangedHouseholds)
          << '\n';
    if (!preview.newVillages.isEmpty())
        m_out << tr("  new villages: %1").arg(preview.newVillages.join(QStringLiteral("、"))) << '\n';
    for (const ImportPreview::HouseholdChange &c : preview.changes) {
        if (c.isNew)
            continue;
        m_out << tr("  row %1, %2:").arg(c.row).arg(c.headName) << '\n';
        for (const ImportPreview::FieldChange &f : c.changes)
            m_out << QStringLiteral("    %1: %2 → %3").arg(f.field, f.before, f.after) << '\n';
    }
    m_out << tr("  file SHA-256 %1").arg(preview.sha256) << '\n';
    printImportWarnings(preview, m_out);
    m_out.flush();
    return Success;
}

void CliApp::printImportWarnings(const ImportPreview &preview, QTextStream &out)
{
    if (preview.warnings.isEmpty())
        return;
    out << tr("  %n warning(s) (they do not stop the import):", nullptr, int(preview.warnings.size())) << '\n';
    const QList<ValueWord> unmapped = preview.unmappedWords();
    if (!unmapped.isEmpty()) {
        QStringList words;
        for (const ValueWord &w : unmapped)
            words << tr("%1 (%n row(s))", nullptr, w.count).arg(w.word);
        out << "    " << tr("imported as 其他, the words kept: %1").arg(words.join(QStringLiteral("、"))) << '\n';
    }
    for (const ImportIssue &i : preview.warnings)
        out << "    " << i.text() << '\n';
}

int CliApp::runExport(QStringList args)
{
    if (args.size() < 2 || args.at(1) != QLatin1String("roster"))
        return usage(tr("export needs what to export: export roster --out FILE.xlsx|FILE.csv."));
    const QString out = Startup::takeOption(args, QStringLiteral("out"));
    const QString villageText = Startup::takeOption(args, QStringLiteral("village"));
    const QString statusText = Startup::takeOption(args, QStringLiteral("status"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 2)
        return usage(tr("export roster takes no argument \"%1\".").arg(args.at(2)));
    if (out.isEmpty())
        return usage(tr("export roster needs --out FILE.xlsx or --out FILE.csv."));
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    RosterFilter filter;
    if (!villageText.isEmpty()) {
        OfficeRepository offices(db);
        const Outcome<std::optional<Village>> found = offices.villageByNameOrCode(villageText);
        if (!found)
            return fail(found.result());
        const std::optional<Village> &v = found.value();
        if (!v) {
            QStringList names;
            for (const Village &candidate : offices.villages().valueOr({}))
                names << candidate.name;
            return fail(Result::rejected(tr("--village: there is no village %1 (villages: %2).")
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
            return fail(Result::rejected(tr("--status: unknown status %1; use one of %2.")
                                             .arg(statusText, names.join(QStringLiteral(", ")))),
                InputRejected);
        }
        filter.status = status;
    }
    RosterExporter::Summary summary;
    if (const Result r = RosterExporter(db).exportRoster(out, filter, &summary); !r)
        return fail(r);
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("file")] = out;
        o[QStringLiteral("households")] = summary.households;
        o[QStringLiteral("members")] = summary.members;
        o[QStringLiteral("persons")] = summary.persons;
        o[QStringLiteral("monthly_total_fen")] = summary.monthlyTotal.fen();
        printJson(o);
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
