#pragma once

#include <QDate>
#include <QString>

// 报告期: a calendar month.
class Period
{
public:
    Period() = default;
    Period(int year, int month);
    static Period fromDate(const QDate &date) { return Period(date.year(), date.month()); }
    // Accepts 2018-03, 2018年3月, 2018.03, 2018/3, 201803. Anything else gives an invalid period.
    static Period parse(const QString &text);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const { return firstDay().addMonths(1).addDays(-1); }
    Period next() const;
    Period previous() const;
    QString toString() const; // 2018-03
    // clang-tidy 14 reads the defaulted comparison as a literal 0 compared with a pointer.
    auto operator<=>(const Period &) const = default; // NOLINT(modernize-use-nullptr)

private:
    int m_year = 0;
    int m_month = 0;
};
