#pragma once

#include "core/Result.h"

#include <QList>

class Database;
class QSqlQuery;

// One step of the office file's schema: what takes a file from version - 1 to this version. Database::migrate() runs
// the steps a file lacks, oldest first, in one transaction; Migrations::all() lists them, each in a file of its own
// (VersionN.cpp).
struct Migration
{
    int version = 0;
    QList<const char *> statements; // run in order
    // What the statements cannot say (filling a new column, the shipped data), run after them in the same
    // transaction; null when there is nothing. A failure stops the upgrade and leaves the file as it was.
    Result (*after)(Database &db, QSqlQuery &q) = nullptr;
};
