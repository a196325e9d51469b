#pragma once

#include <QSqlDatabase>
#include <QString>

// A connection of its own to an SQLite file, without Database's pragmas and migrations, closed with the object.
// Snapshot opens the file read-only as immutable: SQLite neither locks it nor creates a -wal or -shm beside it,
// so checking a backup changes nothing in its folder. Existing opens an existing file for reading and writing
// (never creating one).
class FileConnection
{
public:
    enum class Mode { Snapshot, Existing };

    FileConnection(const QString &path, Mode mode);
    ~FileConnection();
    FileConnection(const FileConnection &) = delete;
    FileConnection &operator=(const FileConnection &) = delete;

    bool isOpen() const { return m_open; }
    // The driver's message when the file could not be opened.
    QString errorText() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
    bool m_open = false;
};
