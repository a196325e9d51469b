#pragma once

#include <QString>
#include <QtGlobal>

// An amount of money in integer fen (分). Never floating point.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }
    // Parses "1,234.5", "1234.50元", "￥300", full-width digits. Rejects "三百", "1.234", "".
    static bool parse(const QString &text, Money *out);

    constexpr qint64 fen() const { return m_fen; }
    // "1234.50" — yuan with two decimals, no grouping (for files and inputs).
    QString toPlainString() const;
    // "1,234.50" — grouped, for display.
    QString toDisplayString() const;
    double toYuan() const { return double(m_fen) / 100.0; }

    constexpr bool isNegative() const { return m_fen < 0; }
    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money operator*(qint64 n) const { return Money(m_fen * n); }
    Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    // clang-tidy 14 reads the defaulted comparison as a literal 0 compared with a pointer.
    constexpr auto operator<=>(const Money &) const = default; // NOLINT(modernize-use-nullptr)

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    { }
    qint64 m_fen = 0;
};
