#pragma once

#include "core/Result.h"
#include "exchange/roster/ImportIssue.h"
#include "exchange/roster/RosterSheetParser.h"
#include "roster/RosterRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <deque>
#include <functional>

class Database;

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

    bool isAcceptable() const { return issues.isEmpty() && !cancelled; }
    // The words imported as 其他 (not placed by a mapping).
    QList<ValueWord> unmappedWords() const;
    QJsonObject toJson() const;
};

// Loads a roster spreadsheet: reads, checks every row, compares with the database, and on apply()
// writes everything in one transaction (all rows or none), audited with the file's name and SHA-256.
class RosterImporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterImporter)

public:
    explicit RosterImporter(Database &db);

    // Called between steps with work done and total; returning false cancels (nothing is written).
    void setProgress(std::function<bool(int done, int total)> progress) { m_progress = std::move(progress); }

    // Reads and checks the file and compares it with the roster. Writes nothing.
    ImportPreview preview(const QString &path, const ImportOptions &options);
    // Writes what the last preview() found. Refused when the preview had problems or when the roster
    // changed since (another window wrote).
    Result apply();

private:
    struct Planned
    {
        ImportedHousehold imported;
        qint64 existingId = 0;
        bool changed = false;
        Household merged; // the household as it will be written
    };
    struct Checking;
    void startCheck(ImportPreview &preview, Checking &checking);
    void checkCompleted(ImportPreview &preview, RosterSheetParser &parser, Checking &checking);
    void finishCheck(ImportPreview &preview, const RosterSheetParser &parser, Checking &checking);
    void compare(ImportPreview &preview, Planned &plan, const ImportPreview &context, RosterRepository &repo,
        QList<ImportIssue> &issues);
    void placeIssue(
        const ImportPreview &preview, const Planned &plan, const Result &problem, QList<ImportIssue> &issues);
    bool report(int done, int total);

    Database &m_db;
    std::function<bool(int, int)> m_progress;
    ImportPreview m_preview;
    std::deque<Planned> m_plan; // grows while the file is read: no moves
    QHash<QString, qint64> m_villages; // name → id
    QHash<QString, RosterRepository::IdHolder> m_holders;
    ImportOptions m_options;
    qint64 m_auditHeadAtPreview = -1;
};
