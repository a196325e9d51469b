#pragma once

#include "exchange/sheets/SheetReader.h"

#include <QTemporaryFile>

// Reads legacy .xls workbooks (BIFF, as WPS and Excel 97–2003 save them) with FreeXL. FreeXL keeps
// numbers as doubles: a number cell comes out as Excel shows it with 15 significant digits, so an ID
// number stored as a number reads "3.50121198001011E+17" and can be reported. Merged ranges are not
// available from FreeXL.
class XlsReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsReader)

public:
    XlsReader() = default;
    ~XlsReader() override;
    XlsReader(const XlsReader &) = delete;
    XlsReader &operator=(const XlsReader &) = delete;

    Result open(const QString &path) override;
    QStringList sheetNames() const override { return m_sheets; }
    Result readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow) override;

    // How a double is shown: up to 15 significant digits, like Excel ("1116", "0.5", "3.5E+17").
    static QString numberText(double value);

private:
    void close();

    const void *m_handle = nullptr;
    std::unique_ptr<QTemporaryFile> m_copy; // for a path FreeXL's fopen() cannot take
    QString m_fileName;
    QStringList m_sheets;
};
