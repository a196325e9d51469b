#include "reports/render/ReportXlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <xlsxwriter.h>

namespace {

constexpr double kLineHeight = 15; // points per line of 11-point 宋体
constexpr double kInchPerMm = 1 / 25.4;

struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *left = nullptr;
    lxw_format *centre = nullptr;
    lxw_format *right = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *wrapped = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *money = nullptr;
    lxw_format *group = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalWrapped = nullptr;
    lxw_format *totalInteger = nullptr;
    lxw_format *totalMoney = nullptr;
    lxw_format *note = nullptr;
};

lxw_format *makeFormat(
    lxw_workbook *wb, bool bold, bool border, uint8_t align, const char *numFormat = nullptr, double size = 11)
{
    lxw_format *f = workbook_add_format(wb);
    format_set_font_name(f, "宋体");
    format_set_font_size(f, size);
    if (bold)
        format_set_bold(f);
    if (border)
        format_set_border(f, LXW_BORDER_THIN);
    format_set_align(f, align);
    format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    if (numFormat)
        format_set_num_format(f, numFormat);
    return f;
}

Formats makeFormats(lxw_workbook *wb)
{
    Formats f;
    f.title = makeFormat(wb, true, false, LXW_ALIGN_CENTER, nullptr, 18);
    f.left = makeFormat(wb, false, false, LXW_ALIGN_LEFT);
    f.centre = makeFormat(wb, false, false, LXW_ALIGN_CENTER);
    f.right = makeFormat(wb, false, false, LXW_ALIGN_RIGHT);
    f.header = makeFormat(wb, true, true, LXW_ALIGN_CENTER);
    format_set_text_wrap(f.header);
    format_set_bg_color(f.header, 0xE8E8E8);
    f.text = makeFormat(wb, false, true, LXW_ALIGN_LEFT, "@");
    f.wrapped = makeFormat(wb, false, true, LXW_ALIGN_LEFT, "@");
    format_set_text_wrap(f.wrapped);
    f.integer = makeFormat(wb, false, true, LXW_ALIGN_RIGHT, "0");
    f.money = makeFormat(wb, false, true, LXW_ALIGN_RIGHT, "0.00");
    f.group = makeFormat(wb, true, true, LXW_ALIGN_LEFT, "@");
    f.totalText = makeFormat(wb, true, true, LXW_ALIGN_CENTER, "@");
    f.totalWrapped = makeFormat(wb, true, true, LXW_ALIGN_CENTER, "@");
    format_set_text_wrap(f.totalWrapped);
    f.totalInteger = makeFormat(wb, true, true, LXW_ALIGN_RIGHT, "0");
    f.totalMoney = makeFormat(wb, true, true, LXW_ALIGN_RIGHT, "0.00");
    f.note = makeFormat(wb, false, false, LXW_ALIGN_LEFT);
    format_set_text_wrap(f.note);
    format_set_align(f.note, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

// Lines a text takes in a width of so many characters ('0' widths; an ideograph takes two).
int linesFor(const QString &text, double widthChars)
{
    int lines = 0;
    for (const QString &paragraph : text.split(u'\n')) {
        double units = 0;
        for (const QChar c : paragraph)
            units += c.unicode() >= 0x2E80 ? 2 : 1;
        lines += qMax(1, int(std::ceil(units / qMax(widthChars - 1, 1.0))));
    }
    return qMax(lines, 1);
}

// Writes rows strictly in order, as libxlsxwriter's constant-memory mode requires: a row is flushed
// as soon as a later one is written. A merged range is therefore registered only once its last row
// is the current one and all its cells have been written; worksheet_merge_range then rewrites the
// cells of that row with the same contents and skips the rows already flushed.
class SheetWriter
{
public:
    SheetWriter(lxw_worksheet *ws, int columns)
        : m_ws(ws)
        , m_last(lxw_col_t(qMax(columns, 1) - 1))
    { }

    lxw_worksheet *sheet() const { return m_ws; }
    lxw_row_t row() const { return m_row; }
    lxw_col_t lastColumn() const { return m_last; }
    void next() { ++m_row; }
    void setHeight(double points) { worksheet_set_row(m_ws, m_row, points, nullptr); }

    void text(lxw_col_t col, const QString &value, lxw_format *format)
    {
        if (value.isEmpty())
            worksheet_write_blank(m_ws, m_row, col, format);
        else
            worksheet_write_string(m_ws, m_row, col, value.toUtf8().constData(), format);
    }

    // A text over columns first..last of the current row.
    void span(lxw_col_t first, lxw_col_t last, const QString &value, lxw_format *format)
    {
        if (first == last) {
            text(first, value, format);
            return;
        }
        worksheet_merge_range(m_ws, m_row, first, m_row, last, value.toUtf8().constData(), format);
    }

    // A range over earlier rows whose cells are all written: registered now, its last row being current.
    void registerMerge(
        lxw_row_t firstRow, lxw_col_t firstCol, lxw_col_t lastCol, const QString &value, lxw_format *format)
    {
        if (firstRow == m_row && firstCol == lastCol)
            return;
        worksheet_merge_range(m_ws, firstRow, firstCol, m_row, lastCol, value.toUtf8().constData(), format);
    }

private:
    lxw_worksheet *m_ws;
    lxw_col_t m_last;
    lxw_row_t m_row = 0;
};

void writeHeading(SheetWriter &w, const ReportTable &table, const Formats &f)
{
    const lxw_col_t last = w.lastColumn();
    w.setHeight(32);
    w.span(0, last, table.title, f.title);
    w.next();

    QStringList numbers;
    if (!table.tableNumber.isEmpty())
        numbers << QStringLiteral("表号：%1").arg(table.tableNumber);
    if (!table.issuer.isEmpty())
        numbers << QStringLiteral("制表机关：%1").arg(table.issuer);
    if (!numbers.isEmpty()) {
        w.span(0, last, numbers.join(QStringLiteral("　　")), f.right);
        w.next();
    }

    // 填报单位（盖章）at the left with room for the seal, the period in the middle, 填报日期 at the right.
    const QString unit = QStringLiteral("填报单位（盖章）：%1").arg(table.unit);
    const QString date = QStringLiteral("填报日期：%1")
                             .arg(table.date.isValid() ? table.date.toString(QStringLiteral("yyyy年M月d日"))
                                                       : QStringLiteral("　　　　年　　月　　日"));
    w.setHeight(30);
    const int n = int(last) + 1;
    if (n < 3) {
        w.span(0, last, QStringList {unit, table.periodText, date}.join(QStringLiteral("　　")), f.left);
    } else {
        const lxw_col_t third = lxw_col_t(n / 3);
        w.span(0, third - 1, unit, f.left);
        w.span(third, lxw_col_t(n - n / 3 - 1), table.periodText, f.centre);
        w.span(lxw_col_t(n - n / 3), last, date, f.right);
    }
    w.next();
}

// The header grid row by row; spanning cells are merged once their last row is written.
void writeHeader(SheetWriter &w, const ReportTable &table, const Formats &f)
{
    const int rows = table.headerRowCount();
    const int columns = int(table.columns.size());
    const QList<ReportHeaderCell> cells = table.headerCells();
    const lxw_row_t top = w.row();
    for (int r = 0; r < rows; ++r) {
        int lines = 1;
        for (int c = 0; c < columns; ++c) {
            const ReportHeaderCell *owner = nullptr;
            for (const ReportHeaderCell &cell : cells) {
                if (r >= cell.row && r < cell.row + qMax(cell.rowSpan, 1) && c >= cell.column
                    && c < cell.column + qMax(cell.columnSpan, 1)) {
                    owner = &cell;
                    break;
                }
            }
            if (owner && owner->row == r && owner->column == c) {
                w.text(lxw_col_t(c), owner->text, f.header);
                if (owner->rowSpan <= 1) {
                    double width = 0;
                    for (int k = c; k < qMin(columns, c + qMax(owner->columnSpan, 1)); ++k)
                        width += table.columns.at(k).width;
                    lines = qMax(lines, linesFor(owner->text, width));
                }
            } else {
                worksheet_write_blank(w.sheet(), w.row(), lxw_col_t(c), f.header);
            }
        }
        w.setHeight(kLineHeight * lines + 6);
        for (const ReportHeaderCell &cell : cells) {
            const int lastRow = cell.row + qMax(cell.rowSpan, 1) - 1;
            if (lastRow != r || cell.column < 0 || cell.column >= columns)
                continue;
            const int lastCol = qMin(columns, cell.column + qMax(cell.columnSpan, 1)) - 1;
            w.registerMerge(top + lxw_row_t(cell.row), lxw_col_t(cell.column), lxw_col_t(lastCol), cell.text, f.header);
        }
        w.next();
    }
}

void writeBody(SheetWriter &w, const ReportTable &table, const Formats &f)
{
    const int columns = int(table.columns.size());
    lxw_worksheet *ws = w.sheet();
    for (int r = 0; r < table.rows.size(); ++r) {
        const ReportRow &row = table.rows.at(r);
        if (row.kind == ReportRow::Kind::Group) {
            QString text;
            for (int c = 0; c < columns && text.isEmpty(); ++c)
                text = table.cellText(r, c);
            w.span(0, w.lastColumn(), text, f.group);
            w.next();
            continue;
        }
        const bool total = row.kind == ReportRow::Kind::Total;
        // Spreadsheet programs keep a written row's height on opening: set it for wrapped text.
        int lines = 1;
        for (int c = 0; c < columns; ++c) {
            if (table.columns.at(c).wrap)
                lines = qMax(lines, linesFor(table.cellText(r, c), table.columns.at(c).width));
        }
        if (lines > 1)
            w.setHeight(kLineHeight * lines + 3);
        for (int c = 0; c < columns; ++c) {
            const ReportColumn &column = table.columns.at(c);
            const QVariant v = row.cells.value(c);
            const lxw_col_t col = lxw_col_t(c);
            const bool empty = v.isNull() || !v.isValid();
            switch (column.kind) {
            case ReportColumn::Kind::Text: {
                lxw_format *format
                    = column.wrap ? (total ? f.totalWrapped : f.wrapped) : (total ? f.totalText : f.text);
                w.text(col, empty ? QString() : v.toString(), format);
                break;
            }
            case ReportColumn::Kind::Integer:
                if (empty)
                    worksheet_write_blank(ws, w.row(), col, total ? f.totalInteger : f.integer);
                else
                    worksheet_write_number(
                        ws, w.row(), col, double(v.toLongLong()), total ? f.totalInteger : f.integer);
                break;
            case ReportColumn::Kind::Money:
            case ReportColumn::Kind::Decimal: {
                lxw_format *format = total ? f.totalMoney : f.money;
                if (empty)
                    worksheet_write_blank(ws, w.row(), col, format);
                else if (column.kind == ReportColumn::Kind::Money)
                    worksheet_write_number(ws, w.row(), col, double(v.toLongLong()) / 100.0, format);
                else
                    worksheet_write_number(ws, w.row(), col, v.toDouble(), format);
                break;
            }
            }
        }
        w.next();
    }
}

void writeFooter(SheetWriter &w, const ReportTable &table, const Formats &f)
{
    double width = 0;
    for (const ReportColumn &c : table.columns)
        width += c.width;
    w.next(); // a blank line
    for (int i = 0; i < table.notes.size(); ++i) {
        const QString text = (i == 0 ? QStringLiteral("说明：") : QStringLiteral("　　　")) + table.notes.at(i);
        w.setHeight(kLineHeight * linesFor(text, width) + 3);
        w.span(0, w.lastColumn(), text, f.note);
        w.next();
    }
    if (!table.notes.isEmpty())
        w.next();
    const QString line = QStringLiteral("单位负责人：%1        审核人：%2        填表人：%3        联系电话：%4")
                             .arg(table.unitHead, table.reviewer, table.preparer, table.phone);
    w.setHeight(24);
    w.span(0, w.lastColumn(), line, f.left);
}

} // namespace

QString ReportXlsxWriter::sheetName(const QString &title)
{
    QString name;
    for (const QChar c : title) {
        if (!QStringLiteral("[]:*?/\\").contains(c) && c.isPrint())
            name += c;
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    name = name.left(31);
    while (name.endsWith(u'\''))
        name.chop(1);
    return name.trimmed().isEmpty() ? QStringLiteral("报表") : name;
}

Result ReportXlsxWriter::write(const ReportTable &table, const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Result::failed(tr("%1: the folder does not exist").arg(path));
    if (table.columns.isEmpty())
        return Result::failed(tr("%1: the report has no columns to write").arg(path));
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);

    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE; // a roster report has a row per member: stream them
    QByteArray tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = tmpdir.data();
    const QByteArray file = QFile::encodeName(part);
    lxw_workbook *wb = workbook_new_opt(file.constData(), &options);
    if (!wb)
        return Result::failed(tr("%1: cannot create the workbook").arg(path));
    QByteArray title = table.title.toUtf8();
    lxw_doc_properties properties = {};
    properties.title = title.data();
    workbook_set_properties(wb, &properties);
    const QByteArray name = sheetName(table.title).toUtf8();
    lxw_worksheet *ws = workbook_add_worksheet(wb, name.constData());
    if (!ws) {
        workbook_close(wb);
        QFile::remove(part);
        return Result::failed(tr("%1: cannot create the worksheet").arg(path));
    }
    const Formats formats = makeFormats(wb);

    for (int c = 0; c < table.columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), table.columns.at(c).width, nullptr);
    if (table.landscape)
        worksheet_set_landscape(ws);
    else
        worksheet_set_portrait(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 12 * kInchPerMm, 12 * kInchPerMm, 15 * kInchPerMm, 18 * kInchPerMm);
    worksheet_center_horizontally(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");

    SheetWriter w(ws, int(table.columns.size()));
    writeHeading(w, table, formats);
    const lxw_row_t headerTop = w.row();
    writeHeader(w, table, formats);
    worksheet_repeat_rows(ws, headerTop, w.row() - 1);
    worksheet_freeze_panes(ws, w.row(), 0);
    writeBody(w, table, formats);
    writeFooter(w, table, formats);

    const lxw_error result = workbook_close(wb);
    if (result != LXW_NO_ERROR) {
        QFile::remove(part);
        return Result::failed(
            tr("%1: the workbook could not be written (%2)").arg(path, QString::fromUtf8(lxw_strerror(result))));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Result::failed(tr("%1: the finished file could not be moved into place").arg(path));
    }
    return Result::success();
}
