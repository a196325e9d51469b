#include "exchange/sheets/XlsxXmlScanner.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace {

constexpr size_t InitialBuffer = size_t(512) * 1024;
// Far beyond any spreadsheet part (a sheet nests 6 deep), low enough that hostile nesting or
// attribute lists cannot grow the bookkeeping without bound.
constexpr int MaxDepth = 256;
constexpr size_t MaxAttributes = 256;

inline bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

// Characters that end a name: whitespace, markup or quotes.
constexpr std::array<bool, 256> NameEnd = [] {
    std::array<bool, 256> table {};
    for (const char c : std::string_view(" \n\t\r/><=\"'"))
        table[static_cast<unsigned char>(c)] = true;
    return table;
}();

inline bool isNameEnd(char c)
{
    return NameEnd[static_cast<unsigned char>(c)];
}

// The hot paths compare and search short strings, where an inline loop beats a library call.
inline bool same(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return false;
    }
    return true;
}

inline const char *find(const char *from, const char *end, char c)
{
    constexpr ptrdiff_t Short = 64;
    const char *const shortEnd = end - from > Short ? from + Short : end;
    for (const char *p = from; p < shortEnd; ++p) {
        if (*p == c)
            return p;
    }
    return shortEnd == end ? nullptr : static_cast<const char *>(std::memchr(shortEnd, c, size_t(end - shortEnd)));
}

inline std::string_view localPart(std::string_view qualified)
{
    for (size_t i = 0; i < qualified.size(); ++i) {
        if (qualified[i] == ':')
            return qualified.substr(i + 1);
    }
    return qualified;
}

bool allWhitespace(std::string_view text)
{
    return std::all_of(text.begin(), text.end(), isSpace);
}

void appendUtf8(std::string *out, char32_t cp)
{
    if (cp < 0x80) {
        out->push_back(char(cp));
    } else if (cp < 0x800) {
        out->push_back(char(0xC0 | (cp >> 6)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->push_back(char(0xE0 | (cp >> 12)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    } else {
        out->push_back(char(0xF0 | (cp >> 18)));
        out->push_back(char(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(char(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(char(0x80 | (cp & 0x3F)));
    }
}

bool isXmlChar(char32_t cp)
{
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
}

// Decodes one entity body (between '&' and ';').
bool decodeEntity(std::string_view body, std::string *out)
{
    if (body == "amp") {
        out->push_back('&');
    } else if (body == "lt") {
        out->push_back('<');
    } else if (body == "gt") {
        out->push_back('>');
    } else if (body == "quot") {
        out->push_back('"');
    } else if (body == "apos") {
        out->push_back('\'');
    } else if (body.size() >= 2 && body[0] == '#') {
        const bool hex = body[1] == 'x';
        const std::string_view digits = body.substr(hex ? 2 : 1);
        if (digits.empty() || digits.size() > 8)
            return false;
        char32_t cp = 0;
        for (const char c : digits) {
            int v = -1;
            if (c >= '0' && c <= '9')
                v = c - '0';
            else if (hex && c >= 'a' && c <= 'f')
                v = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F')
                v = c - 'A' + 10;
            if (v < 0)
                return false;
            cp = cp * (hex ? 16 : 10) + char32_t(v);
        }
        if (!isXmlChar(cp))
            return false;
        appendUtf8(out, cp);
    } else {
        return false;
    }
    return true;
}

bool decodeInto(std::string_view raw, std::string *out, bool entities)
{
    const char *p = raw.data();
    const char *const e = p + raw.size();
    const char *plain = p;
    while (plain < e && *plain != '\r' && (*plain != '&' || !entities))
        ++plain;
    out->append(p, size_t(plain - p));
    p = plain;
    while (p < e) {
        const char c = *p;
        if (c == '\r') {
            out->push_back('\n');
            p += (p + 1 < e && p[1] == '\n') ? 2 : 1;
        } else if (c == '&' && entities) {
            const char *semi = static_cast<const char *>(std::memchr(p, ';', std::min<size_t>(e - p, 12)));
            if (!semi || !decodeEntity(std::string_view(p + 1, semi - p - 1), out))
                return false;
            p = semi + 1;
        } else {
            out->push_back(c);
            ++p;
        }
    }
    return true;
}

} // namespace

XlsxXmlScanner::XlsxXmlScanner(Source source, qint64 maxTokenBytes)
    : m_source(std::move(source))
    , m_maxToken(std::max<qint64>(maxTokenBytes, 4096))
{
    m_buffer.resize(size_t(std::min<qint64>(InitialBuffer, m_maxToken)));
    m_stack.reserve(16);
    m_attributes.reserve(16);
}

bool XlsxXmlScanner::attribute(std::string_view localName, std::string_view *value) const
{
    for (const Attribute &attribute : m_attributes) {
        if (same(attribute.localName, localName)) {
            *value = attribute.value;
            return true;
        }
    }
    return false;
}

bool XlsxXmlScanner::appendText(std::string *out) const
{
    return decodeInto(m_text, out, !m_textIsCData);
}

bool XlsxXmlScanner::takeChildText(std::string_view outer, std::string_view inner, std::string *out)
{
    if (m_pendingEnd || m_failure != Failure::None)
        return false; // a self-closing element has no content
    const char *const base = m_buffer.data();
    const char *const end = base + m_end;
    const char *p = base + m_pos;
    // "<name>" and "</name>", matched in place.
    const auto open = [&p, end](std::string_view name) {
        if (size_t(end - p) < name.size() + 2 || p[0] != '<' || p[name.size() + 1] != '>'
            || !same(std::string_view(p + 1, name.size()), name))
            return false;
        p += name.size() + 2;
        return true;
    };
    const auto close = [&p, end](std::string_view name) {
        if (size_t(end - p) < name.size() + 3 || p[0] != '<' || p[1] != '/' || p[name.size() + 2] != '>'
            || !same(std::string_view(p + 2, name.size()), name))
            return false;
        p += name.size() + 3;
        return true;
    };
    if (!open(outer) || (!inner.empty() && !open(inner)))
        return false;
    // The text up to the next markup, noting whether it needs decoding (a cell's text is short: one pass).
    const char *const textStart = p;
    bool plain = true;
    while (p < end && *p != '<') {
        plain = plain && *p != '&' && *p != '\r';
        ++p;
    }
    if (p == end || p == textStart)
        return false; // not all in the buffer, or an empty element (which reports no text): token by token
    const std::string_view text(textStart, size_t(p - textStart));
    if ((!inner.empty() && !close(inner)) || !close(outer))
        return false;
    if (plain) {
        out->append(text);
    } else {
        const size_t before = out->size();
        if (!decodeInto(text, out, true)) {
            out->resize(before); // the token by token reading reports the bad entity
            return false;
        }
    }
    m_pos = size_t(p - base);
    return true;
}

bool XlsxXmlScanner::decode(std::string_view raw, std::string *out)
{
    return decodeInto(raw, out, true);
}

XlsxXmlScanner::Token XlsxXmlScanner::fail(Failure failure)
{
    if (m_failure == Failure::None)
        m_failure = failure;
    return Token::Error;
}

bool XlsxXmlScanner::fill()
{
    if (m_eof)
        return true;
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
        m_consumed += qint64(m_pos);
        m_end -= m_pos;
        m_pos = 0;
    }
    if (m_end == m_buffer.size()) {
        if (qint64(m_buffer.size()) >= m_maxToken) {
            fail(Failure::TokenTooLarge);
            return false;
        }
        m_buffer.resize(size_t(std::min<qint64>(qint64(m_buffer.size()) * 2, m_maxToken)));
    }
    const qint64 read = m_source(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (read < 0) {
        fail(Failure::Source);
        return false;
    }
    if (read == 0)
        m_eof = true;
    m_end += size_t(read);
    return true;
}

XlsxXmlScanner::Token XlsxXmlScanner::next()
{
    if (m_failure != Failure::None)
        return Token::Error;
    if (m_pendingEnd) {
        m_pendingEnd = false;
        m_localName = localPart(m_stack[size_t(m_open - 1)]);
        m_depth = m_open--;
        m_rootClosed = m_open == 0;
        return Token::EndElement;
    }
    if (!m_bomChecked) {
        while (m_end - m_pos < 3 && !m_eof) {
            if (!fill())
                return Token::Error;
        }
        const auto *start = reinterpret_cast<const unsigned char *>(m_buffer.data());
        if (m_end >= 3 && start[0] == 0xEF && start[1] == 0xBB && start[2] == 0xBF)
            m_pos += 3;
        else if (m_end >= 2 && ((start[0] == 0xFE && start[1] == 0xFF) || (start[0] == 0xFF && start[1] == 0xFE)))
            return fail(Failure::Syntax); // UTF-16 is not supported here
        m_bomChecked = true;
    }
    for (;;) {
        if (m_pos == m_end) {
            if (m_eof) {
                if (m_open > 0 || !m_started)
                    return fail(Failure::Truncated);
                return Token::EndOfDocument;
            }
            if (!fill())
                return Token::Error;
            continue;
        }
        const char *base = m_buffer.data();
        if (base[m_pos] != '<') {
            const char *lt = find(base + m_pos, base + m_end, '<');
            if (!lt && !m_eof) {
                if (!fill())
                    return Token::Error;
                continue;
            }
            const size_t stop = lt ? size_t(lt - base) : m_end;
            const std::string_view text(base + m_pos, stop - m_pos);
            m_pos = stop;
            if (m_open == 0) {
                if (!allWhitespace(text))
                    return fail(Failure::Syntax);
                continue;
            }
            m_text = text;
            m_textIsCData = false;
            return Token::Text;
        }
        Parse parsed = Parse::NeedMore;
        Token token = Token::Error;
        if (m_end - m_pos >= 2) {
            const char second = base[m_pos + 1];
            if (second == '/') {
                parsed = parseEndTag(&token);
            } else if (second == '!' || second == '?') {
                bool emitted = false;
                parsed = parseSpecial(&token, &emitted);
                if (parsed == Parse::Done && !emitted)
                    continue;
            } else {
                parsed = parseStartTag(&token);
            }
        }
        if (parsed == Parse::Done)
            return token;
        if (parsed == Parse::Bad)
            return fail(Failure::Syntax);
        if (m_eof)
            return fail(Failure::Truncated);
        if (!fill())
            return Token::Error;
    }
}

XlsxXmlScanner::Parse XlsxXmlScanner::parseStartTag(Token *token)
{
    if (m_rootClosed)
        return Parse::Bad; // a second root element
    const char *const base = m_buffer.data();
    const char *const end = base + m_end;
    const char *p = base + m_pos + 1;
    const char *const nameStart = p;
    while (p < end && !isNameEnd(*p))
        ++p;
    if (p == end)
        return Parse::NeedMore;
    if (p == nameStart)
        return Parse::Bad;
    const std::string_view qualified(nameStart, size_t(p - nameStart));
    m_attributes.clear();
    bool selfClosing = false;
    for (;;) {
        bool sawSpace = false;
        while (p < end && isSpace(*p)) {
            ++p;
            sawSpace = true;
        }
        if (p == end)
            return Parse::NeedMore;
        if (*p == '>') {
            ++p;
            break;
        }
        if (*p == '/') {
            if (p + 1 == end)
                return Parse::NeedMore;
            if (p[1] != '>')
                return Parse::Bad;
            p += 2;
            selfClosing = true;
            break;
        }
        if (!sawSpace)
            return Parse::Bad;
        const char *const attributeStart = p;
        const char *colon = nullptr;
        for (; p < end && !isNameEnd(*p); ++p) {
            if (*p == ':')
                colon = p;
        }
        if (p == end)
            return Parse::NeedMore;
        if (p == attributeStart)
            return Parse::Bad;
        const std::string_view attributeName(attributeStart, size_t(p - attributeStart));
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return Parse::NeedMore;
        if (*p != '=')
            return Parse::Bad;
        ++p;
        while (p < end && isSpace(*p))
            ++p;
        if (p == end)
            return Parse::NeedMore;
        const char quote = *p;
        if (quote != '"' && quote != '\'')
            return Parse::Bad;
        const char *const valueStart = p + 1;
        const char *valueEnd = valueStart;
        while (valueEnd < end && *valueEnd != quote && *valueEnd != '<')
            ++valueEnd;
        if (valueEnd == end)
            return Parse::NeedMore;
        if (*valueEnd == '<')
            return Parse::Bad;
        const std::string_view value(valueStart, size_t(valueEnd - valueStart));
        // Namespace declarations are not attributes for our purposes ("xmlns:r" must not pass as "r").
        if (attributeName[0] != 'x' || attributeName.substr(0, 5) != "xmlns") {
            if (m_attributes.size() == MaxAttributes)
                return Parse::Bad;
            m_attributes.push_back(
                {colon ? attributeName.substr(size_t(colon - attributeStart) + 1) : attributeName, value});
        }
        p = valueEnd + 1;
    }
    if (m_open == MaxDepth)
        return Parse::Bad;
    if (size_t(m_open) == m_stack.size())
        m_stack.emplace_back();
    std::string &open = m_stack[size_t(m_open)];
    if (!same(open, qualified)) // a sheet repeats the same elements at the same depths: mostly no copy
        open.assign(qualified);
    // The attributes point into the buffer, which stays put until the next call.
    m_localName = localPart(m_stack[size_t(m_open)]);
    m_depth = ++m_open;
    m_started = true;
    m_pendingEnd = selfClosing;
    m_pos = size_t(p - base);
    *token = Token::StartElement;
    return Parse::Done;
}

XlsxXmlScanner::Parse XlsxXmlScanner::parseEndTag(Token *token)
{
    const char *const base = m_buffer.data();
    const char *const end = base + m_end;
    const char *p = base + m_pos + 2;
    if (m_open > 0) {
        // Nearly always "</name>" closing the open element: compared as it stands.
        const std::string &open = m_stack[size_t(m_open - 1)];
        const size_t length = open.size();
        if (size_t(end - p) > length && p[length] == '>' && same(std::string_view(p, length), open)) {
            m_localName = localPart(open);
            m_depth = m_open--;
            m_rootClosed = m_open == 0;
            m_pos = size_t(p + length + 1 - base);
            *token = Token::EndElement;
            return Parse::Done;
        }
    }
    const char *const nameStart = p;
    while (p < end && !isNameEnd(*p))
        ++p;
    if (p == end)
        return Parse::NeedMore;
    const std::string_view qualified(nameStart, size_t(p - nameStart));
    while (p < end && isSpace(*p))
        ++p;
    if (p == end)
        return Parse::NeedMore;
    if (*p != '>' || m_open == 0 || !same(m_stack[size_t(m_open - 1)], qualified))
        return Parse::Bad;
    m_localName = localPart(m_stack[size_t(m_open - 1)]);
    m_depth = m_open--;
    m_rootClosed = m_open == 0;
    m_pos = size_t(p + 1 - base);
    *token = Token::EndElement;
    return Parse::Done;
}

XlsxXmlScanner::Parse XlsxXmlScanner::parseSpecial(Token *token, bool *emitted)
{
    const char *const base = m_buffer.data();
    const std::string_view rest(base + m_pos, m_end - m_pos);
    if (rest[1] == '?') {
        const size_t close = rest.find("?>", 2);
        if (close == std::string_view::npos)
            return Parse::NeedMore;
        m_pos += close + 2;
        return Parse::Done;
    }
    constexpr std::string_view comment = "<!--";
    constexpr std::string_view cdata = "<![CDATA[";
    if (rest.size() < comment.size() && comment.substr(0, rest.size()) == rest)
        return Parse::NeedMore;
    if (rest.substr(0, comment.size()) == comment) {
        const size_t close = rest.find("-->", comment.size());
        if (close == std::string_view::npos)
            return Parse::NeedMore;
        m_pos += close + 3;
        return Parse::Done;
    }
    if (rest.size() < cdata.size() && cdata.substr(0, rest.size()) == rest)
        return Parse::NeedMore;
    if (rest.substr(0, cdata.size()) == cdata && m_open > 0) {
        const size_t close = rest.find("]]>", cdata.size());
        if (close == std::string_view::npos)
            return Parse::NeedMore;
        m_text = rest.substr(cdata.size(), close - cdata.size());
        m_textIsCData = true;
        m_pos += close + 3;
        *token = Token::Text;
        *emitted = true;
        return Parse::Done;
    }
    return Parse::Bad; // DOCTYPE and anything else
}
