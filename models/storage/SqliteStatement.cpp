#include "storage/SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

sqlite3 *SqliteStatement::handle(const QSqlDatabase &db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(h.constData());
}

SqliteStatement::SqliteStatement(const QSqlDatabase &db, const char *sql)
    : m_db(handle(db))
{
    if (!m_db) {
        m_errorCode = SQLITE_MISUSE;
        return;
    }
    m_errorCode = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr);
    if (m_errorCode != SQLITE_OK)
        m_statement = nullptr;
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::errorText() const
{
    if (!m_db)
        return QStringLiteral("not an SQLite connection");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

QSqlError SqliteStatement::lastError() const
{
    if (m_errorCode == 0)
        return QSqlError();
    return QSqlError(QString(), errorText(), QSqlError::StatementError, QString::number(m_errorCode));
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bind(int index, const QString &text)
{
    bindUtf8(index, text.toUtf8());
}

void SqliteStatement::bindUtf8(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindBlobStatic(int index, const QByteArray &bytes)
{
    sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8Static(int index, const QByteArray &utf8)
{
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

bool SqliteStatement::step()
{
    if (!m_statement)
        return false;
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    m_errorCode = rc == SQLITE_DONE ? 0 : (rc & 0xff);
    return false;
}

bool SqliteStatement::exec()
{
    while (step()) { }
    const bool ok = m_statement && m_errorCode == 0;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (m_statement)
        sqlite3_reset(m_statement);
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

const char *SqliteStatement::utf8(int column) const
{
    return reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
}

int SqliteStatement::bytes(int column) const
{
    return sqlite3_column_bytes(m_statement, column);
}

QString SqliteStatement::text(int column) const
{
    const char *data = utf8(column);
    return data ? QString::fromUtf8(data, bytes(column)) : QString();
}

DataStamp DataStamp::of(const QSqlDatabase &db)
{
    DataStamp stamp;
    sqlite3 *h = SqliteStatement::handle(db);
    if (!h)
        return stamp;
    stamp.ownChanges = sqlite3_total_changes64(h);
    SqliteStatement version(db, "PRAGMA data_version");
    if (version.step())
        stamp.dataVersion = version.int64(0);
    return stamp;
}
