#include "roster/StatusTransitions.h"

#include "roster/RosterRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;

StatusTransitions::StatusTransitions(Database &db)
    : m_db(db)
    , m_steps(db)
{ }

bool StatusTransitions::canChangeStatus(HouseholdStatus from, HouseholdStatus to)
{
    switch (from) {
    case HouseholdStatus::Applying:
        return to == HouseholdStatus::Active || to == HouseholdStatus::Rejected;
    case HouseholdStatus::Active:
        return to == HouseholdStatus::Suspended || to == HouseholdStatus::Exited;
    case HouseholdStatus::Suspended:
        return to == HouseholdStatus::Active || to == HouseholdStatus::Exited;
    case HouseholdStatus::Exited:
    case HouseholdStatus::Rejected:
        return to == HouseholdStatus::Applying; // a new application
    }
    return false;
}

bool StatusTransitions::needsReason(HouseholdStatus from, HouseholdStatus to)
{
    return to != HouseholdStatus::Applying && !(from == HouseholdStatus::Applying && to == HouseholdStatus::Active);
}

Result StatusTransitions::changeStatus(
    qint64 householdId, HouseholdStatus to, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Household> h = RosterRepository(m_db).household(householdId);
    if (!h)
        return h.result();
    if (!canChangeStatus(h->status, to))
        return Result::rejected(
            tr("A household that is %1 cannot become %2.").arg(label(h->status), label(to)), QStringLiteral("status"));
    if (RosterWriteSteps::isBadDate(date, m_db.today()))
        return Result::rejected(tr("The date is missing or in the future."), QStringLiteral("date"));
    if (h->statusDate.isValid() && date < h->statusDate)
        return Result::rejected(tr("The date %1 is before the last status change (%2).")
                                    .arg(date.toString(Qt::ISODate), h->statusDate.toString(Qt::ISODate)),
            QStringLiteral("date"));
    if (needsReason(h->status, to) && reason.trimmed().isEmpty())
        return Result::rejected(tr("Give the reason for the change to %1.").arg(label(to)), QStringLiteral("reason"));
    if (to == HouseholdStatus::Active && h->coveredCount == 0)
        return Result::rejected(
            tr("The household has no covered member and cannot be active."), QStringLiteral("status"));
    if (const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(householdId, date, confirmed); !checked)
        return checked.result();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (Result r = m_steps.applyStatus(*h, to, date, reason.trimmed()); !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result StatusTransitions::setMonthlyAmount(
    qint64 householdId, Money amount, const QDate &date, const QString &reason, bool confirmed)
{
    Figures figures;
    figures.amount = amount;
    return changeFigures(householdId, figures, date, reason, confirmed);
}

Result StatusTransitions::changeFigures(
    qint64 householdId, Figures figures, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Household> h = RosterRepository(m_db).household(householdId);
    if (!h)
        return h.result();
    std::optional<Money> &amount = figures.amount;
    std::optional<int> &covered = figures.covered;
    std::optional<int> &members = figures.members;
    const int records = int(h->currentMembers().size());
    if (members && *members < qMax(1, records))
        return Result::rejected(
            tr("The household size (%1) cannot be below the %2 member records.").arg(*members).arg(qMax(1, records)),
            QStringLiteral("members"));
    const int size = members.value_or(h->memberCount);
    if (amount && amount->isNegative())
        return Result::rejected(tr("The monthly amount cannot be negative."), QStringLiteral("amount"));
    if (amount && *amount > maximumMonthlyAmount())
        return Result::rejected(
            tr("The monthly amount %1 yuan is not plausible for one household.").arg(amount->toDisplayString()),
            QStringLiteral("amount"));
    if (covered && (*covered < 0 || *covered > size))
        return Result::rejected(
            tr("Covered persons (%1) must be between 0 and the household size (%2).").arg(*covered).arg(size),
            QStringLiteral("covered"));
    if (!covered && h->coveredCount > size)
        return Result::rejected(tr("The household size (%1) cannot be below its %2 covered persons: change the "
                                   "covered persons too.")
                                    .arg(size)
                                    .arg(h->coveredCount),
            QStringLiteral("members"));
    int coveredRecords = 0;
    for (const Person &p : h->currentMembers())
        coveredRecords += (p.covered && !p.deceasedDate.isValid()) ? 1 : 0;
    if (covered && *covered < coveredRecords)
        return Result::rejected(tr("Covered persons (%1) are fewer than the %2 members marked as covered.")
                                    .arg(*covered)
                                    .arg(coveredRecords),
            QStringLiteral("covered"));
    if (covered && *covered == 0 && h->status == HouseholdStatus::Active)
        return Result::rejected(tr("An active household needs at least one covered person; suspend it instead."),
            QStringLiteral("covered"));
    if (amount && *amount == h->monthlyAmount)
        amount.reset();
    if (covered && *covered == h->coveredCount)
        covered.reset();
    if (members && *members == h->memberCount)
        members.reset();
    if (!amount && !covered && !members)
        return Result::success();
    if (!date.isValid() || date.year() < 1900 || date > m_db.today())
        return Result::rejected(
            tr("The date from which the change applies is missing or in the future."), QStringLiteral("date"));
    if (reason.trimmed().isEmpty())
        return Result::rejected(tr("Give the reason for the change."), QStringLiteral("reason"));
    const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(householdId, date, confirmed);
    if (!checked)
        return checked.result();
    const CorrectionImpact &impact = *checked;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (amount || covered) {
        StatusTimeline::Change change;
        change.amount = amount;
        change.covered = covered;
        change.reason = reason.trimmed();
        if (Result r = m_steps.placeChange(householdId, date, change); !r)
            return r;
    }
    QJsonObject o, n;
    if (amount) {
        o[QStringLiteral("monthly_amount_fen")] = h->monthlyAmount.fen();
        n[QStringLiteral("monthly_amount_fen")] = amount->fen();
    }
    if (covered || members) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE household SET member_count = ?, covered_count = ? WHERE id = ?"));
        q.addBindValue(size);
        q.addBindValue(covered.value_or(h->coveredCount));
        q.addBindValue(householdId);
        if (!m_db.exec(q, &error))
            return error;
    }
    if (members) {
        o[QStringLiteral("member_count")] = h->memberCount;
        n[QStringLiteral("member_count")] = *members;
    }
    if (covered) {
        o[QStringLiteral("covered_count")] = h->coveredCount;
        n[QStringLiteral("covered_count")] = *covered;
    }
    n[QStringLiteral("date")] = date.toString(Qt::ISODate);
    n[QStringLiteral("reason")] = reason.trimmed();
    RosterWriteSteps::markCorrection(n, impact);
    if (Result r = m_steps.audit(amount ? QStringLiteral("amount") : QStringLiteral("figures"),
            QStringLiteral("household"), householdId, householdId, o, n);
        !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Money StatusTransitions::maximumMonthlyAmount()
{
    return Money::fromFen(9999999); // 99,999.99 yuan
}
