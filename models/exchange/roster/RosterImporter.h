#pragma once

#include "core/Result.h"
#include "exchange/roster/ImportIssue.h"
#include "exchange/roster/ImportPreview.h"
#include "exchange/roster/RosterSheetParser.h"
#include "roster/RosterRepository.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <deque>
#include <functional>

class Database;

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
    // changed since (another window wrote). It uses the preview up, whether it succeeds or not: the new households
    // are handed to the writer rather than copied, so another apply() needs another preview().
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
    Result startCheck(ImportPreview &preview, Checking &checking); // the villages and ID numbers on file
    void checkCompleted(ImportPreview &preview, RosterSheetParser &parser, Checking &checking);
    void finishCheck(ImportPreview &preview, const RosterSheetParser &parser, Checking &checking);
    // Fails when the household on file could not be read.
    Result compare(ImportPreview &preview, Planned &plan, const ImportPreview &context, RosterRepository &repo,
        QList<ImportIssue> &issues);
    void placeIssue(
        const ImportPreview &preview, const Planned &plan, const Result &problem, QList<ImportIssue> &issues);
    bool report(int done, int total);

    Database &m_db;
    std::function<bool(int, int)> m_progress;
    ImportPreview m_preview;
    std::deque<Planned> m_plan; // grows while the file is read: no moves
    QList<Household> m_fresh; // the new households as they will be written (their plans no longer hold them)
    QHash<QString, qint64> m_villages; // name → id
    QHash<QString, RosterRepository::IdHolder> m_holders;
    ImportOptions m_options;
    qint64 m_auditHeadAtPreview = -1;
    bool m_planUsed = false; // by apply()
};
