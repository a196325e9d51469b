#pragma once

#include "core/Result.h"
#include "reports/table/ReportTable.h"

#include <QCoreApplication>

// Writes a ReportTable as an XLSX workbook in the official layout (DESIGN.md §7): the merged title,
// 表号/制表机关 where set, 填报单位（盖章）/ period / 填报日期, the multi-level header with merged cells,
// the bordered grid (integers "0", money in yuan and decimals "0.00" as numbers, text as text so ID
// numbers survive, totals bold, long text wrapped), then the notes and the signature line. Printed on
// A4 in the table's orientation, one page wide, with the header repeated and "第 X 页 共 Y 页" at the
// foot. Rows stream to disk; the file appears at the path only when complete.
class ReportXlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsxWriter)

public:
    static Result write(const ReportTable &table, const QString &path);
    // The sheet's name: the title without the characters Excel refuses, at most 31 characters.
    static QString sheetName(const QString &title);
};
