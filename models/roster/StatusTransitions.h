#pragma once

#include "core/Domain.h"
#include "core/Money.h"
#include "roster/RosterWriteSteps.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

class Database;

// A household's status and figures changed from a date, placed in the status history (StatusTimeline): the
// procedure's transitions (审批, 停保, 退保, 恢复, a new application) and the amount, household size and covered
// persons. Each is one transaction with its audit record; one reaching into months already past or already reported is
// refused with what it would change (field "confirm") unless `confirmed`.
class StatusTransitions
{
    Q_DECLARE_TR_FUNCTIONS(StatusTransitions)

public:
    explicit StatusTransitions(Database &db);

    // 停保 / 退保 / 恢复 / 审批: only the transitions of the procedure are allowed.
    Result changeStatus(qint64 householdId, Domain::HouseholdStatus to, const QDate &date, const QString &reason,
        bool confirmed = false);
    // 调整保障金额 from a date, with a reason.
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

    static bool canChangeStatus(Domain::HouseholdStatus from, Domain::HouseholdStatus to);
    // Whether a change of status needs a reason (all but an application and its approval).
    static bool needsReason(Domain::HouseholdStatus from, Domain::HouseholdStatus to);
    // The most a household's monthly amount can plausibly be (a typo guard): 99,999.99 yuan.
    static Money maximumMonthlyAmount();

private:
    Database &m_db;
    RosterWriteSteps m_steps;
};
