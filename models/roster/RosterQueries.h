#pragma once

#include "core/Domain.h"
#include "core/Money.h"
#include "core/Outcome.h"
#include "core/Period.h"
#include "roster/HouseholdRules.h"
#include "roster/RosterTypes.h"

#include <QDate>
#include <QHash>

#include <functional>
#include <memory>
#include <optional>

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

// The roster read for the page, the exports and the checks: rows and totals under a filter, every member of the
// households it matches, who holds an ID number, who left dibao.
class RosterQueries
{
public:
    explicit RosterQueries(Database &db);

    Outcome<QList<RosterRow>> rows(const RosterFilter &filter, int offset, int limit) const;
    // Every current member of the households the filter matches, household by household in roster
    // order, head first. The Household carries only its head as a member (for headName()).
    // A failed read says so (the members visited before it are not to be used).
    Result forEachMember(
        const RosterFilter &filter, const std::function<void(const Household &, const Person &)> &visit) const;
    Outcome<RosterTotals> totals(const RosterFilter &filter) const;

    // Households whose status became exited (退保) on or after a date: "who left dibao since 2016".
    Outcome<QList<qint64>> exitedSince(const QDate &date) const;
    // Households whose current member carries this ID number (0 if none).
    Outcome<qint64> householdOfIdNumber(const QString &idNumber) const;
    // Every current member's ID number and household, for RosterRepository::validate()'s HolderLookup (one query).
    Outcome<QHash<QString, HouseholdRules::IdHolder>> currentIdHolders() const;

    // When a search matches more members than `denseMatches`, pages are read in roster order and,
    // with fewer than `fewOutside` members outside it, totals are counted from the members outside.
    // Tests lower them to exercise those paths on small rosters.
    void setSearchThresholds(int denseMatches, int fewOutside)
    {
        m_denseMatches = denseMatches;
        m_fewOutside = fewOutside;
    }

private:
    struct TotalsCache;
    // Reads m_totalsCache again when the file changed since.
    Result readTotalsCache() const;

    Database &m_db;
    int m_denseMatches = 5000;
    int m_fewOutside = 3000;
    mutable std::shared_ptr<TotalsCache> m_totalsCache;
};
