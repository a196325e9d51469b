#include "TextTable.h"

#include <algorithm>

TextTable::TextTable(const QStringList &headers, const QList<Align> &alignment)
    : m_headers(headers)
    , m_alignment(alignment)
{ }

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

int TextTable::displayWidth(const QString &text)
{
    int width = 0;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        // CJK radicals to Hangul, CJK compatibility, full-width forms.
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60)
            || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate();
        width += wide ? 2 : 1;
    }
    return width;
}

QString TextTable::toString() const
{
    QList<int> widths;
    for (const QString &h : m_headers)
        widths.append(displayWidth(h));
    for (const QStringList &row : m_rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], displayWidth(row.at(i)));
    }
    const auto line = [&](const QStringList &cells) {
        QString out;
        for (int i = 0; i < widths.size(); ++i) {
            const QString cell = i < cells.size() ? cells.at(i) : QString();
            const QString pad(widths.at(i) - displayWidth(cell), u' ');
            const bool right = i < m_alignment.size() && m_alignment.at(i) == Align::Right;
            if (i > 0)
                out += QStringLiteral("  ");
            out += right ? pad + cell : cell + pad;
        }
        while (out.endsWith(u' '))
            out.chop(1);
        return out + u'\n';
    };
    QString out = line(m_headers);
    int total = 0;
    for (int w : widths)
        total += w;
    out += QString(total + 2 * (int(widths.size()) - 1), u'-') + u'\n';
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
