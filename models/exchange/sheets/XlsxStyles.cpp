#include "exchange/sheets/XlsxStyles.h"

#include "exchange/sheets/XlsxExpat.h"

#include <QDate>

#include <cmath>

bool XlsxStyles::parse(const QByteArray &xml, QString *detail)
{
    QHash<int, QString> customFormats;
    std::vector<int> xfFormats;
    const bool ok = XlsxExpat::parse(
        xml,
        [&](const XlsxExpat::Element &element) {
            if (element.name == "numFmt" && element.parent == "numFmts") {
                bool idOk = false;
                const int id = element.attribute("numFmtId").toInt(&idOk);
                if (idOk)
                    customFormats.insert(id, element.attribute("formatCode"));
            } else if (element.name == "xf" && element.parent == "cellXfs") {
                xfFormats.push_back(element.attribute("numFmtId").toInt());
            }
        },
        detail);
    if (!ok)
        return false;
    m_dateStyles.assign(xfFormats.size(), false);
    for (size_t i = 0; i < xfFormats.size(); ++i) {
        const int id = xfFormats[i];
        const auto custom = customFormats.constFind(id);
        m_dateStyles[i] = custom != customFormats.cend() ? isDateFormatCode(*custom) : isDateFormat(id, {});
    }
    return true;
}

bool XlsxStyles::isDateFormat(int numFmtId, const QString &formatCode)
{
    if (!formatCode.isEmpty())
        return isDateFormatCode(formatCode);
    return (numFmtId >= 14 && numFmtId <= 17) || numFmtId == 22 || (numFmtId >= 27 && numFmtId <= 31) || numFmtId == 36
        || (numFmtId >= 50 && numFmtId <= 54) || numFmtId == 57 || numFmtId == 58;
}

bool XlsxStyles::isDateFormatCode(const QString &formatCode)
{
    bool year = false, month = false, day = false, time = false;
    const qsizetype n = formatCode.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = formatCode.at(i).toLower();
        if (c == u';') {
            break; // the first section decides (positive numbers)
        } else if (c == u'"') {
            const qsizetype close = formatCode.indexOf(u'"', i + 1);
            i = close < 0 ? n : close;
        } else if (c == u'\\' || c == u'_' || c == u'*') {
            ++i; // an escaped, padding or fill character
        } else if (c == u'[') {
            const qsizetype close = formatCode.indexOf(u']', i + 1);
            const QString inside = formatCode.mid(i + 1, close < 0 ? -1 : close - i - 1).toLower();
            if (inside == u"h" || inside == u"hh" || inside == u"m" || inside == u"mm" || inside == u"s"
                || inside == u"ss")
                return false; // elapsed time, a duration rather than a date
            i = close < 0 ? n : close;
        } else if (c == u'y') {
            year = true;
        } else if (c == u'd') {
            day = true;
        } else if (c == u'h' || c == u's') {
            time = true;
        } else if (c == u'm') {
            month = true; // month or minute; with h or s around it is minutes (decided below)
        }
    }
    if (year || day)
        return true;
    return month && !time;
}

QString XlsxStyles::serialToDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 3.0e6)
        return {};
    // Round to the second first, so 43831.99999999 (23:59:59.9999) is the next day as Excel shows it.
    const auto days = qint64(std::floor(serial + 0.5 / 86400.0));
    if (date1904)
        return days > 2957003 ? QString() : QDate(1904, 1, 1).addDays(days).toString(Qt::ISODate);
    if (days == 0)
        return {}; // Excel shows 1900-01-00
    if (days == 60)
        return QStringLiteral("1900-02-29"); // Excel's fictitious leap day (Lotus 1-2-3 compatibility)
    if (days > 2958465)
        return {};
    // Serials below 60 count from 1900-01-01 = 1; from 61 the fictitious day shifts the count by one.
    return QDate(1899, 12, days < 60 ? 31 : 30).addDays(days).toString(Qt::ISODate);
}
