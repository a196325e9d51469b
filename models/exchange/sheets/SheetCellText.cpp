#include "exchange/sheets/SheetCellText.h"

#include "core/IdNumber.h"

#include <QRegularExpression>
#include <QStringList>

#include <cmath>

double SheetCellText::number(const QString &text, bool *ok)
{
    if (text.isEmpty() || text.size() > 9)
        return text.toDouble(ok);
    int n = 0;
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return text.toDouble(ok);
        n = n * 10 + (c.unicode() - '0');
    }
    *ok = true;
    return n;
}

Period SheetCellText::plainPeriod(const QString &text)
{
    if (text.size() != 7 || text[4] != u'-')
        return {};
    int digits[6];
    for (int i = 0, d = 0; i < 7; ++i) {
        if (i == 4)
            continue;
        if (text[i] < u'0' || text[i] > u'9')
            return {};
        digits[d++] = text[i].unicode() - '0';
    }
    return Period(digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3], digits[4] * 10 + digits[5]);
}

QDate SheetCellText::fromSerial(double serial)
{
    const qint64 days = qint64(std::floor(serial));
    if (days < 1 || days > 2958465)
        return {};
    if (days == 60)
        return {};
    return QDate(1899, 12, 31).addDays(days < 60 ? days : days - 1);
}

QDate SheetCellText::parseDateText(const QString &text)
{
    const QString s = IdNumber::normalise(text);
    static const QRegularExpression separated(QStringLiteral("^(\\d{4})[-./年](\\d{1,2})[-./月](\\d{1,2})日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = separated.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return {};
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

bool SheetCellText::parseYesNo(const QString &text, bool *out)
{
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("Y"), QStringLiteral("y"), QStringLiteral("1"),
        QStringLiteral("√"), QStringLiteral("有"), QStringLiteral("yes"), QStringLiteral("true"),
        QStringLiteral("TRUE"), QStringLiteral("是的")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("N"), QStringLiteral("n"), QStringLiteral("0"),
        QStringLiteral("×"), QStringLiteral("无"), QStringLiteral("no"), QStringLiteral("false"),
        QStringLiteral("FALSE"), QStringLiteral("不是")};
    const QString s = text.trimmed();
    if (yes.contains(s)) {
        *out = true;
        return true;
    }
    if (no.contains(s)) {
        *out = false;
        return true;
    }
    return false;
}
