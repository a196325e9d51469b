#include "storage/Schema.h"

#include "core/NameOrder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {

// Schema version 1. Money in integer fen, dates ISO-8601 text, ID numbers upper-case text.
const char *const kSchemaV1[] = {
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

// Version 2: named column mappings for roster imports (导入方案).
const char *const kSchemaV2[] = {
    R"(CREATE TABLE import_profile (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
};

// Version 3: finds the households with no current member at once (the roster search's complement).
const char *const kSchemaV3[] = {
    "CREATE INDEX household_empty ON household(id) WHERE member_count = 0",
};

// Version 4: the roster search reads the household of each matching member from the index alone.
const char *const kSchemaV4[] = {
    "CREATE INDEX person_current_name ON person(name, household_id) WHERE left_date IS NULL",
    "CREATE INDEX person_current_id_household ON person(id_number, household_id) WHERE left_date IS NULL",
};

// Version 5: the campaign's ledgers — checklist templates and inspections, evidence files, rectifications,
// complaints, typical cases and the reporting calendar — and the household's last review (复核).
const char *const kSchemaV5[] = {
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

// Version 6: the roster looks up names and ID numbers among current members only (the partial indexes of
// versions 1 and 4); indexes over every member ever recorded only slowed each write.
// It also spells the household's status check as comparisons: SQLite builds a table for an IN list each time an
// INSERT runs, which made writing a household three times as slow as writing a member. The two checks accept the
// same values, so only the schema's text changes (SQLite's documented writable_schema procedure; see
// rewriteStatusCheck()).
const char *const kSchemaV6[] = {
    "DROP INDEX IF EXISTS person_id_number",
    "DROP INDEX IF EXISTS person_name",
};

} // namespace

QSqlError Schema::rewriteStatusCheck(QSqlQuery &q)
{
    if (!q.exec(QStringLiteral("PRAGMA schema_version")) || !q.next())
        return q.lastError();
    const qint64 schemaVersion = q.value(0).toLongLong();
    q.finish();
    const QString sql
        = QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, "
                         "'CHECK (status IN (''applying'',''active'',''suspended'',''exited'',''rejected''))', "
                         "'CHECK (status = ''applying'' OR status = ''active'' OR status = ''suspended''\n"
                         "            OR status = ''exited'' OR status = ''rejected'')') "
                         "WHERE type = 'table' AND name = 'household'");
    const bool ok = q.exec(QStringLiteral("PRAGMA writable_schema = ON")) && q.exec(sql)
        && q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1));
    QSqlError error = ok ? QSqlError() : q.lastError();
    if (!q.exec(QStringLiteral("PRAGMA writable_schema = OFF")))
        return q.lastError();
    return error;
}

namespace {

// Version 7: a township's real roster and true monthly figures.
// - status_history says what each row sets: the amount (sets_amount) and the covered persons (sets_covered) it was
//   recorded with, or only carries them on from the rows before (a status change). A change dated in the past is
//   carried into the later rows that only carried the old value. paid_from is the first month (YYYY-MM) for which
//   the benefit in force is payable: the month after approval, or the start month a roster file gives.
// - person: the date a member joined (births, moves in; NULL: since the household's start), and the words a roster
//   file used for the relation and the disability, with the disability certificate number (残疾人证号).
// - office: its address; the category top-ups (分类施保) by month; and a log of the official tables printed or
//   exported, so that a change into a month already reported asks first.
const char *const kSchemaV7[] = {
    "ALTER TABLE status_history ADD COLUMN sets_amount INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE status_history ADD COLUMN sets_covered INTEGER NOT NULL DEFAULT 1",
    "ALTER TABLE status_history ADD COLUMN paid_from TEXT",
    // Rows that changed the status only carried the figures on.
    // NOLINTNEXTLINE(bugprone-suspicious-missing-comma): one statement over two lines
    "UPDATE status_history SET sets_amount = 0, sets_covered = 0 WHERE from_status IS NOT NULL "
    "AND from_status <> to_status",
    // Rows of benefit in force: payable from the household's start month where it has one, else from the month after
    // the change (the procedure pays from the month after approval).
    R"(UPDATE status_history SET paid_from = COALESCE(
        (SELECT h.start_period FROM household h WHERE h.id = status_history.household_id
            AND h.start_period IS NOT NULL AND h.start_period <> ''),
        strftime('%Y-%m', effective_date, 'start of month', '+1 month')))",
    "ALTER TABLE person ADD COLUMN joined_date TEXT",
    "ALTER TABLE person ADD COLUMN relation_text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person ADD COLUMN disability_text TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE person ADD COLUMN disability_certificate TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE office ADD COLUMN address TEXT NOT NULL DEFAULT ''",
    R"(CREATE TABLE category_supplement (
        id INTEGER PRIMARY KEY,
        category TEXT NOT NULL,
        effective_month TEXT NOT NULL,
        amount_fen INTEGER CHECK (amount_fen IS NULL OR amount_fen >= 0),
        share_permille INTEGER CHECK (share_permille IS NULL OR share_permille BETWEEN 0 AND 1000),
        note TEXT NOT NULL DEFAULT '',
        CHECK ((amount_fen IS NULL) <> (share_permille IS NULL)),
        UNIQUE (category, effective_month)))",
    R"(CREATE TABLE report_output (
        id INTEGER PRIMARY KEY,
        report TEXT NOT NULL,
        period TEXT NOT NULL,
        format TEXT NOT NULL,
        output_at TEXT NOT NULL,
        operator TEXT NOT NULL DEFAULT '',
        file_name TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX report_output_period ON report_output(period)",
};

// Version 8: names in pinyin order. Each person carries the collation key of the name (core/NameOrder), written with
// the name; the roster sorts households by their heads' keys. Rows written by another program have none and sort
// after the rest, by their text.
const char *const kSchemaV8[] = {
    "ALTER TABLE person ADD COLUMN name_key BLOB",
};

} // namespace

QSqlError Schema::fillNameKeys(QSqlQuery &q)
{
    QList<std::pair<qint64, QString>> names;
    if (!q.exec(QStringLiteral("SELECT id, name FROM person")))
        return q.lastError();
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!q.prepare(QStringLiteral("UPDATE person SET name_key = ? WHERE id = ?")))
        return q.lastError();
    for (const auto &[id, name] : std::as_const(names)) {
        q.bindValue(0, NameOrder::key(name));
        q.bindValue(1, id);
        if (!q.exec())
            return q.lastError();
    }
    return {};
}

QList<const char *> Schema::statements(int version)
{
    struct Step
    {
        const char *const *begin;
        const char *const *end;
    };
    // A later version adds its kSchemaV8… here and raises Database::SchemaVersion.
    static const Step steps[]
        = {{std::begin(kSchemaV1), std::end(kSchemaV1)}, {std::begin(kSchemaV2), std::end(kSchemaV2)},
            {std::begin(kSchemaV3), std::end(kSchemaV3)}, {std::begin(kSchemaV4), std::end(kSchemaV4)},
            {std::begin(kSchemaV5), std::end(kSchemaV5)}, {std::begin(kSchemaV6), std::end(kSchemaV6)},
            {std::begin(kSchemaV7), std::end(kSchemaV7)}, {std::begin(kSchemaV8), std::end(kSchemaV8)}};
    static_assert(std::size(steps) == LatestVersion);
    if (version < 1 || version > LatestVersion)
        return {};
    const Step &step = steps[version - 1];
    return QList<const char *>(step.begin, step.end);
}
