#include "checks/DataCheck.h"

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
