#include "roster/HouseholdRules.h"

#include "core/IdNumber.h"

#include <QHash>

using namespace Domain;

QList<Result> HouseholdRules::check(const Household &h, const HolderLookup &holderOf, const QDate &today)
{
    QList<Result> problems;
    if (h.villageId <= 0)
        problems.append(Result::rejected(tr("Choose the village of the household."), QStringLiteral("village")));
    if (h.monthlyAmount.isNegative())
        problems.append(Result::rejected(tr("The monthly amount cannot be negative."), QStringLiteral("amount")));
    if (h.status == HouseholdStatus::Active && !h.startPeriod.isValid())
        problems.append(Result::rejected(
            tr("An active household needs the month its benefit started."), QStringLiteral("startPeriod")));
    if (h.startPeriod.isValid() && h.startPeriod > Period::fromDate(today).next())
        problems.append(
            Result::rejected(tr("The month the benefit started (%1) is in the future.").arg(h.startPeriod.toString()),
                QStringLiteral("startPeriod")));
    if (h.statusDate.isValid() && h.statusDate > today)
        problems.append(
            Result::rejected(tr("The status date %1 is in the future.").arg(h.statusDate.toString(Qt::ISODate)),
                QStringLiteral("statusDate")));

    int heads = 0;
    int current = 0;
    int covered = 0;
    QHash<QString, int> seen;
    for (int i = 0; i < h.members.size(); ++i) {
        const Person &p = h.members.at(i);
        if (!p.isCurrent())
            continue;
        ++current;
        // Built only for a problem: an import validates tens of thousands of members.
        const auto where
            = [&] { return tr("Member %1 (%2)").arg(i + 1).arg(p.name.isEmpty() ? tr("no name") : p.name); };
        const auto field = [i] { return QStringLiteral("members[%1].").arg(i); };
        if (p.isHead())
            ++heads;
        if (p.covered && !p.deceasedDate.isValid())
            ++covered;
        if (p.name.trimmed().isEmpty())
            problems.append(
                Result::rejected(tr("%1: the name is empty.").arg(where()), field() + QStringLiteral("name")));
        const IdNumber id = IdNumber::parse(p.idNumber);
        if (!id.isValid()) {
            problems.append(
                Result::rejected(tr("%1: %2.").arg(where(), id.errorText()), field() + QStringLiteral("idNumber")));
            continue;
        }
        if (seen.contains(id.text())) {
            problems.append(Result::rejected(tr("%1: the ID number %2 is also given for member %3.")
                                                 .arg(where(), id.text())
                                                 .arg(seen.value(id.text()) + 1),
                field() + QStringLiteral("idNumber")));
        } else {
            seen.insert(id.text(), i);
        }
        if (const std::optional<IdHolder> holder = holderOf ? holderOf(id.text()) : std::nullopt;
            holder && holder->householdId != h.id) {
            problems.append(
                Result::rejected(tr("%1: the ID number %2 already belongs to a member of the household of %3 "
                                    "in %4; one person can be on the roster only once.")
                                     .arg(where(), id.text(), holder->headName, holder->villageName),
                    field() + QStringLiteral("idNumber")));
        }
        if (p.deceasedDate.isValid() && p.covered)
            problems.append(Result::rejected(
                tr("%1: a deceased person cannot stay covered.").arg(where()), field() + QStringLiteral("covered")));
        if (p.deceasedDate.isValid() && (p.deceasedDate > today || p.deceasedDate < id.birthDate()))
            problems.append(Result::rejected(
                tr("%1: the date of death %2 is impossible.").arg(where(), p.deceasedDate.toString(Qt::ISODate)),
                field() + QStringLiteral("deceasedDate")));
    }
    if (current == 0)
        problems.append(Result::rejected(tr("A household needs at least one member."), QStringLiteral("members")));
    else if (heads == 0)
        problems.append(Result::rejected(
            tr("One member must be the head of household (relation: head)."), QStringLiteral("members")));
    else if (heads > 1)
        problems.append(
            Result::rejected(tr("Only one member can be the head of household; %1 are marked as head.").arg(heads),
                QStringLiteral("members")));
    const int members = h.memberCount > 0 ? h.memberCount : current;
    const int coveredPersons = h.coveredCount > 0 ? h.coveredCount : covered;
    if (h.memberCount > 0 && h.memberCount < current)
        problems.append(Result::rejected(
            tr("The household size (%1) is smaller than the %2 members entered.").arg(h.memberCount).arg(current),
            QStringLiteral("memberCount")));
    if (coveredPersons > members)
        problems.append(Result::rejected(
            tr("Covered persons (%1) cannot exceed the members (%2).").arg(coveredPersons).arg(members),
            QStringLiteral("coveredCount")));
    else if (h.coveredCount > 0 && h.coveredCount < covered)
        problems.append(Result::rejected(tr("Covered persons (%1) are fewer than the %2 members marked as covered.")
                                             .arg(h.coveredCount)
                                             .arg(covered),
            QStringLiteral("coveredCount")));
    if (h.memberCount < 0 || h.coveredCount < 0)
        problems.append(Result::rejected(
            tr("Household size and covered persons cannot be negative."), QStringLiteral("memberCount")));
    return problems;
}

void HouseholdRules::memberDeltas(const Household &before, const Household &after, int *dm, int *dc)
{
    auto coveredNow = [](const Person &p) { return p.isCurrent() && p.covered && !p.deceasedDate.isValid(); };
    QHash<qint64, const Person *> kept;
    for (const Person &p : after.members) {
        if (p.id == 0 && p.isCurrent()) {
            ++*dm;
            *dc += coveredNow(p) ? 1 : 0;
        } else if (p.id > 0) {
            kept.insert(p.id, &p);
        }
    }
    for (const Person &p : before.members) {
        if (!p.isCurrent())
            continue;
        const Person *now = kept.value(p.id);
        if (!now || !now->isCurrent()) {
            --*dm;
            *dc -= coveredNow(p) ? 1 : 0;
        } else {
            *dc += int(coveredNow(*now)) - int(coveredNow(p));
        }
    }
}
