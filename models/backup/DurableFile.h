#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// Files that must be on the disk before the program says so: copies streamed in blocks (a database of 100 MB
// is never read into memory) and synced, folders synced after a rename, and renames that replace a file in one
// step.
class DurableFile
{
    Q_DECLARE_TR_FUNCTIONS(DurableFile)

public:
    // Flushes the file's data to the disk (fsync).
    static Result sync(const QString &path);
    // Flushes a folder's entries, so that a rename or a new file in it survives a power cut (nothing on Windows).
    static Result syncFolder(const QString &folder);
    // Copies from into a new file to and syncs it; on failure nothing is left at to.
    static Result copy(const QString &from, const QString &to);
    // Renames from to to in one step, replacing a file at to.
    static Result replace(const QString &from, const QString &to);
};
