#pragma once

#include "core/Outcome.h"
#include "roster/HouseholdRules.h"
#include "roster/RosterTypes.h"
#include "roster/RosterWriteSteps.h"
#include "roster/StatusTimeline.h"

#include <QCoreApplication>

class Database;

// An edit of a household's fields and members (RosterRepository::updateHousehold()).
struct HouseholdEdit
{
    QString reason; // kept in the history when figures change
    QDate date; // when the members joined or left and the figures changed; invalid: today
    // Members added are persons the household's declared size already counts (a roster listed only the head):
    // the size and covered persons stay unless the records exceed them.
    bool alreadyCounted = false;
    bool confirmed = false; // a correction of past months (see RosterRepository::correctionImpact())
};

// A household's record with its members: created, edited (fields and members together, the declared size and
// covered persons following the member edits), read. Every write is one transaction with its audit records. A member's
// events are MemberChanges, status and figures from a date StatusTransitions, many households at once
// RosterBulkWriter, and the roster's lists RosterQueries.
class RosterRepository
{
    Q_DECLARE_TR_FUNCTIONS(RosterRepository)

public:
    explicit RosterRepository(Database &db);

    // Checks a household and its members against the rules without writing; every problem found.
    // The same rules the writes enforce, so dialogs can show them inline.
    QList<Result> validate(const Household &household) const;
    using IdHolder = HouseholdRules::IdHolder;
    using HolderLookup = HouseholdRules::HolderLookup;
    // today: the date to check against when the caller validates many households; invalid asks the clock.
    QList<Result> validate(const Household &household, const HolderLookup &holderOf, QDate today = {}) const;

    // Creates a household with its members; the member with relation Head is the head.
    // Records the initial status (date = statusDate, or today) in the status history.
    Result createHousehold(Household &household, const QString &reason = {});
    // Updates household fields and members: members with id 0 are added, missing ones are
    // removed (left today with the given reason), others updated.
    Result updateHousehold(Household &household, const QString &reason = {});
    Result updateHousehold(Household &household, const HouseholdEdit &edit);
    // The household as updateHousehold() would store it: its household size and covered persons after the member
    // edits (unless the edit sets them), and the date rules. For dialogs to show old → new before saving.
    Household afterEdit(const Household &before, Household after, const HouseholdEdit &edit) const;
    // How many of the household's declared persons have no member record yet (MemberJoin::alreadyCounted).
    static int unrecordedPersons(const Household &household);

    // Dated changes (a member joining, leaving or dying, a status, an amount) are placed at their date in the status
    // history (StatusTimeline). One that reaches into months already past and comes before a later status change, or
    // into a month whose tables were printed or exported, is refused with what it would change (field "confirm")
    // unless `confirmed`; confirmed, it is audited as a correction naming the months.
    Outcome<CorrectionImpact> correctionImpact(qint64 householdId, const QDate &date) const
    {
        return StatusTimeline(m_db).impactOf(householdId, date);
    }

    // A household with its members; rejected when there is no such household.
    Outcome<Household> household(qint64 id) const;
    Outcome<QList<StatusChange>> statusHistory(qint64 householdId) const;

private:
    // Members added join, and members missing leave, on the date.
    Result writeMembers(Household &household, const Household *before, const QString &reason, const QDate &date);

    Database &m_db;
    RosterWriteSteps m_steps;
};
