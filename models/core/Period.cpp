#include "core/Period.h"

#include "core/IdNumber.h"

#include <QRegularExpression>

Period::Period(int year, int month)
{
    if (year >= 1900 && year <= 9999 && month >= 1 && month <= 12) {
        m_year = year;
        m_month = month;
    }
}

Period Period::parse(const QString &text)
{
    const QString s = IdNumber::normalise(text).replace(QChar(0xFF0D), u'-').replace(QChar(0xFF0E), u'.');
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})\\s*[-./年]\\s*(\\d{1,2})\\s*月?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return {};
    return Period(m.captured(1).toInt(), m.captured(2).toInt());
}

Period Period::next() const
{
    return m_month == 12 ? Period(m_year + 1, 1) : Period(m_year, m_month + 1);
}

Period Period::previous() const
{
    return m_month == 1 ? Period(m_year - 1, 12) : Period(m_year, m_month - 1);
}

QString Period::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}
