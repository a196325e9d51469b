#pragma once

#include "core/Result.h"
#include "reports/compute/StatusHistoryReader.h"

#include <QDate>
#include <QList>
#include <QString>

class Database;
class HouseholdStates;
class Period;

// The month's movements the roster's tables count (月报表, 增减变动明细表): read from the status history once.
namespace MonthMovements {

using Status = StatusHistoryReader::Status;

// A month's movements in and out of the roster, household by household: a household that becomes active (新增,
// 恢复保障) or stops being active (停保, 退保), with the covered persons it joins with or leaves with; and the covered
// persons an active household gains or loses (a birth, a death, a member moving in or out), so that last month's
// persons + the month's additions − its exits = this month's persons.
struct Change
{
    enum class Kind { Into, OutOf, PersonsIn, PersonsOut };
    Kind kind = Kind::Into;
    qint64 householdId = 0;
    Status from = Status::None;
    Status to = Status::None;
    QDate date;
    QString reason;
    int covered = 0; // persons joining or leaving
    qint64 fen = 0;
};

bool isAddition(const Change &c);

// Reads the history up to the month's end once (StatusHistoryReader): states at the end, and the month's changes
// (changes may be null: the states only). A failed read of the history says so.
Result read(const Database &database, const Period &month, HouseholdStates *states, QList<Change> *changes);

} // namespace MonthMovements
