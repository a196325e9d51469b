#pragma once

#include "core/Outcome.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

// One cell as the spreadsheet holds it. Numbers keep their stored text ("3.50121E+17" stays that way)
// so that an ID number a spreadsheet turned into a number can be recognised and reported.
struct SheetCell
{
    enum class Kind : quint8 { Empty, Text, Number, Boolean, Date, Error };
    Kind kind = Kind::Empty;
    QString text; // Text: the string; Number: the stored digits; Boolean: "1"/"0"; Date: yyyy-MM-dd; Error: "#N/A"
    // Dates are numbers in a date format (or FreeXL's date cells); the time of day is dropped. Times
    // of day and durations stay numbers. Excel's fictitious 1900-02-29 (serial 60) is kept as such.
    bool isEmpty() const { return kind == Kind::Empty || text.isEmpty(); }
};

// A row as read: cells by column index (0 = column A), trailing empties may be missing.
struct SheetRow
{
    int number = 0; // the row number the spreadsheet shows (1-based)
    QList<SheetCell> cells;
    const SheetCell &cell(int column) const;
};

// A merged range, 0-based inclusive, as written in the file.
struct MergedRange
{
    int firstRow = 0; // spreadsheet row numbers (1-based), like SheetRow::number
    int lastRow = 0;
    int firstColumn = 0;
    int lastColumn = 0;
};

// Limits against hostile or broken files; an error names the limit.
struct SheetLimits
{
    qint64 maxUncompressedBytes = 512LL * 1024 * 1024; // per zip entry and in total (.csv, .xls: the file)
    qint64 maxCells = 20'000'000;
    int maxColumns = 16384;
};

// Reads the sheets of one spreadsheet file (.xlsx, .xls, .csv/.txt), streaming rows to a callback.
class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    virtual ~SheetReader() = default;

    // Chooses the reader by content (zip → xlsx, OLE2 → xls, else text), not only by extension.
    // The reader is not opened yet: call open(). Rejected, naming the file, when it is missing,
    // unreadable, or has an Excel extension but is neither kind of workbook.
    static Outcome<std::unique_ptr<SheetReader>> forFile(const QString &path);

    // Opens the file and lists its sheets (a CSV has one sheet named after the file). Rejected, in the
    // clerk's words and naming the file, when the file cannot be used (unreadable, damaged, not a
    // spreadsheet, over a limit); failed when reading it went wrong for a reason another file would not
    // fix (no memory).
    virtual Result open(const QString &path) = 0;
    virtual QStringList sheetNames() const = 0;
    // Streams the rows of a sheet in order. The callback returns false to stop early (cancel); the
    // call then succeeds. Rows without any value are not reported; an empty sheet name means the
    // first sheet. A sheet that cannot be read is rejected with a translated message naming the file
    // (and sheet, row where known), as open() is.
    virtual Result readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow) = 0;
    // Merged ranges of the sheet last read.
    virtual QList<MergedRange> mergedRanges() const { return {}; }

    void setLimits(const SheetLimits &limits) { m_limits = limits; }
    SheetLimits limits() const { return m_limits; }

    // How far the current readSheet() has got, from 0 to 1 (for a progress bar; call it from the
    // row callback).
    double progress() const { return m_progress; }

protected:
    // A size limit as messages show it ("512 MB", "64 KB").
    static QString sizeText(qint64 bytes);
    // Checks that the file exists and can be read; otherwise rejected, naming the path.
    static Result checkReadable(const QString &path);

    SheetLimits m_limits;
    double m_progress = 0;
};
