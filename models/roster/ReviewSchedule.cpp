#include "roster/ReviewSchedule.h"

#include "core/IdNumber.h"

using namespace Domain;

namespace ReviewSchedule {

bool isAbleBodied(LabourAbility labour, Health health, DisabilityKind disability, int age)
{
    return age >= 18 && age <= 59 && labour == LabourAbility::Full && health == Health::Healthy
        && disability == DisabilityKind::None;
}

bool isAbleBodied(const Person &p, const QDate &day)
{
    if (p.deceasedDate.isValid() && p.deceasedDate <= day)
        return false;
    return isAbleBodied(p.labourAbility, p.health, p.disabilityKind, IdNumber::parse(p.idNumber).ageAt(day));
}

int intervalMonths(const QList<Person> &members, const QDate &day)
{
    for (const Person &p : members) {
        if (p.isCurrent() && isAbleBodied(p, day))
            return 6;
    }
    return 12;
}

QDate dueDate(const Household &h, int intervalMonths)
{
    if (h.status != HouseholdStatus::Active && h.status != HouseholdStatus::Suspended)
        return {};
    QDate from = h.reviewDate;
    if (!from.isValid())
        from = h.startPeriod.isValid() ? h.startPeriod.firstDay() : h.statusDate;
    return from.isValid() ? from.addMonths(intervalMonths) : QDate();
}

QDate dueDate(const Household &h, const QDate &day)
{
    return dueDate(h, intervalMonths(h.members, day));
}

} // namespace ReviewSchedule
