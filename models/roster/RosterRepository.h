#pragma once

#include "core/Outcome.h"
#include "roster/HouseholdRules.h"
#include "roster/RosterTypes.h"
#include "roster/StatusTimeline.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

class Database;

// What the roster page shows: filters and a search (name or ID-number prefix of any member).
struct RosterFilter
{
    qint64 villageId = 0; // 0: all villages
    std::optional<Domain::HouseholdStatus> status;
    std::optional<Domain::Category> category;
    QString search;
    enum class Sort { Default, Village, HeadName, Status, Amount, Members, StartPeriod } sort = Sort::Default;
    bool descending = false;
};

// One row of the roster table.
struct RosterRow
{
    qint64 householdId = 0;
    QString villageName;
    QString headName;
    QString headIdNumber;
    Domain::HouseholdStatus status = Domain::HouseholdStatus::Applying;
    Domain::Category category = Domain::Category::Ordinary;
    int memberCount = 0;
    int coveredCount = 0;
    Money monthlyAmount;
    Period startPeriod;
    QString address;
    QDate reviewDue; // 复核到期 (ReviewSchedule); invalid when not on dibao
    int reviewInterval = 12; // months
};

struct RosterTotals
{
    int households = 0;
    int persons = 0;
    int coveredPersons = 0;
    Money monthlyAmount;
};

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

// How a member joins a household (RosterRepository::addMember()).
struct MemberJoin
{
    QDate date; // born, married or moved in; invalid: today
    bool alreadyCounted = false; // one of the persons the household's declared size already counts
    bool confirmed = false; // a correction of past months (see RosterRepository::correctionImpact())
};

// Households and their members. Every write is one transaction with its audit records.
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
    // Every current member's ID number and household, for HolderLookup (one query).
    QHash<QString, IdHolder> currentIdHolders() const;

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
    // How many of the household's declared persons have no member record yet (addMember's alreadyCounted).
    static int unrecordedPersons(const Household &household);

    // Creates many households in the caller's transaction with reused statements, for imports.
    // The caller has validated them (validate() with a HolderLookup). progress(done) returning false
    // cancels: the error is returned and the caller rolls back.
    Result createHouseholds(
        QList<Household> &households, const QString &reason, const std::function<bool(int done)> &progress = {});

    // Dated changes (a member joining, leaving or dying, a status, an amount) are placed at their date in the status
    // history (StatusTimeline). One that reaches into months already past and comes before a later status change, or
    // into a month whose tables were printed or exported, is refused with what it would change (field "confirm")
    // unless `confirmed`; confirmed, it is audited as a correction naming the months.
    Outcome<CorrectionImpact> correctionImpact(qint64 householdId, const QDate &date) const
    {
        return StatusTimeline(m_db).impactOf(householdId, date);
    }

    // A member joins (born, married or moved in) on a date (invalid: today) and adds one to the household size and,
    // if covered, to the covered persons; or is one of the persons the household already counts (its size declared
    // above its member records: a roster that listed only the head), and the figures stay.
    Result addMember(qint64 householdId, Person &person, const MemberJoin &join = {});
    Result removeMember(qint64 personId, const QDate &date, const QString &reason, bool confirmed = false);
    Result moveMember(
        qint64 personId, qint64 toHouseholdId, const QDate &date, const QString &reason, bool confirmed = false);
    // 死亡: the person leaves the roster and stops being covered. When the head dies another member must become
    // head; when the last member dies the household exits. newAmount: the household's amount from the date on.
    Result recordDeath(qint64 personId, const QDate &date, qint64 newHeadPersonId = 0,
        std::optional<Money> newAmount = std::nullopt, bool confirmed = false);
    // 停保 / 退保 / 恢复 / 审批: only the transitions of the procedure are allowed.
    Result changeStatus(qint64 householdId, Domain::HouseholdStatus to, const QDate &date, const QString &reason,
        bool confirmed = false);
    // 调整保障金额 / 保障人数 from a date, with a reason.
    Result setMonthlyAmount(
        qint64 householdId, Money amount, const QDate &date, const QString &reason, bool confirmed = false);
    // 调整保障金额、家庭人口、保障人数 from a date, with a reason; unset parts stay.
    struct Figures
    {
        std::optional<Money> amount;
        std::optional<int> members;
        std::optional<int> covered;
    };
    Result changeFigures(
        qint64 householdId, Figures figures, const QDate &date, const QString &reason, bool confirmed = false);
    // The most a household's monthly amount can plausibly be (a typo guard): 99,999.99 yuan.
    static Money maximumMonthlyAmount();

    // A household with its members; rejected when there is no such household.
    Outcome<Household> household(qint64 id) const;
    Outcome<QList<StatusChange>> statusHistory(qint64 householdId) const;
    // Households whose status became exited (退保) on or after a date: "who left dibao since 2016".
    Outcome<QList<qint64>> exitedSince(const QDate &date) const;
    // Households whose current member carries this ID number (0 if none).
    qint64 householdOfIdNumber(const QString &idNumber) const;

    Outcome<QList<RosterRow>> rows(const RosterFilter &filter, int offset, int limit) const;
    // Every current member of the households the filter matches, household by household in roster
    // order, head first. The Household carries only its head as a member (for headName()).
    void forEachMember(
        const RosterFilter &filter, const std::function<void(const Household &, const Person &)> &visit) const;
    RosterTotals totals(const RosterFilter &filter) const;

    // When a search matches more members than `denseMatches`, pages are read in roster order and,
    // with fewer than `fewOutside` members outside it, totals are counted from the members outside.
    // Tests lower them to exercise those paths on small rosters.
    void setSearchThresholds(int denseMatches, int fewOutside)
    {
        m_denseMatches = denseMatches;
        m_fewOutside = fewOutside;
    }

    static bool canChangeStatus(Domain::HouseholdStatus from, Domain::HouseholdStatus to);
    // Whether a change of status needs a reason (all but an application and its approval).
    static bool needsReason(Domain::HouseholdStatus from, Domain::HouseholdStatus to);

private:
    // Members added join, and members missing leave, on the date.
    Result writeMembers(Household &household, const Household *before, const QString &reason, const QDate &date);
    // Moves the declared counts by the given deltas, never below the member records, covered never above
    // members; and points head_person_id at the current head.
    Result adjustCounts(qint64 householdId, int memberDelta, int coveredDelta);
    Result applyStatus(const Household &household, Domain::HouseholdStatus to, const QDate &date, const QString &reason,
        int coveredDelta = 0);
    // Places a change in the status history and keeps the household's amount at its latest row's.
    Result placeChange(qint64 householdId, const QDate &date, const StatusTimeline::Change &change);
    // What a dated change would reach into; rejected when it needs confirming and was not confirmed.
    Outcome<CorrectionImpact> checkCorrection(qint64 householdId, const QDate &date, bool confirmed) const;
    Result insertPerson(Person &person);
    Result audit(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
        const QJsonObject &oldValue, const QJsonObject &newValue);

    struct TotalsCache;
    const TotalsCache &totalsCache() const;

    Database &m_db;
    int m_denseMatches = 5000;
    int m_fewOutside = 3000;
    mutable std::shared_ptr<TotalsCache> m_totalsCache;
};
