#include "roster/RosterRepository.h"

#include "core/IdNumber.h"
#include "core/NameOrder.h"
#include "roster/HouseholdRules.h"
#include "roster/RosterRecords.h"
#include "roster/StatusTimeline.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

namespace {

// A member's own columns, in the order name, id_number, relation, covered, disability_kind, disability_grade,
// health, labour_ability, deceased_date, joined_date, relation_text, disability_text, disability_certificate: the same
// in an INSERT and an UPDATE.
void bindMemberColumns(QSqlQuery &q, const Person &p)
{
    q.addBindValue(p.name);
    q.addBindValue(p.idNumber);
    q.addBindValue(key(p.relation));
    q.addBindValue(p.covered && !p.deceasedDate.isValid() ? 1 : 0); // the dead are not covered
    q.addBindValue(key(p.disabilityKind));
    q.addBindValue(key(p.disabilityGrade));
    q.addBindValue(key(p.health));
    q.addBindValue(key(p.labourAbility));
    q.addBindValue(dateValue(p.deceasedDate));
    q.addBindValue(dateValue(p.joinedDate));
    q.addBindValue(p.relationText);
    q.addBindValue(p.disabilityText);
    q.addBindValue(p.disabilityCertificate);
    q.addBindValue(NameOrder::key(p.name)); // name_key: the roster sorts by it (pinyin order)
}

} // namespace

RosterRepository::RosterRepository(Database &db)
    : m_db(db)
{ }

bool RosterRepository::canChangeStatus(HouseholdStatus from, HouseholdStatus to)
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

QList<Result> RosterRepository::validate(const Household &h) const
{
    return validate(h, [this](const QString &idNumber) -> std::optional<IdHolder> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT p.household_id, hp.name, v.name FROM person p "
                                 "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                                 "LEFT JOIN person hp ON hp.id = h.head_person_id "
                                 "WHERE p.id_number = ? AND p.left_date IS NULL"));
        q.addBindValue(idNumber);
        if (q.exec() && q.next())
            return IdHolder {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        return std::nullopt;
    });
}

QHash<QString, RosterRepository::IdHolder> RosterRepository::currentIdHolders() const
{
    QHash<QString, IdHolder> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT p.id_number, p.household_id, hp.name, v.name FROM person p "
                              "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                              "LEFT JOIN person hp ON hp.id = h.head_person_id WHERE p.left_date IS NULL"))) {
        while (q.next())
            out.insert(q.value(0).toString(),
                IdHolder {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    }
    return out;
}

QList<Result> RosterRepository::validate(const Household &h, const HolderLookup &holderOf, QDate today) const
{
    return HouseholdRules::check(h, holderOf, today.isValid() ? today : m_db.today());
}

namespace {

Result firstOf(const QList<Result> &problems)
{
    QStringList lines;
    for (const Result &r : problems)
        lines.append(r.message());
    return Result::rejected(lines.join(u'\n'), problems.first().field());
}

void normaliseMembers(Household &h)
{
    for (Person &p : h.members) {
        p.name = p.name.trimmed();
        const IdNumber id = IdNumber::parse(p.idNumber);
        if (id.isValid())
            p.idNumber = id.text();
    }
}

} // namespace

Result RosterRepository::audit(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
    const QJsonObject &oldValue, const QJsonObject &newValue)
{
    Result error;
    if (!AuditLog(m_db).append(action, entity, entityId, householdId, oldValue, newValue, &error))
        return error;
    return Result::success();
}

Result RosterRepository::insertPerson(Person &p)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO person (household_id, name, id_number, relation, covered, disability_kind, "
                             "disability_grade, health, labour_ability, deceased_date, joined_date, relation_text, "
                             "disability_text, disability_certificate, name_key, left_date, left_reason, note) "
                             "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(p.householdId);
    bindMemberColumns(q, p);
    q.addBindValue(dateValue(p.leftDate));
    q.addBindValue(p.leftReason);
    q.addBindValue(p.note);
    Result error;
    if (!m_db.exec(q, &error))
        return error;
    p.id = q.lastInsertId().toLongLong();
    return Result::success();
}

Result RosterRepository::adjustCounts(qint64 householdId, int memberDelta, int coveredDelta)
{
    const QString records
        = QStringLiteral("(SELECT count(*) FROM person WHERE household_id = :id AND left_date IS NULL%1)");
    QSqlQuery q(m_db.connection());
    // Two statements: the second must see the first's member_count.
    q.prepare(
        QStringLiteral("UPDATE household SET member_count = max(member_count + :dm, %1), "
                       "covered_count = min(covered_count, max(member_count + :dm, %1)), "
                       "head_person_id = COALESCE((SELECT id FROM person WHERE household_id = :id AND "
                       "left_date IS NULL AND relation = 'head' ORDER BY id LIMIT 1), head_person_id) WHERE id = :id")
            .arg(records.arg(QString())));
    q.bindValue(QStringLiteral(":dm"), memberDelta);
    q.bindValue(QStringLiteral(":id"), householdId);
    Result error;
    if (!m_db.exec(q, &error))
        return error;
    q.prepare(QStringLiteral("UPDATE household SET covered_count = min(member_count, max(covered_count + :dc, %1)) "
                             "WHERE id = :id")
                  .arg(records.arg(QStringLiteral(" AND covered = 1"))));
    q.bindValue(QStringLiteral(":dc"), coveredDelta);
    q.bindValue(QStringLiteral(":id"), householdId);
    if (!m_db.exec(q, &error))
        return error;
    return Result::success();
}

Result RosterRepository::createHousehold(Household &h, const QString &reason)
{
    normaliseMembers(h);
    h.id = 0;
    if (const QList<Result> problems = validate(h); !problems.isEmpty())
        return firstOf(problems);
    if (!h.history.isEmpty()) {
        h.status = h.history.last().to;
        h.statusDate = h.history.last().date;
    }
    const QDate date = h.statusDate.isValid() ? h.statusDate : m_db.today();
    h.statusDate = date;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO household (village_id, status, category, address, phone, bank_account, "
                             "monthly_amount_fen, start_period, status_date, registered_poor, note, member_count, "
                             "covered_count, review_date) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(h.villageId);
    q.addBindValue(key(h.status));
    q.addBindValue(key(h.category));
    q.addBindValue(h.address);
    q.addBindValue(h.phone);
    q.addBindValue(h.bankAccount);
    q.addBindValue(h.monthlyAmount.fen());
    q.addBindValue(h.startPeriod.isValid() ? QVariant(h.startPeriod.toString()) : QVariant());
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(h.registeredPoor ? 1 : 0);
    q.addBindValue(h.note);
    q.addBindValue(h.memberCount);
    q.addBindValue(qMin(h.coveredCount, h.memberCount));
    q.addBindValue(dateValue(h.reviewDate));
    if (!m_db.exec(q, &error))
        return error;
    h.id = q.lastInsertId().toLongLong();
    h.statusDate = date;
    QJsonArray members;
    for (Person &p : h.members) {
        p.householdId = h.id;
        if (Result r = insertPerson(p); !r)
            return r;
        members.append(personJson(p));
    }
    if (Result r = adjustCounts(h.id, 0, 0); !r)
        return r;
    if (h.coveredCount > 0) {
        // The declared covered persons may exceed the records once the declared size allows it.
        QSqlQuery c(m_db.connection());
        c.prepare(QStringLiteral("UPDATE household SET covered_count = min(member_count, ?) WHERE id = ?"));
        c.addBindValue(h.coveredCount);
        c.addBindValue(h.id);
        if (!m_db.exec(c, &error))
            return error;
    }
    const Outcome<Household> stored = household(h.id);
    if (!stored)
        return stored.result();
    h.memberCount = stored->memberCount;
    h.coveredCount = stored->coveredCount;
    if (Result r = StatusTimeline(m_db).insertOpening(openingHistory(h, reason)); !r)
        return r;
    QJsonObject created = householdJson(h);
    created[QStringLiteral("members")] = members;
    if (Result r = audit(QStringLiteral("create"), QStringLiteral("household"), h.id, h.id, {}, created); !r)
        return r;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result RosterRepository::updateHousehold(Household &h, const QString &reason)
{
    HouseholdEdit edit;
    edit.reason = reason;
    return updateHousehold(h, edit);
}

int RosterRepository::unrecordedPersons(const Household &h)
{
    return qMax(0, h.memberCount - int(h.currentMembers().size()));
}

Household RosterRepository::afterEdit(const Household &before, Household h, const HouseholdEdit &edit) const
{
    normaliseMembers(h);
    h.status = before.status; // status changes go through changeStatus()
    h.statusDate = before.statusDate;
    if (h.memberCount == before.memberCount && h.coveredCount == before.coveredCount) {
        // The declared counts follow the member edits unless the clerk changed them.
        int dm = 0, dc = 0;
        HouseholdRules::memberDeltas(before, h, &dm, &dc);
        int records = 0, coveredRecords = 0;
        for (const Person &p : h.members) {
            if (p.isCurrent()) {
                ++records;
                coveredRecords += (p.covered && !p.deceasedDate.isValid()) ? 1 : 0;
            }
        }
        if (edit.alreadyCounted) {
            h.memberCount = qMax(before.memberCount, records);
            h.coveredCount = qMin(h.memberCount, qMax(before.coveredCount, coveredRecords));
        } else {
            h.memberCount = qMax(before.memberCount + dm, records);
            h.coveredCount = qMin(h.memberCount, qMax(before.coveredCount + dc, coveredRecords));
        }
    }
    return h;
}

Result RosterRepository::updateHousehold(Household &h, const HouseholdEdit &edit)
{
    const Outcome<Household> before = household(h.id);
    if (!before)
        return before.result();
    h = afterEdit(*before, h, edit);
    const QString &reason = edit.reason;
    const QDate figuresDate = edit.date.isValid() ? edit.date : m_db.today();
    if (figuresDate > m_db.today() || figuresDate.year() < 1900)
        return Result::rejected(tr("The date of the change is in the future."), QStringLiteral("date"));
    const bool figuresChange = h.monthlyAmount != before->monthlyAmount || h.coveredCount != before->coveredCount;
    if (figuresChange) {
        if (const Outcome<CorrectionImpact> checked = checkCorrection(h.id, figuresDate, edit.confirmed); !checked)
            return checked.result();
    }
    if (const QList<Result> problems = validate(h); !problems.isEmpty())
        return firstOf(problems);
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE household SET village_id = ?, category = ?, address = ?, phone = ?, "
                             "bank_account = ?, monthly_amount_fen = ?, start_period = ?, registered_poor = ?, "
                             "note = ?, member_count = ?, covered_count = ?, review_date = ? WHERE id = ?"));
    q.addBindValue(h.villageId);
    q.addBindValue(key(h.category));
    q.addBindValue(h.address);
    q.addBindValue(h.phone);
    q.addBindValue(h.bankAccount);
    q.addBindValue(h.monthlyAmount.fen());
    q.addBindValue(h.startPeriod.isValid() ? QVariant(h.startPeriod.toString()) : QVariant());
    q.addBindValue(h.registeredPoor ? 1 : 0);
    q.addBindValue(h.note);
    q.addBindValue(h.memberCount);
    q.addBindValue(h.coveredCount);
    q.addBindValue(dateValue(h.reviewDate));
    q.addBindValue(h.id);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(householdJson(*before), householdJson(h), &oldValue, &newValue);
    if (!newValue.isEmpty() || !oldValue.isEmpty()) {
        if (Result r = audit(QStringLiteral("update"), QStringLiteral("household"), h.id, h.id, oldValue, newValue); !r)
            return r;
    }
    // The members who join or leave, named in the history's reason.
    QStringList changedMembers;
    QSet<qint64> kept;
    for (const Person &p : std::as_const(h.members)) {
        if (p.id == 0 && p.isCurrent())
            changedMembers << p.name;
        kept.insert(p.id);
    }
    for (const Person &p : before->currentMembers()) {
        if (!kept.contains(p.id))
            changedMembers << p.name;
    }
    if (Result r = writeMembers(h, &*before, reason, figuresDate); !r)
        return r;
    if (Result r = adjustCounts(h.id, 0, 0); !r)
        return r;
    const Outcome<Household> after = household(h.id);
    if (!after)
        return after.result();
    if ((after->monthlyAmount != before->monthlyAmount || after->coveredCount != before->coveredCount)) {
        // Keeps past months reproducible: the status history carries each amount in force.
        StatusTimeline::Change change;
        if (after->monthlyAmount != before->monthlyAmount)
            change.amount = after->monthlyAmount;
        change.coveredDelta = after->coveredCount - before->coveredCount;
        change.reason = memberReason(reason.isEmpty() ? Domain::RecordedReason::figuresChanged() : reason,
            changedMembers.join(QStringLiteral("、")));
        if (Result r = placeChange(h.id, figuresDate, change); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    if (after)
        h = *after;
    return Result::success();
}

Result RosterRepository::writeMembers(Household &h, const Household *before, const QString &reason, const QDate &date)
{
    QHash<qint64, Person> old;
    if (before) {
        for (const Person &p : before->members) {
            if (p.isCurrent())
                old.insert(p.id, p);
        }
    }
    // Removed first, so that an ID number moved between rows does not collide.
    QSet<qint64> kept;
    for (const Person &p : h.members) {
        if (p.id > 0)
            kept.insert(p.id);
    }
    for (auto it = old.begin(); it != old.end(); ++it) {
        if (kept.contains(it.key()))
            continue;
        Person gone = it.value();
        gone.leftDate = date;
        gone.leftReason = reason.isEmpty() ? Domain::RecordedReason::removedFromHousehold() : reason;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE person SET left_date = ?, left_reason = ? WHERE id = ?"));
        q.addBindValue(gone.leftDate.toString(Qt::ISODate));
        q.addBindValue(gone.leftReason);
        q.addBindValue(gone.id);
        Result error;
        if (!m_db.exec(q, &error))
            return error;
        if (Result r = audit(QStringLiteral("member_remove"), QStringLiteral("person"), gone.id, h.id,
                personJson(it.value()), personJson(gone));
            !r)
            return r;
    }
    for (Person &p : h.members) {
        p.householdId = h.id;
        if (p.id == 0) {
            if (!p.joinedDate.isValid())
                p.joinedDate = date;
            if (Result r = insertPerson(p); !r)
                return r;
            if (Result r = audit(QStringLiteral("member_add"), QStringLiteral("person"), p.id, h.id, {}, personJson(p));
                !r)
                return r;
            continue;
        }
        if (!old.contains(p.id))
            continue; // a former member: history is not edited
        QJsonObject oldValue, newValue;
        AuditLog::diff(personJson(old.value(p.id)), personJson(p), &oldValue, &newValue);
        if (newValue.isEmpty() && oldValue.isEmpty())
            continue;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE person SET name = ?, id_number = ?, relation = ?, covered = ?, "
                                 "disability_kind = ?, disability_grade = ?, health = ?, labour_ability = ?, "
                                 "deceased_date = ?, joined_date = ?, relation_text = ?, disability_text = ?, "
                                 "disability_certificate = ?, name_key = ?, note = ? WHERE id = ?"));
        bindMemberColumns(q, p);
        q.addBindValue(p.note);
        q.addBindValue(p.id);
        Result error;
        if (!m_db.exec(q, &error))
            return error;
        if (Result r = audit(QStringLiteral("member_update"), QStringLiteral("person"), p.id, h.id, oldValue, newValue);
            !r)
            return r;
    }
    return Result::success();
}

Result RosterRepository::addMember(qint64 householdId, Person &person, const MemberJoin &join)
{
    Outcome<Household> h = household(householdId);
    if (!h)
        return h.result();
    const QDate date = join.date.isValid() ? join.date : m_db.today();
    if (date > m_db.today() || date.year() < 1900)
        return Result::rejected(tr("The date the member joined is in the future."), QStringLiteral("date"));
    if (join.alreadyCounted && unrecordedPersons(*h) == 0)
        return Result::rejected(tr("Every one of the %1 persons of the household has a member record already: the new "
                                   "member adds one to the household size.")
                                    .arg(h->memberCount),
            QStringLiteral("alreadyCounted"));
    if (const Outcome<CorrectionImpact> checked = checkCorrection(householdId, date, join.confirmed); !checked)
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
    if (Result r = updateHousehold(*h, edit); !r)
        return r;
    for (const Person &p : h->members) {
        if (p.isCurrent() && p.idNumber == id.text())
            person = p;
    }
    return Result::success();
}

namespace {

bool dateProblem(const QDate &date, const QDate &today)
{
    return !date.isValid() || date > today || date.year() < 1900;
}

} // namespace

Result RosterRepository::removeMember(qint64 personId, const QDate &date, const QString &reason, bool confirmed)
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
        return Result::rejected(tr("%1 has already left the household.").arg(before.name));
    if (before.isHead())
        return Result::rejected(tr("%1 is the head of household: make another member the head first.").arg(before.name),
            QStringLiteral("relation"));
    if (dateProblem(date, m_db.today()))
        return Result::rejected(tr("The date is missing or in the future."), QStringLiteral("date"));
    if (reason.trimmed().isEmpty())
        return Result::rejected(tr("Give the reason the member leaves."), QStringLiteral("reason"));
    if (const Outcome<CorrectionImpact> checked = checkCorrection(before.householdId, date, confirmed); !checked)
        return checked.result();
    const Outcome<Household> hh = household(before.householdId);
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
    if (Result r = audit(QStringLiteral("member_remove"), QStringLiteral("person"), personId, before.householdId,
            personJson(before), personJson(after));
        !r)
        return r;
    if (Result r = adjustCounts(before.householdId, -1, before.covered ? -1 : 0); !r)
        return r;
    if (before.covered && hh) {
        StatusTimeline::Change change;
        change.coveredDelta = -1;
        change.reason = memberReason(after.leftReason, before.name);
        if (Result r = placeChange(before.householdId, date, change); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result RosterRepository::moveMember(
    qint64 personId, qint64 toHouseholdId, const QDate &date, const QString &reason, bool confirmed)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The member no longer exists."));
    Person moved = personFrom(q);
    if (moved.householdId == toHouseholdId)
        return Result::rejected(
            tr("%1 is already a member of that household.").arg(moved.name), QStringLiteral("household"));
    const Outcome<Household> target = household(toHouseholdId);
    if (!target)
        return target.result().kind() == Result::Kind::Failed
            ? target.result()
            : Result::rejected(tr("The household to move to does not exist."), QStringLiteral("household"));
    const QString why
        = reason.trimmed().isEmpty() ? QStringLiteral("迁入%1户").arg(target->headName()) : reason.trimmed();
    if (const Outcome<CorrectionImpact> checked = checkCorrection(toHouseholdId, date, confirmed); !checked)
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
    if (Result r = insertPerson(moved); !r)
        return r;
    if (Result r = audit(
            QStringLiteral("member_move"), QStringLiteral("person"), moved.id, toHouseholdId, {}, personJson(moved));
        !r)
        return r;
    if (Result r = adjustCounts(toHouseholdId, 1, moved.covered ? 1 : 0); !r)
        return r;
    if (moved.covered) {
        StatusTimeline::Change change;
        change.coveredDelta = 1;
        change.reason = memberReason(why, moved.name);
        if (Result r = placeChange(toHouseholdId, date, change); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}
