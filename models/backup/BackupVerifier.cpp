#include "backup/BackupVerifier.h"

#include "backup/FileConnection.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>

#include <thread>

namespace {

quint32 bigEndian32(const QByteArray &header, int offset)
{
    return qFromBigEndian<quint32>(header.constData() + offset);
}

} // namespace

Result BackupVerifier::checkFile(const QString &path, const QString &shownAs)
{
    const QString name = QDir::toNativeSeparators(shownAs.isEmpty() ? path : shownAs);
    const QFileInfo info(path);
    if (!info.exists())
        return Result::rejected(tr("There is no file %1.").arg(name));
    if (info.isDir())
        return Result::rejected(tr("%1 is a folder, not a backup file.").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::failed(tr("Cannot read %1 (%2).").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size == 0)
        return Result::rejected(tr("%1 is empty: it is not a backup.").arg(name));
    const QByteArray header = file.read(100);
    if (!header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return Result::rejected(tr("%1 is not a Dibao Workbench backup: it is not an SQLite database file.").arg(name));
    // The header's page size and page count (valid when its "version valid for" equals the change counter)
    // say how long the file must be: a copy cut short is refused before SQLite reads a page of it.
    const auto incomplete = [&](qint64 needed) {
        return Result::rejected(tr("%1 is incomplete: it ends after %2 bytes, but the database in it needs %3 bytes. "
                                   "The copy was cut short (a full disk, or a USB stick removed too early).")
                                    .arg(name)
                                    .arg(size)
                                    .arg(needed));
    };
    if (header.size() < 100)
        return incomplete(100);
    const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
    const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) != 0)
        return Result::rejected(tr("%1 is damaged: its header is not valid.").arg(name));
    const quint32 pages = bigEndian32(header, 28);
    if (pages > 0 && bigEndian32(header, 92) == bigEndian32(header, 24) && size < qint64(pages) * pageSize)
        return incomplete(qint64(pages) * pageSize);
    if (size % pageSize != 0)
        return incomplete((size / pageSize + 1) * pageSize);
    // Changes still in a write-ahead log beside the file are not in it: that is a database in use, not a backup.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return Result::rejected(
            tr("%1 has changes beside it in %2 that are not in the file itself: it is a database "
               "in use (or not closed properly), not a backup. Make a backup with File > Back up... "
               "or dibao-cli backup create instead.")
                .arg(name, QDir::toNativeSeparators(wal.filePath())));
    return Result::success();
}

int BackupVerifier::headerSchemaVersion(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return 0;
    return qFromBigEndian<qint32>(header.constData() + 60);
}

BackupVerifier::Report BackupVerifier::verify(const QString &path, const QString &shownAs)
{
    Report report;
    const QString name = QDir::toNativeSeparators(shownAs.isEmpty() ? path : shownAs);
    report.bytes = QFileInfo(path).size();
    report.result = checkFile(path, shownAs);
    if (!report.result)
        return report;
    FileConnection file(path, FileConnection::Mode::Snapshot);
    const auto damaged = [&](const QString &detail) {
        return Result::rejected(tr("%1 is damaged and cannot be read (%2).").arg(name, detail));
    };
    if (!file.isOpen()) {
        report.result = damaged(file.errorText());
        return report;
    }
    const QSqlDatabase db = file.database();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master "
                               "WHERE type = 'table' AND name IN ('meta', 'household', 'audit_log')"))
        || !q.next()) {
        report.result = damaged(q.lastError().databaseText());
        return report;
    }
    const int dibaoTables = q.value(0).toInt();
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        report.result = damaged(q.lastError().databaseText());
        return report;
    }
    report.schemaVersion = q.value(0).toInt();
    if (report.schemaVersion > Database::SchemaVersion) {
        report.result = Result::rejected(tr("%1 was made by a newer version of Dibao Workbench (schema %2; this "
                                            "program knows %3). Install the newer version to use it.")
                                             .arg(name)
                                             .arg(report.schemaVersion)
                                             .arg(Database::SchemaVersion));
        return report;
    }
    if (report.schemaVersion < 1 || dibaoTables < 3) {
        report.result = Result::rejected(tr("%1 is an SQLite file, but not a Dibao Workbench database.").arg(name));
        return report;
    }

    // The audit chain is checked on a thread and connection of its own while SQLite checks the pages: on a database
    // of 200 MB the two take about 2 s and 0.3 s of a processor.
    AuditLog::Verdict verdict;
    std::jthread chain([&verdict, path] {
        const FileConnection own(path, FileConnection::Mode::Snapshot);
        verdict = AuditLog::verify(own.database());
    });
    if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
        report.result = damaged(q.lastError().databaseText());
        return report;
    }
    QStringList problems;
    while (q.next() && problems.size() < 3)
        problems.append(q.value(0).toString());
    q.finish();
    if (problems != QStringList {QStringLiteral("ok")}) {
        report.result = Result::rejected(tr("%1 is damaged: SQLite's integrity check reports \"%2\".")
                                             .arg(name, problems.join(QStringLiteral("; "))));
        return report;
    }
    chain.join();
    report.auditRecords = verdict.records;
    if (!verdict.ok) {
        report.result = Result::rejected(tr("%1: the audit log is broken at record %2 (%3). The file was changed "
                                            "outside Dibao Workbench after it was written; it cannot be trusted.")
                                             .arg(name)
                                             .arg(verdict.firstBadSeq)
                                             .arg(verdict.reason));
        return report;
    }

    if (q.exec(QStringLiteral("SELECT count(*) FROM household")) && q.next())
        report.households = q.value(0).toLongLong();
    if (q.exec(QStringLiteral("SELECT name FROM office WHERE id = 1")) && q.next())
        report.office = q.value(0).toString();
    if (q.exec(QStringLiteral("SELECT at FROM audit_log ORDER BY seq DESC LIMIT 1")) && q.next())
        report.lastChange = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
    q.finish();
    report.result = Result::success();
    return report;
}
