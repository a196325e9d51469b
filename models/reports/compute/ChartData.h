#pragma once

#include "core/Domain.h"
#include "core/Outcome.h"
#include "core/Period.h"
#include "ledgers/rectifications/RectificationRepository.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;

// The overview's charts as plain figures: active households per village now, the township's
// households, covered persons and monthly total at each of the last months' ends (from the status
// history, the rule of the monthly report), active households by category, and the ledgers' open and
// finished items. Read in a handful of statements; the 80,000-household demo takes well under a second.
struct ChartData
{
    static constexpr int kMonths = 24;

    struct Village
    {
        qint64 id = 0;
        QString name;
        int households = 0; // active now
    };
    struct Month
    {
        Period period;
        int households = 0; // active at the month's end
        int coveredPersons = 0;
        qint64 monthlyFen = 0;
    };
    struct CategoryCount
    {
        Domain::Category category = Domain::Category::Ordinary;
        int households = 0;
    };

    QList<Village> villages; // in the order of their division codes
    QList<Month> months; // oldest first, ending with the current month
    QList<CategoryCount> categories; // every category, in enum order
    int complaintsOpen = 0;
    int complaintsClosed = 0;
    int rectificationsOpen = 0;
    int rectificationsDone = 0; // done or signed off

    // The figures now, or why the roster's could not be read; the months end with the month of db.today().
    static Outcome<ChartData> read(Database &db, int months = kMonths);
    // Only the months, ending with lastMonth (a monthly report's trend, its appendix chart).
    static Outcome<QList<Month>> trend(Database &db, const Period &lastMonth, int months = kMonths);
};
