#include "office/BenefitCeiling.h"

#include "office/StandardRepository.h"

Outcome<BenefitCeiling> BenefitCeiling::read(Database &db)
{
    const StandardRepository repository(db);
    Outcome<QList<BenefitStandard>> standards = repository.standards();
    if (!standards)
        return standards.result();
    Outcome<QList<CategorySupplement>> supplements = repository.supplements();
    if (!supplements)
        return supplements.result();
    return BenefitCeiling(std::move(standards).value(), std::move(supplements).value());
}

BenefitCeiling::BenefitCeiling(QList<BenefitStandard> standards, QList<CategorySupplement> supplements)
    : m_standards(std::move(standards))
    , m_supplements(std::move(supplements))
{ }

std::optional<BenefitStandard> BenefitCeiling::standardIn(const Period &month) const
{
    if (!month.isValid())
        return std::nullopt;
    // On or before the month's last day: a standard from before version 7 may start within the month.
    const QDate last = month.lastDay();
    std::optional<BenefitStandard> found;
    for (const BenefitStandard &s : m_standards) {
        if (s.effectiveDate <= last && (!found || s.effectiveDate >= found->effectiveDate))
            found = s;
    }
    return found;
}

std::optional<CategorySupplement> BenefitCeiling::supplementIn(Domain::Category category, const Period &month) const
{
    std::optional<CategorySupplement> found;
    if (!month.isValid())
        return found;
    for (const CategorySupplement &s : m_supplements) {
        if (s.category == category && s.from <= month && (!found || s.from >= found->from))
            found = s;
    }
    return found;
}

std::optional<BenefitCeiling::PerPerson> BenefitCeiling::perPerson(Domain::Category category, const Period &month) const
{
    const std::optional<BenefitStandard> standard = standardIn(month);
    if (!standard)
        return std::nullopt;
    PerPerson p;
    p.standard = *standard;
    p.supplement = supplementIn(category, month);
    if (p.supplement)
        p.topUp = p.supplement->perPerson(standard->monthlyPerPerson);
    return p;
}

std::optional<Money> BenefitCeiling::ceiling(Domain::Category category, int coveredPersons, const Period &month) const
{
    const std::optional<PerPerson> p = perPerson(category, month);
    if (!p)
        return std::nullopt;
    return p->total() * qMax(coveredPersons, 0);
}
