#include "exchange/sheets/XlsxExpat.h"

#include <expat.h>
#include <string>
#include <vector>

namespace {

std::string_view localPart(std::string_view qualified)
{
    const size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

constexpr size_t MaxDepth = 256; // workbook parts nest a few levels; hostile nesting stops here

struct ParseState
{
    XML_Parser parser = nullptr;
    const std::function<void(const XlsxExpat::Element &)> *onStart = nullptr;
    std::vector<std::string> path;
    bool doctype = false;
    bool tooDeep = false;
};

void XMLCALL startElement(void *data, const XML_Char *name, const XML_Char **attributes)
{
    auto *state = static_cast<ParseState *>(data);
    if (state->path.size() >= MaxDepth) {
        state->tooDeep = true;
        XML_StopParser(state->parser, XML_FALSE);
        return;
    }
    const std::string_view local = localPart(name);
    const std::string_view parent = state->path.empty() ? std::string_view() : std::string_view(state->path.back());
    (*state->onStart)(XlsxExpat::Element {local, parent, attributes});
    state->path.emplace_back(local);
}

void XMLCALL endElement(void *data, const XML_Char *)
{
    auto *state = static_cast<ParseState *>(data);
    if (!state->path.empty())
        state->path.pop_back();
}

void XMLCALL startDoctype(void *data, const XML_Char *, const XML_Char *, const XML_Char *, int)
{
    auto *state = static_cast<ParseState *>(data);
    state->doctype = true;
    XML_StopParser(state->parser, XML_FALSE);
}

} // namespace

bool XlsxExpat::Element::attribute(std::string_view localName, QString *value) const
{
    for (const char **a = attributes; a && a[0]; a += 2) {
        const std::string_view qualified(a[0]);
        if (qualified.substr(0, 5) == "xmlns")
            continue;
        if (localPart(qualified) == localName) {
            *value = QString::fromUtf8(a[1]);
            return true;
        }
    }
    return false;
}

QString XlsxExpat::Element::attribute(std::string_view localName) const
{
    QString value;
    attribute(localName, &value);
    return value;
}

bool XlsxExpat::parse(const QByteArray &xml, const std::function<void(const Element &)> &onStart, QString *detail)
{
    ParseState state;
    state.onStart = &onStart;
    state.parser = XML_ParserCreate(nullptr);
    if (!state.parser) {
        *detail = QStringLiteral("out of memory");
        return false;
    }
    XML_SetUserData(state.parser, &state);
    XML_SetElementHandler(state.parser, startElement, endElement);
    XML_SetStartDoctypeDeclHandler(state.parser, startDoctype);
    const bool ok = XML_Parse(state.parser, xml.constData(), int(xml.size()), XML_TRUE) == XML_STATUS_OK;
    if (!ok) {
        if (state.doctype)
            *detail = QStringLiteral("DOCTYPE not allowed");
        else if (state.tooDeep)
            *detail = QStringLiteral("elements nested too deeply");
        else
            *detail = QStringLiteral("%1 (line %2)")
                          .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(state.parser))))
                          .arg(XML_GetCurrentLineNumber(state.parser));
    }
    XML_ParserFree(state.parser);
    return ok;
}
