#pragma once

#include "core/Money.h"
#include "core/Result.h"
#include "roster/RosterQueries.h"

#include <QCoreApplication>

class Database;

// Writes the roster (花名册) as XLSX in the official layout or as CSV: one row per member with the
// household's columns repeated, so that the file imports back unchanged.
class RosterExporter
{
    Q_DECLARE_TR_FUNCTIONS(RosterExporter)

public:
    struct Summary
    {
        int households = 0;
        int members = 0;
        int persons = 0; // household sizes added up
        Money monthlyTotal;
    };

    explicit RosterExporter(Database &db);
    Result exportRoster(const QString &path, const RosterFilter &filter, Summary *summary = nullptr);

private:
    Database &m_db;
};
