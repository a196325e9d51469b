#include "TestSupport.h"
#include "core/IdNumber.h"
#include "roster/RosterRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace TestSupport;

namespace {

// Runs plain SQL on a database file behind the program's back, as "any SQLite tool" would.
bool tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const QString &s : statements) {
            if (ok && !q.exec(s)) {
                qWarning("%s: %s", qPrintable(s), qPrintable(q.lastError().text()));
                ok = false;
            }
        }
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QStringList column(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    out.append(q.value(0).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QByteArray contents(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject jsonObject(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text.left(400)));
    return doc.object();
}

bool hasHan(const QString &text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}

// The first 17 characters plus the right check character.
QString withCheck(const QString &first17)
{
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home; // settings and default database of the program under test stay in here
    QTemporaryDir m_dir;

    QString dbPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".sqlite")); }

    // A small demo database, for the audit tests.
    QString demoDatabase(const QString &name)
    {
        QString path = dbPath(name);
        QString out, err;
        const int code = runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--households"),
                                    QStringLiteral("20")},
            &out, &err);
        if (code != 0)
            qWarning("demo failed (%d): %s %s", code, qPrintable(out), qPrintable(err));
        return path;
    }

    int verify(const QString &path, QJsonObject *json, QString *text = nullptr)
    {
        QString out, err;
        const int textCode
            = runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err);
        if (text)
            *text = out + err;
        const int jsonCode = runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--db"), path},
            &out, &err);
        *json = jsonObject(out);
        return textCode == jsonCode ? textCode : -100;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        // The program must not read or write the developer's own settings and database.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
    }

    void noCommandShowsUsage()
    {
        QString out, err;
        QCOMPARE(runCli({}, &out, &err), 1);
        QVERIFY2(out.contains(QLatin1String("Usage: dibao-cli")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("help")}, &out, &err), 0); // asked for, so not wrong usage
        QVERIFY(out.contains(QLatin1String("audit verify")));
        QCOMPARE(runCli({QStringLiteral("frobnicate")}, &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("frobnicate")) && err.contains(QLatin1String("Usage:")), qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("audit")}, &out, &err), 1);
        QCOMPARE(runCli({QStringLiteral("id-check")}, &out, &err), 1);
        QCOMPARE(
            runCli({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("many")}, &out, &err), 1);
        QCOMPARE(runCli({QStringLiteral("stats"), QStringLiteral("--bogus")}, &out, &err), 1);
        QVERIFY(err.contains(QLatin1String("--bogus")));
    }

    // Every command's options are parsed alike (QCommandLineParser): "--name value" or "--name=value", before or
    // after the arguments; an option the command does not take, one without its value, or one given twice is
    // wrong usage that names it, and nothing is written.
    void optionsParsedAlike()
    {
        const QString path = dbPath(QStringLiteral("options"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name=上街镇"),
                            QStringLiteral("--code"), QStringLiteral("350121101000"), QStringLiteral("--village=东村"),
                            QStringLiteral("--village"), QStringLiteral("西村")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("东村")) && out.contains(QStringLiteral("西村")), qPrintable(out));
        const QByteArray before = contents(path);
        const QList<std::pair<QStringList, QString>> wrong = {
            {{QStringLiteral("office"), QStringLiteral("show"), QStringLiteral("--hotline"), QStringLiteral("1")},
                QStringLiteral("--hotline")},
            {{QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--hotline")},
                QStringLiteral("--hotline")},
            {{QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--hotline=1"),
                 QStringLiteral("--hotline=2")},
                QStringLiteral("--hotline is given more than once")},
            {{QStringLiteral("standard"), QStringLiteral("add"), QStringLiteral("--from"), QStringLiteral("2025-07"),
                 QStringLiteral("--yuan"), QStringLiteral("700"), QStringLiteral("--bogus")},
                QStringLiteral("--bogus")},
            {{QStringLiteral("stats"), QStringLiteral("extra")}, QStringLiteral("extra")},
        };
        for (const auto &[args, named] : wrong) {
            QCOMPARE(runCli(QStringList {QStringLiteral("--db"), path} + args, &out, &err), 1);
            QVERIFY2(err.contains(named), qPrintable(args.join(u' ') + QStringLiteral(": ") + err));
        }
        QCOMPARE(contents(path), before);
        // Options after the arguments, and in the --name=value form.
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("standard"), QStringLiteral("add"),
                       QStringLiteral("--yuan=765.50"), QStringLiteral("--from=2025-07"), QStringLiteral("--json")},
                &out, &err),
            0);
        QCOMPARE(jsonObject(out).value(QStringLiteral("standard")).toObject().value(QStringLiteral("yuan")).toString(),
            QStringLiteral("765.50"));
    }

    void idCheckValid()
    {
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X")}, &out, &err), 0);
        QVERIFY2(out.contains(QLatin1String("11010519491231002X")) && out.contains(QLatin1String("1949-12-31"))
                && out.contains(QLatin1String("female")) && out.contains(QLatin1String("110105")),
            qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("id-check"), QStringLiteral("440524188001010014")}, &out, &err), 0);
        QVERIFY(out.contains(QLatin1String("male")));
    }

    void idCheckRejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong check digit") << QStringLiteral("110105194912310021") << QStringLiteral("X");
        QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << QStringLiteral("17");
        QTest::newRow("30 February") << withCheck(QStringLiteral("11010519800230002")) << QStringLiteral("19800230");
        QTest::newRow("letter") << QStringLiteral("1101051949123100AX") << QStringLiteral("A");
        QTest::newRow("spreadsheet float") << QStringLiteral("1.10105E+17") << QStringLiteral("text");
    }
    void idCheckRejects()
    {
        QFETCH(QString, input);
        QFETCH(QString, mentions);
        QString out, err;
        QCOMPARE(
            runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("id-check"), input}, &out, &err), 2);
        const QString reason = IdNumber::parse(input).errorText();
        QVERIFY(!reason.isEmpty());
        QVERIFY2(out.contains(QLatin1String("invalid")) && out.contains(reason), qPrintable(out + err));
        QVERIFY2(out.contains(mentions), qPrintable(out));
    }

    void idCheckNormalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("full-width digits") << QStringLiteral("１１０１０５１９４９１２３１００２Ｘ");
        QTest::newRow("spaces") << QStringLiteral(" 110105 19491231 002X ");
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x");
    }
    void idCheckNormalises()
    {
        QFETCH(QString, input);
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("id-check"), QStringLiteral("--json"), input}, &out, &err), 0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        const QJsonObject o = list.first().toObject();
        QCOMPARE(o.value(QStringLiteral("input")).toString(), input);
        QCOMPARE(o.value(QStringLiteral("number")).toString(), QStringLiteral("11010519491231002X"));
        QCOMPARE(o.value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(o.value(QStringLiteral("birth_date")).toString(), QStringLiteral("1949-12-31"));
        QCOMPARE(o.value(QStringLiteral("sex")).toString(), QStringLiteral("female"));
        QCOMPARE(o.value(QStringLiteral("region")).toString(), QStringLiteral("110105"));
    }

    void idCheckJsonListsEveryNumber()
    {
        QString out, err;
        // Global options are accepted after the command too.
        QCOMPARE(runCli({QStringLiteral("id-check"), QStringLiteral("11010519491231002X"),
                            QStringLiteral("110105194912310021"), QStringLiteral("--json")},
                     &out, &err),
            2);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("valid")).toBool(), true);
        QVERIFY(list.at(0).toObject().value(QStringLiteral("reason")).isNull());
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("reason")).toString(),
            IdNumber::parse(QStringLiteral("110105194912310021")).errorText());
    }

    void initCreatesOfficeAndVillages()
    {
        const QString path = dbPath(QStringLiteral("init"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--operator"), QStringLiteral("张三"),
                            QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("上街镇"),
                            QStringLiteral("--code"), QStringLiteral("350121101000"), QStringLiteral("--county"),
                            QStringLiteral("闽侯县"), QStringLiteral("--village"), QStringLiteral("上街村"),
                            QStringLiteral("--village"), QStringLiteral("下洋村")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("上街镇")), qPrintable(out + err));
        // Running it again adds only the new village and keeps the numbering.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--village"),
                            QStringLiteral("厚美村"), QStringLiteral("--village"), QStringLiteral("上街村")},
                     &out, &err),
            0);
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("stats")}, &out, &err), 0);
        const QJsonArray villages = jsonObject(out).value(QStringLiteral("by_village")).toArray();
        QCOMPARE(villages.size(), 3);
        QStringList codes;
        QStringList names;
        for (const auto &v : villages) {
            codes.append(v.toObject().value(QStringLiteral("code")).toString());
            names.append(v.toObject().value(QStringLiteral("name")).toString());
            // A village without households is listed with zeros.
            QCOMPARE(v.toObject().value(QStringLiteral("households_active")).toInt(-1), 0);
            QCOMPARE(v.toObject().value(QStringLiteral("monthly_total_fen_active")).toInteger(-1), 0);
        }
        QCOMPARE(codes,
            QStringList(
                {QStringLiteral("350121101001"), QStringLiteral("350121101002"), QStringLiteral("350121101003")}));
        QCOMPARE(names, QStringList({QStringLiteral("上街村"), QStringLiteral("下洋村"), QStringLiteral("厚美村")}));
        // The operator named on the command line signs the first run's audit records, the default the second's.
        const QStringList operators = column(path, QStringLiteral("SELECT operator FROM audit_log ORDER BY seq"));
        QCOMPARE(operators.size(), 4); // office, 2 villages; then 1 village
        QCOMPARE(operators.mid(0, 3), QStringList(3, QStringLiteral("张三")));
        QCOMPARE(operators.at(3), QStringLiteral("dibao-cli"));
    }

    void initRejectsBadDivisionCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("11 digits") << QStringLiteral("35012110100");
        QTest::newRow("letter") << QStringLiteral("35012110100A");
        QTest::newRow("township digit 5") << QStringLiteral("350121501000");
    }
    void initRejectsBadDivisionCode()
    {
        QFETCH(QString, code);
        const QString path = dbPath(QStringLiteral("badcode"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--name"),
                            QStringLiteral("上街镇"), QStringLiteral("--code"), code},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QLatin1String("--code")) && err.contains(code), qPrintable(err));
        QVERIFY2(!QFile::exists(path), "a rejected init must not create the database");

        // The same on an existing database leaves it as it was.
        const QString existing = dbPath(QStringLiteral("badcode-existing"));
        QCOMPARE(runCli({QStringLiteral("--db"), existing, QStringLiteral("init"), QStringLiteral("--name"),
                            QStringLiteral("上街镇"), QStringLiteral("--code"), QStringLiteral("350121101000")},
                     &out, &err),
            0);
        const QByteArray before = contents(existing);
        QCOMPARE(runCli({QStringLiteral("--db"), existing, QStringLiteral("--json"), QStringLiteral("init"),
                            QStringLiteral("--code"), code, QStringLiteral("--village"), QStringLiteral("新村")},
                     &out, &err),
            2);
        QCOMPARE(jsonObject(out).value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(contents(existing), before);
        QFile::remove(existing);
    }

    void initNeedsNameAndCode()
    {
        const QString path = dbPath(QStringLiteral("noname"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("init"), QStringLiteral("--code"),
                            QStringLiteral("350121101000")},
                     &out, &err),
            1);
        QVERIFY(err.contains(QLatin1String("--name")));
        QVERIFY(!QFile::exists(path));
    }

    void demoThenStats()
    {
        const QString path = dbPath(QStringLiteral("demo2000"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--households"),
                            QStringLiteral("2000")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("2,000")) || out.contains(QStringLiteral("2000")), qPrintable(out + err));

        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")}, &out, &err), 0);
        const QJsonObject stats = jsonObject(out);
        QCOMPARE(stats.value(QStringLiteral("households_total")).toInt(), 2000);
        const int active = stats.value(QStringLiteral("households_active")).toInt();
        QVERIFY2(active > 1000 && active < 1900, qPrintable(QString::number(active)));
        const int persons = stats.value(QStringLiteral("persons_active")).toInt();
        const int covered = stats.value(QStringLiteral("covered_persons_active")).toInt();
        QVERIFY(persons > active && covered <= persons && covered >= active);
        const qint64 total = stats.value(QStringLiteral("monthly_total_fen_active")).toInteger();
        QVERIFY(total > 0);

        const QJsonObject byStatus = stats.value(QStringLiteral("by_status")).toObject();
        int sum = 0;
        for (const char *key : {"applying", "active", "suspended", "exited", "rejected"}) {
            QVERIFY2(byStatus.contains(QLatin1String(key)), key);
            QVERIFY2(byStatus.value(QLatin1String(key)).toInt() > 0, key);
            sum += byStatus.value(QLatin1String(key)).toInt();
        }
        QCOMPARE(sum, 2000);
        QCOMPARE(byStatus.value(QStringLiteral("active")).toInt(), active);

        const QJsonArray villages = stats.value(QStringLiteral("by_village")).toArray();
        QVERIFY(villages.size() >= 10);
        int villageHouseholds = 0;
        int villagePersons = 0;
        qint64 villageTotal = 0;
        for (const auto &value : villages) {
            const QJsonObject v = value.toObject();
            QCOMPARE(v.value(QStringLiteral("code")).toString().size(), 12);
            QVERIFY(v.value(QStringLiteral("code")).toString().startsWith(QLatin1String("350121101")));
            QVERIFY(hasHan(v.value(QStringLiteral("name")).toString()));
            QVERIFY(v.contains(QStringLiteral("covered_persons_active")));
            villageHouseholds += v.value(QStringLiteral("households_active")).toInt();
            villagePersons += v.value(QStringLiteral("persons_active")).toInt();
            villageTotal += v.value(QStringLiteral("monthly_total_fen_active")).toInteger();
        }
        QCOMPARE(villageHouseholds, active);
        QCOMPARE(villagePersons, persons);
        QCOMPARE(villageTotal, total);

        // The text form shows the same figures with village names.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("stats")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("上街村")) && out.contains(QLatin1String("Households on file")),
            qPrintable(out));

        // A second demo never mixes into a roster that already has households.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--households"),
                            QStringLiteral("10")},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QLatin1String("2000")) || err.contains(QLatin1String("2,000")), qPrintable(err));
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("stats"), QStringLiteral("--json")}, &out, &err), 0);
        QCOMPARE(jsonObject(out).value(QStringLiteral("households_total")).toInt(), 2000);

        QJsonObject verdict;
        QCOMPARE(verify(path, &verdict), 0);
        QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(), true);
        QVERIFY(verdict.value(QStringLiteral("records")).toInt() > 2000);
    }

    void demoRejectsBadCounts()
    {
        QString out, err;
        const QString path = dbPath(QStringLiteral("zero"));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo"), QStringLiteral("--households"),
                            QStringLiteral("0")},
                     &out, &err),
            2);
        QVERIFY(!QFile::exists(path));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("demo")}, &out, &err), 1);
    }

    void auditVerifyDetectsAlteredRecord()
    {
        const QString path = demoDatabase(QStringLiteral("altered"));
        QJsonObject verdict;
        QString text;
        QCOMPARE(verify(path, &verdict, &text), 0);
        QVERIFY2(text.contains(QLatin1String("chain intact")), qPrintable(text));
        QVERIFY(verdict.value(QStringLiteral("first_bad_seq")).isNull());

        QVERIFY(tamper(path, {QStringLiteral("UPDATE audit_log SET new_value = '{\"name\":\"x\"}' WHERE seq = 5")}));
        QCOMPARE(verify(path, &verdict, &text), 2);
        QCOMPARE(verdict.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInt(), 5);
        QVERIFY(!verdict.value(QStringLiteral("reason")).toString().isEmpty());
        QVERIFY2(text.contains(QLatin1String("record 5")), qPrintable(text));
    }

    void auditVerifyDetectsRemovedRecord()
    {
        const QString path = demoDatabase(QStringLiteral("removed"));
        QVERIFY(tamper(path, {QStringLiteral("DELETE FROM audit_log WHERE seq = 7")}));
        QJsonObject verdict;
        QString text;
        QCOMPARE(verify(path, &verdict, &text), 2);
        QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInt(), 7);
        QVERIFY2(text.contains(QLatin1String("7")), qPrintable(text));

        // Removing the newest record, which no later record points back to, is noticed too.
        const QString last = demoDatabase(QStringLiteral("removed-last"));
        const QStringList seqs = column(last, QStringLiteral("SELECT max(seq) FROM audit_log"));
        QCOMPARE(seqs.size(), 1);
        QVERIFY(tamper(last, {QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(seqs.first())}));
        QCOMPARE(verify(last, &verdict), 2);
        QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInt(), seqs.first().toInt());
    }

    void auditVerifyDetectsSwappedRecords()
    {
        const QString path = demoDatabase(QStringLiteral("swapped"));
        QVERIFY(tamper(path,
            {QStringLiteral("UPDATE audit_log SET seq = -8 WHERE seq = 8"),
                QStringLiteral("UPDATE audit_log SET seq = 8 WHERE seq = 9"),
                QStringLiteral("UPDATE audit_log SET seq = 9 WHERE seq = -8")}));
        QJsonObject verdict;
        QCOMPARE(verify(path, &verdict), 2);
        QCOMPARE(verdict.value(QStringLiteral("first_bad_seq")).toInt(), 8);
    }

    void notADatabaseIsLeftAlone()
    {
        const QString path = dbPath(QStringLiteral("notes"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            for (int i = 0; i < 200; ++i)
                f.write("This is a clerk's note, not a database.\n");
        }
        const QByteArray before = contents(path);
        const QList<QStringList> commands = {
            {QStringLiteral("stats")},
            {QStringLiteral("audit"), QStringLiteral("verify")},
            {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("5")},
            {QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("上街镇"), QStringLiteral("--code"),
                QStringLiteral("350121101000")},
        };
        for (const QStringList &command : commands) {
            QString out, err;
            QCOMPARE(runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")}
                             + command,
                         &out, &err),
                3);
            QVERIFY2(err.contains(path) && err.contains(QLatin1String("not an SQLite file")), qPrintable(err));
            QCOMPARE(contents(path), before);
        }
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
        // With --json the failure is an object too.
        QString out, err;
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("--json"), QStringLiteral("stats")}, &out, &err), 3);
        QCOMPARE(jsonObject(out).value(QStringLiteral("exit_code")).toInt(), 3);
    }

    void newerSchemaIsRefused()
    {
        const QString path = dbPath(QStringLiteral("newer"));
        QVERIFY(tamper(path, {QStringLiteral("CREATE TABLE future (x)"), QStringLiteral("PRAGMA user_version = 99")}));
        const QByteArray before = contents(path);
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("stats")}, &out, &err), 3);
        QVERIFY2(err.contains(QLatin1String("newer")), qPrintable(err));
        QCOMPARE(contents(path), before);
    }

    void missingDatabaseIsNotCreatedByReaders()
    {
        const QString path = dbPath(QStringLiteral("missing"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("stats")}, &out, &err), 3);
        QVERIFY2(err.contains(path), qPrintable(err));
        QCOMPARE(
            runCli({QStringLiteral("--db"), path, QStringLiteral("audit"), QStringLiteral("verify")}, &out, &err), 3);
        QVERIFY(!QFile::exists(path));
        // A folder that does not exist is reported, not created.
        const QString nested = m_dir.filePath(QStringLiteral("no/such/folder/x.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), nested, QStringLiteral("demo"), QStringLiteral("--households"),
                            QStringLiteral("3")},
                     &out, &err),
            3);
        QVERIFY(!QFile::exists(nested));
    }

    void defaultDatabaseIsCreatedInItsFolder()
    {
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("init"), QStringLiteral("--json"), QStringLiteral("--name"),
                            QStringLiteral("上街镇"), QStringLiteral("--code"), QStringLiteral("350121101000")},
                     &out, &err),
            0);
        const QString database = jsonObject(out).value(QStringLiteral("database")).toString();
        QVERIFY2(database.startsWith(m_home.path()) && database.endsWith(QLatin1String("dibao.sqlite")),
            qPrintable(database));
        QVERIFY(QFile::exists(database));
        QCOMPARE(runCli({QStringLiteral("stats"), QStringLiteral("--json")}, &out, &err), 0);
        QCOMPARE(jsonObject(out).value(QStringLiteral("households_total")).toInt(-1), 0);
    }

    void languageFollowsLangOption()
    {
        QString en, zh, err;
        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("id-check"),
                            QStringLiteral("110105194912310021")},
                     &en, &err),
            2);
        QVERIFY2(en.contains(QLatin1String("check digit")) && !hasHan(en), qPrintable(en));
        QCOMPARE(runCli({QStringLiteral("id-check"), QStringLiteral("110105194912310021"), QStringLiteral("--lang"),
                            QStringLiteral("zh_CN")},
                     &zh, &err),
            2);
        QVERIFY2(hasHan(zh), qPrintable(zh));
        QVERIFY(zh.contains(QLatin1String("110105194912310021")));
        QVERIFY(!zh.contains(QLatin1String("check digit")));

        QCOMPARE(runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN")}, &zh, &err), 1);
        QVERIFY2(hasHan(zh), qPrintable(zh));
    }

    // checks: every data check of the registry with what it finds, one check's households, and the bad inputs.
    void checksListWhatEachCheckFinds()
    {
        const std::unique_ptr<TempDatabase> t = makeDatabase();
        Household good = household(t->village1, QStringLiteral("陈正常"), QDate(1960, 3, 1), 11, 1);
        good.reviewDate = QDate(2026, 6, 1);
        Household bad = household(t->village2, QStringLiteral("李错号"), QDate(1958, 7, 9), 31, 1);
        bad.reviewDate = QDate(2026, 6, 1);
        QVERIFY(RosterRepository(*t->db).createHousehold(good));
        QVERIFY(RosterRepository(*t->db).createHousehold(bad));
        const QString path = t->path();
        QVERIFY(tamper(path,
            {QStringLiteral(
                "UPDATE person SET id_number = '3501211958070900' WHERE household_id = %1 AND name <> '李错号'")
                    .arg(bad.id)}));

        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("checks"), QStringLiteral("--json"),
                            QStringLiteral("--date"), QStringLiteral("2026-11-27")},
                     &out, &err),
            0);
        const QJsonObject all = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(all.value(QStringLiteral("date")).toString(), QStringLiteral("2026-11-27"));
        const QJsonArray checks = all.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 7);
        QJsonObject invalid;
        for (const QJsonValue c : checks) {
            if (c[QStringLiteral("check")].toString() == QLatin1String("invalid_id"))
                invalid = c.toObject();
            else
                QCOMPARE(c[QStringLiteral("households")].toInt(), 0);
        }
        QCOMPARE(invalid.value(QStringLiteral("households")).toInt(), 1);
        QCOMPARE(invalid.value(QStringLiteral("link")).toString(), QStringLiteral("verification"));
        QVERIFY(
            invalid.value(QStringLiteral("problem_types")).toArray().contains(QStringLiteral("wrongful_inclusion")));

        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("checks"), QStringLiteral("--check"), QStringLiteral("invalid_id")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("1 household")) && out.contains(QStringLiteral("李错号"))
                && out.contains(QStringLiteral("下洋村")) && out.contains(QStringLiteral("3501211958070900"))
                && !out.contains(QStringLiteral("陈正常")),
            qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                            QStringLiteral("checks")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("身份证号码错误或缺失")) && out.contains(QStringLiteral("信息核对")),
            qPrintable(out));

        // Bad input: an unknown check names the known ones; a date that is not one; a table another program renamed.
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("checks"), QStringLiteral("--check"), QStringLiteral("no_such")},
                     &out, &err),
            1);
        QVERIFY2(
            err.contains(QStringLiteral("no_such")) && err.contains(QStringLiteral("invalid_id")), qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("checks"), QStringLiteral("--date"),
                            QStringLiteral("2026-13-01")},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("2026-13-01")), qPrintable(err));
        QVERIFY(tamper(path, {QStringLiteral("ALTER TABLE household RENAME TO household_gone")}));
        QCOMPARE(runCli({QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("checks")},
                     &out, &err),
            3);
        QVERIFY2(err.contains(QStringLiteral("could not be read")), qPrintable(err));
        // The figures and the office's settings that cannot be read are a failure (3), never zeros or blanks.
        for (const QStringList &args : {QStringList {QStringLiteral("stats")},
                 QStringList {QStringLiteral("report"), QStringLiteral("roster"), QStringLiteral("--period"),
                     QStringLiteral("2026-01"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.csv"))}}) {
            QCOMPARE(runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")}
                             + args,
                         &out, &err),
                3);
            QVERIFY2(err.contains(QStringLiteral("could not be read")), qPrintable(args.join(u' ') + err));
        }
        QVERIFY(tamper(path,
            {QStringLiteral("ALTER TABLE household_gone RENAME TO household"),
                QStringLiteral("ALTER TABLE office RENAME TO office_gone")}));
        for (const QStringList &args : {QStringList {QStringLiteral("office"), QStringLiteral("show")},
                 QStringList {QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--hotline"),
                     QStringLiteral("12345")},
                 QStringList {QStringLiteral("stats")}}) {
            QCOMPARE(runCli(QStringList {QStringLiteral("--db"), path, QStringLiteral("--lang"), QStringLiteral("en")}
                             + args,
                         &out, &err),
                3);
            QVERIFY2(err.contains(QStringLiteral("could not be read")), qPrintable(args.join(u' ') + err));
        }
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.csv"))));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
