#pragma once

#include "exchange/sheets/XlsxZip.h"

#include <QList>
#include <QString>

// The package structure of an xlsx file: which part is the workbook, its sheets (names and parts),
// the shared strings and styles parts, and the date system. Parts are found through the
// relationships, as Excel does, rather than by their usual names.
class XlsxWorkbook
{
public:
    struct Sheet
    {
        QString name;
        QString part; // zip entry name, empty when the relationship is missing
    };

    // Reads the parts; *budget is the number of bytes still allowed to be inflated and is reduced.
    // On failure, failedPart(), status() and detail() say what went wrong.
    bool load(XlsxZip &zip, qint64 *budget);

    QList<Sheet> sheets() const { return m_sheets; }
    bool isDate1904() const { return m_date1904; }
    QString sharedStringsPart() const { return m_sharedStringsPart; }
    QString stylesPart() const { return m_stylesPart; }

    QString failedPart() const { return m_failedPart; }
    XlsxZip::Status status() const { return m_status; }
    QString detail() const { return m_detail; }

    // The zip entry a relationship target points to, from the folder of the part that has the
    // relationship: "worksheets/sheet1.xml" from "xl", or the absolute "/xl/worksheets/sheet1.xml".
    static QString resolveTarget(const QString &baseFolder, const QString &target);

private:
    bool readPart(XlsxZip &zip, const QString &part, qint64 *budget, QByteArray *data);

    QList<Sheet> m_sheets;
    bool m_date1904 = false;
    QString m_sharedStringsPart;
    QString m_stylesPart;
    QString m_failedPart;
    XlsxZip::Status m_status = XlsxZip::Status::Ok;
    QString m_detail;
};
