#include "ledgers/LedgerExporter.h"

#include "reports/compute/ReportComputations.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "storage/Database.h"

#include <QFileInfo>

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
    const ReportComputations compute(m_db);
    ReportTable table;
    // The ledgers' tables read the ledgers: a read that fails says so, and nothing is written.
    const auto take = [&table](Outcome<ReportTable> read) {
        if (!read)
            return read.result();
        table = std::move(read).value();
        return Result::success();
    };
    Result made;
    switch (ledger) {
    case Ledger::Checklist:
        made = compute.inspectionChecklist(period, inspectionId, &table);
        break;
    case Ledger::Rectifications:
        made = take(compute.rectifications(period));
        break;
    case Ledger::Complaints:
        made = take(compute.complaints(period));
        break;
    case Ledger::Cases:
        made = take(compute.cases(period));
        break;
    }
    if (!made)
        return made;
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
