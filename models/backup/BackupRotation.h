#pragma once

#include "backup/BackupFile.h"

#include <QList>

// Which automatic backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 12 months on which
// automatic backups were made. Counting days that have a backup (not calendar days back from today) means a
// wrong clock or a long holiday never empties the folder. Manual and replaced files are never touched.
class BackupRotation
{
public:
    static constexpr int KeepDays = 7;
    static constexpr int KeepWeeks = 4;
    static constexpr int KeepMonths = 12;

    // The automatic backups among files that are to be removed.
    static QList<BackupFile> expired(const QList<BackupFile> &files);
};
