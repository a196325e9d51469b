#pragma once

#include "core/Period.h"
#include "reports/table/ReportTable.h"

#include <QDate>
#include <QString>
#include <QVariantList>

// Pieces every Report's table is made of. The official forms' wording is Chinese whatever the
// interface's language (DESIGN.md §7).
namespace ReportRows {

QString zhDate(const QDate &date); // 2026-10-08, empty for no date
QString zhMonth(const Period &p); // 2026年10月
ReportRow dataRow(const QVariantList &cells);
ReportRow totalRow(const QVariantList &cells);
// A row that names a group ("一、本月新增") in one column of an otherwise empty row.
ReportRow groupRow(int columns, int at, const QString &text);

} // namespace ReportRows
