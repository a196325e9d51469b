#pragma once

#include "core/Outcome.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>

#include <optional>

class Database;

// What a change dated in the past does to the months already past: which months' figures it changes, which of
// them were printed or exported, and whether it comes before a later status change of the household.
struct CorrectionImpact
{
    Period firstMonth; // the months whose figures change, when the change reaches into a past month
    Period lastMonth;
    QList<Period> reportedMonths; // of those, the months whose official tables were printed or exported
    QDate laterStatusDate; // a status change of the household after the change's date
    Domain::HouseholdStatus laterStatus = Domain::HouseholdStatus::Active;

    bool changesPastMonths() const { return firstMonth.isValid(); }
    // A change before a later status change, or into a month already reported, is saved only when confirmed.
    bool needsConfirmation() const { return laterStatusDate.isValid() || !reportedMonths.isEmpty(); }
    // In the clerk's words: what changes, and why it asks.
    QString text() const;
    // "2026-03—2026-11", for the audit record.
    QString monthsText() const;
};

// A household's status history as a timeline (状态变更记录): each row holds the status, the monthly amount, the
// covered persons and the first month payable from its date on. A row either sets the amount or covered persons,
// or carries on those of the rows before it. A change is placed at its own date: it starts from the state that
// held on that date, and a new amount or covered count is carried into the later rows that only carried the old
// one, so that the months after it tell the same story as the household does today.
class StatusTimeline
{
    Q_DECLARE_TR_FUNCTIONS(StatusTimeline)

public:
    explicit StatusTimeline(Database &db);

    // What changes at a date; unset parts stay as they were on that date.
    struct Change
    {
        std::optional<Domain::HouseholdStatus> to;
        std::optional<Money> amount;
        std::optional<int> covered; // the covered persons from that date
        int coveredDelta = 0; // or a change of them (a member's death, birth or move), carried into every later row
        QString reason;
        Period paidFrom; // for a change into 在保: the first month payable (default: the month after the date)
    };

    // The row in force on a date (the latest effective on or before it; of one day, the last recorded).
    // The row in force on a day (none: the day is before the household's first record).
    Outcome<std::optional<StatusChange>> stateAt(qint64 householdId, const QDate &date) const;
    Outcome<QList<StatusChange>> rows(qint64 householdId) const;
    Outcome<CorrectionImpact> impactOf(qint64 householdId, const QDate &date) const;

    // Inside the caller's transaction. The row placed, with the figures it holds, in *placed; the latest row's
    // figures after the change in *latest (what the household holds today).
    Result place(qint64 householdId, const QDate &date, const Change &change, StatusChange *placed = nullptr,
        StatusChange *latest = nullptr);
    // The first rows of a new household, oldest first (RosterRecords::openingHistory()).
    Result insertOpening(const QList<StatusChange> &rows);

private:
    Result insert(StatusChange &row);

    Database &m_db;
};
