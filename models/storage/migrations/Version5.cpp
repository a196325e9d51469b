#include "ledgers/LedgerDefaults.h"
#include "storage/Database.h"
#include "storage/migrations/Migrations.h"

#include <QSqlQuery>

#include <iterator>

namespace {

// Version 5: the campaign's ledgers — checklist templates and inspections, evidence files, rectifications,
// complaints, typical cases and the reporting calendar — and the household's last review (复核).
const char *const kStatements[] = {
    "ALTER TABLE household ADD COLUMN review_date TEXT",
    "ALTER TABLE office ADD COLUMN complaint_days INTEGER NOT NULL DEFAULT 30",
    R"(CREATE TABLE checklist_template (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL,
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        name_en TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        UNIQUE (code, version)))",
    R"(CREATE TABLE checklist_item (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_template(id),
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        link TEXT NOT NULL,
        problem_types TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL,
        text_en TEXT NOT NULL DEFAULT '',
        data_check TEXT NOT NULL DEFAULT '',
        UNIQUE (template_id, code)))",
    R"(CREATE TABLE inspection (
        id INTEGER PRIMARY KEY,
        template_id INTEGER NOT NULL REFERENCES checklist_template(id),
        name TEXT NOT NULL,
        period TEXT NOT NULL,
        inspection_date TEXT NOT NULL,
        participants TEXT NOT NULL DEFAULT '',
        closed_at TEXT,
        closed_by TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE inspection_answer (
        id INTEGER PRIMARY KEY,
        inspection_id INTEGER NOT NULL REFERENCES inspection(id),
        item_id INTEGER NOT NULL REFERENCES checklist_item(id),
        result TEXT CHECK (result IN ('compliant','problem','na')),
        description TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        answered_at TEXT,
        UNIQUE (inspection_id, item_id)))",
    R"(CREATE TABLE inspection_answer_household (
        answer_id INTEGER NOT NULL REFERENCES inspection_answer(id),
        household_id INTEGER NOT NULL REFERENCES household(id),
        PRIMARY KEY (answer_id, household_id)))",
    R"(CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        owner TEXT NOT NULL CHECK (owner IN ('answer','rectification','complaint')),
        owner_id INTEGER NOT NULL,
        file_name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        content BLOB NOT NULL,
        added_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX evidence_owner ON evidence(owner, owner_id)",
    R"(CREATE TABLE rectification (
        id INTEGER PRIMARY KEY,
        problem TEXT NOT NULL,
        source TEXT NOT NULL DEFAULT 'manual',
        source_id INTEGER,
        measures TEXT NOT NULL DEFAULT '',
        responsible TEXT NOT NULL DEFAULT '',
        deadline TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open','in_progress','done','signed_off')),
        completed_date TEXT,
        completion_note TEXT NOT NULL DEFAULT '',
        reviewer TEXT NOT NULL DEFAULT '',
        signed_off_date TEXT,
        created_date TEXT NOT NULL))",
    "CREATE INDEX rectification_source ON rectification(source, source_id)",
    R"(CREATE TABLE rectification_household (
        rectification_id INTEGER NOT NULL REFERENCES rectification(id),
        household_id INTEGER NOT NULL REFERENCES household(id),
        PRIMARY KEY (rectification_id, household_id)))",
    R"(CREATE TABLE complaint (
        id INTEGER PRIMARY KEY,
        received_date TEXT NOT NULL,
        channel TEXT NOT NULL,
        anonymous INTEGER NOT NULL DEFAULT 0,
        reporter_name TEXT NOT NULL DEFAULT '',
        reporter_contact TEXT NOT NULL DEFAULT '',
        household_id INTEGER REFERENCES household(id),
        person_id INTEGER REFERENCES person(id),
        subject_text TEXT NOT NULL DEFAULT '',
        village_id INTEGER REFERENCES village(id),
        problem_type TEXT,
        summary TEXT NOT NULL DEFAULT '',
        handler TEXT NOT NULL DEFAULT '',
        due_date TEXT,
        transferred_date TEXT,
        transfer_body TEXT NOT NULL DEFAULT '',
        transfer_reference TEXT NOT NULL DEFAULT '',
        finding TEXT,
        feedback_date TEXT,
        feedback_method TEXT NOT NULL DEFAULT '',
        closed_date TEXT))",
    R"(CREATE TABLE complaint_step (
        id INTEGER PRIMARY KEY,
        complaint_id INTEGER NOT NULL REFERENCES complaint(id),
        step_date TEXT NOT NULL,
        text TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        recorded_at TEXT NOT NULL))",
    "CREATE INDEX complaint_step_complaint ON complaint_step(complaint_id, id)",
    R"(CREATE TABLE typical_case (
        id INTEGER PRIMARY KEY,
        month TEXT NOT NULL,
        title TEXT NOT NULL,
        summary TEXT NOT NULL DEFAULT '',
        problem_type TEXT,
        persons TEXT NOT NULL DEFAULT '',
        handling TEXT NOT NULL DEFAULT '',
        funds_recovered_fen INTEGER NOT NULL DEFAULT 0 CHECK (funds_recovered_fen >= 0),
        source TEXT NOT NULL DEFAULT 'manual',
        source_id INTEGER))",
    "CREATE INDEX typical_case_month ON typical_case(month)",
    R"(CREATE TABLE calendar_item (
        id INTEGER PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        title_en TEXT NOT NULL DEFAULT '',
        monthly INTEGER NOT NULL DEFAULT 0,
        month INTEGER NOT NULL DEFAULT 0,
        day INTEGER NOT NULL CHECK (day BETWEEN 1 AND 31),
        note TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE calendar_submission (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES calendar_item(id),
        due_date TEXT NOT NULL,
        submitted_date TEXT NOT NULL,
        submitted_by TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT '',
        UNIQUE (item_id, due_date)))",
};

// The shipped checklist and the notice's calendar, so that a new database is ready for the campaign.
Result installLedgerDefaults(Database &db, QSqlQuery &)
{
    return LedgerDefaults::install(db.connection(), db.now());
}

} // namespace

Migration Migrations::version5()
{
    return {5, {std::begin(kStatements), std::end(kStatements)}, installLedgerDefaults};
}
