#include "exchange/sheets/XlsReader.h"

#include <QFile>
#include <QFileInfo>

#include <freexl.h>

XlsReader::~XlsReader()
{
    close();
}

void XlsReader::close()
{
    if (m_handle) {
        freexl_close(m_handle);
        m_handle = nullptr;
    }
    m_copy.reset();
    m_sheets.clear();
}

QString XlsReader::numberText(double value)
{
    return QString::number(value, 'G', 15);
}

Result XlsReader::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    m_fileName = info.fileName();
    if (Result r = checkReadable(path); !r)
        return r;
    // FreeXL reads the whole file into memory: check its size first.
    if (info.size() > m_limits.maxUncompressedBytes)
        return Result::rejected(
            tr("%1: the file is larger than the limit of %2").arg(m_fileName, sizeText(m_limits.maxUncompressedBytes)));
    QByteArray encoded = QFile::encodeName(path);
    if (QFile::decodeName(encoded) != path) {
        // FreeXL opens files with fopen(), which on Windows takes only ANSI code page names: read a
        // copy under a plain temporary name instead.
        m_copy = std::make_unique<QTemporaryFile>();
        QFile source(path);
        if (!m_copy->open() || !source.open(QIODevice::ReadOnly) || m_copy->write(source.readAll()) != source.size()
            || !m_copy->flush()) {
            const QString why = m_copy->errorString();
            m_copy.reset();
            return Result::rejected(tr("%1: the file cannot be read (%2)").arg(m_fileName, why));
        }
        encoded = QFile::encodeName(m_copy->fileName());
    }
    const void *handle = nullptr;
    const int opened = freexl_open(encoded.constData(), &handle);
    if (opened != FREEXL_OK) {
        if (handle)
            freexl_close(handle);
        // Memory runs out whichever file is chosen; everything else is this file's.
        if (opened == FREEXL_INSUFFICIENT_MEMORY)
            return Result::failed(tr("%1: there is not enough memory to read the workbook").arg(m_fileName));
        return Result::rejected(
            tr("%1: the file is damaged, password-protected or not an Excel 97–2003 workbook (.xls), "
               "and cannot be read (FreeXL error %2)")
                .arg(m_fileName)
                .arg(opened));
    }
    m_handle = handle;
    unsigned int password = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED) {
        close();
        return Result::rejected(
            tr("%1: the workbook is password-protected; remove the password in Excel or WPS and save it again")
                .arg(m_fileName));
    }
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0) {
        close();
        return Result::rejected(tr("%1: the workbook has no worksheet").arg(m_fileName));
    }
    for (unsigned int i = 0; i < count && i <= 0xFFFF; ++i) {
        const char *name = nullptr;
        if (freexl_get_worksheet_name(m_handle, static_cast<unsigned short>(i), &name) != FREEXL_OK)
            name = nullptr;
        m_sheets.append(name ? QString::fromUtf8(name) : tr("Sheet%1").arg(i + 1));
    }
    return Result::success();
}

Result XlsReader::readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow)
{
    m_progress = 0;
    if (!m_handle) // the caller's mistake, not the file's
        return Result::failed(tr("%1: the workbook is not open").arg(m_fileName));
    const qsizetype index = sheet.isEmpty() ? 0 : m_sheets.indexOf(sheet);
    if (index < 0)
        return Result::rejected(tr("%1: the workbook has no sheet named %2").arg(m_fileName, sheet));
    const QString name = m_sheets.at(index);
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK) {
        return Result::rejected(
            tr("%1, sheet %2: the sheet cannot be read (the file is damaged)").arg(m_fileName, name));
    }
    if (columns > m_limits.maxColumns)
        return Result::rejected(tr("%1, sheet %2: the sheet is wider than the limit of %3 columns")
                                    .arg(m_fileName, name, QString::number(m_limits.maxColumns)));
    if (qint64(rows) * columns > m_limits.maxCells)
        return Result::rejected(tr("%1, sheet %2: the sheet is larger than the limit of %3 cells")
                                    .arg(m_fileName, name, QString::number(m_limits.maxCells)));

    SheetRow row;
    for (unsigned int r = 0; r < rows; ++r) {
        row.number = int(r) + 1;
        row.cells.clear();
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue value {};
            if (freexl_get_cell_value(m_handle, r, c, &value) != FREEXL_OK)
                return Result::rejected(
                    tr("%1, sheet %2, row %3: the cell in column %4 cannot be read (the file is damaged)")
                        .arg(m_fileName, name)
                        .arg(row.number)
                        .arg(c + 1));
            SheetCell cell;
            switch (value.type) {
            case FREEXL_CELL_INT:
                cell.kind = SheetCell::Kind::Number;
                cell.text = QString::number(value.value.int_value);
                break;
            case FREEXL_CELL_DOUBLE:
                cell.kind = SheetCell::Kind::Number;
                cell.text = numberText(value.value.double_value);
                break;
            case FREEXL_CELL_TEXT:
            case FREEXL_CELL_SST_TEXT:
                cell.kind = SheetCell::Kind::Text;
                cell.text = value.value.text_value ? QString::fromUtf8(value.value.text_value) : QString();
                break;
            case FREEXL_CELL_DATE:
            case FREEXL_CELL_DATETIME:
                cell.kind = SheetCell::Kind::Date;
                cell.text = value.value.text_value ? QString::fromUtf8(value.value.text_value).left(10) : QString();
                break;
            case FREEXL_CELL_TIME: {
                // A time of day stays a number (a fraction of a day), as in the xlsx reader.
                const QStringList parts
                    = value.value.text_value ? QString::fromUtf8(value.value.text_value).split(u':') : QStringList();
                if (parts.size() == 3) {
                    const double seconds = parts[0].toDouble() * 3600 + parts[1].toDouble() * 60 + parts[2].toDouble();
                    cell.kind = SheetCell::Kind::Number;
                    cell.text = numberText(seconds / 86400.0);
                }
                break;
            }
            default:
                break;
            }
            if (cell.text.isEmpty())
                continue;
            if (row.cells.size() < c)
                row.cells.resize(c);
            row.cells.append(std::move(cell));
        }
        m_progress = double(r + 1) / double(rows);
        if (!row.cells.isEmpty() && !onRow(row))
            return Result::success(); // cancelled
    }
    m_progress = 1;
    return Result::success();
}
