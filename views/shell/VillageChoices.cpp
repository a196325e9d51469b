#include "shell/VillageChoices.h"

#include "office/OfficeRepository.h"

#include <QComboBox>

Result addVillageChoices(QComboBox *combo, Database &db)
{
    const Outcome<QList<Village>> villages = OfficeRepository(db).villages();
    for (const Village &village : villages.valueOr({}))
        combo->addItem(village.name, village.id);
    return villages.result();
}
