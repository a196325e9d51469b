#include "TestSupport.h"
#include "office/OfficeRepository.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/migrations/Migrations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace TestSupport;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

QVariant scalar(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

// Takes a current file back to what version 8 wrote: without version 9's collation keys of the villages' names.
void undoVersion9(QSqlQuery &q)
{
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE village DROP COLUMN name_key")));
}

// Takes a current file back to what version 7 wrote: without version 8's collation keys of the names (nor 9's).
void undoVersion8(QSqlQuery &q)
{
    undoVersion9(q);
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE person DROP COLUMN name_key")));
}

// Takes a current file back to what version 6 wrote: without version 7's and 8's columns and tables.
void undoVersion7(QSqlQuery &q)
{
    undoVersion8(q);
    for (const char *sql : {"ALTER TABLE status_history DROP COLUMN sets_amount",
             "ALTER TABLE status_history DROP COLUMN sets_covered", "ALTER TABLE status_history DROP COLUMN paid_from",
             "ALTER TABLE person DROP COLUMN joined_date", "ALTER TABLE person DROP COLUMN relation_text",
             "ALTER TABLE person DROP COLUMN disability_text", "ALTER TABLE person DROP COLUMN disability_certificate",
             "ALTER TABLE office DROP COLUMN address", "DROP TABLE category_supplement", "DROP TABLE report_output"})
        QVERIFY2(q.exec(QString::fromLatin1(sql)), sql);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchema()
    {
        auto t = makeDatabase(false);
        QVERIFY(t->db->isOpen());
        QCOMPARE(t->db->fileSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(*t->db, QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(scalar(*t->db, QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QCOMPARE(scalar(*t->db, QStringLiteral("PRAGMA synchronous")).toInt(), 2); // FULL
        for (const char *table :
            {"office", "village", "household", "person", "status_history", "benefit_standard", "audit_log"}) {
            QVERIFY2(
                scalar(*t->db,
                    QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = '%1'").arg(QLatin1String(table)))
                        .toInt()
                    == 1,
                table);
        }
        // Reopening an existing file of the current version changes nothing.
        const QString path = t->path();
        t->db->close();
        Database again;
        QVERIFY(again.open(path));
        QCOMPARE(again.fileSchemaVersion(), Database::SchemaVersion);
    }

    void refusesNewerSchemaUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("newer.sqlite"));
        {
            Database db;
            QVERIFY(db.open(path));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        const QByteArray before = fileHash(path);
        Database db;
        const Result r = db.open(path);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("newer")), qPrintable(r.message()));
        QVERIFY(!db.isOpen());
        QCOMPARE(fileHash(path), before);
    }

    void refusesNonSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("PK\x03\x04 this is a spreadsheet, not a database");
        f.close();
        const QByteArray before = fileHash(path);
        Database db;
        const Result r = db.open(path);
        QVERIFY(!r);
        QCOMPARE(r.kind(), Result::Kind::Failed);
        QVERIFY2(r.message().contains(path) && r.message().contains(QStringLiteral("not an SQLite")),
            qPrintable(r.message()));
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
        {
            auto t = makeDatabase();
            RosterRepository repo(*t->db);
            for (int i = 0; i < 30; ++i) {
                Household h = household(t->village1, QStringLiteral("陈%1").arg(i), QDate(1960, 1, 1), 11 + 2 * i, 1);
                h.members[1].idNumber = idNumber(QDate(2001, 1, 1), 101 + 2 * i);
                QVERIFY(repo.createHousehold(h));
            }
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            t->db->close();
            QVERIFY(QFile::copy(t->path(), path));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        // Keep the header, scribble over the schema and data pages.
        f.seek(100);
        f.write(QByteArray(8192, '\xA5'));
        f.close();
        Database db;
        const Result r = db.open(path);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("damaged")), qPrintable(r.message()));
    }

    void refusesUnwritableLocation()
    {
        // /proc refuses new files even to root, as a read-only share would.
        Database db;
        const Result r = db.open(QStringLiteral("/proc/dibao-test/dibao.sqlite"));
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("/proc/dibao-test")), qPrintable(r.message()));
        const Result r2 = db.open(QStringLiteral("/proc/dibao.sqlite"));
        QVERIFY(!r2);
        QVERIFY2(r2.message().contains(QStringLiteral("read-only")), qPrintable(r2.message()));
    }

    void diskFullRollsBack()
    {
        auto t = makeDatabase();
        RosterRepository repo(*t->db);
        Household first = household(t->village1, QStringLiteral("林一"), QDate(1950, 3, 3), 13);
        QVERIFY(repo.createHousehold(first));
        const int households = scalar(*t->db, QStringLiteral("SELECT count(*) FROM household")).toInt();
        const int audits = scalar(*t->db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        // Cap the file at its current size: the next write finds the disk full.
        const int pages = scalar(*t->db, QStringLiteral("PRAGMA page_count")).toInt();
        QSqlQuery q(t->db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        Result r;
        int i = 0;
        for (; i < 200 && r; ++i) {
            Household h = household(t->village1, QStringLiteral("林%1").arg(i), QDate(1951, 1, 1), 21 + 2 * i);
            h.note = QString(2000, u'备');
            r = repo.createHousehold(h);
        }
        QVERIFY(!r);
        QCOMPARE(r.kind(), Result::Kind::Failed);
        QVERIFY2(r.message().contains(QStringLiteral("disk is full")), qPrintable(r.message()));
        // Every earlier write is whole, the failed one left nothing behind, and the chain is intact.
        QCOMPARE(scalar(*t->db, QStringLiteral("SELECT count(*) FROM household")).toInt(), households + i - 1);
        QCOMPARE(scalar(*t->db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), audits + i - 1);
        QCOMPARE(scalar(*t->db,
                     QStringLiteral("SELECT count(*) FROM person WHERE household_id NOT IN "
                                    "(SELECT id FROM household)"))
                     .toInt(),
            0);
        QVERIFY(AuditLog(*t->db).verify().ok);
        QCOMPARE(t->db->transactionDepth(), 0);
    }

    void secondInstanceSerialisesWrites()
    {
        auto t = makeDatabase();
        Database other;
        other.setOperatorName(QStringLiteral("第二窗口"));
        QVERIFY(other.open(t->path()));
        RosterRepository a(*t->db);
        RosterRepository b(other);
        for (int i = 0; i < 10; ++i) {
            Household h1 = household(t->village1, QStringLiteral("甲%1").arg(i), QDate(1955, 1, 1), 101 + 4 * i);
            Household h2 = household(t->village2, QStringLiteral("乙%1").arg(i), QDate(1955, 1, 1), 103 + 4 * i);
            QVERIFY(a.createHousehold(h1));
            QVERIFY(b.createHousehold(h2));
        }
        QCOMPARE(scalar(other, QStringLiteral("SELECT count(*) FROM household")).toInt(), 20);
        QVERIFY(AuditLog(other).verify().ok);
        QVERIFY(AuditLog(*t->db).verify().ok);

        // While one holds the write lock, the other waits, then says the database is in use.
        other.setBusyTimeout(200);
        Result error;
        QVERIFY(t->db->begin(&error));
        Household h = household(t->village2, QStringLiteral("丙"), QDate(1956, 1, 1), 501);
        const Result r = b.createHousehold(h);
        QVERIFY(!r);
        QVERIFY2(r.message().contains(QStringLiteral("in use")), qPrintable(r.message()));
        t->db->rollback();
        Household again = household(t->village2, QStringLiteral("丙"), QDate(1956, 1, 1), 501);
        QVERIFY(b.createHousehold(again));
        QVERIFY(AuditLog(*t->db).verify().ok);
    }

    void nestedTransactionsRollBackInner()
    {
        auto t = makeDatabase();
        RosterRepository repo(*t->db);
        Result error;
        QVERIFY(t->db->begin(&error));
        Household ok = household(t->village1, QStringLiteral("郑一"), QDate(1970, 1, 1), 31);
        QVERIFY(repo.createHousehold(ok));
        Household bad = household(t->village1, QStringLiteral("郑二"), QDate(1970, 1, 1), 31); // same ID
        QVERIFY(!repo.createHousehold(bad));
        QVERIFY(t->db->commit(&error));
        QCOMPARE(scalar(*t->db, QStringLiteral("SELECT count(*) FROM household")).toInt(), 1);
    }

    // Version 6 drops the indexes over every member ever recorded and spells the household's status check without
    // an IN list; a version-5 file keeps its rows and its check.
    void migratesVersion5()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v5.sqlite"));
        {
            auto t = makeDatabase();
            Household h = household(t->village1, QStringLiteral("王五"), QDate(1965, 5, 5), 51, 1);
            QVERIFY(RosterRepository(*t->db).createHousehold(h));
            QSqlQuery q(t->db->connection());
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX person_id_number ON person(id_number)")));
            QVERIFY(q.exec(QStringLiteral("CREATE INDEX person_name ON person(name)")));
            undoVersion7(q);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
            // The status check as versions 1–5 wrote it.
            QString household
                = scalar(*t->db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'household'")).toString();
            static const QRegularExpression check(
                QStringLiteral("CHECK \\(status = .*'rejected'\\)"), QRegularExpression::DotMatchesEverythingOption);
            QVERIFY(household.contains(check));
            household.replace(
                check, QStringLiteral("CHECK (status IN ('applying','active','suspended','exited','rejected'))"));
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version")) && q.next());
            const qint64 schemaVersion = q.value(0).toLongLong();
            q.finish();
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = ON")));
            QVERIFY(q.prepare(QStringLiteral("UPDATE sqlite_master SET sql = ? WHERE name = 'household'")));
            q.addBindValue(household);
            QVERIFY(q.exec());
            QVERIFY(q.exec(QStringLiteral("PRAGMA schema_version = %1").arg(schemaVersion + 1)));
            QVERIFY(q.exec(QStringLiteral("PRAGMA writable_schema = OFF")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            t->db->close();
            QVERIFY(QFile::copy(t->path(), path));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.fileSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db,
                     QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                    "('person_id_number', 'person_name')"))
                     .toInt(),
            0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person")).toInt(), 2);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'person_current_id'")).toInt(),
            1);
        const QString household
            = scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'household'")).toString();
        QVERIFY2(
            !household.contains(QStringLiteral(" IN (")) && household.contains(QStringLiteral("status = 'rejected'")),
            qPrintable(household));
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        // The check still refuses an unknown status and accepts the known ones; no table is built per row.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO household (village_id, status) VALUES (1, 'bogus')")));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("CHECK")), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO household (village_id, status) VALUES (1, 'suspended')")));
        QVERIFY(q.exec(QStringLiteral("EXPLAIN INSERT INTO household (village_id, status) VALUES (1, 'active')")));
        while (q.next())
            QVERIFY(q.value(1).toString() != QLatin1String("OpenEphemeral"));
    }

    // Version 7 says which history rows set the figures and from which month the benefit is payable: a status
    // change only carries them on; the household's start month where it has one.
    void migratesVersion6()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v6.sqlite"));
        {
            auto t = makeDatabase();
            Household h = household(t->village1, QStringLiteral("王五"), QDate(1965, 5, 5), 51, 1);
            h.status = Domain::HouseholdStatus::Active;
            h.startPeriod = Period(2014, 3);
            h.statusDate = QDate(2014, 2, 20);
            QVERIFY(RosterRepository(*t->db).createHousehold(h));
            QVERIFY(StatusTransitions(*t->db).changeStatus(
                h.id, Domain::HouseholdStatus::Suspended, QDate(2020, 5, 6), QStringLiteral("外出务工")));
            QSqlQuery q(t->db->connection());
            undoVersion7(q);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 6")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            t->db->close();
            QVERIFY(QFile::copy(t->path(), path));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.fileSchemaVersion(), Database::SchemaVersion);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("SELECT to_status, sets_amount, sets_covered, paid_from FROM status_history "
                                      "ORDER BY effective_date, id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("active"));
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toInt(), 1);
        QCOMPARE(q.value(3).toString(), QStringLiteral("2014-03"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("suspended"));
        QCOMPARE(q.value(1).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), 0);
        QVERIFY(!q.next());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM category_supplement")).toInt(), 0);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // Version 8 gives every name already on file its collation key: the roster sorts them in pinyin order at once.
    void migratesVersion7()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
        {
            auto t = makeDatabase();
            int sequence = 71;
            for (const QString &name :
                {QStringLiteral("张三"), QStringLiteral("王五"), QStringLiteral("陈六"), QStringLiteral("李四")}) {
                Household h = household(t->village1, name, QDate(1960, 1, 1), sequence, 0);
                sequence += 2;
                QVERIFY(RosterRepository(*t->db).createHousehold(h));
            }
            QSqlQuery q(t->db->connection());
            undoVersion8(q);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 7")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            t->db->close();
            QVERIFY(QFile::copy(t->path(), path));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.fileSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM person WHERE name_key IS NULL")).toInt(), 0);
        RosterFilter byName;
        byName.sort = RosterFilter::Sort::HeadName;
        QStringList heads;
        for (const RosterRow &row : RosterQueries(db).rows(byName, 0, 10).value())
            heads << row.headName;
        QCOMPARE(heads,
            (QStringList {
                QStringLiteral("陈六"), QStringLiteral("李四"), QStringLiteral("王五"), QStringLiteral("张三")}));
    }

    // Version 9 gives every village already on file the collation key of its name: the roster sorted by village is in
    // pinyin order at once.
    void migratesVersion8()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
        {
            auto t = makeDatabase();
            OfficeRepository office(*t->db);
            int sequence = 81;
            for (const QString &name : {QStringLiteral("张村"), QStringLiteral("陈庄")}) {
                Village v;
                v.name = name;
                v.code = QStringLiteral("350121101%1").arg(sequence, 3, 10, QLatin1Char('0'));
                QVERIFY(office.addVillage(v));
                Household h = household(v.id, name + QStringLiteral("户主"), QDate(1960, 1, 1), sequence, 0);
                QVERIFY(RosterRepository(*t->db).createHousehold(h));
                sequence += 2;
            }
            QSqlQuery q(t->db->connection());
            undoVersion9(q);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 8")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
            t->db->close();
            QVERIFY(QFile::copy(t->path(), path));
        }
        Database db;
        QVERIFY(db.open(path));
        QCOMPARE(db.fileSchemaVersion(), Database::SchemaVersion);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM village WHERE name_key IS NULL")).toInt(), 0);
        RosterFilter byVillage;
        byVillage.sort = RosterFilter::Sort::Village;
        QStringList villages;
        for (const RosterRow &row : RosterQueries(db).rows(byVillage, 0, 10).value())
            villages << row.villageName;
        QVERIFY2(villages.indexOf(QStringLiteral("陈庄")) < villages.indexOf(QStringLiteral("张村")),
            qPrintable(villages.join(u' ')));
    }

    // The steps of the schema are versions 1, 2, … in order, the last the version the program writes; each says
    // something.
    void migrationsInOrder()
    {
        const QList<Migration> &steps = Migrations::all();
        QCOMPARE(steps.size(), Database::SchemaVersion);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps[i].version, int(i + 1));
            QVERIFY(!steps[i].statements.isEmpty());
        }
    }

    // Announcements reach the file's hub once the outermost transaction commits; a rolled-back savepoint's and a
    // rolled-back transaction's never do; a second connection to the file hears them too.
    void changesAnnouncedAfterCommit()
    {
        auto t = makeDatabase();
        Database other;
        QVERIFY(other.open(t->path()));
        QCOMPARE(other.changes(), t->db->changes());
        QList<std::pair<ChangeHub::Area, QSet<qint64>>> heard;
        QObject::connect(other.changes(), &ChangeHub::changed, other.changes(),
            [&heard](ChangeHub::Area area, const QSet<qint64> &ids) {
                heard.append({area, ids});
            });
        Result error;
        QVERIFY(t->db->begin(&error));
        t->db->announce(ChangeHub::Area::Roster, 7);
        QVERIFY(t->db->begin(&error)); // a savepoint that rolls back
        t->db->announce(ChangeHub::Area::Complaints, 3);
        t->db->rollback();
        QVERIFY(t->db->begin(&error)); // one that is released
        t->db->announce(ChangeHub::Area::Roster, 8);
        QVERIFY(t->db->commit(&error));
        QVERIFY(heard.isEmpty()); // not before the outermost commit
        QVERIFY(t->db->commit(&error));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().first, ChangeHub::Area::Roster);
        QCOMPARE(heard.first().second, (QSet<qint64> {7, 8}));
        heard.clear();
        QVERIFY(t->db->begin(&error));
        t->db->announce(ChangeHub::Area::Cases, 1);
        t->db->rollback();
        QVERIFY(heard.isEmpty());
        t->db->announce(ChangeHub::Area::Office); // outside a transaction: at once, the whole area
        QCOMPARE(heard.size(), 1);
        QVERIFY(heard.first().second.isEmpty());
    }

    // Every audited write announces its area: a household's with the household's id, a complaint's with its own; a
    // rejected write announces nothing.
    void auditedWritesAnnounceTheirArea()
    {
        auto t = makeDatabase();
        QList<std::pair<ChangeHub::Area, QSet<qint64>>> heard;
        QObject::connect(t->db->changes(), &ChangeHub::changed, t->db->changes(),
            [&heard](ChangeHub::Area area, const QSet<qint64> &ids) {
                heard.append({area, ids});
            });
        Household h = TestSupport::household(t->village1, QStringLiteral("陈一"), QDate(1950, 3, 4), 11, 1);
        QVERIFY(RosterRepository(*t->db).createHousehold(h));
        QCOMPARE(heard.size(), 1);
        QCOMPARE(heard.first().first, ChangeHub::Area::Roster);
        QCOMPARE(heard.first().second, QSet<qint64> {h.id});
        heard.clear();

        Household twice = TestSupport::household(t->village1, QStringLiteral("陈二"), QDate(1950, 3, 4), 11, 1);
        QVERIFY(!RosterRepository(*t->db).createHousehold(twice)); // the same head's ID number again
        QVERIFY(heard.isEmpty());

        Result error;
        QVERIFY(t->db->begin(&error));
        QVERIFY2(AuditLog(*t->db).append(
                     QStringLiteral("update"), QStringLiteral("village"), t->village2, 0, {}, {}, &error),
            qPrintable(error.message()));
        QVERIFY(
            AuditLog(*t->db).append(QStringLiteral("update"), QStringLiteral("something_new"), 5, 0, {}, {}, &error));
        QVERIFY(t->db->commit(&error));
        QCOMPARE(heard.size(), 2);
        QHash<ChangeHub::Area, QSet<qint64>> byArea;
        for (const auto &[area, ids] : heard)
            byArea.insert(area, ids);
        QCOMPARE(byArea.value(ChangeHub::Area::Office), QSet<qint64> {t->village2});
        // An entity the hub does not know of changes everything: a page reads again rather than shows stale figures.
        QCOMPARE(byArea.value(ChangeHub::Area::Everything), QSet<qint64> {5});
    }

    // A commit that leaves the write-ahead log long has it copied into the database file by a connection of
    // the program's own, off the committing thread; at the close nothing is left in the log.
    void copiesTheLogIntoTheFile()
    {
        auto t = makeDatabase();
        const QString path = t->path();
        Result error;
        QVERIFY(t->db->begin(&error));
        QSqlQuery q(t->db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE filler (x BLOB)")));
        for (int i = 0; i < 200; ++i) // 200 × 40 KB ≈ 2,000 pages of 4 KB
            QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(40000))")));
        QVERIFY(t->db->commit(&error));
        t->db->waitForCheckpoint();
        QVERIFY2(QFileInfo(path).size() > 8'000'000, qPrintable(QString::number(QFileInfo(path).size())));
        // The rows are there, read through the log or the file.
        QCOMPARE(scalar(*t->db, QStringLiteral("SELECT count(*) FROM filler")).toInt(), 200);
        // The next long commit is copied too.
        QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (1)")));
        QVERIFY(t->db->begin(&error));
        for (int i = 0; i < 200; ++i)
            QVERIFY(q.exec(QStringLiteral("INSERT INTO filler VALUES (randomblob(40000))")));
        QVERIFY(t->db->commit(&error));
        t->db->waitForCheckpoint();
        QVERIFY2(QFileInfo(path).size() > 16'000'000, qPrintable(QString::number(QFileInfo(path).size())));
        t->db->close();
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
        Database again;
        QVERIFY(again.open(path));
        QCOMPARE(scalar(again, QStringLiteral("SELECT count(*) FROM filler")).toInt(), 401);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
