#include "storage/migrations/Migrations.h"

#include <iterator>

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
const char *const kStatements[] = {
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

} // namespace

Migration Migrations::version7()
{
    return {7, {std::begin(kStatements), std::end(kStatements)}, nullptr};
}
