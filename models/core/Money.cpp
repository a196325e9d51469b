#include "core/Money.h"

#include "core/IdNumber.h"

bool Money::parse(const QString &text, Money *out)
{
    QString s = IdNumber::normalise(text); // folds full-width digits and drops spaces
    s.replace(QChar(0xFF0E), u'.').replace(QChar(0xFF0C), u',').replace(QChar(0xFF0D), u'-');
    s.remove(QStringLiteral("人民币"));
    s.remove(u'元').remove(u'￥').remove(u'¥');
    if (s.isEmpty())
        return false;
    bool negative = false;
    if (s.startsWith(u'-')) {
        negative = true;
        s.remove(0, 1);
    }
    // Thousands separators only in groups of three before the decimal point.
    const qsizetype dot = s.indexOf(u'.');
    QString whole = dot < 0 ? s : s.left(dot);
    const QString frac = dot < 0 ? QString() : s.mid(dot + 1);
    if (whole.contains(u',')) {
        const QStringList groups = whole.split(u',');
        for (qsizetype i = 1; i < groups.size(); ++i) {
            if (groups[i].size() != 3)
                return false;
        }
        if (groups.first().isEmpty() || groups.first().size() > 3)
            return false;
        whole = groups.join(QString());
    }
    if (whole.isEmpty() && frac.isEmpty())
        return false;
    for (QChar c : whole + frac) {
        if (c < u'0' || c > u'9')
            return false;
    }
    if (frac.size() > 2 || whole.size() > 13)
        return false;
    qint64 fen = whole.isEmpty() ? 0 : whole.toLongLong() * 100;
    if (frac.size() == 1)
        fen += qint64(frac.toInt()) * 10;
    else if (frac.size() == 2)
        fen += frac.toInt();
    *out = Money(negative ? -fen : fen);
    return true;
}

QString Money::toPlainString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString())
        .arg(a / 100)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 a = m_fen < 0 ? -m_fen : m_fen;
    QString whole = QString::number(a / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return QStringLiteral("%1%2.%3")
        .arg(m_fen < 0 ? QStringLiteral("-") : QString(), whole)
        .arg(a % 100, 2, 10, QLatin1Char('0'));
}
