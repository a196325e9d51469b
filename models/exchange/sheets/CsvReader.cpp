#include "exchange/sheets/CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

#include <cstring>

namespace {

enum class RecordEnd { More, Last, Unterminated };

// Parses one record at *pos; appends its fields. A record always has at least one field.
RecordEnd parseRecord(const QChar *end, const QChar **pos, QChar delimiter, QStringList *fields)
{
    const QChar *p = *pos;
    for (;;) {
        QString field;
        if (p < end && *p == u'"') {
            ++p;
            for (;;) {
                const QChar *start = p;
                while (p < end && *p != u'"')
                    ++p;
                field.append(start, p - start);
                if (p == end) {
                    *pos = p;
                    fields->append(field);
                    return RecordEnd::Unterminated;
                }
                ++p; // the quote
                if (p < end && *p == u'"') {
                    field.append(u'"');
                    ++p;
                } else {
                    break;
                }
            }
            // Text after the closing quote ("abc"def) is kept, as spreadsheet programs do.
            const QChar *start = p;
            while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                ++p;
            field.append(start, p - start);
        } else {
            const QChar *start = p;
            while (p < end && *p != delimiter && *p != u'\n' && *p != u'\r')
                ++p;
            field = QString(start, p - start);
        }
        fields->append(field);
        if (p == end) {
            *pos = p;
            return RecordEnd::Last;
        }
        if (*p == delimiter) {
            ++p;
            continue;
        }
        if (*p == u'\r' && p + 1 < end && p[1] == u'\n')
            ++p;
        ++p;
        *pos = p;
        return p == end ? RecordEnd::Last : RecordEnd::More;
    }
}

} // namespace

bool CsvReader::isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *const end = p + size;
    while (p < end) {
        // ASCII runs, eight bytes at a time.
        while (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if (word & 0x8080808080808080ULL)
                break;
            p += 8;
        }
        if (p == end)
            break;
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        char32_t cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if ((length == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
            || (length == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
            return false;
        p += length;
    }
    return true;
}

Result CsvReader::open(const QString &path)
{
    m_text.clear();
    const QFileInfo info(path);
    m_fileName = info.fileName();
    m_sheetName = info.completeBaseName();
    if (Result r = checkReadable(path); !r)
        return r;
    if (info.size() > m_limits.maxUncompressedBytes)
        return Result::rejected(
            tr("%1: the file is larger than the limit of %2").arg(m_fileName, sizeText(m_limits.maxUncompressedBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::rejected(tr("%1: the file cannot be read (%2)").arg(m_fileName, file.errorString()));
    QByteArray bytes = file.read(m_limits.maxUncompressedBytes + 1);
    if (bytes.size() > m_limits.maxUncompressedBytes)
        return Result::rejected(
            tr("%1: the file is larger than the limit of %2").arg(m_fileName, sizeText(m_limits.maxUncompressedBytes)));

    std::optional<QStringConverter::Encoding> utf16;
    if (bytes.startsWith("\xFF\xFE"))
        utf16 = QStringConverter::Utf16LE;
    else if (bytes.startsWith("\xFE\xFF"))
        utf16 = QStringConverter::Utf16BE;
    if (utf16) {
        QStringDecoder decoder(*utf16);
        m_text = decoder.decode(QByteArrayView(bytes).sliced(2));
        m_encoding = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (decoder.hasError()) {
            m_text.clear();
            return Result::rejected(tr("%1: the text of the file is damaged (invalid %2)").arg(m_fileName, m_encoding));
        }
    } else {
        if (bytes.contains('\0'))
            return Result::rejected(tr("%1: this is not a text (CSV) file, nor an Excel workbook").arg(m_fileName));
        const bool bom = bytes.startsWith("\xEF\xBB\xBF");
        const QByteArrayView body = QByteArrayView(bytes).sliced(bom ? 3 : 0);
        if (bom || isValidUtf8(body.data(), body.size())) {
            m_text = QString::fromUtf8(body);
            m_encoding = QStringLiteral("UTF-8");
        } else {
            QStringDecoder decoder("GB18030");
            if (!decoder.isValid())
                decoder = QStringDecoder("GBK");
            m_text = decoder.decode(body);
            m_encoding = QStringLiteral("GB18030");
            if (!decoder.isValid() || decoder.hasError()) {
                m_text.clear();
                return Result::rejected(
                    tr("%1: the text of the file is neither UTF-8 nor GB18030 (GBK); save it again as CSV "
                       "UTF-8")
                        .arg(m_fileName));
            }
        }
    }
    bytes.clear();
    m_delimiter = detectDelimiter();
    return Result::success();
}

QChar CsvReader::detectDelimiter() const
{
    // The delimiter that splits the first records into the same number (> 1) of fields most often;
    // title lines (one field) and blank lines do not count.
    constexpr int SampleRecords = 50;
    const QChar candidates[] = {u',', u'\t', u';'};
    QChar best = u',';
    int bestScore = 0, bestColumns = 0;
    for (const QChar delimiter : candidates) {
        QHash<int, int> frequency;
        const QChar *p = m_text.constData();
        const QChar *const end = p + m_text.size();
        QStringList fields;
        for (int record = 0; record < SampleRecords && p < end; ++record) {
            fields.clear();
            const RecordEnd result = parseRecord(end, &p, delimiter, &fields);
            if (fields.size() > 1)
                ++frequency[int(fields.size())];
            if (result != RecordEnd::More)
                break;
        }
        for (auto it = frequency.cbegin(); it != frequency.cend(); ++it) {
            if (it.value() > bestScore || (it.value() == bestScore && it.key() > bestColumns)) {
                bestScore = it.value();
                bestColumns = it.key();
                best = delimiter;
            }
        }
    }
    return best;
}

Result CsvReader::readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow)
{
    m_progress = 0;
    if (!sheet.isEmpty() && sheet != m_sheetName)
        return Result::rejected(tr("%1: the file has no sheet named %2 (a CSV file has one sheet, %3)")
                                    .arg(m_fileName, sheet, m_sheetName));
    const QChar *const begin = m_text.constData();
    const QChar *const end = begin + m_text.size();
    const QChar *p = begin;
    const double total = double(qMax<qsizetype>(m_text.size(), 1));
    SheetRow row;
    QStringList fields;
    qint64 cells = 0;
    while (p < end) {
        fields.clear();
        const RecordEnd result = parseRecord(end, &p, m_delimiter, &fields);
        ++row.number;
        if (result == RecordEnd::Unterminated)
            return Result::rejected(
                tr("%1, row %2: a quotation mark opened in this row is never closed").arg(m_fileName).arg(row.number));
        if (fields.size() > m_limits.maxColumns)
            return Result::rejected(tr("%1, row %2: the sheet is wider than the limit of %3 columns")
                                        .arg(m_fileName)
                                        .arg(row.number)
                                        .arg(m_limits.maxColumns));
        cells += fields.size();
        if (cells > m_limits.maxCells)
            return Result::rejected(
                tr("%1: the sheet is larger than the limit of %2 cells").arg(m_fileName).arg(m_limits.maxCells));
        qsizetype used = fields.size();
        while (used > 0 && fields.at(used - 1).isEmpty())
            --used;
        if (used == 0)
            continue;
        row.cells.resize(used);
        for (qsizetype i = 0; i < used; ++i) {
            SheetCell &cell = row.cells[i];
            cell.text = fields.at(i);
            cell.kind = cell.text.isEmpty() ? SheetCell::Kind::Empty : SheetCell::Kind::Text;
        }
        m_progress = double(p - begin) / total;
        if (!onRow(row))
            return Result::success(); // cancelled
    }
    m_progress = 1;
    return Result::success();
}
