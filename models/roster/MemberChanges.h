#pragma once

#include "core/Money.h"
#include "roster/RosterTypes.h"
#include "roster/RosterWriteSteps.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Database;

// How a member joins a household (MemberChanges::addMember()).
struct MemberJoin
{
    QDate date; // born, married or moved in; invalid: today
    bool alreadyCounted = false; // one of the persons the household's declared size already counts
    bool confirmed = false; // a correction of past months (see RosterRepository::correctionImpact())
};

// A member's events, each at its date: joining (born, married, moved in), leaving, moving to another household,
// dying. Each is one transaction with its audit records, and a change of the covered persons is placed in the status
// history at its date (StatusTimeline); one reaching into months already past or already reported is refused with
// what it would change (field "confirm") unless `confirmed`.
class MemberChanges
{
    Q_DECLARE_TR_FUNCTIONS(MemberChanges)

public:
    explicit MemberChanges(Database &db);

    // A member joins on a date (invalid: today) and adds one to the household size and, if covered, to the covered
    // persons; or is one of the persons the household already counts (its size declared above its member records: a
    // roster that listed only the head), and the figures stay.
    Result addMember(qint64 householdId, Person &person, const MemberJoin &join = {});
    Result removeMember(qint64 personId, const QDate &date, const QString &reason, bool confirmed = false);
    Result moveMember(
        qint64 personId, qint64 toHouseholdId, const QDate &date, const QString &reason, bool confirmed = false);
    // 死亡: the person leaves the roster and stops being covered. When the head dies another member must become
    // head; when the last member dies the household exits. newAmount: the household's amount from the date on.
    Result recordDeath(qint64 personId, const QDate &date, qint64 newHeadPersonId = 0,
        std::optional<Money> newAmount = std::nullopt, bool confirmed = false);

private:
    Database &m_db;
    RosterWriteSteps m_steps;
};
