#pragma once

#include "core/Result.h"
#include "reports/table/ReportTable.h"

#include <QCoreApplication>

// Writes a ReportTable's figures as CSV to load as data: UTF-8 with a BOM (Excel and WPS then read
// Chinese), CRLF line ends, one header line of the leaf columns (under a multi-level header the parent's
// text joined to the leaf's: "保障人数-合计"), then the data and total rows with plain numbers (money in
// yuan with two decimals), and last the form's signature line, one cell each: 单位负责人：…, 审核人：…, 填表人：…,
// 联系电话：… (a reader of the figures stops at it, as at a printed form's footer). No title line. The file
// appears at the path only when complete.
class ReportCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsvWriter)

public:
    static Result write(const ReportTable &table, const QString &path);
    // The header line's names, one per leaf column.
    static QStringList columnNames(const ReportTable &table);
    // The signature line's cells, padded with empty cells to the table's width.
    static QStringList signatureCells(const ReportTable &table, int columns);
};
