#include "ReportCommand.h"

#include "TextTable.h"
#include "office/OfficeRepository.h"
#include "reports/compute/ReportCatalog.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportPainter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "reports/table/ReportOutputLog.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

int ReportCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString name = args.value(1);
    if (name.isEmpty())
        return m_cli.usage(tr("report needs a name: report list, or report NAME --period YYYY-MM --out FILE."));
    if (name == QLatin1String("list")) {
        int exitCode = Success;
        QCommandLineParser options;
        if (!m_cli.parse(options, args, {}, &exitCode, 2, 0))
            return exitCode;
        const QList<ReportCatalog::Definition> all = ReportCatalog::definitions();
        if (m_json) {
            QJsonArray list;
            for (const ReportCatalog::Definition &d : all) {
                list << QJsonObject {{QStringLiteral("name"), d.name}, {QStringLiteral("title"), d.zhTitle},
                    {QStringLiteral("needs_period"), d.needsPeriod}};
            }
            m_cli.printJson(list);
            return Success;
        }
        TextTable table({tr("Name"), tr("Table"), tr("Period")});
        for (const ReportCatalog::Definition &d : all)
            table.addRow({d.name, d.title, d.needsPeriod ? tr("required") : tr("optional")});
        m_out << table.toString();
        m_out.flush();
        return Success;
    }
    int exitCode = Success;
    QCommandLineParser parser;
    if (!m_cli.parse(parser, args, {{"out"}, {"period"}, {"village"}, {"inspection"}}, &exitCode, 2, 0))
        return exitCode;
    const QString out = parser.value(QStringLiteral("out"));
    const QString periodText = parser.value(QStringLiteral("period"));
    const QString villageText = parser.value(QStringLiteral("village"));
    const QString inspectionText = parser.value(QStringLiteral("inspection"));
    if (!ReportCatalog::definition(name)) {
        QStringList names;
        for (const ReportCatalog::Definition &d : ReportCatalog::definitions())
            names << d.name;
        return m_cli.fail(
            Result::rejected(
                tr("There is no report \"%1\"; the reports are %2.").arg(name, names.join(QStringLiteral(", ")))),
            InputRejected);
    }
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty()
        || (suffix != QLatin1String("pdf") && suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")))
        return m_cli.usage(tr("report %1 needs --out FILE.pdf, FILE.xlsx or FILE.csv.").arg(name));
    Period period;
    if (!m_cli.periodOption(periodText, &period, &exitCode))
        return exitCode;
    ReportOptions options;
    if (!inspectionText.isEmpty()) {
        bool ok = false;
        options.inspectionId = inspectionText.toLongLong(&ok);
        if (!ok || options.inspectionId <= 0)
            return m_cli.usage(tr("--inspection takes the number of a self-inspection run."));
    }
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    if (!villageText.isEmpty()) {
        const Outcome<std::optional<Village>> found = OfficeRepository(db).villageByNameOrCode(villageText);
        if (!found)
            return m_cli.fail(found.result());
        const std::optional<Village> &v = found.value();
        if (!v)
            return m_cli.fail(
                Result::rejected(tr("--village: there is no village %1.").arg(villageText)), InputRejected);
        options.villageId = v->id;
    }
    ReportTable table;
    if (const Result r = ReportCatalog(db).compute(name, period, options, &table); !r)
        return m_cli.fail(r);
    Result written;
    if (suffix == QLatin1String("pdf"))
        written = ReportPainter::writePdf(table, out);
    else if (suffix == QLatin1String("xlsx"))
        written = ReportXlsxWriter::write(table, out);
    else
        written = ReportCsvWriter::write(table, out);
    if (!written)
        return m_cli.fail(written);
    // A later change dated into this month asks first: the file now on record would no longer match.
    if (const Result logged = ReportOutputLog(db).record(table, suffix, out); !logged)
        return m_cli.fail(logged);
    int dataRows = 0;
    for (const ReportRow &row : std::as_const(table.rows))
        dataRows += row.kind == ReportRow::Kind::Data ? 1 : 0;
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("report")] = name;
        o[QStringLiteral("file")] = out;
        o[QStringLiteral("rows")] = dataRows;
        if (period.isValid())
            o[QStringLiteral("period")] = period.toString();
        o[QStringLiteral("table")] = table.toJson();
        m_cli.printJson(o);
        return Success;
    }
    m_out << tr("Wrote %1 (%2 rows) to %3.").arg(table.title).arg(dataRows).arg(QDir::toNativeSeparators(out)) << '\n';
    m_out.flush();
    return Success;
}
