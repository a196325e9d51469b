#include "checks/DataCheck.h"

#include "core/IdNumber.h"
#include "roster/ReviewSchedule.h"
#include "roster/RosterRecords.h"

#include <QVariant>

DataCheck::~DataCheck() = default;

QString DataCheck::onDibao()
{
    return QStringLiteral("h.status IN ('active','suspended')");
}

QString DataCheck::currentMembersQuery()
{
    return QStringLiteral("SELECT h.id, p.name, p.id_number, p.labour_ability, p.health, p.disability_kind, "
                          "p.disability_grade, p.deceased_date FROM household h JOIN person p ON p.household_id = h.id "
                          "WHERE %1 AND p.left_date IS NULL ORDER BY h.village_id, h.id, p.id")
        .arg(onDibao());
}

int DataCheck::ageOf(const QSqlQuery &member, const QDate &day)
{
    return IdNumber::parse(member.value(2).toString()).ageAt(day);
}

bool DataCheck::isAbleBodied(const QSqlQuery &member, int age)
{
    using namespace Domain;
    using RosterRecords::enumOr;
    return ReviewSchedule::isAbleBodied(enumOr(member.value(3), LabourAbility::None),
        enumOr(member.value(4), Health::Serious), enumOr(member.value(5), DisabilityKind::Multiple), age);
}
