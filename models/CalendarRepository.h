#pragma once

#include "LedgerTypes.h"
#include "Result.h"

#include <QCoreApplication>

class Database;

// The reporting calendar (报送日历): the notice's submissions as data, their due dates in a year,
// and which were submitted (date, person, file).
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db);

    QList<CalendarItem> items() const; // active and inactive
    // Creates (id 0) or updates an item. Rejects: no title; day outside 1–31; a yearly item without month
    // 1–12; a day the month never has (31 June).
    Result saveItem(CalendarItem &item);

    // Every due date of the active items in a year, in date order, with the submission state.
    QList<CalendarEntry> entries(int year) const;
    // What is overdue (not submitted, due before today, this year or last) and what is due within
    // `days` days from today, overdue first.
    QList<CalendarEntry> upcoming(const QDate &today, int days = 14) const;
    // Rejects a due date that is not one of the item's, a submission date in the future, no name.
    Result markSubmitted(
        qint64 itemId, const QDate &dueDate, const QDate &submitted, const QString &by, const QString &fileName = {});
    Result clearSubmitted(qint64 itemId, const QDate &dueDate);

private:
    Database &m_db;
};
