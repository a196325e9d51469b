#include "exchange/sheets/XlsxSheetParser.h"

#include "exchange/sheets/XlsxSharedStrings.h"
#include "exchange/sheets/XlsxStyles.h"
#include "exchange/sheets/XlsxXmlScanner.h"

#include <charconv>

namespace {

constexpr int MaxRowNumber = 1 << 30;

// "B7" → column 1 and row 7; either may be absent in the text ("B", "7") and is then -1.
bool parseReference(std::string_view text, int *column, int *row)
{
    size_t i = 0;
    int c = 0;
    while (i < text.size()) {
        char ch = text[i];
        if (ch >= 'a' && ch <= 'z')
            ch = char(ch - 'a' + 'A');
        if (ch < 'A' || ch > 'Z')
            break;
        c = c * 26 + (ch - 'A' + 1);
        if (c > 1'000'000)
            return false;
        ++i;
    }
    const size_t letters = i;
    qint64 r = 0; // checked on every digit, so it never nears overflow
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
        r = r * 10 + (text[i] - '0');
        if (r > MaxRowNumber)
            return false;
        ++i;
    }
    if (i != text.size() || (letters == 0 && i == 0))
        return false;
    *column = letters ? c - 1 : -1;
    *row = i > letters ? int(r) : -1;
    return true;
}

bool parseInt(std::string_view text, int *value)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t'))
        text.remove_suffix(1);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), *value);
    return result.ec == std::errc() && result.ptr == text.data() + text.size();
}

// A one-letter element name (most of a sheet's elements), without a library call.
inline bool isName(std::string_view name, char letter)
{
    return name.size() == 1 && name[0] == letter;
}

QString columnName(int column)
{
    QString name;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        name.prepend(QChar(u'A' + (c - 1) % 26));
    return name;
}

} // namespace

XlsxSheetParser::XlsxSheetParser(
    const QStringList &sharedStrings, const XlsxStyles &styles, bool date1904, const SheetLimits &limits)
    : m_sharedStrings(sharedStrings)
    , m_styles(styles)
    , m_date1904(date1904)
    , m_limits(limits)
{
    m_value.reserve(64);
    m_inline.reserve(64);
}

QString XlsxSheetParser::failureCell() const
{
    return m_column >= 0 && m_row.number > 0 ? columnName(m_column) + QString::number(m_row.number) : QString();
}

bool XlsxSheetParser::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return false;
}

bool XlsxSheetParser::parse(XlsxXmlScanner &scanner, const std::function<bool(const SheetRow &)> &onRow)
{
    m_failure = Failure::None;
    m_merged.clear();
    m_row = SheetRow();
    m_column = -1;
    m_cellCount = 0;
    int sheetDataDepth = 0, rowDepth = 0, cellDepth = 0, valueDepth = 0, inlineDepth = 0, runDepth = 0, textDepth = 0;
    for (;;) {
        switch (scanner.next()) {
        case XlsxXmlScanner::Token::StartElement: {
            const int depth = scanner.depth();
            const std::string_view name = scanner.name();
            if (cellDepth) {
                if (depth == cellDepth + 1) {
                    if (isName(name, 'v'))
                        valueDepth = depth;
                    else if (name == "is")
                        inlineDepth = depth;
                } else if (inlineDepth) {
                    if (isName(name, 'r') && depth == inlineDepth + 1)
                        runDepth = depth;
                    else if (isName(name, 't') && (depth == inlineDepth + 1 || (runDepth && depth == runDepth + 1)))
                        textDepth = depth;
                }
            } else if (rowDepth) {
                if (depth == rowDepth + 1 && isName(name, 'c')) {
                    if (!startCell(scanner))
                        return false;
                    cellDepth = depth;
                    // The usual cells in one step (XlsxXmlScanner::takeChildText); anything else token by token.
                    if (m_type == Type::InlineString)
                        scanner.takeChildText("is", "t", &m_inline);
                    else if (scanner.takeChildText("v", {}, &m_value))
                        m_hasValue = true;
                }
            } else if (sheetDataDepth) {
                if (depth == sheetDataDepth + 1 && name == "row") {
                    if (!startRow(scanner))
                        return false;
                    rowDepth = depth;
                }
            } else if (depth == 2 && name == "sheetData") {
                sheetDataDepth = depth;
            } else if (depth == 3 && name == "mergeCell") {
                std::string_view reference;
                if (scanner.attribute("ref", &reference))
                    addMerge(reference);
            } else if (depth == 1 && name != "worksheet") {
                return fail(Failure::NotAWorksheet);
            }
            break;
        }
        case XlsxXmlScanner::Token::EndElement: {
            const int depth = scanner.depth();
            if (depth == textDepth) {
                textDepth = 0;
            } else if (depth == valueDepth) {
                valueDepth = 0;
            } else if (depth == runDepth) {
                runDepth = 0;
            } else if (depth == inlineDepth) {
                inlineDepth = 0;
            } else if (depth == cellDepth) {
                cellDepth = 0;
                if (!finishCell())
                    return false;
            } else if (depth == rowDepth) {
                rowDepth = 0;
                if (!m_row.cells.isEmpty() && !onRow(m_row))
                    return fail(Failure::Cancelled);
            } else if (depth == sheetDataDepth) {
                sheetDataDepth = 0;
            }
            break;
        }
        case XlsxXmlScanner::Token::Text:
            if (valueDepth) {
                if (!scanner.appendText(&m_value))
                    return fail(Failure::Xml);
                m_hasValue = true;
            } else if (textDepth) {
                if (!scanner.appendText(&m_inline))
                    return fail(Failure::Xml);
            }
            break;
        case XlsxXmlScanner::Token::EndOfDocument:
            return true;
        case XlsxXmlScanner::Token::Error:
            return fail(Failure::Xml);
        }
    }
}

bool XlsxSheetParser::startRow(XlsxXmlScanner &scanner)
{
    int number = m_row.number + 1;
    std::string_view reference;
    if (scanner.attribute("r", &reference)) {
        int column = -1, row = -1;
        if (!parseReference(reference, &column, &row) || row < 1 || column >= 0)
            return fail(Failure::BadReference);
        if (row <= m_row.number) {
            m_column = -1;
            m_row.number = row;
            return fail(Failure::RowOrder);
        }
        number = row;
    }
    if (number > MaxRowNumber)
        return fail(Failure::BadReference);
    m_row.number = number;
    m_row.cells.clear();
    m_column = -1;
    return true;
}

bool XlsxSheetParser::startCell(XlsxXmlScanner &scanner)
{
    std::string_view text;
    int column = m_column + 1;
    if (scanner.attribute("r", &text)) {
        int row = -1;
        if (!parseReference(text, &column, &row) || column < 0)
            return fail(Failure::BadReference);
        if (column <= m_column) {
            m_column = column;
            return fail(Failure::CellOrder);
        }
    }
    m_column = column;
    if (column >= m_limits.maxColumns)
        return fail(Failure::TooManyColumns);
    if (++m_cellCount > m_limits.maxCells)
        return fail(Failure::TooManyCells);
    m_style = 0;
    if (scanner.attribute("s", &text))
        parseInt(text, &m_style);
    m_type = Type::Number;
    if (scanner.attribute("t", &text)) {
        if (text == "s")
            m_type = Type::SharedString;
        else if (text == "inlineStr")
            m_type = Type::InlineString;
        else if (text == "str")
            m_type = Type::FormulaString;
        else if (text == "b")
            m_type = Type::Boolean;
        else if (text == "e")
            m_type = Type::Error;
        else if (text == "d")
            m_type = Type::IsoDate;
    }
    m_value.clear();
    m_inline.clear();
    m_hasValue = false;
    return true;
}

bool XlsxSheetParser::finishCell()
{
    SheetCell cell;
    switch (m_type) {
    case Type::InlineString:
        // Inline text lives in <is>; a cached formula result of an inline-string cell may be in <v>.
        cell.text = textOf(m_inline.empty() ? m_value : m_inline);
        cell.kind = SheetCell::Kind::Text;
        break;
    case Type::SharedString: {
        if (!m_hasValue)
            break;
        int index = -1;
        if (!parseInt(m_value, &index) || index < 0 || index >= m_sharedStrings.size()) {
            m_failureIndex = index;
            if (!parseInt(m_value, &index))
                m_failureIndex = -1;
            return fail(Failure::MissingSharedString);
        }
        cell.text = m_sharedStrings.at(index);
        cell.kind = SheetCell::Kind::Text;
        break;
    }
    case Type::FormulaString:
        cell.text = textOf(m_value);
        cell.kind = SheetCell::Kind::Text;
        break;
    case Type::Boolean:
        if (m_hasValue) {
            cell.kind = SheetCell::Kind::Boolean;
            cell.text = (m_value == "1" || m_value == "true") ? QStringLiteral("1") : QStringLiteral("0");
        }
        break;
    case Type::Error:
        cell.kind = SheetCell::Kind::Error;
        cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size()));
        break;
    case Type::IsoDate:
        cell.kind = SheetCell::Kind::Date;
        cell.text = QString::fromUtf8(m_value.data(), qsizetype(m_value.size())).trimmed().left(10);
        break;
    case Type::Number:
        if (!m_hasValue)
            break;
        if (m_styles.isDate(m_style)) {
            double serial = 0;
            const auto result = std::from_chars(m_value.data(), m_value.data() + m_value.size(), serial);
            if (result.ec == std::errc()) {
                cell.text = XlsxStyles::serialToDate(serial, m_date1904);
                if (!cell.text.isEmpty()) {
                    cell.kind = SheetCell::Kind::Date;
                    break;
                }
            }
        }
        cell.text = textOf(m_value, true);
        cell.kind = SheetCell::Kind::Number;
        break;
    }
    if (cell.text.isEmpty())
        return true; // an empty or styled-only cell
    if (m_row.cells.size() < m_column)
        m_row.cells.resize(m_column);
    m_row.cells.append(std::move(cell));
    return true;
}

QString XlsxSheetParser::textOf(std::string &utf8, bool number)
{
    // A roster repeats its household columns on every member row and has few distinct values in most other
    // columns: the text of the column's last cell is used again when its bytes are the same.
    if (m_column < 0)
        return number ? QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).trimmed()
                      : XlsxSharedStrings::toText(utf8);
    if (size_t(m_column) >= m_lastTexts.size())
        m_lastTexts.resize(size_t(m_column) + 1);
    LastText &last = m_lastTexts[size_t(m_column)];
    if (last.number != number || last.utf8 != utf8) {
        last.utf8.swap(utf8); // the caller clears utf8 before its next use: no copy
        last.number = number;
        last.text = number ? QString::fromUtf8(last.utf8.data(), qsizetype(last.utf8.size())).trimmed()
                           : XlsxSharedStrings::toText(last.utf8);
    }
    return last.text;
}

void XlsxSheetParser::addMerge(std::string_view reference)
{
    const size_t colon = reference.find(':');
    if (colon == std::string_view::npos)
        return;
    MergedRange range;
    int firstColumn = -1, firstRow = -1, lastColumn = -1, lastRow = -1;
    if (!parseReference(reference.substr(0, colon), &firstColumn, &firstRow)
        || !parseReference(reference.substr(colon + 1), &lastColumn, &lastRow) || firstColumn < 0 || firstRow < 1
        || lastColumn < firstColumn || lastRow < firstRow || m_merged.size() >= m_limits.maxCells)
        return; // a malformed range is dropped, as spreadsheet programs do
    range.firstRow = firstRow;
    range.lastRow = lastRow;
    range.firstColumn = firstColumn;
    range.lastColumn = lastColumn;
    m_merged.append(range);
}
