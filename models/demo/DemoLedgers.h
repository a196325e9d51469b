#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class Database;

// The campaign's ledgers of the demo township, so that a demo shows every page at work: a self-inspection
// of last month with answers and problems, rectifications (one overdue, one signed off), complaints in
// every state, typical cases and a submission on the calendar. Deterministic for a seed; called by
// DemoGenerator inside its transaction, after the roster.
class DemoLedgers
{
    Q_DECLARE_TR_FUNCTIONS(DemoLedgers)

public:
    static Result generate(Database &db, quint32 seed);
};
