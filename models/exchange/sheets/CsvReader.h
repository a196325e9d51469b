#pragma once

#include "exchange/sheets/SheetReader.h"

// Reads .csv and .txt files as one sheet named after the file: UTF-8 (with or without BOM), UTF-16
// with BOM (Excel's "Unicode text"), else GB18030/GBK; comma, tab or semicolon separated, detected;
// RFC 4180 quotes. Every value is text: "3.50121E+17" stays the text it is. Row numbers are record
// numbers (a line break inside quotes does not start a new row), as a spreadsheet shows them.
class CsvReader : public SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    Result open(const QString &path) override;
    QStringList sheetNames() const override { return {m_sheetName}; }
    Result readSheet(const QString &sheet, const std::function<bool(const SheetRow &)> &onRow) override;

    // What was detected: "UTF-8", "GB18030", "UTF-16LE" or "UTF-16BE"; and the delimiter.
    QString encoding() const { return m_encoding; }
    QChar delimiter() const { return m_delimiter; }

    // Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
    static bool isValidUtf8(const char *data, qsizetype size);

private:
    QChar detectDelimiter() const;

    QString m_fileName;
    QString m_sheetName;
    QString m_text;
    QString m_encoding;
    QChar m_delimiter = u',';
};
