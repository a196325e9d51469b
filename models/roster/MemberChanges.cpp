#include "roster/MemberChanges.h"

#include "core/IdNumber.h"
#include "roster/RosterRecords.h"
#include "roster/RosterRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

MemberChanges::MemberChanges(Database &db)
    : m_db(db)
    , m_steps(db)
{ }

Result MemberChanges::addMember(qint64 householdId, Person &person, const MemberJoin &join)
{
    Outcome<Household> h = RosterRepository(m_db).household(householdId);
    if (!h)
        return h.result();
    const QDate date = join.date.isValid() ? join.date : m_db.today();
    if (date > m_db.today() || date.year() < 1900)
        return Result::rejected(tr("The date the member joined is in the future."), QStringLiteral("date"));
    if (join.alreadyCounted && RosterRepository::unrecordedPersons(*h) == 0)
        return Result::rejected(tr("Every one of the %1 persons of the household has a member record already: the new "
                                   "member adds one to the household size.")
                                    .arg(h->memberCount),
            QStringLiteral("alreadyCounted"));
    if (const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(householdId, date, join.confirmed); !checked)
        return checked.result();
    person.id = 0;
    person.joinedDate = date;
    h->members.append(person);
    const IdNumber id = IdNumber::parse(person.idNumber);
    HouseholdEdit edit;
    edit.reason = Domain::RecordedReason::memberAdded();
    edit.date = date;
    edit.alreadyCounted = join.alreadyCounted;
    edit.confirmed = true; // asked above
    if (Result r = RosterRepository(m_db).updateHousehold(*h, edit); !r)
        return r;
    for (const Person &p : h->members) {
        if (p.isCurrent() && p.idNumber == id.text())
            person = p;
    }
    return Result::success();
}

Result MemberChanges::removeMember(qint64 personId, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Person> found = m_steps.person(personId);
    if (!found)
        return found.result();
    const Person &before = *found;
    if (!before.isCurrent())
        return Result::rejected(tr("%1 has already left the household.").arg(before.name));
    if (before.isHead())
        return Result::rejected(tr("%1 is the head of household: make another member the head first.").arg(before.name),
            QStringLiteral("relation"));
    if (RosterWriteSteps::isBadDate(date, m_db.today()))
        return Result::rejected(tr("The date is missing or in the future."), QStringLiteral("date"));
    if (reason.trimmed().isEmpty())
        return Result::rejected(tr("Give the reason the member leaves."), QStringLiteral("reason"));
    if (const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(before.householdId, date, confirmed);
        !checked)
        return checked.result();
    const Outcome<Household> hh = RosterRepository(m_db).household(before.householdId);
    if (!hh)
        return hh.result();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    Person after = before;
    after.leftDate = date;
    after.leftReason = reason.trimmed();
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE person SET left_date = ?, left_reason = ? WHERE id = ?"));
    u.addBindValue(date.toString(Qt::ISODate));
    u.addBindValue(after.leftReason);
    u.addBindValue(personId);
    if (!m_db.exec(u, &error))
        return error;
    if (Result r = m_steps.audit(QStringLiteral("member_remove"), QStringLiteral("person"), personId,
            before.householdId, personJson(before), personJson(after));
        !r)
        return r;
    if (Result r = m_steps.adjustCounts(before.householdId, -1, before.covered ? -1 : 0); !r)
        return r;
    if (before.covered && hh) {
        StatusTimeline::Change change;
        change.coveredDelta = -1;
        change.reason = memberReason(after.leftReason, before.name);
        if (Result r = m_steps.placeChange(before.householdId, date, change); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result MemberChanges::moveMember(
    qint64 personId, qint64 toHouseholdId, const QDate &date, const QString &reason, bool confirmed)
{
    const Outcome<Person> found = m_steps.person(personId);
    if (!found)
        return found.result();
    Person moved = *found;
    if (moved.householdId == toHouseholdId)
        return Result::rejected(
            tr("%1 is already a member of that household.").arg(moved.name), QStringLiteral("household"));
    const Outcome<Household> target = RosterRepository(m_db).household(toHouseholdId);
    if (!target)
        return target.result().kind() == Result::Kind::Failed
            ? target.result()
            : Result::rejected(tr("The household to move to does not exist."), QStringLiteral("household"));
    const QString why
        = reason.trimmed().isEmpty() ? QStringLiteral("迁入%1户").arg(target->headName()) : reason.trimmed();
    if (const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(toHouseholdId, date, confirmed); !checked)
        return checked.result();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (Result r = removeMember(personId, date, why, confirmed); !r)
        return r;
    moved.id = 0;
    moved.householdId = toHouseholdId;
    moved.relation = Relation::Other;
    moved.relationText.clear();
    moved.joinedDate = date;
    moved.leftDate = QDate();
    moved.leftReason.clear();
    if (Result r = m_steps.insertPerson(moved); !r)
        return r;
    if (Result r = m_steps.audit(
            QStringLiteral("member_move"), QStringLiteral("person"), moved.id, toHouseholdId, {}, personJson(moved));
        !r)
        return r;
    if (Result r = m_steps.adjustCounts(toHouseholdId, 1, moved.covered ? 1 : 0); !r)
        return r;
    if (moved.covered) {
        StatusTimeline::Change change;
        change.coveredDelta = 1;
        change.reason = memberReason(why, moved.name);
        if (Result r = m_steps.placeChange(toHouseholdId, date, change); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result MemberChanges::recordDeath(
    qint64 personId, const QDate &date, qint64 newHeadPersonId, std::optional<Money> newAmount, bool confirmed)
{
    const Outcome<Person> found = m_steps.person(personId);
    if (!found)
        return found.result();
    const Person &before = *found;
    if (!before.isCurrent())
        return Result::rejected(tr("%1 is no longer a member of the household.").arg(before.name));
    if (RosterWriteSteps::isBadDate(date, m_db.today()))
        return Result::rejected(tr("The date of death is missing or in the future."), QStringLiteral("date"));
    Outcome<Household> h = RosterRepository(m_db).household(before.householdId);
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
    const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(h->id, date, confirmed);
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
    RosterWriteSteps::markCorrection(deathRecord, impact);
    if (Result r = m_steps.audit(
            QStringLiteral("death"), QStringLiteral("person"), personId, h->id, personJson(before), deathRecord);
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
        if (Result r = m_steps.audit(QStringLiteral("head_change"), QStringLiteral("household"), h->id, h->id, o, n);
            !r)
            return r;
    }
    if (Result r = m_steps.adjustCounts(h->id, -1, before.covered ? -1 : 0); !r)
        return r;
    if (h->memberCount <= 1 && others.isEmpty()
        && (h->status == HouseholdStatus::Active || h->status == HouseholdStatus::Suspended
            || h->status == HouseholdStatus::Applying)) {
        const HouseholdStatus to
            = h->status == HouseholdStatus::Applying ? HouseholdStatus::Rejected : HouseholdStatus::Exited;
        if (Result r
            = m_steps.applyStatus(*h, to, date, Domain::RecordedReason::allMembersDeceased(), before.covered ? -1 : 0);
            !r)
            return r;
    } else if (before.covered || (newAmount && *newAmount != h->monthlyAmount)) {
        StatusTimeline::Change change;
        change.coveredDelta = before.covered ? -1 : 0;
        change.amount = newAmount;
        change.reason = memberReason(after.leftReason, before.name);
        if (Result r = m_steps.placeChange(h->id, date, change); !r)
            return r;
        if (newAmount && *newAmount != h->monthlyAmount) {
            QJsonObject o, n;
            o[QStringLiteral("monthly_amount_fen")] = h->monthlyAmount.fen();
            n[QStringLiteral("monthly_amount_fen")] = newAmount->fen();
            n[QStringLiteral("date")] = date.toString(Qt::ISODate);
            n[QStringLiteral("reason")] = memberReason(after.leftReason, before.name);
            RosterWriteSteps::markCorrection(n, impact);
            if (Result r = m_steps.audit(QStringLiteral("amount"), QStringLiteral("household"), h->id, h->id, o, n); !r)
                return r;
        }
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}
