#pragma once

#include <QtGlobal>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

// A small, fast pull tokenizer for the large and very regular parts of an xlsx file (worksheets,
// shared strings). It reads UTF-8 XML in chunks from a source, checks that elements nest and close
// properly, and leaves entity decoding to the caller's request. Not a validating parser: no DTDs
// (a DOCTYPE is an error, as OOXML forbids it), no namespace URIs (names are matched by local name,
// so "x:c" and "c" are the same element), no encodings other than UTF-8.
class XlsxXmlScanner
{
public:
    // Fills data with up to maxSize bytes; returns the count, 0 at the end, or < 0 on a read error.
    using Source = std::function<qint64(char *data, qint64 maxSize)>;

    enum class Token { StartElement, EndElement, Text, EndOfDocument, Error };
    enum class Failure { None, Syntax, Truncated, TokenTooLarge, Source };

    explicit XlsxXmlScanner(Source source, qint64 maxTokenBytes = 64LL * 1024 * 1024);

    Token next();

    // StartElement and EndElement: the local name (without prefix) and the element's depth (root = 1).
    std::string_view name() const { return m_localName; }
    int depth() const { return m_depth; }
    // StartElement: the raw (undecoded) value of the attribute with this local name.
    bool attribute(std::string_view localName, std::string_view *value) const;
    // StartElement: all attributes, in document order (namespace declarations left out).
    int attributeCount() const { return int(m_attributes.size()); }
    std::string_view attributeName(int index) const { return m_attributes[size_t(index)].localName; }
    std::string_view attributeValue(int index) const { return m_attributes[size_t(index)].value; }
    // Text: appends the text (entities resolved, line ends normalised) as UTF-8; false on a bad entity.
    bool appendText(std::string *out) const;
    // Right after a StartElement: when its content begins with exactly "<a><b>text</b></a>" for the names given
    // (one or two, no attributes, no spaces, text without markup), appends the text as appendText() would, moves
    // past it and returns true; the element's own end or its next child is then the next token. Otherwise (or when
    // that part is not in the buffer yet) returns false and changes nothing: the tokens are read one by one. A
    // sheet's cells are nearly all "<v>12</v>" or "<is><t>text</t></is>": half of its tokens, skipped.
    bool takeChildText(std::string_view outer, std::string_view inner, std::string *out);
    std::string_view rawText() const { return m_text; }

    Failure failure() const { return m_failure; }
    // Bytes of the document consumed so far (for progress and error positions).
    qint64 offset() const { return m_consumed + qint64(m_pos); }

    // Resolves entities (&amp; &#123; …) and normalises line ends; false on a malformed entity.
    static bool decode(std::string_view raw, std::string *out);

private:
    enum class Parse { Done, NeedMore, Bad };
    struct Attribute
    {
        std::string_view localName;
        std::string_view value;
    };

    bool fill();
    Token fail(Failure failure);
    Parse parseStartTag(Token *token);
    Parse parseEndTag(Token *token);
    Parse parseSpecial(Token *token, bool *emitted);

    Source m_source;
    qint64 m_maxToken;
    std::vector<char> m_buffer;
    size_t m_pos = 0;
    size_t m_end = 0;
    qint64 m_consumed = 0; // bytes dropped from the front of the buffer so far
    bool m_eof = false;
    bool m_bomChecked = false;
    bool m_started = false;
    bool m_rootClosed = false;
    bool m_pendingEnd = false; // a self-closing element: its end is reported by the next call
    Failure m_failure = Failure::None;

    std::vector<std::string> m_stack; // qualified names of the open elements (reused storage)
    int m_depth = 0; // depth of the element just reported
    int m_open = 0; // number of open elements
    std::string_view m_localName;
    std::vector<Attribute> m_attributes;
    std::string_view m_text;
    bool m_textIsCData = false;
};
