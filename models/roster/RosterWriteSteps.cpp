#include "roster/RosterWriteSteps.h"

#include "core/NameOrder.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

RosterWriteSteps::RosterWriteSteps(Database &db)
    : m_db(db)
{ }

// A member's own columns, in the order name, id_number, relation, covered, disability_kind, disability_grade,
// health, labour_ability, deceased_date, joined_date, relation_text, disability_text, disability_certificate: the same
// in an INSERT and an UPDATE.
void RosterWriteSteps::bindMemberColumns(QSqlQuery &q, const Person &p)
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

bool RosterWriteSteps::isBadDate(const QDate &date, const QDate &today)
{
    return !date.isValid() || date > today || date.year() < 1900;
}

void RosterWriteSteps::markCorrection(QJsonObject &record, const CorrectionImpact &impact)
{
    if (impact.changesPastMonths())
        record[QStringLiteral("correction")] = impact.monthsText();
}

Outcome<Person> RosterWriteSteps::person(qint64 personId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM person WHERE id = ?").arg(QLatin1String(kPersonColumns)));
    q.addBindValue(personId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The member no longer exists."));
    return personFrom(q);
}

Result RosterWriteSteps::audit(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
    const QJsonObject &oldValue, const QJsonObject &newValue)
{
    Result error;
    if (!AuditLog(m_db).append(action, entity, entityId, householdId, oldValue, newValue, &error))
        return error;
    return Result::success();
}

Result RosterWriteSteps::insertPerson(Person &p)
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

Result RosterWriteSteps::adjustCounts(qint64 householdId, int memberDelta, int coveredDelta)
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

Outcome<CorrectionImpact> RosterWriteSteps::checkCorrection(qint64 householdId, const QDate &date, bool confirmed) const
{
    Outcome<CorrectionImpact> impact = StatusTimeline(m_db).impactOf(householdId, date);
    if (impact && impact->needsConfirmation() && !confirmed)
        return Result::rejected(
            impact->text() + u' ' + tr("Confirm to record it as a correction."), QStringLiteral("confirm"));
    return impact;
}

Result RosterWriteSteps::placeChange(qint64 householdId, const QDate &date, const StatusTimeline::Change &change)
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

Result RosterWriteSteps::applyStatus(
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
