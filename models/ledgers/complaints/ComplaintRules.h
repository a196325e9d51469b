#pragma once

#include "core/Result.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// What a complaint (举报线索) must meet before it is written: a date received not in the future, a summary, dates in
// their order, a subject and village that exist when one is named, a transfer with the body it went to. The ledger's
// writes (ComplaintRepository) check it; a check that cannot read the roster is a failure, never a pass.
class ComplaintRules
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRules)

public:
    explicit ComplaintRules(Database &db);

    // Trims the texts and drops a transfer's details when it has no date.
    static void normalise(Complaint &complaint);
    // A person named as the subject brings their household, a household its village.
    Result fillLinks(Complaint &complaint) const;
    // The first problem found, with its field; success when there is none.
    Result check(const Complaint &complaint) const;

private:
    Database &m_db;
};
