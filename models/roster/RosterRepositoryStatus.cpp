// RosterRepository: deaths, status changes and amounts.
#include "roster/RosterRecords.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTimeline.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Domain;
using namespace RosterRecords;

namespace {

bool badDate(const QDate &date, const QDate &today)
{
    return !date.isValid() || date > today || date.year() < 1900;
}

} // namespace

Outcome<CorrectionImpact> RosterRepository::checkCorrection(qint64 householdId, const QDate &date, bool confirmed) const
{
    Outcome<CorrectionImpact> impact = StatusTimeline(m_db).impactOf(householdId, date);
    if (impact && impact->needsConfirmation() && !confirmed)
        return Result::rejected(
            impact->text() + u' ' + tr("Confirm to record it as a correction."), QStringLiteral("confirm"));
    return impact;
}

namespace {

// The audit record of a change reaching into past months says which.
void markCorrection(QJsonObject &record, const CorrectionImpact &impact)
{
    if (impact.changesPastMonths())
        record[QStringLiteral("correction")] = impact.monthsText();
}

} // namespace

Result RosterRepository::recordDeath(
    qint64 personId, const QDate &date, qint64 newHeadPersonId, std::optional<Money> newAmount, bool confirmed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The member no longer exists."));
    const Person before = personFrom(q);
    if (!before.isCurrent())
        return Result::rejected(tr("%1 is no longer a member of the household.").arg(before.name));
    if (badDate(date, m_db.today()))
        return Result::rejected(tr("The date of death is missing or in the future."), QStringLiteral("date"));
    Outcome<Household> h = household(before.householdId);
    if (!h)
        return h.result();
    if (newAmount && newAmount->isNegative())
        return Result::rejected(tr("The monthly amount cannot be negative."), QStringLiteral("amount"));
    const QList<Person> others = [&] {
        QList<Person> out;
        for (const Person &p : h->currentMembers()) {
            if (p.id != personId)
                out.append(p);
        }
        return out;
    }();
    if (before.isHead() && others.isEmpty() && h->memberCount > 1)
        return Result::rejected(tr("%1 was the head of household: first add the member who becomes head, then record "
                                   "the death.")
                                    .arg(before.name),
            QStringLiteral("newHead"));
    const Person *newHead = nullptr;
    if (before.isHead() && !others.isEmpty()) {
        for (const Person &p : others) {
            if (p.id == newHeadPersonId)
                newHead = &p;
        }
        if (!newHead)
            return Result::rejected(
                tr("%1 was the head of household: choose the member who becomes head.").arg(before.name),
                QStringLiteral("newHead"));
    }
    const Outcome<CorrectionImpact> checked = checkCorrection(h->id, date, confirmed);
    if (!checked)
        return checked.result();
    const CorrectionImpact &impact = *checked;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    Person after = before;
    after.deceasedDate = date;
    after.leftDate = date;
    after.leftReason = Domain::RecordedReason::deceased();
    after.covered = false;
    if (before.isHead()) {
        // The deceased is no longer the head: the records say who was.
        after.relation = Relation::Other;
        after.relationText = Domain::RecordedReason::formerHead();
    }
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE person SET deceased_date = ?, left_date = ?, left_reason = ?, covered = 0, "
                             "relation = ?, relation_text = ? WHERE id = ?"));
    u.addBindValue(date.toString(Qt::ISODate));
    u.addBindValue(date.toString(Qt::ISODate));
    u.addBindValue(after.leftReason);
    u.addBindValue(key(after.relation));
    u.addBindValue(after.relationText);
    u.addBindValue(personId);
    if (!m_db.exec(u, &error))
        return error;
    QJsonObject deathRecord = personJson(after);
    markCorrection(deathRecord, impact);
    if (Result r
        = audit(QStringLiteral("death"), QStringLiteral("person"), personId, h->id, personJson(before), deathRecord);
        !r)
        return r;
    if (newHead) {
        QSqlQuery hq(m_db.connection());
        hq.prepare(QStringLiteral("UPDATE person SET relation = 'head', relation_text = '' WHERE id = ?"));
        hq.addBindValue(newHead->id);
        if (!m_db.exec(hq, &error))
            return error;
        hq.prepare(QStringLiteral("UPDATE household SET head_person_id = ? WHERE id = ?"));
        hq.addBindValue(newHead->id);
        hq.addBindValue(h->id);
        if (!m_db.exec(hq, &error))
            return error;
        QJsonObject o, n;
        o[QStringLiteral("head")] = before.name;
        n[QStringLiteral("head")] = newHead->name;
        if (Result r = audit(QStringLiteral("head_change"), QStringLiteral("household"), h->id, h->id, o, n); !r)
            return r;
    }
    if (Result r = adjustCounts(h->id, -1, before.covered ? -1 : 0); !r)
        return r;
    if (h->memberCount <= 1 && others.isEmpty()
        && (h->status == HouseholdStatus::Active || h->status == HouseholdStatus::Suspended
            || h->status == HouseholdStatus::Applying)) {
        const HouseholdStatus to
            = h->status == HouseholdStatus::Applying ? HouseholdStatus::Rejected : HouseholdStatus::Exited;
        if (Result r = applyStatus(*h, to, date, Domain::RecordedReason::allMembersDeceased(), before.covered ? -1 : 0);
            !r)
            return r;
    } else if (before.covered || (newAmount && *newAmount != h->monthlyAmount)) {
        StatusTimeline::Change change;
        change.coveredDelta = before.covered ? -1 : 0;
        change.amount = newAmount;
        change.reason = memberReason(after.leftReason, before.name);
        if (Result r = placeChange(h->id, date, change); !r)
            return r;
        if (newAmount && *newAmount != h->monthlyAmount) {
            QJsonObject o, n;
            o[QStringLiteral("monthly_amount_fen")] = h->monthlyAmount.fen();
            n[QStringLiteral("monthly_amount_fen")] = newAmount->fen();
            n[QStringLiteral("date")] = date.toString(Qt::ISODate);
            n[QStringLiteral("reason")] = memberReason(after.leftReason, before.name);
            markCorrection(n, impact);
            if (Result r = audit(QStringLiteral("amount"), QStringLiteral("household"), h->id, h->id, o, n); !r)
                return r;
        }
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result RosterRepository::placeChange(qint64 householdId, const QDate &date, const StatusTimeline::Change &change)
{
    StatusChange latest;
    if (Result r = StatusTimeline(m_db).place(householdId, date, change, nullptr, &latest); !r)
        return r;
    // The household holds what its latest row holds.
    if (change.amount) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE household SET monthly_amount_fen = ? WHERE id = ?"));
        q.addBindValue(latest.monthlyAmount.fen());
        q.addBindValue(householdId);
        Result error;
        if (!m_db.exec(q, &error))
            return error;
    }
    return Result::success();
}

bool RosterRepository::needsReason(HouseholdStatus from, HouseholdStatus to)
{
    return to != HouseholdStatus::Applying && !(from == HouseholdStatus::Applying && to == HouseholdStatus::Active);
}

Result RosterRepository::changeStatus(
    qint64 householdId, HouseholdStatus to, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Household> h = household(householdId);
    if (!h)
        return h.result();
    if (!canChangeStatus(h->status, to))
        return Result::rejected(
            tr("A household that is %1 cannot become %2.").arg(label(h->status), label(to)), QStringLiteral("status"));
    if (badDate(date, m_db.today()))
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
    if (const Outcome<CorrectionImpact> checked = checkCorrection(householdId, date, confirmed); !checked)
        return checked.result();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (Result r = applyStatus(*h, to, date, reason.trimmed()); !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result RosterRepository::applyStatus(
    const Household &h, HouseholdStatus to, const QDate &date, const QString &reason, int coveredDelta)
{
    const Outcome<CorrectionImpact> read = StatusTimeline(m_db).impactOf(h.id, date);
    if (!read)
        return read.result();
    const CorrectionImpact &impact = *read;
    StatusTimeline::Change change;
    change.to = to;
    change.reason = reason;
    change.coveredDelta = coveredDelta;
    if (Result r = placeChange(h.id, date, change); !r)
        return r;
    // Benefit is paid from the month after approval.
    const Period start
        = (to == HouseholdStatus::Active && !h.startPeriod.isValid()) ? paidFromApproval(date) : h.startPeriod;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE household SET status = ?, status_date = ?, start_period = ? WHERE id = ?"));
    q.addBindValue(key(to));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(start.isValid() ? QVariant(start.toString()) : QVariant());
    q.addBindValue(h.id);
    Result error;
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject o, n;
    o[QStringLiteral("status")] = key(h.status);
    n[QStringLiteral("status")] = key(to);
    n[QStringLiteral("date")] = date.toString(Qt::ISODate);
    n[QStringLiteral("reason")] = reason;
    markCorrection(n, impact);
    return audit(QStringLiteral("status"), QStringLiteral("household"), h.id, h.id, o, n);
}

Result RosterRepository::setMonthlyAmount(
    qint64 householdId, Money amount, const QDate &date, const QString &reason, bool confirmed)
{
    Figures figures;
    figures.amount = amount;
    return changeFigures(householdId, figures, date, reason, confirmed);
}

Result RosterRepository::changeFigures(
    qint64 householdId, Figures figures, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Household> h = household(householdId);
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
    const Outcome<CorrectionImpact> checked = checkCorrection(householdId, date, confirmed);
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
        if (Result r = placeChange(householdId, date, change); !r)
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
    markCorrection(n, impact);
    if (Result r = audit(amount ? QStringLiteral("amount") : QStringLiteral("figures"), QStringLiteral("household"),
            householdId, householdId, o, n);
        !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Money RosterRepository::maximumMonthlyAmount()
{
    return Money::fromFen(9999999); // 99,999.99 yuan
}
