#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>

#include <functional>

class Database;

// Many households at once (a first import), in the caller's transaction through SQLite's own statements: a roster of
// 80,000 members spends most of its time in QSqlQuery's and QJsonObject's per-value costs otherwise. Audited as one
// batch.
class RosterBulkWriter
{
    Q_DECLARE_TR_FUNCTIONS(RosterBulkWriter)

public:
    explicit RosterBulkWriter(Database &db)
        : m_db(db)
    { }

    // Creates the households with their members and opening history. The caller has validated them
    // (RosterRepository::validate() with a HolderLookup). progress(done) returning false cancels: the error is
    // returned and the caller rolls back.
    Result createHouseholds(
        QList<Household> &households, const QString &reason, const std::function<bool(int done)> &progress = {});

private:
    Database &m_db;
};
