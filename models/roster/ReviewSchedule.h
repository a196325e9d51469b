#pragma once

#include "roster/RosterTypes.h"

#include <QDate>

// 复核: when a household on dibao is due for its periodic review (DESIGN.md §2). Households with stable income — the
// elderly alone, the severely ill or disabled — are reviewed every 12 months; households with unstable income or an
// able-bodied member every 6 months.
namespace ReviewSchedule {

// An adult of working age (18–59) able to work, in good health and without a disability.
bool isAbleBodied(Domain::LabourAbility labour, Domain::Health health, Domain::DisabilityKind disability, int age);
bool isAbleBodied(const Person &person, const QDate &day);
// 6 when a current member is able-bodied on the day, else 12.
int intervalMonths(const QList<Person> &members, const QDate &day);
// The last review, or the start of the benefit when there has been none yet (the month it started, else the date of
// the household's status), plus the interval. Invalid when the household is not on dibao (在保, 停保).
QDate dueDate(const Household &household, int intervalMonths);
QDate dueDate(const Household &household, const QDate &day);

} // namespace ReviewSchedule
