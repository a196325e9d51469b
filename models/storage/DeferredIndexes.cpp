#include "storage/DeferredIndexes.h"

#include "storage/SqliteStatement.h"

DeferredIndexes::DeferredIndexes(const QSqlDatabase &db)
    : m_db(db)
{
    SqliteStatement list(db,
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
        "tbl_name IN ('person', 'household', 'status_history')");
    while (list.step())
        m_indexes.append({list.text(0), QByteArray(list.utf8(1), list.bytes(1))});
    m_error = list.lastError();
}

bool DeferredIndexes::drop()
{
    for (const auto &[name, sql] : m_indexes) {
        SqliteStatement statement(m_db, QByteArray("DROP INDEX \"" + name.toUtf8() + '"').constData());
        if (!statement.exec())
            return fail(statement);
    }
    return true;
}

bool DeferredIndexes::rebuild()
{
    for (const auto &[name, sql] : m_indexes) {
        SqliteStatement statement(m_db, sql.constData());
        if (!statement.exec())
            return fail(statement);
    }
    return true;
}

bool DeferredIndexes::fail(const SqliteStatement &statement)
{
    m_error = statement.lastError();
    return false;
}
