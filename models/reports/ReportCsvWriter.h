#pragma once

#include "ReportTable.h"
#include "Result.h"

#include <QCoreApplication>

// Writes a ReportTable's figures as CSV to load as data: UTF-8 with a BOM (Excel and WPS then read
// Chinese), CRLF line ends, one header line of the leaf columns (under a multi-level header the parent's
// text joined to the leaf's: "保障人数-合计"), then the data and total rows with plain numbers (money in
// yuan with two decimals). No title or signature lines. The file appears at the path only when complete.
class ReportCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvWriter)

public:
    static Result write(const ReportTable &table, const QString &path);
    // The header line's names, one per leaf column.
    static QStringList columnNames(const ReportTable &table);
};
