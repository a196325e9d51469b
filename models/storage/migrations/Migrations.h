#pragma once

#include "storage/migrations/Migration.h"

// The schema's history, version by version (a new version: a VersionN.cpp, its line in Migrations.cpp, and
// LatestVersion raised).
namespace Migrations {

// The version a file is at once every step has run: the schema this program reads and writes.
constexpr int LatestVersion = 9;

// Every step, oldest first: versions 1, 2, … LatestVersion.
const QList<Migration> &all();

// The steps, one file each.
Migration version1(); // the roster, the office, the audit log
Migration version2(); // import profiles
Migration version3(); // households without current members
Migration version4(); // covering indexes for the roster search
Migration version5(); // the campaign's ledgers
Migration version6(); // leaner person indexes, the status check's text
Migration version7(); // true monthly figures, the roster's words, category top-ups, report outputs
Migration version8(); // members' names in pinyin order
Migration version9(); // villages' names in pinyin order

} // namespace Migrations
