#pragma once

#include "core/Period.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

// A computed report: a plain table value that renderers turn into screen, print, PDF, XLSX and CSV,
// and that serialises losslessly to JSON so that a sealed submission keeps exactly the figures it
// carried. Official tables (DESIGN.md §7) carry 填报单位（盖章）and 填报日期 above the grid and
// 单位负责人、审核人、填表人、联系电话 below it; the form's wording is Chinese whatever the UI language.
struct ReportColumn
{
    enum class Kind { Text, Integer, Money, Decimal };
    QString key; // stable name of the figure, e.g. covered_persons
    QString header; // the leaf header text
    Kind kind = Kind::Text;
    double width = 10; // characters
    bool wrap = false;
};

// A header cell over one or more leaf columns and header rows (multi-level headers).
struct ReportHeaderCell
{
    QString text;
    int row = 0;
    int column = 0;
    int rowSpan = 1;
    int columnSpan = 1;
};

struct ReportRow
{
    enum class Kind { Data, Group, Total };
    Kind kind = Kind::Data;
    // One value per leaf column: QString for text, qint64 for integers and money (fen), double for
    // decimals; a null QVariant for an empty cell.
    QVariantList cells;
};

struct ReportTable
{
    QString id; // monthly, changes, roster, …
    QString title;
    QString tableNumber; // 表号, where the form has one
    QString issuer; // 制表机关
    Period period; // the month the table covers (invalid for tables that have none)
    QString periodText; // what the form says, e.g. 2026年10月
    QString unit; // 填报单位
    QDate date; // 填报日期
    bool landscape = true;
    QList<ReportColumn> columns;
    QList<ReportHeaderCell> header; // empty: one header row of the columns' headers
    QList<ReportRow> rows;
    QStringList notes; // 说明 lines under the grid
    // The footer's signature line.
    QString unitHead;
    QString reviewer;
    QString preparer;
    QString phone;

    int headerRowCount() const;
    // The header as a grid of cells: the multi-level header, or one row of the leaf headers.
    QList<ReportHeaderCell> headerCells() const;
    // A cell as the forms print it: integers plain, money in yuan with two decimals, decimals with
    // two; empty for null.
    QString cellText(int row, int column) const;
    static QString formatValue(const QVariant &value, ReportColumn::Kind kind);

    QJsonObject toJson() const;
    static ReportTable fromJson(const QJsonObject &json);
    bool operator==(const ReportTable &other) const;
};
