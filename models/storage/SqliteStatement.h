#pragma once

#include <QByteArray>
#include <QString>

class QSqlDatabase;
class QSqlError;
struct sqlite3;
struct sqlite3_stmt;

// A prepared statement on the connection's own sqlite3 handle, for the few loops where QSqlQuery's
// per-row cost dominates (search totals over tens of thousands of members, bulk imports). Qt's
// QSQLITE driver on Debian links the system libsqlite3, the same library this one does.
class SqliteStatement
{
public:
    SqliteStatement(const QSqlDatabase &db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // SQLite's own message for the last failure (prepare or step).
    QString errorText() const;
    // SQLite's primary result code of the last failure (SQLITE_FULL, SQLITE_BUSY...), 0 if none.
    int errorCode() const { return m_errorCode; }
    bool failed() const { return m_errorCode != 0; } // after a loop of step(): it ended on an error, not the end
    // The last failure as the Qt driver would report it, for Database::failure().
    QSqlError lastError() const;

    // Parameters count from 1, as in SQLite. Text is copied (SQLITE_TRANSIENT).
    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    void bindUtf8(int index, const QByteArray &utf8);
    // Without a copy, for bulk writes: the bytes must stay as they are until the parameter is bound again or
    // the statement is finalised.
    void bindUtf8Static(int index, const QByteArray &utf8);
    // Bytes, not text (a collation key), without a copy as bindUtf8Static().
    void bindBlobStatic(int index, const QByteArray &bytes);
    void bindNull(int index);

    // True while there is a row; false when done or on error (then errorCode() is set).
    bool step();
    // Runs a statement that returns no rows; false on error.
    bool exec();
    void reset();

    qint64 int64(int column) const;
    bool isNull(int column) const;
    // The column's UTF-8 bytes, valid until the next step or reset.
    const char *utf8(int column) const;
    int bytes(int column) const;
    QString text(int column) const;

    static sqlite3 *handle(const QSqlDatabase &db);

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    int m_errorCode = 0;
};

// Changes to the file since a moment: SQLite's data_version (other connections' commits) together with
// this connection's own row changes. Equal stamps mean nothing was written in between.
struct DataStamp
{
    qint64 dataVersion = -1;
    qint64 ownChanges = -1;
    bool operator==(const DataStamp &) const = default;
    static DataStamp of(const QSqlDatabase &db);
};
