#include "storage/Database.h"
#include "storage/migrations/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {

// Version 6: the roster looks up names and ID numbers among current members only (the partial indexes of
// versions 1 and 4); indexes over every member ever recorded only slowed each write.
// It also spells the household's status check as comparisons: SQLite builds a table for an IN list each time an
// INSERT runs, which made writing a household three times as slow as writing a member. The two checks accept the
// same values, so only the schema's text changes (SQLite's documented writable_schema procedure; see
// rewriteStatusCheckText()).
const char *const kStatements[] = {
    "DROP INDEX IF EXISTS person_id_number",
    "DROP INDEX IF EXISTS person_name",
};

QSqlError rewriteStatusCheckText(QSqlQuery &q)
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

Result rewriteStatusCheck(Database &db, QSqlQuery &q)
{
    const QSqlError error = rewriteStatusCheckText(q);
    return error.type() == QSqlError::NoError ? Result::success() : db.failure(error);
}

} // namespace

Migration Migrations::version6()
{
    return {6, {std::begin(kStatements), std::end(kStatements)}, rewriteStatusCheck};
}
