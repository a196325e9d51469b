#include "exchange/sheets/XlsxSharedStrings.h"

#include "exchange/sheets/XlsxXmlScanner.h"

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QString XlsxSharedStrings::toText(const std::string &utf8)
{
    if (utf8.find("_x") == std::string::npos)
        return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
    QString text;
    text.reserve(qsizetype(utf8.size()));
    size_t from = 0;
    for (;;) {
        const size_t at = utf8.find("_x", from);
        if (at == std::string::npos || at + 7 > utf8.size()) {
            text += QString::fromUtf8(utf8.data() + from, qsizetype(utf8.size() - from));
            return text;
        }
        int code = 0;
        bool hex = utf8[at + 6] == '_';
        for (size_t i = at + 2; hex && i < at + 6; ++i) {
            const int v = hexValue(utf8[i]);
            hex = v >= 0;
            code = code * 16 + v;
        }
        text += QString::fromUtf8(utf8.data() + from, qsizetype(at - from));
        if (hex) {
            text += QChar(char16_t(code));
            from = at + 7;
        } else {
            text += u'_';
            from = at + 1;
        }
    }
}

bool XlsxSharedStrings::parse(XlsxXmlScanner &scanner, qint64 maxCount)
{
    m_strings.clear();
    m_failure = Failure::None;
    int siDepth = 0, runDepth = 0, textDepth = 0;
    std::string text;
    for (;;) {
        switch (scanner.next()) {
        case XlsxXmlScanner::Token::StartElement: {
            const int depth = scanner.depth();
            const std::string_view name = scanner.name();
            if (siDepth == 0) {
                if (depth == 2 && name == "si") {
                    siDepth = depth;
                    text.clear();
                } else if (depth == 1 && name != "sst") {
                    m_failure = Failure::Xml;
                    return false;
                }
            } else if (name == "r" && depth == siDepth + 1) {
                runDepth = depth;
            } else if (name == "t" && (depth == siDepth + 1 || (runDepth && depth == runDepth + 1))) {
                textDepth = depth;
            }
            break;
        }
        case XlsxXmlScanner::Token::EndElement: {
            const int depth = scanner.depth();
            if (depth == textDepth) {
                textDepth = 0;
            } else if (depth == runDepth) {
                runDepth = 0;
            } else if (depth == siDepth) {
                siDepth = 0;
                if (m_strings.size() >= maxCount) {
                    m_failure = Failure::TooMany;
                    return false;
                }
                m_strings.append(toText(text));
            }
            break;
        }
        case XlsxXmlScanner::Token::Text:
            if (textDepth && !scanner.appendText(&text)) {
                m_failure = Failure::Xml;
                return false;
            }
            break;
        case XlsxXmlScanner::Token::EndOfDocument:
            return true;
        case XlsxXmlScanner::Token::Error:
            m_failure = Failure::Xml;
            return false;
        }
    }
}
