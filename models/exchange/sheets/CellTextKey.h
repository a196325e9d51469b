#pragma once

#include <QString>

#include <cstddef>

// A cell's text as the key of a cache of what that text reads as (RosterSheetParser's relations, disabilities and
// enumerations). Hashed with FNV-1a rather than Qt's seeded SipHash: a roster of 80,000 members looks up half a
// million such texts, and SipHash cost more than reading them. The caches it keys are capped in size, so a file
// cannot flood them with colliding texts.
class CellTextKey
{
public:
    // Implicit: a cache is looked up with the cell's QString as it is.
    CellTextKey(const QString &text) // NOLINT(google-explicit-constructor)
        : m_text(text)
    { }

    const QString &text() const { return m_text; }

    friend bool operator==(const CellTextKey &a, const CellTextKey &b) noexcept { return a.m_text == b.m_text; }

private:
    QString m_text;
};

size_t qHash(const CellTextKey &key, size_t seed = 0) noexcept;
