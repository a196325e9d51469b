#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// Typical cases (典型案例): each belongs to the month it is reported for, due on the 3rd of the next.
class CaseRepository
{
    Q_DECLARE_TR_FUNCTIONS(CaseRepository)

public:
    explicit CaseRepository(Database &db);

    Outcome<QList<TypicalCase>> cases(const Period &month = {}) const; // invalid month: all, newest month first
    Outcome<TypicalCase> typicalCase(qint64 id) const; // rejected when there is none
    // When a month's cases are due upward, from the reporting calendar's 典型案例报送 item (day N of the next month);
    // none when the calendar has no such item in force; failed when the calendar cannot be read.
    Outcome<std::optional<QDate>> reportDue(const Period &month) const;
    // Rejects: no month, no title, negative funds.
    Result create(TypicalCase &typicalCase);
    Result update(TypicalCase &typicalCase);
    Result remove(qint64 id); // audited with the whole record

private:
    Result check(const TypicalCase &typicalCase) const;
    Database &m_db;
};
