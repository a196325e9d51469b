#include "roster/RosterRecords.h"

#include <QSqlQuery>

using namespace Domain;

namespace RosterRecords {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &v)
{
    return v.isNull() ? QDate() : QDate::fromString(v.toString(), Qt::ISODate);
}

QJsonObject personJson(const Person &p)
{
    QJsonObject o;
    o[QStringLiteral("name")] = p.name;
    o[QStringLiteral("id_number")] = p.idNumber;
    o[QStringLiteral("relation")] = key(p.relation);
    if (!p.relationText.isEmpty())
        o[QStringLiteral("relation_text")] = p.relationText;
    o[QStringLiteral("covered")] = p.covered;
    o[QStringLiteral("disability_kind")] = key(p.disabilityKind);
    o[QStringLiteral("disability_grade")] = key(p.disabilityGrade);
    if (!p.disabilityText.isEmpty())
        o[QStringLiteral("disability_text")] = p.disabilityText;
    if (!p.disabilityCertificate.isEmpty())
        o[QStringLiteral("disability_certificate")] = p.disabilityCertificate;
    o[QStringLiteral("health")] = key(p.health);
    o[QStringLiteral("labour_ability")] = key(p.labourAbility);
    if (p.deceasedDate.isValid())
        o[QStringLiteral("deceased_date")] = p.deceasedDate.toString(Qt::ISODate);
    if (p.joinedDate.isValid())
        o[QStringLiteral("joined_date")] = p.joinedDate.toString(Qt::ISODate);
    if (p.leftDate.isValid()) {
        o[QStringLiteral("left_date")] = p.leftDate.toString(Qt::ISODate);
        o[QStringLiteral("left_reason")] = p.leftReason;
    }
    if (!p.note.isEmpty())
        o[QStringLiteral("note")] = p.note;
    return o;
}

QJsonObject householdJson(const Household &h)
{
    QJsonObject o;
    o[QStringLiteral("village_id")] = h.villageId;
    o[QStringLiteral("status")] = key(h.status);
    o[QStringLiteral("category")] = key(h.category);
    o[QStringLiteral("address")] = h.address;
    o[QStringLiteral("phone")] = h.phone;
    o[QStringLiteral("bank_account")] = h.bankAccount;
    o[QStringLiteral("monthly_amount_fen")] = h.monthlyAmount.fen();
    o[QStringLiteral("member_count")] = h.memberCount;
    o[QStringLiteral("covered_count")] = h.coveredCount;
    o[QStringLiteral("start_period")] = h.startPeriod.toString();
    o[QStringLiteral("registered_poor")] = h.registeredPoor;
    o[QStringLiteral("note")] = h.note;
    if (h.reviewDate.isValid())
        o[QStringLiteral("review_date")] = h.reviewDate.toString(Qt::ISODate);
    return o;
}

const char *const kPersonColumns
    = "id, household_id, name, id_number, relation, covered, disability_kind, "
      "disability_grade, health, labour_ability, deceased_date, left_date, left_reason, note, joined_date, "
      "relation_text, disability_text, disability_certificate";

const char *const kHouseholdColumns
    = "h.id, h.village_id, v.name, h.head_person_id, h.status, h.category, h.address, h.phone, h.bank_account, "
      "h.monthly_amount_fen, h.member_count, h.covered_count, h.start_period, h.status_date, h.registered_poor, "
      "h.note, h.review_date";

Household householdFrom(const QSqlQuery &q, int first)
{
    Household h;
    h.id = q.value(first + 0).toLongLong();
    h.villageId = q.value(first + 1).toLongLong();
    h.villageName = q.value(first + 2).toString();
    h.headPersonId = q.value(first + 3).toLongLong();
    h.status = enumOr(q.value(first + 4), HouseholdStatus::Applying);
    h.category = enumOr(q.value(first + 5), Category::Ordinary);
    h.address = q.value(first + 6).toString();
    h.phone = q.value(first + 7).toString();
    h.bankAccount = q.value(first + 8).toString();
    h.monthlyAmount = Money::fromFen(q.value(first + 9).toLongLong());
    h.memberCount = q.value(first + 10).toInt();
    h.coveredCount = q.value(first + 11).toInt();
    h.startPeriod = Period::parse(q.value(first + 12).toString());
    h.statusDate = dateFrom(q.value(first + 13));
    h.registeredPoor = q.value(first + 14).toBool();
    h.note = q.value(first + 15).toString();
    h.reviewDate = dateFrom(q.value(first + 16));
    return h;
}

Person personFrom(const QSqlQuery &q, int first)
{
    Person p;
    p.id = q.value(first + 0).toLongLong();
    p.householdId = q.value(first + 1).toLongLong();
    p.name = q.value(first + 2).toString();
    p.idNumber = q.value(first + 3).toString();
    p.relation = enumOr(q.value(first + 4), Relation::Other);
    p.covered = q.value(first + 5).toBool();
    p.disabilityKind = enumOr(q.value(first + 6), DisabilityKind::None);
    p.disabilityGrade = enumOr(q.value(first + 7), DisabilityGrade::None);
    p.health = enumOr(q.value(first + 8), Health::Healthy);
    p.labourAbility = enumOr(q.value(first + 9), LabourAbility::Full);
    p.deceasedDate = dateFrom(q.value(first + 10));
    p.leftDate = dateFrom(q.value(first + 11));
    p.leftReason = q.value(first + 12).toString();
    p.note = q.value(first + 13).toString();
    p.joinedDate = dateFrom(q.value(first + 14));
    p.relationText = q.value(first + 15).toString();
    p.disabilityText = q.value(first + 16).toString();
    p.disabilityCertificate = q.value(first + 17).toString();
    return p;
}

QList<StatusChange> openingHistory(const Household &h, const QString &reason)
{
    QList<StatusChange> rows;
    if (h.history.isEmpty()) {
        StatusChange only;
        only.to = h.status;
        only.date = h.statusDate;
        rows.append(only);
    } else {
        rows = h.history;
    }
    Period paid;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        StatusChange &c = rows[i];
        c.householdId = h.id;
        c.from = i == 0 ? std::nullopt : std::optional<HouseholdStatus>(rows[i - 1].to);
        if (c.reason.isEmpty())
            c.reason = reason.isEmpty() ? RecordedReason::registered() : reason;
        c.monthlyAmount = h.monthlyAmount;
        c.coveredCount = h.coveredCount;
        c.setsAmount = c.setsCovered = (i == 0);
        const bool starts = c.to == HouseholdStatus::Active && (!c.from || *c.from != HouseholdStatus::Active);
        if (starts && !c.paidFrom.isValid())
            c.paidFrom = (i == 0 && h.startPeriod.isValid()) ? h.startPeriod : paidFromApproval(c.date);
        if (!c.paidFrom.isValid())
            c.paidFrom = paid;
        paid = c.paidFrom;
    }
    return rows;
}

QString memberReason(const QString &reason, const QString &memberName)
{
    return memberName.isEmpty() ? reason : QStringLiteral("%1（%2）").arg(reason, memberName);
}

Period paidFromApproval(const QDate &date)
{
    return Period::fromDate(date).next();
}

} // namespace RosterRecords
