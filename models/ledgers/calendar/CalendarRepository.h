#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// The reporting calendar (报送日历): the notice's submissions as data, their due dates in a year,
// and which were submitted (date, person, file).
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database &db);

    Outcome<QList<CalendarItem>> items() const; // active and inactive
    // Creates (id 0) or updates an item. Rejects: no title; day outside 1–31; a yearly item without month
    // 1–12; a day the month never has (31 June).
    Result saveItem(CalendarItem &item);

    // Every due date of the active items in a year, in date order, with the submission state.
    Outcome<QList<CalendarEntry>> entries(int year) const;
    // What is overdue (not submitted, due before today, this year or last) and what is not yet submitted
    // and due within `days` days from today (into next year near the year's end); overdue first, then by date.
    Outcome<QList<CalendarEntry>> upcoming(const QDate &today, int days = 14) const;
    // Rejects a due date that is not one of the item's, a submission date in the future, no name.
    Result markSubmitted(
        qint64 itemId, const QDate &dueDate, const QDate &submitted, const QString &by, const QString &fileName = {});
    Result clearSubmitted(qint64 itemId, const QDate &dueDate);

    // The day from which the calendar tracks submissions (the day the ledgers were set up, unless changed):
    // what fell due before it was sent outside the workbench, so it is not reported as overdue. An invalid date
    // when it was never set.
    Outcome<QDate> trackingSince() const;
    Result setTrackingSince(const QDate &date);

private:
    Database &m_db;
};
