#pragma once

#include "exchange/sheets/SheetReader.h"

#include <string>
#include <vector>

class XlsxStyles;
class XlsxXmlScanner;

// Streams one worksheet part: rows of <c> cells with their values resolved (shared strings, inline
// strings, cached formula results, booleans, errors, dates by number format) and the merged ranges.
// Row and cell references may be missing (then they count on); <dimension> is ignored.
class XlsxSheetParser
{
public:
    enum class Failure {
        None,
        Xml,
        NotAWorksheet,
        Cancelled,
        TooManyCells,
        TooManyColumns,
        RowOrder,
        CellOrder,
        BadReference,
        MissingSharedString
    };

    XlsxSheetParser(
        const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904, const SheetLimits &limits);

    // Calls onRow for every row that holds a value; false on failure (see failure()).
    bool parse(XlsxXmlScanner &scanner, const std::function<bool(const SheetRow &)> &onRow);

    Failure failure() const { return m_failure; }
    // Where it failed: the row number, and the cell reference ("B7") where known.
    int failureRow() const { return m_row.number; }
    QString failureCell() const;
    // The shared string index a cell asked for (MissingSharedString).
    qint64 failureIndex() const { return m_failureIndex; }
    QList<MergedRange> mergedRanges() const { return m_merged; }

private:
    enum class Type : quint8 { Number, SharedString, InlineString, FormulaString, Boolean, Error, IsoDate };

    bool startRow(XlsxXmlScanner &scanner);
    bool startCell(XlsxXmlScanner &scanner);
    bool finishCell();
    // A cell's text (a number's stored digits, trimmed), the same QString as the column's last cell when equal. It
    // may take utf8's bytes instead of copying them (utf8 is left holding other bytes: the caller clears it).
    QString textOf(std::string &utf8, bool number = false);
    void addMerge(std::string_view reference);
    bool fail(Failure failure);

    const QStringList &m_sharedStrings;
    const XlsxStyles &m_styles;
    bool m_date1904;
    SheetLimits m_limits;

    SheetRow m_row;
    int m_column = -1; // column of the current (or last) cell in the row
    int m_style = 0;
    Type m_type = Type::Number;
    bool m_hasValue = false;
    qint64 m_cellCount = 0;
    qint64 m_failureIndex = -1;
    std::string m_value;
    std::string m_inline;
    struct LastText
    {
        std::string utf8;
        bool number = false;
        QString text;
    };
    std::vector<LastText> m_lastTexts; // by column
    QList<MergedRange> m_merged;
    Failure m_failure = Failure::None;
};
