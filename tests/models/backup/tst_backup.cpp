// Verified backups (issue 10 item 7): create, verify, restore, the automatic daily backup and its rotation, and
// dibao-cli backup.
#include "TestSupport.h"
#include "backup/BackupRotation.h"
#include "backup/BackupService.h"
#include "core/AppSettings.h"
#include "roster/RosterRepository.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

namespace {

const QDateTime kNow(QDate(2024, 6, 15), QTime(10, 0));

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Runs plain SQL on a file behind the program's back, as any SQLite tool would.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements)
            ok = ok && q.exec(s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// Every row of the tables that hold the office's data, as text, in a fixed order.
QStringList dump(const QSqlDatabase &db)
{
    QStringList out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : std::as_const(names)) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (q.next()) {
            QStringList values;
            for (int i = 0; i < q.record().count(); ++i)
                values.append(q.value(i).toString());
            out.append(table + u':' + values.join(u'|'));
        }
    }
    return out;
}

QStringList dumpFile(const QString &path)
{
    const QString name = QUuid::createUuid().toString();
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open())
            out = dump(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QStringList namesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QString m_folder;
    QTemporaryDir m_home;

    BackupService service() const
    {
        BackupService s(m_t->path(), m_folder);
        s.setClock([] { return kNow; });
        return s;
    }
    QString addHousehold(const QString &name, int sequence)
    {
        Household h = household(m_t->village1, name, QDate(1955, 3, 4), sequence, 1);
        const Result r = RosterRepository(*m_t->db).createHousehold(h);
        return r ? QString() : r.message();
    }
    // A checked backup of the test database, made now.
    QString makeBackup()
    {
        BackupFile made;
        BackupService s = service();
        const Result r = s.create(BackupFile::Kind::Manual, &made);
        if (!r)
            qWarning("backup failed: %s", qPrintable(r.message()));
        return made.path;
    }
    // Broken copies of a good backup, named after what is wrong with them.
    QString brokenBackup(const QString &kind)
    {
        const QString good = makeBackup();
        QString path = m_t->dir.filePath(kind + QStringLiteral(".sqlite"));
        QFile::remove(path);
        if (kind == QLatin1String("text")) {
            writeFile(path, "户主姓名,公民身份号码\n张三,11010519491231002X\n");
        } else if (kind == QLatin1String("empty")) {
            writeFile(path, QByteArray());
        } else if (kind == QLatin1String("truncated")) {
            const QByteArray bytes = contents(good);
            writeFile(path, bytes.left(bytes.size() / 2));
        } else if (kind == QLatin1String("damaged")) {
            // Page 2 is the root of the first table: overwriting its cell pointers and cells breaks the b-tree.
            QByteArray bytes = contents(good);
            const qint64 pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
            for (qint64 i = pageSize + 8; i < 2 * pageSize; ++i)
                bytes[i] = char(0x5a);
            writeFile(path, bytes);
        } else if (kind == QLatin1String("audit")) {
            QFile::copy(good, path);
            tamper(path, {QStringLiteral("UPDATE audit_log SET operator = '王五' WHERE seq = 3")});
        } else if (kind == QLatin1String("newer")) {
            QFile::copy(good, path);
            tamper(path, {QStringLiteral("PRAGMA user_version = %1").arg(Database::SchemaVersion + 1)});
        } else if (kind == QLatin1String("foreign")) {
            tamper(path,
                {QStringLiteral("CREATE TABLE notes (text TEXT)"),
                    QStringLiteral("INSERT INTO notes VALUES ('not ours')")});
        }
        QFile::remove(good);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // dibao-cli must not read or write the developer's own settings and backups.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
    }

    void init()
    {
        m_t = makeDatabase();
        QVERIFY(m_t->db->isOpen());
        m_t->db->setClock([] { return kNow; });
        m_folder = m_t->dir.filePath(QStringLiteral("备份 folder"));
        QCOMPARE(addHousehold(QStringLiteral("张三"), 11), QString());
        QCOMPARE(addHousehold(QStringLiteral("李四"), 21), QString());
    }

    void createWritesACheckedCopy()
    {
        BackupFile made;
        BackupService s = service();
        QVERIFY(s.create(BackupFile::Kind::Manual, &made));
        QCOMPARE(QFileInfo(made.path).fileName(), QStringLiteral("dibao-20240615-100000.sqlite"));
        QCOMPARE(made.kind, BackupFile::Kind::Manual);
        QCOMPARE(made.made, kNow);
        QVERIFY(made.bytes > 0);
        // Nothing else is left in the folder (no temporary file), and the copy needs no log beside it.
        QCOMPARE(namesIn(m_folder), QStringList {QStringLiteral("dibao-20240615-100000.sqlite")});
        QCOMPARE(dumpFile(made.path), dump(m_t->db->connection()));
        const BackupVerifier::Report report = BackupVerifier::verify(made.path);
        QVERIFY2(report.result, qPrintable(report.result.message()));
        QCOMPARE(report.households, 2);
        QCOMPARE(report.schemaVersion, Database::SchemaVersion);
        QCOMPARE(report.auditRecords, AuditLog(*m_t->db).verify().records);
        QCOMPARE(report.office, QStringLiteral("上街镇"));
        // Checking changed nothing in the folder.
        QCOMPARE(namesIn(m_folder), QStringList {QStringLiteral("dibao-20240615-100000.sqlite")});

        // A second backup in the same second gets a name of its own.
        BackupFile second;
        QVERIFY(s.create(BackupFile::Kind::Automatic, &second));
        QVERIFY(s.create(BackupFile::Kind::Manual, &second));
        QCOMPARE(QFileInfo(second.path).fileName(), QStringLiteral("dibao-20240615-100000-2.sqlite"));
        QCOMPARE(s.list()->size(), 3);
        QCOMPARE(s.latest().value()->path, second.path);
    }

    void restoreRoundTrip()
    {
        const QStringList before = dump(m_t->db->connection());
        const QString backup = makeBackup();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(addHousehold(QStringLiteral("王五"), 31), QString());
        const QStringList changed = dump(m_t->db->connection());
        QVERIFY(changed != before);

        m_t->db->close();
        BackupService::Restored restored;
        BackupService s = service();
        const Result r = s.restore(backup, &restored);
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(restored.backup.households, 2);
        QCOMPARE(QFileInfo(restored.replacedPath).fileName(), QStringLiteral("replaced-dibao-20240615-100000.sqlite"));
        QCOMPARE(QFileInfo(restored.replacedPath).absolutePath(), QFileInfo(m_folder).absoluteFilePath());
        // No temporary file, log or journal is left beside the database.
        QCOMPARE(namesIn(m_t->dir.path()).filter(QStringLiteral("test.sqlite")),
            QStringList {QStringLiteral("test.sqlite")});

        QVERIFY(m_t->db->open(m_t->path()));
        QCOMPARE(dump(m_t->db->connection()), before);
        QVERIFY(AuditLog(*m_t->db).verify().ok);
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 2);
        // The database that was replaced is kept whole: restoring it brings the third household back.
        QCOMPARE(dumpFile(restored.replacedPath), changed);
        m_t->db->close();
        QVERIFY(s.restore(restored.replacedPath));
        QVERIFY(m_t->db->open(m_t->path()));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 3);
    }

    void verifyRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database file");
        QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("is empty");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("is incomplete");
        QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("damaged");
        QTest::newRow("altered audit record") << QStringLiteral("audit") << QStringLiteral("broken at record 3");
        QTest::newRow("newer schema") << QStringLiteral("newer") << QStringLiteral("newer version");
        QTest::newRow("another program's database")
            << QStringLiteral("foreign") << QStringLiteral("not a Dibao Workbench database");
    }
    void verifyRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString path = brokenBackup(kind);
        const QByteArray bytes = contents(path);
        const BackupVerifier::Report report = BackupVerifier::verify(path);
        QVERIFY(!report.result);
        QCOMPARE(report.result.kind(), Result::Kind::Rejected);
        QVERIFY2(report.result.message().contains(reason), qPrintable(report.result.message()));
        QVERIFY2(report.result.message().contains(QDir::toNativeSeparators(path)), qPrintable(report.result.message()));
        // Checking changes neither the file nor its folder.
        QCOMPARE(contents(path), bytes);
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
    }

    void verifyRefusesWhatIsNotAFile()
    {
        BackupVerifier::Report report = BackupVerifier::verify(m_t->dir.filePath(QStringLiteral("missing.sqlite")));
        QCOMPARE(report.result.kind(), Result::Kind::Rejected);
        QVERIFY(report.result.message().contains(QLatin1String("There is no file")));
        report = BackupVerifier::verify(m_t->dir.path());
        QCOMPARE(report.result.kind(), Result::Kind::Rejected);
        QVERIFY(report.result.message().contains(QLatin1String("is a folder")));
        // A database in use, with changes still in its log, is not a backup.
        QVERIFY(QFileInfo(m_t->path() + QStringLiteral("-wal")).size() > 0);
        report = BackupVerifier::verify(m_t->path());
        QCOMPARE(report.result.kind(), Result::Kind::Rejected);
        QVERIFY2(report.result.message().contains(QLatin1String("-wal")), qPrintable(report.result.message()));
    }

    void refusedRestoreLeavesDatabaseByteIdentical_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("reason");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("is incomplete");
        QTest::newRow("text file") << QStringLiteral("text") << QStringLiteral("not an SQLite database file");
        QTest::newRow("altered audit record") << QStringLiteral("audit") << QStringLiteral("broken at record 3");
        QTest::newRow("damaged page") << QStringLiteral("damaged") << QStringLiteral("damaged");
    }
    void refusedRestoreLeavesDatabaseByteIdentical()
    {
        QFETCH(QString, kind);
        QFETCH(QString, reason);
        const QString path = brokenBackup(kind);
        m_t->db->close();
        const QByteArray before = contents(m_t->path());
        const QStringList filesBefore = namesIn(m_t->dir.path());
        const QStringList backupsBefore = namesIn(m_folder);
        const Result r = service().restore(path);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(reason) && r.message().contains(QDir::toNativeSeparators(path))
                && r.message().contains(QLatin1String("was not changed")),
            qPrintable(r.message()));
        QCOMPARE(contents(m_t->path()), before);
        QCOMPARE(namesIn(m_t->dir.path()), filesBefore);
        QCOMPARE(namesIn(m_folder), backupsBefore);
    }

    void restoreRefusesDatabaseInUse()
    {
        const QString backup = makeBackup();
        QCOMPARE(addHousehold(QStringLiteral("王五"), 31), QString());
        // The test's connection stays open, as another window's would.
        const Result r = service().restore(backup);
        QCOMPARE(r.kind(), Result::Kind::Failed);
        QVERIFY2(r.message().contains(QLatin1String("open in another")), qPrintable(r.message()));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 3);
        QCOMPARE(namesIn(m_t->dir.path()).filter(QStringLiteral("restoring")), QStringList());
        QCOMPARE(namesIn(m_folder).filter(QStringLiteral("replaced")), QStringList());
    }

    void restoreRefusesTheDatabaseItself()
    {
        m_t->db->close();
        const QByteArray before = contents(m_t->path());
        const Result r = service().restore(m_t->path());
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(QLatin1String("the database itself")), qPrintable(r.message()));
        QCOMPARE(contents(m_t->path()), before);
    }

    void createRefusesBrokenAuditChain()
    {
        QVERIFY(tamper(m_t->path(), {QStringLiteral("UPDATE audit_log SET new_value = '{}' WHERE seq = 5")}));
        const Result r = service().create(BackupFile::Kind::Manual);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(QLatin1String("record 5")) && r.message().contains(QLatin1String("No backup")),
            qPrintable(r.message()));
        QCOMPARE(namesIn(m_folder), QStringList());
    }

    void createFailsIntoAFile()
    {
        const QString notAFolder = m_t->dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(notAFolder, "x"));
        BackupService s(m_t->path(), notAFolder + QStringLiteral("/backups"));
        const Result r = s.create(BackupFile::Kind::Manual);
        QCOMPARE(r.kind(), Result::Kind::Failed);
        QVERIFY2(r.message().contains(QLatin1String("backup folder")), qPrintable(r.message()));
    }

    // No folder yet is no backup yet; a folder that cannot be looked into is a failure, never "no backups" (nor a
    // rotation that removed nothing), and dibao-cli backup list exits with 3.
    void unlistableFolderIsAFailure()
    {
        BackupService none(m_t->path(), m_t->dir.filePath(QStringLiteral("not made yet")));
        QVERIFY(none.list().isOk());
        QVERIFY(none.list()->isEmpty());
        QVERIFY(none.latest().isOk());
        QVERIFY(!none.latest().value());

        const QString notAFolder = m_t->dir.filePath(QStringLiteral("plain-file"));
        QVERIFY(writeFile(notAFolder, "x"));
        BackupService s(m_t->path(), notAFolder);
        const Result listed = s.list().result();
        QCOMPARE(listed.kind(), Result::Kind::Failed);
        QVERIFY2(listed.message().contains(QDir::toNativeSeparators(notAFolder)), qPrintable(listed.message()));
        QCOMPARE(s.latest().result().kind(), Result::Kind::Failed);
        QCOMPARE(s.rotate().kind(), Result::Kind::Failed);
        QVERIFY(s.automaticBackupDue()); // tried, and the backup says why it cannot be made
        m_t->db->close();
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("backup"), QStringLiteral("list"),
                            QStringLiteral("--to"), notAFolder},
                     &out, &err),
            3);
        QVERIFY2(err.contains(QDir::toNativeSeparators(notAFolder)), qPrintable(err));
    }

    void automaticBackupOncePerDay()
    {
        QDateTime now = kNow;
        BackupService s(m_t->path(), m_folder);
        s.setClock([&now] { return now; });
        QVERIFY(s.automaticBackupDue());
        // A manual backup of today does not count.
        QVERIFY(s.create(BackupFile::Kind::Manual));
        QVERIFY(s.automaticBackupDue());
        BackupFile made;
        QVERIFY(s.createAutomatic(&made));
        QCOMPARE(QFileInfo(made.path).fileName(), QStringLiteral("auto-dibao-20240615-100000.sqlite"));
        QVERIFY(!s.automaticBackupDue());
        now = now.addSecs(qint64(6) * 3600);
        QVERIFY(!s.automaticBackupDue());
        now = QDateTime(QDate(2024, 6, 16), QTime(8, 30));
        QVERIFY(s.automaticBackupDue());
    }

    // A year and more of daily automatic backups, two on the last day, beside manual and replaced files and
    // other files: rotation keeps the newest of each of the last 7 days, 4 ISO weeks and 12 months.
    void rotationKeepsDaysWeeksMonths()
    {
        QVERIFY(QDir().mkpath(m_folder));
        const auto touch = [&](const QString &name) { QVERIFY(writeFile(QDir(m_folder).filePath(name), "x")); };
        const QDate last(2024, 6, 15); // a Saturday
        for (QDate d(2023, 3, 1); d <= last; d = d.addDays(1))
            touch(BackupFile::fileName(BackupFile::Kind::Automatic, QDateTime(d, QTime(9, 0))));
        touch(BackupFile::fileName(BackupFile::Kind::Automatic, QDateTime(last, QTime(14, 0))));
        touch(BackupFile::fileName(BackupFile::Kind::Manual, QDateTime(QDate(2022, 1, 5), QTime(9, 0))));
        touch(BackupFile::fileName(BackupFile::Kind::Replaced, QDateTime(QDate(2022, 2, 5), QTime(9, 0))));
        touch(QStringLiteral("notes.txt"));
        touch(QStringLiteral("auto-dibao-copy.sqlite"));

        QStringList removed;
        BackupService s = service();
        QVERIFY(s.rotate(&removed));
        QStringList expected;
        for (int day = 9; day <= 15; ++day) // the last 7 days
            expected << QStringLiteral("auto-dibao-202406%1-%2.sqlite")
                            .arg(day, 2, 10, QLatin1Char('0'))
                            .arg(day == 15 ? QStringLiteral("140000") : QStringLiteral("090000"));
        // The newest of ISO weeks 22 and 21 (weeks 24 and 23 are in the days already).
        expected << QStringLiteral("auto-dibao-20240602-090000.sqlite")
                 << QStringLiteral("auto-dibao-20240526-090000.sqlite");
        // The newest of each of the 11 months before June.
        for (const char *day : {"20240531", "20240430", "20240331", "20240229", "20240131", "20231231", "20231130",
                 "20231031", "20230930", "20230831", "20230731"})
            expected << QStringLiteral("auto-dibao-%1-090000.sqlite").arg(QLatin1String(day));
        expected << QStringLiteral("dibao-20220105-090000.sqlite")
                 << QStringLiteral("replaced-dibao-20220205-090000.sqlite") << QStringLiteral("notes.txt")
                 << QStringLiteral("auto-dibao-copy.sqlite");
        expected.sort();
        QCOMPARE(namesIn(m_folder), expected);
        QCOMPARE(removed.size(), int(QDate(2023, 3, 1).daysTo(last)) + 2 - 20);
        // Running it again removes nothing more.
        removed.clear();
        QVERIFY(s.rotate(&removed));
        QVERIFY(removed.isEmpty());
    }

    void rotationNeverEmptiesAfterALongBreak()
    {
        // Six backups from two years ago and nothing since: all of them are the newest of their day.
        QList<BackupFile> files;
        for (int i = 0; i < 6; ++i) {
            BackupFile f;
            f.kind = BackupFile::Kind::Automatic;
            f.made = QDateTime(QDate(2022, 1, 1 + i), QTime(9, 0));
            f.path = BackupFile::fileName(f.kind, f.made);
            files << f;
        }
        QVERIFY(BackupRotation::expired(files).isEmpty());
    }

    void settingsKnowTheBackupFolder()
    {
        AppSettings settings(m_t->dir.filePath(QStringLiteral("settings.ini")));
        QCOMPARE(settings.value(AppSettings::Key::BackupFolder).toString(), BackupService::defaultFolder());
        QVERIFY(BackupService::defaultFolder().endsWith(QLatin1String("/backups")));
        settings.setValue(AppSettings::Key::BackupFolder, m_folder);
        QCOMPARE(settings.value(AppSettings::Key::BackupFolder).toString(), m_folder);
    }

    void cliBackupCommands()
    {
        m_t->db->close();
        const QString db = m_t->path();
        QString out, err;
        // create
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("create"),
                            QStringLiteral("--to"), m_folder, QStringLiteral("--json")},
                     &out, &err),
            0);
        QJsonObject o = jsonObject(out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("kind")).toString(), QStringLiteral("manual"));
        const QString backup = o.value(QStringLiteral("file")).toString();
        QVERIFY2(
            QFileInfo(backup).isFile() && QFileInfo(backup).absolutePath() == QFileInfo(m_folder).absoluteFilePath(),
            qPrintable(out));
        QCOMPARE(o.value(QStringLiteral("bytes")).toInteger(), QFileInfo(backup).size());
        // list
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--to"), m_folder,
                            QStringLiteral("--json"), QStringLiteral("--db"), db},
                     &out, &err),
            0);
        const QJsonArray list = jsonObject(out).value(QStringLiteral("backups")).toArray();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("file")).toString(), backup);
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("list"), QStringLiteral("--to"), m_folder,
                            QStringLiteral("--db"), db},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QFileInfo(backup).fileName()) && out.contains(QLatin1String("manual")), qPrintable(out));
        // verify
        QCOMPARE(
            runCli({QStringLiteral("backup"), QStringLiteral("verify"), backup, QStringLiteral("--json")}, &out, &err),
            0);
        o = jsonObject(out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("households")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), Database::SchemaVersion);
        const QString text = brokenBackup(QStringLiteral("text"));
        QCOMPARE(
            runCli({QStringLiteral("backup"), QStringLiteral("verify"), text, QStringLiteral("--json")}, &out, &err),
            2);
        o = jsonObject(out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(o.value(QStringLiteral("exit_code")).toInt(), 2);
        QVERIFY2(o.value(QStringLiteral("error")).toString().contains(QDir::toNativeSeparators(text)), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("verify"), text}, &out, &err), 2);
        QVERIFY2(err.contains(QLatin1String("not an SQLite")), qPrintable(err));

        // restore: a refused one changes nothing; a good one replaces the database and keeps the old one
        QVERIFY(m_t->db->open(db));
        QCOMPARE(addHousehold(QStringLiteral("王五"), 31), QString());
        m_t->db->close();
        const QByteArray before = contents(db);
        const QString audit = brokenBackup(QStringLiteral("audit"));
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("restore"), audit,
                            QStringLiteral("--to"), m_folder, QStringLiteral("--json")},
                     &out, &err),
            2);
        QVERIFY2(jsonObject(out).value(QStringLiteral("error")).toString().contains(QLatin1String("record 3")),
            qPrintable(out));
        QCOMPARE(contents(db), before);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("restore"), backup,
                            QStringLiteral("--to"), m_folder, QStringLiteral("--json")},
                     &out, &err),
            0);
        o = jsonObject(out);
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), true);
        const QString replaced = o.value(QStringLiteral("replaced")).toString();
        QVERIFY2(QFileInfo(replaced).fileName().startsWith(QLatin1String("replaced-dibao-")), qPrintable(out));
        QCOMPARE(contents(replaced), before);
        QVERIFY(m_t->db->open(db));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 2);
        m_t->db->close();

        // Without --to: the folder chosen in the window, else AppDataLocation/backups.
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("create")}, &out, &err), 0);
        const QString defaultFolder = m_home.filePath(QStringLiteral("data/DibaoWorkbench/dibao-workbench/backups"));
        QCOMPARE(namesIn(defaultFolder).size(), 1);
        QVERIFY2(out.contains(QDir::toNativeSeparators(defaultFolder)), qPrintable(out));

        // usage and other failures
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup")}, &out, &err), 1);
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("frobnicate")}, &out, &err),
            1);
        QCOMPARE(
            runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("verify")}, &out, &err), 1);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("create"),
                            QStringLiteral("extra")},
                     &out, &err),
            1);
        QCOMPARE(runCli({QStringLiteral("--db"), db, QStringLiteral("backup"), QStringLiteral("list"),
                            QStringLiteral("--bogus")},
                     &out, &err),
            1);
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_t->dir.filePath(QStringLiteral("none.sqlite")), QStringLiteral("backup"),
                       QStringLiteral("create"), QStringLiteral("--to"), m_folder, QStringLiteral("--json")},
                &out, &err),
            3);
        QCOMPARE(jsonObject(out).value(QStringLiteral("exit_code")).toInt(), 3);
        QCOMPARE(runCli({QStringLiteral("help")}, &out, &err), 0);
        QVERIFY(out.contains(QLatin1String("backup restore FILE")));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
