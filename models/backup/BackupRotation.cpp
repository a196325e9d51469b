#include "backup/BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

QList<BackupFile> BackupRotation::expired(const QList<BackupFile> &files)
{
    QList<BackupFile> automatic;
    for (const BackupFile &f : files) {
        if (f.kind == BackupFile::Kind::Automatic)
            automatic.append(f);
    }
    std::sort(automatic.begin(), automatic.end(), &BackupFile::newerFirst);

    QSet<qsizetype> keep;
    const auto keepNewestPer = [&](int buckets, const std::function<qint64(const QDate &)> &bucketOf) {
        QSet<qint64> seen;
        for (qsizetype i = 0; i < automatic.size() && seen.size() < buckets; ++i) {
            const qint64 bucket = bucketOf(automatic.at(i).made.date());
            if (!seen.contains(bucket)) {
                seen.insert(bucket);
                keep.insert(i);
            }
        }
    };
    keepNewestPer(KeepDays, [](const QDate &d) { return d.toJulianDay(); });
    keepNewestPer(KeepWeeks, [](const QDate &d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    keepNewestPer(KeepMonths, [](const QDate &d) { return qint64(d.year()) * 100 + d.month(); });

    QList<BackupFile> out;
    for (qsizetype i = 0; i < automatic.size(); ++i) {
        if (!keep.contains(i))
            out.append(automatic.at(i));
    }
    return out;
}
