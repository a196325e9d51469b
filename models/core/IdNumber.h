#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

// 公民身份号码 (GB 11643-1999). Always text: an ID number is never a number.
class IdNumber
{
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    enum class Error {
        None,
        Empty,
        SpreadsheetNumber, // 3.50121E+17: a spreadsheet stored the number as a float
        BadCharacter,
        WrongLength,
        BadRegion,
        BadDate,
        FutureDate,
        BadCheckDigit,
    };

    enum class Sex { Female, Male };

    IdNumber() = default;

    // Parses user or file input: trims spaces, folds full-width digits and x, upgrades 15 digits.
    static IdNumber parse(const QString &input);

    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // Why the input was rejected, in the clerk's words (translated).
    QString errorText() const;
    static QString errorText(Error error, const QString &detail = {});

    QString text() const { return m_text; } // 18 characters, upper-case X
    QString input() const { return m_input; }
    bool wasUpgraded() const { return m_upgraded; }
    QDate birthDate() const;
    Sex sex() const;
    QString regionCode() const { return m_text.left(6); }
    int ageAt(const QDate &date) const;

    // 350121********123X: keeps region and sequence, hides the birth date.
    static QString masked(const QString &idNumber);
    static QChar checkCharacter(QStringView first17);
    // Normalises full-width digits/letters and spaces; does not validate.
    static QString normalise(const QString &input);

private:
    QString m_input;
    QString m_text;
    QString m_detail;
    Error m_error = Error::Empty;
    bool m_upgraded = false;
};
