#include "reports/compute/MonthMovements.h"

#include "core/Period.h"
#include "reports/compute/HouseholdStates.h"
#include "storage/Database.h"

#include <algorithm>
#include <tuple>

namespace MonthMovements {

bool isAddition(const Change &c)
{
    return c.kind == Change::Kind::Into || c.kind == Change::Kind::PersonsIn;
}

Result read(const Database &database, const Period &month, HouseholdStates *states, QList<Change> *changes)
{
    const int first = StatusHistoryReader::dayNumber(month.firstDay());
    StatusHistoryReader history(database.connection(), month.lastDay());
    struct MonthRow
    {
        StatusHistoryReader::Row row;
        QString reason;
    };
    QList<MonthRow> monthRows;
    while (history.next()) {
        const StatusHistoryReader::Row &r = history.row();
        HouseholdState &s = (*states)[r.household];
        if (StatusHistoryReader::isLater(r.day, r.id, s.day, s.row)) {
            s.status = r.to;
            s.covered = r.covered;
            s.fen = r.fen;
            s.paidFrom = r.paidFrom;
            s.day = r.day;
            s.row = r.id;
        }
        if (!changes)
            continue;
        if (r.day >= first) {
            monthRows.append({r, history.reason()});
        } else if (StatusHistoryReader::isLater(r.day, r.id, s.startDay, s.startRow)) {
            s.startStatus = r.to;
            s.startCovered = r.covered;
            s.startFen = r.fen;
            s.startDay = r.day;
            s.startRow = r.id;
        }
    }
    if (history.failed())
        return database.readFailure(history.lastError());
    if (!changes)
        return Result::success();
    // The month's rows household by household in effective order, each after the state before it.
    std::sort(monthRows.begin(), monthRows.end(), [](const MonthRow &a, const MonthRow &b) {
        return std::tie(a.row.household, a.row.day, a.row.id) < std::tie(b.row.household, b.row.day, b.row.id);
    });
    qint64 current = -1;
    Status beforeStatus = Status::None;
    int beforeCovered = 0;
    qint64 beforeFen = 0;
    for (const MonthRow &m : std::as_const(monthRows)) {
        const StatusHistoryReader::Row &r = m.row;
        if (r.household != current) {
            current = r.household;
            const HouseholdState &s = (*states)[current];
            beforeStatus = s.startStatus;
            beforeCovered = s.startCovered;
            beforeFen = s.startFen;
        }
        const bool wasActive = beforeStatus == Status::Active;
        const bool isActive = r.to == Status::Active;
        Change c {Change::Kind::Into, r.household, beforeStatus, r.to, StatusHistoryReader::dateOf(r.day), m.reason,
            r.covered, r.fen};
        if (!wasActive && isActive) {
            changes->append(c);
        } else if (wasActive && !isActive) {
            // It leaves with the persons it had (a household whose last member died has none left in its row).
            c.kind = Change::Kind::OutOf;
            c.covered = beforeCovered;
            c.fen = beforeFen;
            changes->append(c);
        } else if (wasActive && r.covered != beforeCovered) {
            c.kind = r.covered > beforeCovered ? Change::Kind::PersonsIn : Change::Kind::PersonsOut;
            c.covered = std::abs(r.covered - beforeCovered);
            changes->append(c);
        }
        beforeStatus = r.to;
        beforeCovered = r.covered;
        beforeFen = r.fen;
    }
    return Result::success();
}

} // namespace MonthMovements
