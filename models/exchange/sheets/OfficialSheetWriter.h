#pragma once

#include "core/Outcome.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QVariant>

#include <memory>

// A column of an official table (表格列).
struct TableColumn
{
    enum class Kind { Text, Integer, Money };
    QString header;
    double width = 12; // characters
    Kind kind = Kind::Text;
};

// Writes a table in the official layout (DESIGN.md §7) as XLSX with libxlsxwriter or as CSV:
// title; 填报单位（盖章）and 填报日期 above the grid; the header row; data rows (text cells stay
// text, so ID numbers survive); a totals row; footer 单位负责人、审核人、填表人、联系电话. The XLSX is
// A4 landscape, fitted to the page width, with the header repeated on every printed page and
// "第 X 页 共 Y 页" at the foot. Rows stream to disk, and the file appears only when complete.
// The form's own wording (填报单位, 合计, the signature line) is the official Chinese layout that the
// bureaus receive, whatever the language of the user interface.
class OfficialSheetWriter
{
    Q_DECLARE_TR_FUNCTIONS(OfficialSheetWriter)

public:
    enum class Format { Xlsx, Csv };

    OfficialSheetWriter();
    ~OfficialSheetWriter();
    OfficialSheetWriter(const OfficialSheetWriter &) = delete;
    OfficialSheetWriter &operator=(const OfficialSheetWriter &) = delete;

    // Format from the extension (.xlsx or .csv); rejected, naming the file, for anything else.
    static Outcome<Format> formatOf(const QString &path);

    // Rejected, naming the file, when it cannot be written there (no such folder, not writable, not .xlsx or .csv).
    Result open(const QString &path, const QString &sheetName, const QList<TableColumn> &columns);
    // Title, unit and date lines and the header (CSV: the header only, so the file loads as data).
    void writeHeading(const QString &title, const Office &office, const QDate &date);
    void writeRow(const QVariantList &values);
    void writeTotals(const QVariantList &values);
    // The signature line (CSV too: a last line of four cells, which the roster import skips).
    void writeFooter(const Office &office);
    // Completes the file and moves it into place; failed (the disk, the library), leaving nothing at the path.
    Result close();

private:
    struct Xlsx;
    void writeCsvLine(const QStringList &cells);
    QString textOf(const QVariant &value, TableColumn::Kind kind) const;

    Format m_format = Format::Xlsx;
    QString m_path;
    QString m_partPath;
    QList<TableColumn> m_columns;
    std::unique_ptr<Xlsx> m_xlsx;
    QByteArray m_csv;
    std::unique_ptr<class QFile> m_csvFile;
    int m_row = 0;
    bool m_failed = false;
    QString m_error;
};
