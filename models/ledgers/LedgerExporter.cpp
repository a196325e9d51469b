#include "ledgers/LedgerExporter.h"

#include "reports/compute/CasesReport.h"
#include "reports/compute/ComplaintsReport.h"
#include "reports/compute/InspectionChecklistReport.h"
#include "reports/compute/RectificationsReport.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "storage/Database.h"

#include <QFileInfo>

#include <memory>

LedgerExporter::LedgerExporter(Database &db)
    : m_db(db)
{ }

QStringList LedgerExporter::ledgerNames()
{
    return {QStringLiteral("checklist"), QStringLiteral("rectifications"), QStringLiteral("complaints"),
        QStringLiteral("cases")};
}

bool LedgerExporter::ledgerFromName(const QString &name, Ledger *ledger)
{
    const int i = int(ledgerNames().indexOf(name.trimmed().toLower()));
    if (i < 0)
        return false;
    *ledger = Ledger(i);
    return true;
}

Result LedgerExporter::exportLedger(
    Ledger ledger, const QString &path, const Period &period, qint64 inspectionId, int *rows)
{
    // The same tables the reports print: computed once, rendered by the official-table writers.
    ReportOptions options;
    options.inspectionId = inspectionId;
    std::unique_ptr<Report> report;
    switch (ledger) {
    case Ledger::Checklist:
        report = std::make_unique<InspectionChecklistReport>(m_db);
        break;
    case Ledger::Rectifications:
        report = std::make_unique<RectificationsReport>(m_db);
        break;
    case Ledger::Complaints:
        report = std::make_unique<ComplaintsReport>(m_db);
        break;
    case Ledger::Cases:
        report = std::make_unique<CasesReport>(m_db);
        break;
    }
    Outcome<ReportTable> computed = report->compute(period, options);
    // The ledgers' tables read the ledgers: a read that fails says so, and nothing is written.
    if (!computed)
        return computed.result();
    const ReportTable table = std::move(computed).value();
    const QString suffix = QFileInfo(path).suffix().toLower();
    Result written;
    if (suffix == QLatin1String("xlsx"))
        written = ReportXlsxWriter::write(table, path);
    else if (suffix == QLatin1String("csv"))
        written = ReportCsvWriter::write(table, path);
    else
        return Result::rejected(tr("%1: write the ledger as .xlsx or .csv.").arg(QFileInfo(path).fileName()));
    if (!written)
        return written;
    if (rows) {
        *rows = 0;
        for (const ReportRow &row : std::as_const(table.rows))
            *rows += row.kind == ReportRow::Kind::Data && !row.cells.value(0).isNull() ? 1 : 0;
    }
    return Result::success();
}
