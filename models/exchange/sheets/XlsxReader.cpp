#include "exchange/sheets/XlsxReader.h"

#include "exchange/sheets/XlsxSharedStrings.h"
#include "exchange/sheets/XlsxSheetParser.h"
#include "exchange/sheets/XlsxXmlScanner.h"

#include <QFileInfo>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace {

constexpr qint64 MaxXmlToken = 64LL * 1024 * 1024;

// Unzips a sheet on a thread of its own, a few chunks ahead of the XML scanner: inflating a large sheet is about a
// fifth of reading it. The scanner sees the same bytes, and a failure at the read where it would have met it.
class ReadAhead
{
public:
    explicit ReadAhead(XlsxZip &zip)
        : m_zip(zip)
        , m_thread([this] { run(); })
    { }
    ~ReadAhead()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ReadAhead(const ReadAhead &) = delete;
    ReadAhead &operator=(const ReadAhead &) = delete;

    // As XlsxZip::read().
    qint64 read(char *data, qint64 maxSize)
    {
        if (m_started && m_current.size <= 0)
            return m_current.size; // the end, or the failure, again
        if (m_offset == m_current.size) {
            std::unique_lock lock(m_mutex);
            if (m_started)
                m_free.push_back(std::move(m_current.bytes));
            m_changed.notify_all();
            m_changed.wait(lock, [this] { return !m_ready.empty(); });
            m_current = std::move(m_ready.front());
            m_ready.pop_front();
            m_offset = 0;
            m_started = true;
            if (m_current.size <= 0)
                return m_current.size;
        }
        const qint64 n = qMin(maxSize, m_current.size - m_offset);
        std::memcpy(data, m_current.bytes.data() + m_offset, size_t(n));
        m_offset += n;
        return n;
    }
    // The entry's status as of the last read().
    XlsxZip::Status status() const { return m_current.status; }

private:
    static constexpr qint64 ChunkSize = qint64(256) * 1024;
    static constexpr size_t MaxReady = 4;

    struct Chunk
    {
        std::vector<char> bytes;
        qint64 size = 0; // as XlsxZip::read() returned it
        XlsxZip::Status status = XlsxZip::Status::Ok; // after that read
    };

    void run()
    {
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_ready.size() < MaxReady || m_stopped; });
                if (m_stopped)
                    return;
                if (!m_free.empty()) {
                    chunk.bytes = std::move(m_free.back());
                    m_free.pop_back();
                }
            }
            chunk.bytes.resize(size_t(ChunkSize));
            chunk.size = m_zip.read(chunk.bytes.data(), ChunkSize);
            chunk.status = m_zip.status();
            const bool last = chunk.size <= 0;
            {
                std::lock_guard lock(m_mutex);
                m_ready.push_back(std::move(chunk));
            }
            m_changed.notify_all();
            if (last)
                return;
        }
    }

    XlsxZip &m_zip;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Chunk> m_ready;
    std::vector<std::vector<char>> m_free;
    bool m_stopped = false;
    Chunk m_current; // the scanner's
    qint64 m_offset = 0;
    bool m_started = false;
    std::thread m_thread; // last: starts when the rest is ready
};

} // namespace

Result XlsxReader::open(const QString &path)
{
    m_fileName = QFileInfo(path).fileName();
    m_sheets.clear();
    m_merged.clear();
    m_sharedStrings.clear();
    m_styles = XlsxStyles();
    m_loaded = false;
    m_loadedBytes = 0;
    m_workbookBytes = 0;
    m_zip.close();
    if (Result r = checkReadable(path); !r)
        return r;
    if (!m_zip.open(path))
        return Result::rejected(
            tr("%1: the file is damaged or is not an Excel workbook (the zip archive cannot be read)").arg(m_fileName));
    XlsxWorkbook workbook;
    qint64 budget = m_limits.maxUncompressedBytes;
    if (!workbook.load(m_zip, &budget)) {
        m_zip.close();
        return Result::rejected(workbook.detail().isEmpty()
                ? zipError(workbook.status(), workbook.failedPart())
                : tr("%1: the file is damaged (the part %2 is not valid XML: %3)")
                      .arg(m_fileName, workbook.failedPart(), workbook.detail()));
    }
    m_workbookBytes = m_limits.maxUncompressedBytes - budget;
    m_sheets = workbook.sheets();
    m_date1904 = workbook.isDate1904();
    m_sharedStringsPart = workbook.sharedStringsPart();
    m_stylesPart = workbook.stylesPart();
    if (m_sheets.isEmpty()) {
        m_zip.close();
        return Result::rejected(tr("%1: the workbook has no worksheet").arg(m_fileName));
    }
    return Result::success();
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const XlsxWorkbook::Sheet &sheet : m_sheets)
        names.append(sheet.name);
    return names;
}

QString XlsxReader::zipError(XlsxZip::Status status, const QString &part) const
{
    switch (status) {
    case XlsxZip::Status::NotFound:
        return tr("%1: the file is damaged or is not an Excel workbook (the part %2 is missing)").arg(m_fileName, part);
    case XlsxZip::Status::TooLarge:
        return tr("%1: the workbook is larger than the limit of %2 when unpacked (at part %3)")
            .arg(m_fileName, sizeText(m_limits.maxUncompressedBytes), part);
    case XlsxZip::Status::Damaged:
    case XlsxZip::Status::Ok:
        break;
    }
    return tr("%1: the file is damaged (the part %2 cannot be unpacked)").arg(m_fileName, part);
}

Result XlsxReader::loadSharedStrings(qint64 *budget)
{
    m_sharedStrings.clear();
    if (m_sharedStringsPart.isEmpty() || !m_zip.contains(m_sharedStringsPart))
        return Result::success(); // a workbook without text cells has none
    if (const XlsxZip::Status status = m_zip.openEntry(m_sharedStringsPart, *budget); status != XlsxZip::Status::Ok)
        return Result::rejected(zipError(status, m_sharedStringsPart));
    XlsxXmlScanner scanner(
        [this](char *data, qint64 size) { return m_zip.read(data, size); }, qMin(MaxXmlToken, *budget + 1));
    XlsxSharedStrings strings;
    const bool ok = strings.parse(scanner, m_limits.maxCells);
    const qint64 read = m_zip.bytesRead();
    m_zip.closeEntry();
    if (!ok) {
        if (m_zip.status() != XlsxZip::Status::Ok)
            return Result::rejected(zipError(m_zip.status(), m_sharedStringsPart));
        if (strings.failure() == XlsxSharedStrings::Failure::TooMany)
            return Result::rejected(tr("%1: the workbook has more texts than the limit of %2 cells")
                                        .arg(m_fileName, QString::number(m_limits.maxCells)));
        return Result::rejected(tr("%1: the file is damaged (the part %2 is not valid XML near byte %3)")
                                    .arg(m_fileName, m_sharedStringsPart, QString::number(scanner.offset())));
    }
    *budget -= read;
    m_sharedStrings = strings.strings();
    return Result::success();
}

Result XlsxReader::loadStyles(qint64 *budget)
{
    m_styles = XlsxStyles();
    if (m_stylesPart.isEmpty() || !m_zip.contains(m_stylesPart))
        return Result::success(); // no styles: no dates, numbers stay numbers
    QByteArray xml;
    if (const XlsxZip::Status status = m_zip.readAll(m_stylesPart, *budget, &xml); status != XlsxZip::Status::Ok)
        return Result::rejected(zipError(status, m_stylesPart));
    *budget -= xml.size();
    QString detail;
    if (!m_styles.parse(xml, &detail))
        return Result::rejected(
            tr("%1: the file is damaged (the part %2 is not valid XML: %3)").arg(m_fileName, m_stylesPart, detail));
    return Result::success();
}

Result XlsxReader::readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow)
{
    m_merged.clear();
    m_progress = 0;
    if (!m_zip.isOpen()) // the caller's mistake, not the file's
        return Result::failed(tr("%1: the workbook is not open").arg(m_fileName));
    const XlsxWorkbook::Sheet *found = nullptr;
    for (const XlsxWorkbook::Sheet &candidate : std::as_const(m_sheets)) {
        if (candidate.name == sheet || sheet.isEmpty()) {
            found = &candidate;
            break;
        }
    }
    if (!found)
        return Result::rejected(tr("%1: the workbook has no sheet named %2").arg(m_fileName, sheet));
    const QString name = found->name;
    const QString part = found->part;
    if (part.isEmpty() || !m_zip.contains(part))
        return Result::rejected(
            tr("%1, sheet %2: the sheet's data is missing from the file (the file is damaged)").arg(m_fileName, name));

    qint64 budget = m_limits.maxUncompressedBytes - m_workbookBytes;
    if (!m_loaded) {
        const qint64 before = budget;
        if (Result r = loadStyles(&budget); !r)
            return r;
        if (Result r = loadSharedStrings(&budget); !r)
            return r;
        m_loaded = true;
        m_loadedBytes = before - budget;
    } else {
        budget -= m_loadedBytes;
    }

    if (const XlsxZip::Status status = m_zip.openEntry(part, qMax<qint64>(budget, 0)); status != XlsxZip::Status::Ok)
        return Result::rejected(zipError(status, part));
    auto ahead = std::make_unique<ReadAhead>(m_zip);
    XlsxXmlScanner scanner(
        [&ahead](char *data, qint64 size) { return ahead->read(data, size); }, qMin(MaxXmlToken, budget + 1));
    const double total = double(qMax<qint64>(m_zip.entrySize(), 1));
    XlsxSheetParser parser(m_sharedStrings, m_styles, m_date1904, m_limits);
    const bool ok = parser.parse(scanner, [&](const SheetRow &row) {
        m_progress = double(scanner.offset()) / total;
        return onRow(row);
    });
    const XlsxZip::Status zipStatus = ahead->status();
    ahead.reset();
    m_zip.closeEntry();
    m_merged = parser.mergedRanges();
    if (ok) {
        m_progress = 1;
        return Result::success();
    }

    const QString row = QString::number(parser.failureRow());
    QString error;
    switch (parser.failure()) {
    case XlsxSheetParser::Failure::Cancelled:
        return Result::success();
    case XlsxSheetParser::Failure::None:
    case XlsxSheetParser::Failure::Xml:
        if (zipStatus != XlsxZip::Status::Ok) {
            error = zipError(zipStatus, part);
        } else if (scanner.failure() == XlsxXmlScanner::Failure::TokenTooLarge) {
            error = tr("%1, sheet %2: the sheet holds a single value larger than the limit of %3")
                        .arg(m_fileName, name, sizeText(MaxXmlToken));
        } else if (scanner.failure() == XlsxXmlScanner::Failure::Truncated) {
            error = tr("%1, sheet %2: the file is damaged (the sheet ends abruptly)").arg(m_fileName, name);
        } else if (parser.failureRow() > 0) {
            error = tr("%1, sheet %2: the file is damaged (invalid XML near row %3)").arg(m_fileName, name, row);
        } else {
            error = tr("%1, sheet %2: the file is damaged (invalid XML near byte %3 of the sheet)")
                        .arg(m_fileName, name, QString::number(scanner.offset()));
        }
        break;
    case XlsxSheetParser::Failure::NotAWorksheet:
        error = tr("%1, sheet %2: the sheet holds no cells (it is not a worksheet)").arg(m_fileName, name);
        break;
    case XlsxSheetParser::Failure::TooManyCells:
        error = tr("%1, sheet %2: the sheet is larger than the limit of %3 cells")
                    .arg(m_fileName, name, QString::number(m_limits.maxCells));
        break;
    case XlsxSheetParser::Failure::TooManyColumns:
        error = tr("%1, sheet %2, row %3: the sheet is wider than the limit of %4 columns")
                    .arg(m_fileName, name, row, QString::number(m_limits.maxColumns));
        break;
    case XlsxSheetParser::Failure::RowOrder:
        error = tr("%1, sheet %2: the file is damaged (row %3 is out of order)").arg(m_fileName, name, row);
        break;
    case XlsxSheetParser::Failure::CellOrder:
        error = tr("%1, sheet %2: the file is damaged (cell %3 is out of order)")
                    .arg(m_fileName, name, parser.failureCell());
        break;
    case XlsxSheetParser::Failure::BadReference:
        error = tr("%1, sheet %2: the file is damaged (an invalid cell or row reference near row %3)")
                    .arg(m_fileName, name, row);
        break;
    case XlsxSheetParser::Failure::MissingSharedString:
        error = tr("%1, sheet %2, cell %3: the file is damaged (the cell refers to text number %4, which the file "
                   "does not hold)")
                    .arg(m_fileName, name, parser.failureCell(), QString::number(parser.failureIndex()));
        break;
    }
    return Result::rejected(error);
}
