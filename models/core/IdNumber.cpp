#include "core/IdNumber.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr int kWeights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char kCheck[11] = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Province-level prefixes of GB/T 2260: a first two digits outside these cannot be a region.
bool knownProvince(QStringView code)
{
    static const int provinces[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82};
    const int p = code.left(2).toInt();
    for (int known : provinces) {
        if (known == p)
            return true;
    }
    return false;
}

// yyyyMMdd of an all-digit string; QDate::fromString with a format is far slower on the import path.
QDate dateOf(QStringView digits)
{
    auto number = [&](int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; ++i)
            n = n * 10 + (digits[i].unicode() - '0');
        return n;
    };
    return QDate(number(0, 4), number(4, 2), number(6, 2));
}

// QDate::currentDate() looks at the time zone file on every call, which an import of 80,000 members notices: the
// date is kept until the next local midnight, for a minute at most (the clock or the zone may be changed).
QDate currentDate()
{
    thread_local qint64 validUntil = 0;
    thread_local QDate today;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now >= validUntil || now < validUntil - 60'000) {
        today = QDate::currentDate();
        validUntil = qMin(now + 60'000, today.addDays(1).startOfDay().toMSecsSinceEpoch());
    }
    return today;
}

} // namespace

QString IdNumber::normalise(const QString &input)
{
    const auto changes = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= 0xFF10 && u <= 0xFF19) || u == 0xFF38 || u == 0xFF58 || u == 'x' || c.isSpace() || u == 0x3000
            || u == '\'' || u == 0xFEFF;
    };
    if (std::none_of(input.cbegin(), input.cend(), changes))
        return input; // the usual case: no copy
    QString out;
    out.reserve(input.size());
    for (QChar c : input) {
        const char16_t u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19) // full-width digits
            out.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF38 || u == 0xFF58 || u == 'x') // full-width X / x, and a lower-case x
            out.append(u'X');
        else if (c.isSpace() || u == 0x3000 || u == '\'' || u == 0xFEFF)
            continue; // spaces, ideographic space, the leading apostrophe Excel uses for text
        else
            out.append(c);
    }
    return out;
}

QChar IdNumber::checkCharacter(QStringView first17)
{
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17[i].unicode() - '0') * kWeights[i];
    return QChar(kCheck[sum % 11]);
}

IdNumber IdNumber::parse(const QString &input)
{
    IdNumber id;
    id.m_input = input;
    const QString s = normalise(input);
    if (s.isEmpty()) {
        id.m_error = Error::Empty;
        return id;
    }
    static const QRegularExpression scientific(
        QStringLiteral("^[0-9](\\.[0-9]+)?E\\+?[0-9]+$"), QRegularExpression::CaseInsensitiveOption);
    if ((s.contains(u'E', Qt::CaseInsensitive) && scientific.match(s).hasMatch())
        || (s.contains(u'.') && allDigits(QString(s).remove(u'.')))) {
        id.m_error = Error::SpreadsheetNumber;
        return id;
    }
    for (int i = 0; i < s.size(); ++i) {
        const QChar c = s[i];
        const bool lastX = (c == u'X' && i == s.size() - 1 && s.size() == 18);
        if (!lastX && (c < u'0' || c > u'9')) {
            id.m_error = Error::BadCharacter;
            id.m_detail = QString(c);
            return id;
        }
    }
    QString full = s;
    if (s.size() == 15) {
        full = s.left(6) + QStringLiteral("19") + s.mid(6);
        full.append(checkCharacter(full));
        id.m_upgraded = true;
    } else if (s.size() != 18) {
        id.m_error = Error::WrongLength;
        id.m_detail = QString::number(s.size());
        return id;
    }
    if (!knownProvince(full)) {
        id.m_error = Error::BadRegion;
        id.m_detail = full.left(6);
        return id;
    }
    const QDate birth = dateOf(QStringView(full).mid(6, 8));
    if (!birth.isValid() || birth.year() < 1880) {
        id.m_error = Error::BadDate;
        id.m_detail = full.mid(6, 8);
        return id;
    }
    if (birth > currentDate()) {
        id.m_error = Error::FutureDate;
        id.m_detail = full.mid(6, 8);
        return id;
    }
    const QChar expected = checkCharacter(QStringView(full).left(17));
    if (full[17] != expected) {
        // Excel keeps 15 significant digits: the tail of a rounded number reads "000".
        id.m_error
            = full.endsWith(QLatin1String("000")) && !id.m_upgraded ? Error::SpreadsheetNumber : Error::BadCheckDigit;
        id.m_detail = QString(expected);
        return id;
    }
    id.m_text = full;
    id.m_error = Error::None;
    return id;
}

QString IdNumber::errorText() const
{
    return errorText(m_error, m_detail);
}

QString IdNumber::errorText(Error error, const QString &detail)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return tr("the ID number is empty");
    case Error::SpreadsheetNumber:
        return tr("the ID number was stored as a number by a spreadsheet and its digits are lost; "
                  "format the column as text and export again");
    case Error::BadCharacter:
        return tr("the ID number contains the character \"%1\"; only digits and a final X are allowed").arg(detail);
    case Error::WrongLength:
        return tr("the ID number has %1 characters; it must have 18 (or 15 for an old number)").arg(detail);
    case Error::BadRegion:
        return tr("the ID number begins with %1, which is not a region code").arg(detail);
    case Error::BadDate:
        return tr("the birth date %1 in the ID number does not exist").arg(detail);
    case Error::FutureDate:
        return tr("the birth date %1 in the ID number is in the future").arg(detail);
    case Error::BadCheckDigit:
        return tr("the ID number's check digit is wrong (it should be %1); a digit was probably mistyped").arg(detail);
    }
    return {};
}

QDate IdNumber::birthDate() const
{
    return isValid() ? dateOf(QStringView(m_text).mid(6, 8)) : QDate();
}

IdNumber::Sex IdNumber::sex() const
{
    return (m_text.size() == 18 && (m_text[16].unicode() - '0') % 2 == 1) ? Sex::Male : Sex::Female;
}

int IdNumber::ageAt(const QDate &date) const
{
    const QDate b = birthDate();
    if (!b.isValid() || !date.isValid())
        return -1;
    int age = date.year() - b.year();
    if (date.month() < b.month() || (date.month() == b.month() && date.day() < b.day()))
        --age;
    return age;
}

QString IdNumber::masked(const QString &idNumber)
{
    if (idNumber.size() != 18)
        return idNumber;
    return idNumber.left(6) + QString(8, u'*') + idNumber.right(4);
}
