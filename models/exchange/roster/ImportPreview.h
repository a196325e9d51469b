#pragma once

#include "core/Money.h"
#include "core/Period.h"
#include "core/Result.h"
#include "exchange/roster/ImportIssue.h"
#include "exchange/roster/RosterSheetParser.h"
#include "exchange/roster/ValueMappings.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// How a roster file is to be read: which sheet, which mapping, which readings of unknown words.
struct ImportOptions
{
    QString sheet; // empty: the first sheet
    QString profile; // a saved mapping's name
    QString mapping; // a mapping as JSON (the wizard's corrections); overrides the profile
    bool createVillages = false;
    // The month the roster describes (--as-of): new households whose start month (在保) or status date (停保,
    // 退保) the file does not give take its first day. Without it such a file is refused.
    Period asOf;
    // Readings of words the program cannot place; added to (and overriding) those of the profile or mapping.
    ValueMappings values;
};

// What an import would do, shown to the clerk before anything is written.
struct ImportPreview
{
    struct FieldChange
    {
        QString field; // translated label
        QString before;
        QString after;
    };
    struct HouseholdChange
    {
        int row = 0;
        QString headName;
        QString headIdNumber;
        bool isNew = false;
        QList<FieldChange> changes; // empty for a new household
    };

    QString file; // path
    QString sha256; // of the file's bytes
    QString sheet;
    QStringList sheets;
    int headerRow = 0;
    RosterSheetParser::Shape shape = RosterSheetParser::Shape::HouseholdPerRow;
    ColumnMapping mapping;
    int households = 0;
    int members = 0; // member records in the file
    int declaredPersons = 0; // household sizes added up
    Money monthlyTotal;
    int newHouseholds = 0;
    int changedHouseholds = 0;
    int unchangedHouseholds = 0;
    QStringList newVillages;
    QList<HouseholdChange> changes; // new and changed households
    QList<ImportIssue> issues; // errors: any refuses the file
    QList<ImportIssue> warnings; // shown; the file still imports
    QList<ValueWord> valueWords; // words imported as 其他, and words a value mapping placed
    ValueMappings values; // the mappings the preview applied (profile, mapping JSON and options together)
    Period asOf;
    bool cancelled = false;
    // A read the preview needed failed (the database, not the file: the roster, a profile, the audit log): its
    // reason is also the one issue, and nothing can be imported until it can be read (the CLI exits 3, not 2).
    Result failure;

    bool isAcceptable() const { return issues.isEmpty() && !cancelled; }
    // The words imported as 其他 (not placed by a mapping).
    QList<ValueWord> unmappedWords() const;
    QJsonObject toJson() const;
};
