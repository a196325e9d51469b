#pragma once

#include "exchange/roster/ImportPreview.h"
#include "exchange/roster/RosterColumns.h"
#include "exchange/roster/RosterSheetParser.h"

#include <QCoreApplication>

// A household imported again: the file's values, for the fields its columns map, laid over the household on file
// (members matched by ID number; a one-row-per-member file adds the members it has in addition), and each value
// that changes, as the preview lists it.
class ImportMerge
{
    Q_DECLARE_TR_FUNCTIONS(ImportMerge)

public:
    // The household as it will be written; change->changes gets each field that differs ("field", before, after).
    static Household merge(const Household &onFile, const ImportedHousehold &imported, const ColumnMapping &map,
        bool memberShape, ImportPreview::HouseholdChange *change);
};
