#include "exchange/sheets/OfficialSheetWriter.h"

#include "core/Money.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <xlsxwriter.h>

struct OfficialSheetWriter::Xlsx
{
    lxw_workbook *workbook = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *title = nullptr;
    lxw_format *left = nullptr;
    lxw_format *right = nullptr;
    lxw_format *header = nullptr;
    lxw_format *text = nullptr;
    lxw_format *integer = nullptr;
    lxw_format *money = nullptr;
    lxw_format *totalText = nullptr;
    lxw_format *totalInteger = nullptr;
    lxw_format *totalMoney = nullptr;
    lxw_format *footer = nullptr;
    QByteArray tmpdir;
};

namespace {

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

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

} // namespace

OfficialSheetWriter::OfficialSheetWriter() = default;

OfficialSheetWriter::~OfficialSheetWriter()
{
    if (m_xlsx && m_xlsx->workbook) {
        workbook_close(m_xlsx->workbook);
        QFile::remove(m_partPath);
    }
    if (m_csvFile) {
        m_csvFile->close();
        QFile::remove(m_partPath);
    }
}

Outcome<OfficialSheetWriter::Format> OfficialSheetWriter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("xlsx"))
        return Format::Xlsx;
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    return Result::rejected(tr("%1: choose a file name ending in .xlsx or .csv").arg(path));
}

Result OfficialSheetWriter::open(const QString &path, const QString &sheetName, const QList<TableColumn> &columns)
{
    const Outcome<Format> format = formatOf(path);
    if (!format)
        return format.result();
    m_format = *format;
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Result::rejected(tr("%1: the folder does not exist").arg(path));
    m_path = path;
    m_partPath = path + QStringLiteral(".part");
    m_columns = columns;
    QFile::remove(m_partPath);
    if (m_format == Format::Csv) {
        m_csvFile = std::make_unique<QFile>(m_partPath);
        if (!m_csvFile->open(QIODevice::WriteOnly)) {
            const QString why = m_csvFile->errorString();
            m_csvFile.reset();
            return Result::rejected(tr("%1: cannot write the file (%2)").arg(path, why));
        }
        m_csvFile->write("\xEF\xBB\xBF"); // BOM: Excel and WPS then read UTF-8 as Chinese
        return Result::success();
    }
    m_xlsx = std::make_unique<Xlsx>();
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    m_xlsx->tmpdir = QFile::encodeName(QDir::tempPath());
    options.tmpdir = m_xlsx->tmpdir.data();
    const QByteArray file = QFile::encodeName(m_partPath);
    m_xlsx->workbook = workbook_new_opt(file.constData(), &options);
    if (!m_xlsx->workbook) {
        m_xlsx.reset();
        return Result::rejected(tr("%1: cannot create the workbook").arg(path));
    }
    lxw_workbook *wb = m_xlsx->workbook;
    const QByteArray name = utf8(sheetName.left(31));
    m_xlsx->sheet = workbook_add_worksheet(wb, name.constData());
    m_xlsx->title = makeFormat(wb, true, false, LXW_ALIGN_CENTER, nullptr, 16);
    m_xlsx->left = makeFormat(wb, false, false, LXW_ALIGN_LEFT);
    m_xlsx->right = makeFormat(wb, false, false, LXW_ALIGN_RIGHT);
    m_xlsx->header = makeFormat(wb, true, true, LXW_ALIGN_CENTER);
    format_set_text_wrap(m_xlsx->header);
    format_set_bg_color(m_xlsx->header, 0xE8E8E8);
    m_xlsx->text = makeFormat(wb, false, true, LXW_ALIGN_LEFT, "@");
    m_xlsx->integer = makeFormat(wb, false, true, LXW_ALIGN_RIGHT, "0");
    m_xlsx->money = makeFormat(wb, false, true, LXW_ALIGN_RIGHT, "0.00");
    m_xlsx->totalText = makeFormat(wb, true, true, LXW_ALIGN_CENTER, "@");
    m_xlsx->totalInteger = makeFormat(wb, true, true, LXW_ALIGN_RIGHT, "0");
    m_xlsx->totalMoney = makeFormat(wb, true, true, LXW_ALIGN_RIGHT, "0.00");
    m_xlsx->footer = makeFormat(wb, false, false, LXW_ALIGN_LEFT);
    lxw_worksheet *ws = m_xlsx->sheet;
    for (int c = 0; c < columns.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, 9); // A4
    worksheet_set_margins(ws, 0.4, 0.4, 0.6, 0.6);
    worksheet_fit_to_pages(ws, 1, 0);
    worksheet_repeat_rows(ws, 2, 2);
    worksheet_set_footer(ws, "&C第 &P 页 共 &N 页");
    return Result::success();
}

void OfficialSheetWriter::writeCsvLine(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells) {
        if (c.contains(u',') || c.contains(u'"') || c.contains(u'\n') || c.contains(u'\r'))
            quoted << u'"' + QString(c).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            quoted << c;
    }
    if (m_csvFile->write(quoted.join(u',').toUtf8() + "\r\n") < 0)
        m_failed = true;
}

QString OfficialSheetWriter::textOf(const QVariant &value, TableColumn::Kind kind) const
{
    if (kind == TableColumn::Kind::Money && value.canConvert<qlonglong>() && !value.isNull()
        && value.typeId() != QMetaType::QString)
        return Money::fromFen(value.toLongLong()).toPlainString();
    return value.toString();
}

void OfficialSheetWriter::writeHeading(const QString &title, const Office &office, const QDate &date)
{
    QStringList headers;
    for (const TableColumn &c : m_columns)
        headers << c.header;
    if (m_format == Format::Csv) {
        writeCsvLine(headers);
        return;
    }
    lxw_worksheet *ws = m_xlsx->sheet;
    const lxw_col_t last = lxw_col_t(m_columns.size() - 1);
    worksheet_set_row(ws, 0, 30, nullptr);
    worksheet_merge_range(ws, 0, 0, 0, last, utf8(title).constData(), m_xlsx->title);
    const lxw_col_t half = last / 2;
    worksheet_merge_range(
        ws, 1, 0, 1, half, utf8(QStringLiteral("填报单位（盖章）：%1").arg(office.name)).constData(), m_xlsx->left);
    worksheet_merge_range(ws, 1, half + 1, 1, last,
        utf8(QStringLiteral("填报日期：%1").arg(date.toString(QStringLiteral("yyyy年M月d日")))).constData(),
        m_xlsx->right);
    worksheet_set_row(ws, 2, 30, nullptr);
    for (int c = 0; c < headers.size(); ++c)
        worksheet_write_string(ws, 2, lxw_col_t(c), utf8(headers[c]).constData(), m_xlsx->header);
    worksheet_freeze_panes(ws, 3, 0);
    m_row = 3;
}

void OfficialSheetWriter::writeRow(const QVariantList &values)
{
    if (m_format == Format::Csv) {
        QStringList cells;
        for (int c = 0; c < m_columns.size(); ++c)
            cells << textOf(values.value(c), m_columns[c].kind);
        writeCsvLine(cells);
        return;
    }
    lxw_worksheet *ws = m_xlsx->sheet;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QVariant v = values.value(c);
        const lxw_col_t col = lxw_col_t(c);
        switch (m_columns[c].kind) {
        case TableColumn::Kind::Text:
            if (v.toString().isEmpty())
                worksheet_write_blank(ws, lxw_row_t(m_row), col, m_xlsx->text);
            else
                worksheet_write_string(ws, lxw_row_t(m_row), col, utf8(v.toString()).constData(), m_xlsx->text);
            break;
        case TableColumn::Kind::Integer:
            if (v.isNull() || v.toString().isEmpty())
                worksheet_write_blank(ws, lxw_row_t(m_row), col, m_xlsx->integer);
            else
                worksheet_write_number(ws, lxw_row_t(m_row), col, v.toDouble(), m_xlsx->integer);
            break;
        case TableColumn::Kind::Money:
            if (v.isNull())
                worksheet_write_blank(ws, lxw_row_t(m_row), col, m_xlsx->money);
            else
                worksheet_write_number(ws, lxw_row_t(m_row), col, double(v.toLongLong()) / 100.0, m_xlsx->money);
            break;
        }
    }
    ++m_row;
}

void OfficialSheetWriter::writeTotals(const QVariantList &values)
{
    if (m_format == Format::Csv)
        return; // a CSV carries data only: a totals line would read back as a household
    lxw_worksheet *ws = m_xlsx->sheet;
    for (int c = 0; c < m_columns.size(); ++c) {
        const QVariant v = values.value(c);
        const lxw_col_t col = lxw_col_t(c);
        if (c == 0) {
            worksheet_write_string(ws, lxw_row_t(m_row), col, "合计", m_xlsx->totalText);
        } else if (v.isNull()) {
            worksheet_write_blank(ws, lxw_row_t(m_row), col, m_xlsx->totalText);
        } else if (m_columns[c].kind == TableColumn::Kind::Money) {
            worksheet_write_number(ws, lxw_row_t(m_row), col, double(v.toLongLong()) / 100.0, m_xlsx->totalMoney);
        } else if (m_columns[c].kind == TableColumn::Kind::Integer) {
            worksheet_write_number(ws, lxw_row_t(m_row), col, v.toDouble(), m_xlsx->totalInteger);
        } else {
            worksheet_write_string(ws, lxw_row_t(m_row), col, utf8(v.toString()).constData(), m_xlsx->totalText);
        }
    }
    ++m_row;
}

void OfficialSheetWriter::writeFooter(const Office &office)
{
    if (m_format == Format::Csv) {
        // The signatures as the last line, one cell each: the roster import skips it like a printed footer.
        QStringList cells
            = {QStringLiteral("单位负责人：%1").arg(office.unitHead), QStringLiteral("审核人：%1").arg(office.reviewer),
                QStringLiteral("填表人：%1").arg(office.preparer), QStringLiteral("联系电话：%1").arg(office.phone)};
        while (cells.size() < m_columns.size())
            cells << QString();
        writeCsvLine(cells);
        return;
    }
    lxw_worksheet *ws = m_xlsx->sheet;
    ++m_row; // a blank line, then the signatures, with room left for the seal
    const QString line = QStringLiteral("单位负责人：%1        审核人：%2        填表人：%3        联系电话：%4")
                             .arg(office.unitHead, office.reviewer, office.preparer, office.phone);
    worksheet_merge_range(ws, lxw_row_t(m_row), 0, lxw_row_t(m_row), lxw_col_t(m_columns.size() - 1),
        utf8(line).constData(), m_xlsx->footer);
    ++m_row;
}

Result OfficialSheetWriter::close()
{
    // What goes wrong here is the disk's or the library's, not the clerk's choice of file: failed.
    if (m_format == Format::Csv && m_csvFile) {
        const bool flushed = m_csvFile->flush();
        m_csvFile->close();
        const bool ok = !m_failed && flushed && m_csvFile->error() == QFileDevice::NoError;
        m_csvFile.reset();
        if (!ok) {
            QFile::remove(m_partPath);
            return Result::failed(tr("%1: the file could not be written completely (disk full?)").arg(m_path));
        }
    } else if (m_xlsx) {
        const lxw_error result = workbook_close(m_xlsx->workbook);
        m_xlsx.reset();
        if (result != LXW_NO_ERROR) {
            QFile::remove(m_partPath);
            return Result::failed(
                tr("%1: the workbook could not be written (%2)").arg(m_path, QString::fromUtf8(lxw_strerror(result))));
        }
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_partPath, m_path)) {
        QFile::remove(m_partPath);
        return Result::failed(tr("%1: the finished file could not be moved into place").arg(m_path));
    }
    return Result::success();
}
