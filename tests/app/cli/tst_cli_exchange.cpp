#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;

namespace {

QString sheet(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA "/sheets/") + name;
}

} // namespace

// dibao-cli import roster / export roster, run as the real executable.
class TestCliExchange : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_db;

    QJsonObject stats()
    {
        QString out;
        runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("stats")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    }

    void init()
    {
        m_db = m_home.filePath(QStringLiteral("%1-%2.sqlite")
                                   .arg(QString::fromLatin1(QTest::currentTestFunction()),
                                       QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_')));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("init"), QStringLiteral("--name"),
                     QStringLiteral("南屿镇"), QStringLiteral("--code"), QStringLiteral("350121104000")}),
            0);
    }

    // A roster that cannot be read to compare with is a failure of the database (exit 3), not a refusal of the
    // file (2): the clerk cannot fix it by choosing another file.
    void unreadableRosterFailsTheImport()
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(m_db);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE person RENAME TO person_aside")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QString out, err;
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"),
                       sheet(QStringLiteral("sample_roster_libreoffice.xlsx")), QStringLiteral("--create-villages")},
                &out, &err),
            3);
        QVERIFY2(err.contains(QStringLiteral("could not be read")), qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("roster"), sheet(QStringLiteral("sample_roster_libreoffice.xlsx")),
                            QStringLiteral("--create-villages")},
                     &out, &err),
            3);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("exit_code")).toInt(), 3);
    }

    void importsLibreOfficeWorkbooks_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "sample_roster_libreoffice.xlsx";
        QTest::newRow("xls") << "sample_roster_libreoffice.xls";
        QTest::newRow("gb18030 csv") << "sample_roster_gbk.csv";
    }

    void importsLibreOfficeWorkbooks()
    {
        QFETCH(QString, file);
        QString out, err;
        // Unknown villages: refused, nothing written.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), sheet(file)},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--create-villages")), qPrintable(err));
        QCOMPARE(stats().value(QStringLiteral("households_total")).toInt(), 0);
        // A dry run checks and writes nothing.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), sheet(file),
                            QStringLiteral("--create-villages"), QStringLiteral("--dry-run")},
                     &out, &err),
            0);
        QVERIFY(out.contains(QStringLiteral("nothing was written")));
        QCOMPARE(stats().value(QStringLiteral("households_total")).toInt(), 0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), sheet(file),
                            QStringLiteral("--create-villages")},
                     &out, &err),
            0);
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("households_total")).toInt(), 120);
        QCOMPARE(s.value(QStringLiteral("monthly_total_fen_active")).toInteger(), 6138000);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("audit"), QStringLiteral("verify")}), 0);
    }

    void defectsAreRejectedWithTheirRows_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "defects_libreoffice.xlsx";
        QTest::newRow("xls") << "defects_libreoffice.xls";
    }

    void defectsAreRejectedWithTheirRows()
    {
        QFETCH(QString, file);
        QFile db(m_db);
        QString out, err;
        const QJsonObject before = stats();
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("roster"), sheet(file), QStringLiteral("--create-villages")},
                     &out, &err),
            2);
        const QJsonArray errors
            = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("errors")).toArray();
        QMap<int, QString> byRow;
        for (const auto &e : errors)
            byRow.insert(e.toObject().value(QStringLiteral("row")).toInt(),
                e.toObject().value(QStringLiteral("column")).toString() + u' '
                    + e.toObject().value(QStringLiteral("reason")).toString());
        QCOMPARE(byRow.size(), 6);
        QVERIFY(byRow.value(3).contains(QStringLiteral("check digit")));
        QVERIFY(byRow.value(4).contains(QStringLiteral("format the column as text")));
        QVERIFY(byRow.value(5).startsWith(QStringLiteral("保障金额")));
        QVERIFY(byRow.value(7).contains(QStringLiteral("row 6")));
        QVERIFY(byRow.value(8).startsWith(QStringLiteral("起始保障年月")));
        QVERIFY(byRow.value(9).contains(QStringLiteral("19800230")));
        QCOMPARE(stats(), before);
        // The same in Chinese for the clerk.
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                            QStringLiteral("import"), QStringLiteral("roster"), sheet(file),
                            QStringLiteral("--create-villages")},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("第 4 行")) && err.contains(QStringLiteral("文本")), qPrintable(err));
    }

    void membersSampleWithItsHistory()
    {
        QString out, err;
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"),
                       sheet(QStringLiteral("sample_members_libreoffice.xlsx")), QStringLiteral("--create-villages")},
                &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("60 households, 173 member rows")), qPrintable(out));
        QVERIFY2(!out.contains(QStringLiteral("warning")), qPrintable(out));
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("monthly_total_fen_active")).toInteger(), 4015000);
        QCOMPARE(s.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("suspended")).toInt(), 4);
        // Last month's table is not empty: the households were on the roster before the import.
        const QString csv = m_home.filePath(QStringLiteral("monthly.csv"));
        const QString lastMonth = QDate::currentDate().addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("monthly"),
                            QStringLiteral("--period"), lastMonth, QStringLiteral("--out"), csv},
                     &out, &err),
            0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString table = QString::fromUtf8(f.readAll());
        QVERIFY2(table.contains(QStringLiteral("塘坂村")), qPrintable(table));
        QVERIFY2(
            table.contains(QStringLiteral("40150")) || table.contains(QStringLiteral("40,150")), qPrintable(table));
    }

    void asOfForFilesWithoutDates()
    {
        const QString file = sheet(QStringLiteral("members_no_dates_libreoffice.xlsx"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), file}, &out,
                     &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--as-of YYYY-MM")) && err.contains(QStringLiteral("rows 3, 5, 6")),
            qPrintable(err));
        QCOMPARE(stats().value(QStringLiteral("households_total")).toInt(), 0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), file,
                            QStringLiteral("--as-of"), QStringLiteral("2026-13")},
                     &out, &err),
            1);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("roster"), file, QStringLiteral("--as-of"), QStringLiteral("2026-10"),
                            QStringLiteral("--create-villages")},
                     &out, &err),
            0);
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-10"));
        QCOMPARE(result.value(QStringLiteral("new_households")).toInt(), 3);
        const QJsonObject s = stats();
        QCOMPARE(s.value(QStringLiteral("households_active")).toInt(), 2);
        QCOMPARE(s.value(QStringLiteral("by_status")).toObject().value(QStringLiteral("suspended")).toInt(), 1);
        // The month's table counts them from October; September's has nobody.
        const QString csv = m_home.filePath(QStringLiteral("october.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("report"), QStringLiteral("monthly"),
                            QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), csv},
                     &out, &err),
            0);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("960")));
    }

    void warningsAreShownAndTheFileImports()
    {
        const QString file = sheet(QStringLiteral("members_unmapped_libreoffice.xlsx"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"), file,
                            QStringLiteral("--dry-run"), QStringLiteral("--create-villages")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("3 warning(s)")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("干亲 (2 row(s))")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("row 5, column 残疾情况")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("roster"), file, QStringLiteral("--create-villages")},
                     &out, &err),
            0);
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QVERIFY(result.value(QStringLiteral("ok")).toBool());
        const QJsonArray warnings = result.value(QStringLiteral("warnings")).toArray();
        QCOMPARE(warnings.size(), 3);
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("row")).toInt(), 4);
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("value")).toString(), QStringLiteral("干亲"));
        QCOMPARE(warnings.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        const QJsonArray words = result.value(QStringLiteral("unmapped_words")).toArray();
        QCOMPARE(words.size(), 2);
        QCOMPARE(words.at(0).toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(stats().value(QStringLiteral("households_total")).toInt(), 2);
    }

    void exportRoundTrip()
    {
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"),
                     sheet(QStringLiteral("sample_roster_utf8.csv")), QStringLiteral("--create-villages")}),
            0);
        const QString xlsx = m_home.filePath(QStringLiteral("export.xlsx"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster"),
                            QStringLiteral("--out"), xlsx},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("120 households")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("--json"), QStringLiteral("import"),
                            QStringLiteral("roster"), xlsx},
                     &out, &err),
            0);
        const QJsonObject result = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(result.value(QStringLiteral("unchanged_households")).toInt(), 120);
        QCOMPARE(result.value(QStringLiteral("changed_households")).toInt(), 0);
        QCOMPARE(result.value(QStringLiteral("new_households")).toInt(), 0);
        // Filters and bad arguments.
        const QString csv = m_home.filePath(QStringLiteral("baisha.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster"),
                            QStringLiteral("--out"), csv, QStringLiteral("--village"), QStringLiteral("白沙村"),
                            QStringLiteral("--status"), QStringLiteral("active")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("24 households")), qPrintable(out));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster"),
                            QStringLiteral("--out"), csv, QStringLiteral("--village"), QStringLiteral("没有村")},
                     &out, &err),
            2);
        QVERIFY(err.contains(QStringLiteral("白沙村")));
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster"),
                            QStringLiteral("--out"), csv, QStringLiteral("--status"), QStringLiteral("gone")},
                     &out, &err),
            2);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster"),
                            QStringLiteral("--out"), m_home.filePath(QStringLiteral("r.pdf"))},
                     &out, &err),
            2);
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("export"), QStringLiteral("roster")}, &out, &err), 1);
        QCOMPARE(runCli({QStringLiteral("--db"), m_db, QStringLiteral("import"), QStringLiteral("roster"),
                            m_home.filePath(QStringLiteral("missing.xlsx"))},
                     &out, &err),
            2);
    }
};

QTEST_GUILESS_MAIN(TestCliExchange)
#include "tst_cli_exchange.moc"
