#pragma once

#include <QString>
#include <QStringList>

#include <string>

class XlsxXmlScanner;

// xl/sharedStrings.xml: the table of texts that cells of type "s" refer to by index. Rich text runs
// are joined; phonetic runs (<rPh>) are not part of the text.
class XlsxSharedStrings
{
public:
    enum class Failure { None, Xml, TooMany };

    bool parse(XlsxXmlScanner &scanner, qint64 maxCount);
    Failure failure() const { return m_failure; }
    const QStringList &strings() const { return m_strings; }
    void clear() { m_strings.clear(); }

    // Cell text from the file's UTF-8, with OOXML's _xHHHH_ escapes (_x000D_ for a carriage return)
    // resolved.
    static QString toText(const std::string &utf8);

private:
    QStringList m_strings;
    Failure m_failure = Failure::None;
};
