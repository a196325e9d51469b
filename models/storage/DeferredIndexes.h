#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <utility>

class SqliteStatement;

// A first import fills an (almost) empty roster: building the indexes of the tables it writes once from their rows
// is about half the work of keeping them up to date row by row. The caller's transaction covers both steps, so a
// failure or a cancellation leaves the indexes as they were.
class DeferredIndexes
{
public:
    explicit DeferredIndexes(const QSqlDatabase &db);
    QSqlError lastError() const { return m_error; }

    // Drops the indexes of person, household and status_history; rebuild() makes them again from their rows.
    bool drop();
    bool rebuild();

private:
    bool fail(const SqliteStatement &statement);

    QSqlDatabase m_db;
    QList<std::pair<QString, QByteArray>> m_indexes; // name, CREATE INDEX statement
    QSqlError m_error;
};
