#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// The rules a household and its members must meet before they are written: a village, a head, valid and unique ID
// numbers, sizes that add up, no dates in the future. Every write of the roster checks them, and dialogs show them
// inline. The messages keep RosterRepository's translation context.
class HouseholdRules
{
    Q_DECLARE_TR_FUNCTIONS(RosterRepository)

public:
    // Who currently holds an ID number: for bulk checks that look it up in memory instead of SQL.
    struct IdHolder
    {
        qint64 householdId = 0;
        QString headName;
        QString villageName;
    };
    using HolderLookup = std::function<std::optional<IdHolder>(const QString &idNumber)>;

    // Every problem found, checked against the day given; holderOf (may be empty) finds who holds an ID number.
    static QList<Result> check(const Household &household, const HolderLookup &holderOf, const QDate &today);
    // How a member edit moves the household size (*dm) and the covered persons (*dc): added to both.
    static void memberDeltas(const Household &before, const Household &after, int *dm, int *dc);
};
