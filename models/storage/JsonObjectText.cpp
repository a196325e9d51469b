#include "storage/JsonObjectText.h"

void JsonObjectText::appendString(QByteArray &out, QStringView s)
{
    static const char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 2 + 6 * s.size()); // room for the longest escapes, cut back below
    char *d = out.data() + start;
    *d++ = '"';
    const char16_t *p = s.utf16();
    const char16_t *const end = p + s.size();
    while (p != end) {
        const char16_t u = *p++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *d++ = char(u);
                continue;
            }
            *d++ = '\\';
            switch (u) {
            case u'"':
                *d++ = '"';
                break;
            case u'\\':
                *d++ = '\\';
                break;
            case 0x8:
                *d++ = 'b';
                break;
            case 0xc:
                *d++ = 'f';
                break;
            case 0xa:
                *d++ = 'n';
                break;
            case 0xd:
                *d++ = 'r';
                break;
            case 0x9:
                *d++ = 't';
                break;
            default:
                *d++ = 'u';
                *d++ = '0';
                *d++ = '0';
                *d++ = hex[u >> 4];
                *d++ = hex[u & 0xf];
            }
        } else if (u < 0x800) {
            *d++ = char(0xc0 | (u >> 6));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (!QChar::isSurrogate(u)) {
            *d++ = char(0xe0 | (u >> 12));
            *d++ = char(0x80 | ((u >> 6) & 0x3f));
            *d++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && p != end && QChar::isLowSurrogate(*p)) {
            const char32_t c = QChar::surrogateToUcs4(u, *p++);
            *d++ = char(0xf0 | (c >> 18));
            *d++ = char(0x80 | ((c >> 12) & 0x3f));
            *d++ = char(0x80 | ((c >> 6) & 0x3f));
            *d++ = char(0x80 | (c & 0x3f));
        } else {
            *d++ = '\\';
            *d++ = 'u';
            for (int shift = 12; shift >= 0; shift -= 4)
                *d++ = hex[(u >> shift) & 0xf];
        }
    }
    *d++ = '"';
    out.truncate(d - out.constData());
}
