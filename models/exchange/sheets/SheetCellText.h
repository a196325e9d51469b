#pragma once

#include "core/Period.h"

#include <QDate>
#include <QString>

// How a spreadsheet cell's text reads as a value, the way clerks' files write them.
namespace SheetCellText {

// QChar::isSpace() without its table lookup for the Chinese characters most cells begin and end with: nothing above
// the ideographic space U+3000 is a space.
inline bool isSpace(QChar c)
{
    return c.unicode() <= 0x3000 && c.isSpace();
}

// Most cells need no cleaning: no ideographic space inside, nothing to trim (which also drops it at the ends).
inline bool needsCleaning(const QString &s)
{
    return !s.isEmpty() && (isSpace(s.front()) || isSpace(s.back()) || s.contains(QChar(0x3000)));
}

inline QString clean(const QString &s)
{
    if (!needsCleaning(s))
        return s;
    QString out = s;
    out.replace(QChar(0x3000), u' ');
    return out.trimmed();
}

// clean(s).isEmpty(), without a copy.
inline bool isBlank(const QString &s)
{
    for (QChar c : s) {
        if (!isSpace(c))
            return false;
    }
    return true;
}

// toDouble(), quicker for the whole numbers most cells hold.
double number(const QString &text, bool *ok);
// Period::parse() of the usual 2018-03, without its regular expressions; invalid for anything else.
Period plainPeriod(const QString &text);
// Excel's 1900 date system (with its fictitious 1900-02-29).
QDate fromSerial(double serial);
// 2026-12-15, 2026/12/15, 2026.12.15, 2026年12月15日, 20261215 (full-width digits too); invalid otherwise.
QDate parseDateText(const QString &text);
// 是/否, Y/N, 1/0, √/×, 有/无, yes/no, true/false; false when the text is none of them.
bool parseYesNo(const QString &text, bool *out);

} // namespace SheetCellText
