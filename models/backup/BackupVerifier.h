#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Checks that a file is a complete, undamaged Dibao Workbench database whose audit log is intact, without
// changing it or anything beside it (it is opened read-only as immutable). Every refusal names the file.
class BackupVerifier
{
    Q_DECLARE_TR_FUNCTIONS(BackupVerifier)

public:
    struct Report
    {
        Result result;
        qint64 bytes = 0;
        int schemaVersion = 0;
        qint64 auditRecords = 0;
        qint64 households = 0;
        QString office; // the township's name, if set up
        QDateTime lastChange; // the newest audit record's time
    };

    // Messages name shownAs (default: path) — e.g. the backup a temporary copy was made from.
    static Report verify(const QString &path, const QString &shownAs = {});
    // What can be seen without SQLite: a file, not empty, an SQLite header, as long as the header says, no
    // unmerged write-ahead log beside it. Cheap: for refusing a text file before copying it.
    static Result checkFile(const QString &path, const QString &shownAs = {});
    // The schema version an SQLite file's header records (PRAGMA user_version) without opening it; 0 if none.
    static int headerSchemaVersion(const QString &path);
};
