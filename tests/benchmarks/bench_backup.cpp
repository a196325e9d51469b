// Backups benchmark (issue 10 item 7): on one database, in this process alone,
//  - making a verified backup (VACUUM INTO, fsync, integrity check, audit chain, rename): backup.create_ms,
//  - checking a backup on its own: backup.verify_ms,
//  - restoring it over a copy of the database (copy beside it, check, keep the replaced file, rename):
//    backup.restore_ms.
// Each is timed DIBAO_BENCH_RUNS times (3 unless set) and the median reported.
//
//   bench_backup --db FILE --out DIR [--column LABEL] [--suffix @2000]
//
// Prints BenchSupport JSON lines; without --suffix the figures carry the targets.

#include "BenchSupport.h"
#include "backup/BackupService.h"
#include "backup/DurableFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <optional>

using BenchSupport::msSince;
using BenchSupport::option;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString path = option(args, QStringLiteral("--db"));
    const QString outDir = option(args, QStringLiteral("--out"));
    const QString suffix = option(args, QStringLiteral("--suffix"));
    QString column = option(args, QStringLiteral("--column"));
    if (path.isEmpty() || outDir.isEmpty()) {
        err << "usage: bench_backup --db FILE --out DIR [--column LABEL] [--suffix @SIZE]" << Qt::endl;
        return 1;
    }
    if (column.isEmpty())
        column = suffix.isEmpty() ? QStringLiteral("value") : suffix.mid(1);
    const bool withTargets = suffix.isEmpty();
    const auto target = [&](double value) { return withTargets ? std::optional<double>(value) : std::nullopt; };
    const int runs = qMax(
        1, qEnvironmentVariableIntValue("DIBAO_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("DIBAO_BENCH_RUNS") : 3);
    QDir(outDir).removeRecursively();
    const QDir out(outDir);
    QDir().mkpath(out.filePath(QStringLiteral("backups")));

    const BackupService source(path, out.filePath(QStringLiteral("backups")));
    QList<double> creates;
    BackupFile made;
    for (int i = 0; i < runs; ++i) {
        if (!made.path.isEmpty())
            QFile::remove(made.path);
        QElapsedTimer t;
        t.start();
        if (const Result r = source.create(BackupFile::Kind::Manual, &made); !r) {
            err << "bench_backup: create: " << r.message() << Qt::endl;
            return 3;
        }
        creates << msSince(t);
    }
    err << "bench_backup: backup of " << path << ": " << double(made.bytes) / 1048576.0 << " MB" << Qt::endl;

    QList<double> verifies;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (const BackupVerifier::Report report = BackupVerifier::verify(made.path); !report.result) {
            err << "bench_backup: verify: " << report.result.message() << Qt::endl;
            return 3;
        }
        verifies << msSince(t);
    }

    // Restored over a copy of the database, never over the demo database itself.
    const QString scratch = out.filePath(QStringLiteral("restore-target.sqlite"));
    const BackupService restorer(scratch, out.filePath(QStringLiteral("replaced")));
    QList<double> restores;
    for (int i = 0; i < runs; ++i) {
        QFile::remove(scratch);
        if (const Result r = DurableFile::copy(path, scratch); !r) {
            err << "bench_backup: " << r.message() << Qt::endl;
            return 3;
        }
        QElapsedTimer t;
        t.start();
        if (const Result r = restorer.restore(made.path); !r) {
            err << "bench_backup: restore: " << r.message() << Qt::endl;
            return 3;
        }
        restores << msSince(t);
        QDir(out.filePath(QStringLiteral("replaced"))).removeRecursively();
    }

    using BenchSupport::emitResult;
    emitResult(QStringLiteral("backup.create_ms") + suffix, BenchSupport::percentile(creates, 50), QStringLiteral("ms"),
        target(3000), column);
    emitResult(QStringLiteral("backup.verify_ms") + suffix, BenchSupport::percentile(verifies, 50),
        QStringLiteral("ms"), std::nullopt, column);
    emitResult(QStringLiteral("backup.restore_ms") + suffix, BenchSupport::percentile(restores, 50),
        QStringLiteral("ms"), target(5000), column);
    emitResult(QStringLiteral("backup.size_mb") + suffix, double(made.bytes) / 1048576.0, QStringLiteral("MB"),
        std::nullopt, column);
    QDir(outDir).removeRecursively();
    return 0;
}
