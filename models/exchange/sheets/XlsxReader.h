#pragma once

#include "exchange/sheets/SheetReader.h"
#include "exchange/sheets/XlsxStyles.h"
#include "exchange/sheets/XlsxWorkbook.h"
#include "exchange/sheets/XlsxZip.h"

// Reads .xlsx workbooks (Excel, WPS, LibreOffice, libxlsxwriter) with minizip and a streaming
// scanner: the sheet is never held in memory as a whole.
class XlsxReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    Result open(const QString &path) override;
    QStringList sheetNames() const override;
    Result readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow) override;
    QList<MergedRange> mergedRanges() const override { return m_merged; }

    bool isDate1904() const { return m_date1904; }

private:
    Result loadSharedStrings(qint64 *budget);
    Result loadStyles(qint64 *budget);
    QString zipError(XlsxZip::Status status, const QString &part) const;

    QString m_fileName;
    XlsxZip m_zip;
    QList<XlsxWorkbook::Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    qint64 m_workbookBytes = 0;
    bool m_loaded = false; // shared strings and styles
    qint64 m_loadedBytes = 0;
    QStringList m_sharedStrings;
    XlsxStyles m_styles;
    QList<MergedRange> m_merged;
};
