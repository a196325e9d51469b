#pragma once

#include "core/Outcome.h"
#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>

class Database;

// The benefit standards (低保标准) and category top-ups (分类施保) of the office, kept as histories: each applies from
// the first day of a month until a later one replaces it, so a past month's figures stay as they were. Every
// change is audited.
class StandardRepository
{
    Q_DECLARE_TR_FUNCTIONS(StandardRepository)

public:
    explicit StandardRepository(Database &db);

    // Oldest first.
    Outcome<QList<BenefitStandard>> standards() const;
    // The standard in force on a date: the latest effective on or before it (none: no standard yet).
    Outcome<std::optional<BenefitStandard>> standardAt(const QDate &date) const;
    // What is wrong with a standard before it is added (no month, not above zero, a month that has one), each with
    // its field (from, amount); empty when it can be added.
    QList<Result> validate(const BenefitStandard &standard) const;
    // Adds a standard from the month of its effectiveDate, which becomes the month's first day.
    Result addStandard(BenefitStandard &standard);

    // By category (A, B, C), oldest first within each.
    Outcome<QList<CategorySupplement>> supplements() const;
    // What is wrong with a top-up before it is set, each with its field (category, from, amount, share).
    static QList<Result> validate(const CategorySupplement &supplement);
    // Sets a category's top-up from a month; one already set from that month is replaced.
    Result setSupplement(CategorySupplement &supplement);

    // The largest standard the forms take (per person and month); more is a typing error.
    static constexpr qint64 MaximumFen = 10000000;

private:
    Database &m_db;
};
