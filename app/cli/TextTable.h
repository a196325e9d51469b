#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A plain-text table for the terminal: columns padded to the widest cell, counting Chinese characters as two
// columns wide so that village names line up.
class TextTable
{
public:
    enum class Align { Left, Right };

    explicit TextTable(const QStringList &headers, const QList<Align> &alignment = {});
    void addRow(const QStringList &cells);
    QString toString() const;

    // Terminal columns a string takes: CJK and full-width characters count as two.
    static int displayWidth(const QString &text);

private:
    QStringList m_headers;
    QList<Align> m_alignment;
    QList<QStringList> m_rows;
};
