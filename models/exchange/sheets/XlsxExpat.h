#pragma once

#include <QByteArray>
#include <QString>

#include <functional>
#include <string_view>

// Runs expat over a small, whole xlsx part (workbook, relationships, styles) and reports start tags.
// Names are local names (a prefix such as "x:" is dropped); a DOCTYPE is refused.
class XlsxExpat
{
public:
    struct Element
    {
        std::string_view name; // local name
        std::string_view parent; // local name of the parent element ("" for the root)
        const char **attributes; // expat's name/value pairs

        // The attribute with this local name (prefixes ignored, namespace declarations skipped).
        bool attribute(std::string_view localName, QString *value) const;
        QString attribute(std::string_view localName) const;
    };

    // Returns false on malformed XML, with expat's description and line in *detail.
    static bool parse(const QByteArray &xml, const std::function<void(const Element &)> &onStart, QString *detail);
};
