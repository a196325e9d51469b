#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <vector>

// The part of xl/styles.xml that a reader needs: which cell styles (cellXfs indexes, the "s" of a
// cell) show a number as a date. Also the conversion of date serials to dates.
class XlsxStyles
{
public:
    bool parse(const QByteArray &xml, QString *detail);
    bool isDate(int styleIndex) const
    {
        return styleIndex >= 0 && size_t(styleIndex) < m_dateStyles.size() && m_dateStyles[size_t(styleIndex)];
    }

    // Built-in ids (14–17, 22, 27–31, 36, 50–54, 57, 58) or a format code that shows a date: one with
    // y, d or a month m outside quotes, brackets and escapes. Formats that show only a time of day or
    // an elapsed time ([h]:mm) are not dates: their numbers stay numbers.
    static bool isDateFormat(int numFmtId, const QString &formatCode);
    static bool isDateFormatCode(const QString &formatCode);

    // yyyy-MM-dd for a serial in the 1900 system (with Excel's fictitious 1900-02-29 at serial 60) or
    // the 1904 system; the time of day is dropped. Empty when the serial is no date (negative, 0 in
    // the 1900 system, past 9999-12-31, not finite).
    static QString serialToDate(double serial, bool date1904);

private:
    std::vector<bool> m_dateStyles;
};
