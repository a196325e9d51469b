#pragma once

#include "core/Outcome.h"
#include "roster/RosterTypes.h"

#include <QList>

#include <optional>

class Database;

// The most a household may be paid for a month (DESIGN.md §2): the benefit standard in force in the month plus
// its category's top-up (分类施保), times its covered persons. The one rule behind the "amount above the standard"
// check and the amount dialog's hint. In force in a month: the latest standard, and the category's latest top-up,
// from on or before the month.
class BenefitCeiling
{
public:
    BenefitCeiling(QList<BenefitStandard> standards, QList<CategorySupplement> supplements);
    // Reads the standards and the top-ups once, for any number of households.
    static Outcome<BenefitCeiling> read(Database &db);

    struct PerPerson
    {
        BenefitStandard standard; // in force in the month
        std::optional<CategorySupplement> supplement; // the category's top-up in force, if any
        Money topUp; // what the top-up gives per person under the standard (0 without one)
        Money total() const { return standard.monthlyPerPerson + topUp; }
    };

    const QList<CategorySupplement> &supplements() const { return m_supplements; } // as read: by category, month
    std::optional<BenefitStandard> standardIn(const Period &month) const;
    std::optional<CategorySupplement> supplementIn(Domain::Category category, const Period &month) const;
    // Per covered person; nothing when no standard is in force in the month.
    std::optional<PerPerson> perPerson(Domain::Category category, const Period &month) const;
    // (standard + top-up) × covered persons; nothing when no standard is in force in the month.
    std::optional<Money> ceiling(Domain::Category category, int coveredPersons, const Period &month) const;

private:
    QList<BenefitStandard> m_standards; // oldest first
    QList<CategorySupplement> m_supplements;
};
