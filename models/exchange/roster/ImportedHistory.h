#pragma once

#include "core/Period.h"
#include "exchange/roster/RosterColumns.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

struct ImportedHousehold;

// A household's status history as a roster file gives it: from its status, the month its benefit started (在保), the
// date of its status (停保, 退保) and, where the file says neither, the month the roster describes (--as-of).
class ImportedHistory
{
    Q_DECLARE_TR_FUNCTIONS(ImportedHistory)

public:
    // A cell whose value contradicts the rest (a status dated before the benefit started).
    struct Problem
    {
        int row = 0;
        RosterColumns::Field field = RosterColumns::Field::Ignore;
        QString value;
        QString reason;
    };

    ImportedHistory(const Period &asOf, const QDate &today)
        : m_asOf(asOf)
        , m_today(today)
    { }

    // Fills household.history, statusDate and startPeriod (and lacksDates when no date can be had); a problem leaves
    // the history empty.
    std::optional<Problem> build(ImportedHousehold &h) const;

private:
    Period m_asOf;
    QDate m_today;
};
