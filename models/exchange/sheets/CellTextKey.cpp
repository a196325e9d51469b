#include "exchange/sheets/CellTextKey.h"

size_t qHash(const CellTextKey &key, size_t seed) noexcept
{
    // FNV-1a over the UTF-16 code units (64-bit parameters).
    quint64 h = 14695981039346656037ULL ^ quint64(seed);
    for (const QChar c : key.text()) {
        h ^= c.unicode();
        h *= 1099511628211ULL;
    }
    return size_t(h);
}
