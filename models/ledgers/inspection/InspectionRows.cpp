#include "ledgers/inspection/InspectionRows.h"

#include "roster/RosterRecords.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

ChecklistItem InspectionRows::itemFrom(const QSqlQuery &q)
{
    ChecklistItem item;
    item.id = q.value(0).toLongLong();
    item.templateId = q.value(1).toLongLong();
    item.position = q.value(2).toInt();
    item.code = q.value(3).toString();
    item.link = enumOr(q.value(4), Link::Eligibility);
    for (const QString &k : q.value(5).toString().split(u',', Qt::SkipEmptyParts)) {
        ProblemType type;
        if (fromText(k, &type) && !item.problemTypes.contains(type))
            item.problemTypes << type;
    }
    item.text = q.value(6).toString();
    item.textEn = q.value(7).toString();
    item.dataCheck = q.value(8).toString();
    return item;
}

ChecklistTemplate InspectionRows::templateFrom(const QSqlQuery &q)
{
    ChecklistTemplate t;
    t.id = q.value(0).toLongLong();
    t.code = q.value(1).toString();
    t.version = q.value(2).toInt();
    t.name = q.value(3).toString();
    t.nameEn = q.value(4).toString();
    t.createdAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    return t;
}

Inspection InspectionRows::inspectionFrom(const QSqlQuery &q)
{
    Inspection i;
    i.id = q.value(0).toLongLong();
    i.templateId = q.value(1).toLongLong();
    i.name = q.value(2).toString();
    i.period = Period::parse(q.value(3).toString());
    i.date = dateFrom(q.value(4));
    i.participants = q.value(5).toString();
    if (!q.value(6).isNull())
        i.closedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    i.closedBy = q.value(7).toString();
    return i;
}

QJsonObject InspectionRows::inspectionJson(const Inspection &i)
{
    QJsonObject o;
    o[QStringLiteral("template_id")] = i.templateId;
    o[QStringLiteral("name")] = i.name;
    o[QStringLiteral("period")] = i.period.toString();
    o[QStringLiteral("date")] = i.date.toString(Qt::ISODate);
    o[QStringLiteral("participants")] = i.participants;
    if (i.isClosed()) {
        o[QStringLiteral("closed_at")] = i.closedAt.toString(Qt::ISODateWithMs);
        o[QStringLiteral("closed_by")] = i.closedBy;
    }
    return o;
}

QJsonObject InspectionRows::answerJson(const InspectionAnswer &a, const QString &itemCode)
{
    QJsonObject o;
    o[QStringLiteral("inspection_id")] = a.inspectionId;
    o[QStringLiteral("item")] = itemCode;
    o[QStringLiteral("result")] = a.result ? QJsonValue(key(*a.result)) : QJsonValue();
    o[QStringLiteral("description")] = a.description;
    o[QStringLiteral("responsible")] = a.responsible;
    QJsonArray households;
    for (qint64 id : a.householdIds)
        households << id;
    o[QStringLiteral("households")] = households;
    return o;
}

void InspectionRows::readAnswerRow(const QSqlQuery &q, int first, InspectionAnswer *a)
{
    a->id = q.value(first).toLongLong();
    if (!q.value(first + 1).isNull()) {
        InspectionResult result;
        if (fromText(q.value(first + 1).toString(), &result))
            a->result = result;
    }
    a->description = q.value(first + 2).toString();
    a->responsible = q.value(first + 3).toString();
}
