// RosterRepository: many households at once (a first import), with statements prepared once.
#include "AuditLog.h"
#include "Database.h"
#include "RosterRecords.h"
#include "RosterRepository.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Domain;
using namespace RosterRecords;

Result RosterRepository::createHouseholds(
    QList<Household> &households, const QString &reason, const std::function<bool(int)> &progress)
{
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    const QSqlDatabase db = m_db.connection();
    QSqlQuery insertHousehold(db);
    insertHousehold.prepare(
        QStringLiteral("INSERT INTO household (village_id, status, category, address, phone, bank_account, "
                       "monthly_amount_fen, start_period, status_date, registered_poor, note, member_count, "
                       "covered_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery insertPerson(db);
    insertPerson.prepare(QStringLiteral("INSERT INTO person (household_id, name, id_number, relation, covered, "
                                        "disability_kind, disability_grade, health, labour_ability, deceased_date, "
                                        "left_date, left_reason, note) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    QSqlQuery setHead(db);
    setHead.prepare(QStringLiteral("UPDATE household SET head_person_id = ? WHERE id = ?"));
    QSqlQuery history(db);
    history.prepare(QStringLiteral("INSERT INTO status_history (household_id, from_status, to_status, effective_date, "
                                   "reason, monthly_amount_fen, covered_count, recorded_at, operator) "
                                   "VALUES (?,NULL,?,?,?,?,?,?,?)"));
    AuditLog audit(m_db);
    if (!audit.beginBatch(&error))
        return error;
    const QString recordedAt = m_db.now().toString(Qt::ISODateWithMs);
    const QString why = reason.isEmpty() ? tr("registered") : reason;
    int done = 0;
    for (Household &h : households) {
        int records = 0;
        int coveredRecords = 0;
        for (const Person &p : h.members) {
            if (p.isCurrent()) {
                ++records;
                coveredRecords += (p.covered && !p.deceasedDate.isValid()) ? 1 : 0;
            }
        }
        h.memberCount = qMax(h.memberCount, records);
        h.coveredCount
            = qMin(h.memberCount, h.coveredCount > 0 ? qMax(h.coveredCount, coveredRecords) : coveredRecords);
        const QDate date = h.statusDate.isValid() ? h.statusDate : m_db.today();
        h.statusDate = date;
        const QVariantList values = {h.villageId, key(h.status), key(h.category), h.address, h.phone, h.bankAccount,
            h.monthlyAmount.fen(), h.startPeriod.isValid() ? QVariant(h.startPeriod.toString()) : QVariant(),
            date.toString(Qt::ISODate), h.registeredPoor ? 1 : 0, h.note, h.memberCount, h.coveredCount};
        for (int i = 0; i < values.size(); ++i)
            insertHousehold.bindValue(i, values[i]);
        if (!m_db.exec(insertHousehold, &error))
            return error;
        h.id = insertHousehold.lastInsertId().toLongLong();
        QJsonArray members;
        for (Person &p : h.members) {
            p.householdId = h.id;
            const QVariantList pv
                = {h.id, p.name, p.idNumber, key(p.relation), p.covered && !p.deceasedDate.isValid() ? 1 : 0,
                    key(p.disabilityKind), key(p.disabilityGrade), key(p.health), key(p.labourAbility),
                    dateValue(p.deceasedDate), dateValue(p.leftDate), p.leftReason, p.note};
            for (int i = 0; i < pv.size(); ++i)
                insertPerson.bindValue(i, pv[i]);
            if (!m_db.exec(insertPerson, &error))
                return error;
            p.id = insertPerson.lastInsertId().toLongLong();
            if (p.isHead() && p.isCurrent()) {
                h.headPersonId = p.id;
                setHead.bindValue(0, p.id);
                setHead.bindValue(1, h.id);
                if (!m_db.exec(setHead, &error))
                    return error;
            }
            members.append(personJson(p));
        }
        const QVariantList hv = {h.id, key(h.status), date.toString(Qt::ISODate), why, h.monthlyAmount.fen(),
            h.coveredCount, recordedAt, m_db.operatorName()};
        for (int i = 0; i < hv.size(); ++i)
            history.bindValue(i, hv[i]);
        if (!m_db.exec(history, &error))
            return error;
        QJsonObject created = householdJson(h);
        created[QStringLiteral("members")] = members;
        if (!audit.append(QStringLiteral("create"), QStringLiteral("household"), h.id, h.id, {}, created, &error))
            return error;
        ++done;
        if (progress && !progress(done))
            return Result::rejected(tr("Cancelled: nothing was saved."));
    }
    if (!audit.endBatch(&error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
