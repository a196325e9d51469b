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

RosterRepository::RosterRepository(Database &db)
    : m_db(db)
    , m_steps(db)
{ }

QList<Result> RosterRepository::validate(const Household &h) const
{
    Result lookupFailure;
    QList<Result> problems = validate(h, [this, &lookupFailure](const QString &idNumber) -> std::optional<IdHolder> {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT p.household_id, hp.name, v.name FROM person p "
                                 "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                                 "LEFT JOIN person hp ON hp.id = h.head_person_id "
                                 "WHERE p.id_number = ? AND p.left_date IS NULL"));
        q.addBindValue(idNumber);
        if (!q.exec()) {
            lookupFailure = m_db.readFailure(q.lastError());
            return std::nullopt;
        }
        if (q.next())
            return IdHolder {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
        return std::nullopt;
    });
    // Whether an ID number is already on the roster could not be read: that is no pass.
    if (!lookupFailure)
        problems.prepend(lookupFailure);
    return problems;
}

QList<Result> RosterRepository::validate(const Household &h, const HolderLookup &holderOf, QDate today) const
{
    return HouseholdRules::check(h, holderOf, today.isValid() ? today : m_db.today());
}

namespace {

Result firstOf(const QList<Result> &problems)
{
    if (problems.first().kind() == Result::Kind::Failed)
        return problems.first(); // the rules could not be checked
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
        if (Result r = m_steps.insertPerson(p); !r)
            return r;
        members.append(personJson(p));
    }
    if (Result r = m_steps.adjustCounts(h.id, 0, 0); !r)
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
    if (Result r = m_steps.audit(QStringLiteral("create"), QStringLiteral("household"), h.id, h.id, {}, created); !r)
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
        if (const Outcome<CorrectionImpact> checked = m_steps.checkCorrection(h.id, figuresDate, edit.confirmed);
            !checked)
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
        if (Result r
            = m_steps.audit(QStringLiteral("update"), QStringLiteral("household"), h.id, h.id, oldValue, newValue);
            !r)
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
    if (Result r = m_steps.adjustCounts(h.id, 0, 0); !r)
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
        if (Result r = m_steps.placeChange(h.id, figuresDate, change); !r)
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
        if (Result r = m_steps.audit(QStringLiteral("member_remove"), QStringLiteral("person"), gone.id, h.id,
                personJson(it.value()), personJson(gone));
            !r)
            return r;
    }
    for (Person &p : h.members) {
        p.householdId = h.id;
        if (p.id == 0) {
            if (!p.joinedDate.isValid())
                p.joinedDate = date;
            if (Result r = m_steps.insertPerson(p); !r)
                return r;
            if (Result r
                = m_steps.audit(QStringLiteral("member_add"), QStringLiteral("person"), p.id, h.id, {}, personJson(p));
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
        RosterWriteSteps::bindMemberColumns(q, p);
        q.addBindValue(p.note);
        q.addBindValue(p.id);
        Result error;
        if (!m_db.exec(q, &error))
            return error;
        if (Result r
            = m_steps.audit(QStringLiteral("member_update"), QStringLiteral("person"), p.id, h.id, oldValue, newValue);
            !r)
            return r;
    }
    return Result::success();
}

Outcome<Household> RosterRepository::household(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?")
                       .arg(QLatin1String(kHouseholdColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The household no longer exists."));
    Household h = householdFrom(q);

    QSqlQuery m(m_db.connection());
    if (!m.prepare(QStringLiteral("SELECT %1 FROM person WHERE household_id = ? "
                                  "ORDER BY left_date IS NOT NULL, relation <> 'head', id")
                       .arg(QLatin1String(kPersonColumns))))
        return m_db.readFailure(m.lastError());
    m.addBindValue(id);
    if (!m.exec())
        return m_db.readFailure(m.lastError());
    while (m.next())
        h.members.append(personFrom(m));
    return h;
}

Outcome<QList<StatusChange>> RosterRepository::statusHistory(qint64 householdId) const
{
    return StatusTimeline(m_db).rows(householdId);
}
