#include "ImportCommand.h"

#include "core/Period.h"
#include "exchange/roster/RosterImporter.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

int ImportCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.size() < 2 || args.at(1) != QLatin1String("roster"))
        return m_cli.usage(tr("import needs what to import: import roster FILE."));
    int exitCode = Success;
    QCommandLineParser parser;
    if (!m_cli.parse(parser, args,
            {{"sheet"}, {"profile"}, {"create-villages", CliContext::Option::Flag}, {"as-of"},
                {"dry-run", CliContext::Option::Flag}},
            &exitCode, 2))
        return exitCode;
    ImportOptions options;
    options.sheet = parser.value(QStringLiteral("sheet"));
    options.profile = parser.value(QStringLiteral("profile"));
    options.createVillages = parser.isSet(QStringLiteral("create-villages"));
    const QString asOf = parser.value(QStringLiteral("as-of"));
    if (!asOf.isEmpty()) {
        options.asOf = Period::parse(asOf);
        if (!options.asOf.isValid())
            return m_cli.usage(tr("--as-of needs the month the roster describes, as YYYY-MM (not \"%1\").").arg(asOf));
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    if (args.size() != 3)
        return m_cli.usage(tr("import roster needs exactly one file."));
    const QString file = args.at(2);
    if (!QFileInfo::exists(file))
        return m_cli.fail(
            Result::rejected(tr("%1: there is no such file.").arg(QDir::toNativeSeparators(file))), InputRejected);
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    const Outcome<bool> configured = OfficeRepository(db).isConfigured();
    if (!configured)
        return m_cli.fail(configured.result());
    if (!*configured)
        return m_cli.fail(
            Result::rejected(tr("The database has no township office yet; set it up with dibao-cli init.")),
            InputRejected);
    RosterImporter importer(db);
    const ImportPreview preview = importer.preview(file, options);
    QJsonObject json = preview.toJson();
    json[QStringLiteral("dry_run")] = dryRun;
    if (!preview.isAcceptable()) {
        // A file refused is the input's fault (2); a database that could not be read is not (3).
        const CliContext::ExitCode code = preview.failure.isOk() ? InputRejected : OtherFailure;
        json[QStringLiteral("ok")] = false;
        json[QStringLiteral("exit_code")] = int(code);
        if (m_json)
            m_cli.printJson(json);
        m_cli.err() << tr(
            "dibao-cli: %1 was rejected: %n problem(s); nothing was written.", nullptr, int(preview.issues.size()))
                           .arg(QDir::toNativeSeparators(file))
                    << '\n';
        for (const ImportIssue &i : preview.issues)
            m_cli.err() << "  " << i.text() << '\n';
        printImportWarnings(preview, m_cli.err());
        m_cli.err().flush();
        return code;
    }
    if (!dryRun) {
        if (const Result r = importer.apply(); !r)
            return m_cli.fail(r);
    }
    json[QStringLiteral("ok")] = true;
    if (m_json) {
        m_cli.printJson(json);
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

void ImportCommand::printImportWarnings(const ImportPreview &preview, QTextStream &out)
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
