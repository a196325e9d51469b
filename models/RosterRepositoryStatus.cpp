// RosterRepository: deaths, status changes and amounts.
#include "AuditLog.h"
#include "Database.h"
#include "RosterRecords.h"
#include "RosterRepository.h"

#include <QSqlQuery>

using namespace Domain;
using namespace RosterRecords;

namespace {

bool badDate(const QDate &date, const QDate &today)
{
    return !date.isValid() || date > today || date.year() < 1900;
}

} // namespace

Result RosterRepository::recordDeath(qint64 personId, const QDate &date, qint64 newHeadPersonId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (!q.exec() || !q.next())
        return Result::rejected(tr("The member no longer exists."));
    const Person before = personFrom(q);
    if (!before.isCurrent())
        return Result::rejected(tr("%1 is no longer a member of the household.").arg(before.name));
    if (badDate(date, m_db.today()))
        return Result::rejected(tr("The date of death is missing or in the future."), QStringLiteral("date"));
    std::optional<Household> h = household(before.householdId);
    if (!h)
        return Result::rejected(tr("The household no longer exists."));
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
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    Person after = before;
    after.deceasedDate = date;
    after.leftDate = date;
    after.leftReason = Domain::RecordedReason::deceased();
    after.covered = false;
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE person SET deceased_date = ?, left_date = ?, left_reason = ?, covered = 0 "
                             "WHERE id = ?"));
    u.addBindValue(date.toString(Qt::ISODate));
    u.addBindValue(date.toString(Qt::ISODate));
    u.addBindValue(after.leftReason);
    u.addBindValue(personId);
    if (!m_db.exec(u, &error))
        return error;
    if (Result r = audit(
            QStringLiteral("death"), QStringLiteral("person"), personId, h->id, personJson(before), personJson(after));
        !r)
        return r;
    if (newHead) {
        QSqlQuery hq(m_db.connection());
        hq.prepare(QStringLiteral("UPDATE person SET relation = 'head' WHERE id = ?"));
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
        if (Result r = applyStatus(*h, to, date, Domain::RecordedReason::allMembersDeceased()); !r)
            return r;
    } else if (before.covered) {
        if (Result r = recordStatus(h->id, h->status, h->status, date, after.leftReason); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result RosterRepository::changeStatus(qint64 householdId, HouseholdStatus to, const QDate &date, const QString &reason)
{
    const std::optional<Household> h = household(householdId);
    if (!h)
        return Result::rejected(tr("The household no longer exists."));
    if (!canChangeStatus(h->status, to))
        return Result::rejected(
            tr("A household that is %1 cannot become %2.").arg(label(h->status), label(to)), QStringLiteral("status"));
    if (badDate(date, m_db.today()))
        return Result::rejected(tr("The date is missing or in the future."), QStringLiteral("date"));
    if (h->statusDate.isValid() && date < h->statusDate)
        return Result::rejected(tr("The date %1 is before the last status change (%2).")
                                    .arg(date.toString(Qt::ISODate), h->statusDate.toString(Qt::ISODate)),
            QStringLiteral("date"));
    const bool needsReason
        = to != HouseholdStatus::Applying && !(h->status == HouseholdStatus::Applying && to == HouseholdStatus::Active);
    if (needsReason && reason.trimmed().isEmpty())
        return Result::rejected(tr("Give the reason for the change to %1.").arg(label(to)), QStringLiteral("reason"));
    if (to == HouseholdStatus::Active && h->coveredCount == 0)
        return Result::rejected(
            tr("The household has no covered member and cannot be active."), QStringLiteral("status"));
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

Result RosterRepository::applyStatus(const Household &h, HouseholdStatus to, const QDate &date, const QString &reason)
{
    // Benefit is paid from the month after approval.
    const Period start
        = (to == HouseholdStatus::Active && !h.startPeriod.isValid()) ? Period::fromDate(date).next() : h.startPeriod;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE household SET status = ?, status_date = ?, start_period = ? WHERE id = ?"));
    q.addBindValue(key(to));
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(start.isValid() ? QVariant(start.toString()) : QVariant());
    q.addBindValue(h.id);
    Result error;
    if (!m_db.exec(q, &error))
        return error;
    if (Result r = recordStatus(h.id, h.status, to, date, reason); !r)
        return r;
    QJsonObject o, n;
    o[QStringLiteral("status")] = key(h.status);
    n[QStringLiteral("status")] = key(to);
    n[QStringLiteral("date")] = date.toString(Qt::ISODate);
    n[QStringLiteral("reason")] = reason;
    return audit(QStringLiteral("status"), QStringLiteral("household"), h.id, h.id, o, n);
}

Result RosterRepository::setMonthlyAmount(qint64 householdId, Money amount, const QDate &date, const QString &reason)
{
    const std::optional<Household> h = household(householdId);
    if (!h)
        return Result::rejected(tr("The household no longer exists."));
    if (amount.isNegative())
        return Result::rejected(tr("The monthly amount cannot be negative."), QStringLiteral("amount"));
    if (!date.isValid() || date.year() < 1900)
        return Result::rejected(tr("The date from which the amount applies is missing."), QStringLiteral("date"));
    if (amount == h->monthlyAmount)
        return Result::success();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE household SET monthly_amount_fen = ? WHERE id = ?"));
    q.addBindValue(amount.fen());
    q.addBindValue(householdId);
    if (!m_db.exec(q, &error))
        return error;
    if (Result r = recordStatus(householdId, h->status, h->status, date,
            reason.trimmed().isEmpty() ? tr("monthly amount changed") : reason.trimmed());
        !r)
        return r;
    QJsonObject o, n;
    o[QStringLiteral("monthly_amount_fen")] = h->monthlyAmount.fen();
    n[QStringLiteral("monthly_amount_fen")] = amount.fen();
    n[QStringLiteral("date")] = date.toString(Qt::ISODate);
    if (!reason.trimmed().isEmpty())
        n[QStringLiteral("reason")] = reason.trimmed();
    if (Result r = audit(QStringLiteral("amount"), QStringLiteral("household"), householdId, householdId, o, n); !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
