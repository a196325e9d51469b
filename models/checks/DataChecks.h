#pragma once

#include "checks/DataCheck.h"
#include "core/Outcome.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

class Database;

// The registry of data checks (DataCheck): live queries over the roster that sit beside checklist items
// (DESIGN.md §2's typical anomalies). A check finds households; the item's answer stays the clerk's. Checks look
// at households on dibao now (在保 and 停保).
class DataChecks
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    explicit DataChecks(Database &db);

    // Every check, in the order the office sees them: invalid_id, duplicate_id, covered_above_members,
    // amount_above_standard, deceased_covered, review_overdue, able_bodied_household.
    static const std::vector<std::unique_ptr<DataCheck>> &all();
    static const DataCheck *find(const QString &key); // none for an unknown key
    static QStringList keys();
    static QString title(const QString &key); // translated; empty for an unknown key

    // The households the check finds on `today` (the database clock's day when invalid), in roster order, or why
    // the roster could not be read; an unknown key finds nothing.
    Outcome<QList<DataCheckHit>> run(const QString &key, const QDate &today = {}) const;

private:
    Database &m_db;
};
