#include "storage/migrations/Migrations.h"

#include <iterator>

namespace {

// Schema version 1. Money in integer fen, dates ISO-8601 text, ID numbers upper-case text.
const char *const kStatements[] = {
    R"(CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL))",
    R"(CREATE TABLE office (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL,
        division_code TEXT NOT NULL,
        county TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        hotline TEXT NOT NULL DEFAULT '',
        disclosure_url TEXT NOT NULL DEFAULT '',
        unit_head TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        preparer TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE village (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL UNIQUE))",
    R"(CREATE TABLE household (
        id INTEGER PRIMARY KEY,
        village_id INTEGER NOT NULL REFERENCES village(id),
        head_person_id INTEGER REFERENCES person(id) DEFERRABLE INITIALLY DEFERRED,
        status TEXT NOT NULL CHECK (status = 'applying' OR status = 'active' OR status = 'suspended'
            OR status = 'exited' OR status = 'rejected'),
        category TEXT NOT NULL DEFAULT 'ordinary',
        address TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        bank_account TEXT NOT NULL DEFAULT '',
        monthly_amount_fen INTEGER NOT NULL DEFAULT 0 CHECK (monthly_amount_fen >= 0),
        member_count INTEGER NOT NULL DEFAULT 0,
        covered_count INTEGER NOT NULL DEFAULT 0 CHECK (covered_count <= member_count),
        start_period TEXT,
        status_date TEXT,
        registered_poor INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX household_village ON household(village_id, id)",
    "CREATE INDEX household_status ON household(status)",
    R"(CREATE TABLE person (
        id INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES household(id),
        name TEXT NOT NULL,
        id_number TEXT NOT NULL,
        relation TEXT NOT NULL,
        covered INTEGER NOT NULL DEFAULT 1,
        disability_kind TEXT NOT NULL DEFAULT 'none',
        disability_grade TEXT NOT NULL DEFAULT 'none',
        health TEXT NOT NULL DEFAULT 'healthy',
        labour_ability TEXT NOT NULL DEFAULT 'full',
        deceased_date TEXT,
        left_date TEXT,
        left_reason TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        CHECK (NOT (covered = 1 AND deceased_date IS NOT NULL))))",
    // One current membership per ID number across the township.
    "CREATE UNIQUE INDEX person_current_id ON person(id_number) WHERE left_date IS NULL",
    "CREATE INDEX person_household ON person(household_id)",
    R"(CREATE TABLE status_history (
        id INTEGER PRIMARY KEY,
        household_id INTEGER NOT NULL REFERENCES household(id),
        from_status TEXT,
        to_status TEXT NOT NULL,
        effective_date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        monthly_amount_fen INTEGER NOT NULL DEFAULT 0,
        covered_count INTEGER NOT NULL DEFAULT 0,
        recorded_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX status_history_household ON status_history(household_id, id)",
    "CREATE INDEX status_history_to ON status_history(to_status, effective_date)",
    R"(CREATE TABLE benefit_standard (
        id INTEGER PRIMARY KEY,
        effective_date TEXT NOT NULL UNIQUE,
        monthly_fen_per_person INTEGER NOT NULL CHECK (monthly_fen_per_person > 0),
        note TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        operator TEXT NOT NULL,
        action TEXT NOT NULL,
        entity TEXT NOT NULL,
        entity_id INTEGER NOT NULL,
        household_id INTEGER,
        old_value TEXT NOT NULL,
        new_value TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    "CREATE INDEX audit_household ON audit_log(household_id, seq)",
};

} // namespace

Migration Migrations::version1()
{
    return {1, {std::begin(kStatements), std::end(kStatements)}, nullptr};
}
