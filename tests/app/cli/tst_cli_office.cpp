// dibao-cli office show|set, standard list|add and standard topup list|set (issue 10): good and bad input, exit
// codes, nothing written on rejection, English messages with --lang en; and the values set there on every official
// table the program writes (reports as CSV, XLSX and PDF, the roster export, the ledgers).
#include "TestSupport.h"
#include "exchange/sheets/SheetReader.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "office/OfficeRepository.h"
#include "office/StandardRepository.h"
#include "roster/RosterRepository.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace TestSupport;

namespace {

const QString kHead = QStringLiteral("王建国");
const QString kReviewer = QStringLiteral("李明");
const QString kPreparer = QStringLiteral("张丽");
const QString kPhone = QStringLiteral("0591-22861234");
const QString kHotline = QStringLiteral("0591-22861200");
const QString kUrl = QStringLiteral("www.mhx.gov.cn/db");

QStringList signatures()
{
    return {QStringLiteral("单位负责人：") + kHead, QStringLiteral("审核人：") + kReviewer,
        QStringLiteral("填表人：") + kPreparer, QStringLiteral("联系电话：") + kPhone};
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

QList<SheetRow> readSheet(const QString &path, QString *error)
{
    QList<SheetRow> rows;
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    if (!chosen) {
        *error = chosen.result().message();
        return rows;
    }
    const std::unique_ptr<SheetReader> reader = std::move(chosen).value();
    Result read = reader->open(path);
    if (read)
        read = reader->readSheet(QString(), [&rows](const SheetRow &row) {
            rows.append(row);
            return true;
        });
    *error = read.message();
    return rows;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QStringList csvLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
}

// The signature line of a written table: its four parts, in the order of the form, and nothing else missing.
bool signedInXlsx(const QString &path, QString *why)
{
    QString error;
    const QList<SheetRow> rows = readSheet(path, &error);
    if (!error.isEmpty()) {
        *why = error;
        return false;
    }
    for (const SheetRow &r : rows) {
        const QString text = squeezed(r.cell(0).text);
        if (!text.startsWith(QStringLiteral("单位负责人")))
            continue;
        if (text == signatures().join(QString()))
            return true;
        *why = text;
        return false;
    }
    *why = QStringLiteral("no signature line in %1").arg(path);
    return false;
}

} // namespace

class TestCliOffice : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    std::unique_ptr<TempDatabase> m_t;

    QString db() const { return m_t->path(); }
    QString file(const QString &name) const { return m_t->dir.filePath(name); }

    int cli(QStringList args, QString *out = nullptr, QString *err = nullptr)
    {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        args << QStringLiteral("--lang") << QStringLiteral("en");
        return runCli(args, out, err);
    }

    int auditCount()
    {
        Database d;
        if (!d.open(db()))
            return -1;
        return count(d, QStringLiteral("audit_log"));
    }

    QJsonObject showJson()
    {
        QString out;
        cli({QStringLiteral("--json"), QStringLiteral("office"), QStringLiteral("show")}, &out);
        return QJsonDocument::fromJson(out.toUtf8()).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        qputenv("LC_ALL", "C.UTF-8");
        qputenv("LANGUAGE", "");
        m_t = makeDatabase(); // 上街镇 with 上街村 and 下洋村; 600 yuan from 2020-01
        QVERIFY(m_t->db->isOpen());
        // A household on dibao, a self-inspection run: every table has something to print.
        Household h = household(m_t->village1, QStringLiteral("张三"), QDate(1950, 3, 4), 11, 1);
        QVERIFY(RosterRepository(*m_t->db).createHousehold(h));
        Inspection run;
        run.name = QStringLiteral("2026年10月自查自纠");
        run.period = Period(2026, 10);
        run.date = QDate(2026, 10, 20);
        QVERIFY(InspectionRepository(*m_t->db).createInspection(run));
        m_t->db->close();
    }

    void showOnAnUnconfiguredDatabase()
    {
        const auto bare = makeDatabase(false);
        bare->db->close();
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), bare->path(), QStringLiteral("--json"), QStringLiteral("office"),
                            QStringLiteral("show")},
                     &out, &err),
            0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("configured")).toBool(), false);
        // Setting up needs the name and the code.
        QCOMPARE(runCli({QStringLiteral("--db"), bare->path(), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--hotline"), kHotline},
                     &out, &err),
            1);
        QVERIFY2(err.contains(QStringLiteral("--name")) && err.contains(QStringLiteral("--code")), qPrintable(err));
        QCOMPARE(runCli({QStringLiteral("--db"), bare->path(), QStringLiteral("office"), QStringLiteral("set"),
                            QStringLiteral("--name"), QStringLiteral("白沙镇"), QStringLiteral("--code"),
                            QStringLiteral("350121102000"), QStringLiteral("--hotline"), kHotline},
                     &out, &err),
            0);
        Database reopened;
        QVERIFY(reopened.open(bare->path()));
        QCOMPARE(OfficeRepository(reopened).office().value().name, QStringLiteral("白沙镇"));
        QCOMPARE(OfficeRepository(reopened).office().value().hotline, kHotline);
        // No database at all: another failure, and none is created.
        const QString missing = file(QStringLiteral("missing.sqlite"));
        QCOMPARE(runCli({QStringLiteral("--db"), missing, QStringLiteral("office"), QStringLiteral("show")}), 3);
        QVERIFY(!QFile::exists(missing));
    }

    void wrongUsage()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("office")}, &out, &err), 1);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("frob")}, &out, &err), 1);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("set")}, &out, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("--disclosure-url")), qPrintable(err));
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--fax"), QStringLiteral("1")},
                     &out, &err),
            1);
        QVERIFY(err.contains(QStringLiteral("--fax")));
        QCOMPARE(cli({QStringLiteral("standard")}, &out, &err), 1);
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("add"), QStringLiteral("--from"),
                         QStringLiteral("2026-01")},
                     &out, &err),
            1);
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("set"),
                         QStringLiteral("--category"), QStringLiteral("A"), QStringLiteral("--from"),
                         QStringLiteral("2026-01")},
                     &out, &err),
            1);
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("set"),
                         QStringLiteral("--category"), QStringLiteral("A"), QStringLiteral("--from"),
                         QStringLiteral("2026-01"), QStringLiteral("--yuan"), QStringLiteral("10"),
                         QStringLiteral("--share"), QStringLiteral("10")},
                     &out, &err),
            1);
        QCOMPARE(cli({QStringLiteral("help")}, &out, &err), 0);
        QVERIFY(out.contains(QStringLiteral("standard topup set")) && out.contains(QStringLiteral("office set")));
    }

    void officeSetRejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("words"); // English, with --lang en
        QTest::newRow("short code") << QStringList {QStringLiteral("--code"), QStringLiteral("3501211010")} << "--code"
                                    << "divisionCode"
                                    << "12 digits";
        QTest::newRow("empty name") << QStringList {QStringLiteral("--name"), QString()} << "--name"
                                    << "name"
                                    << "township's name";
        QTest::newRow("ftp") << QStringList {QStringLiteral("--disclosure-url"), QStringLiteral("ftp://mhx.gov.cn")}
                             << "--disclosure-url"
                             << "disclosureUrl"
                             << "http://";
        QTest::newRow("not an address") << QStringList {QStringLiteral("--disclosure-url"),
            QStringLiteral("民政局网站")}
                                        << "--disclosure-url"
                                        << "disclosureUrl"
                                        << "not a web address";
        QTest::newRow("hotline") << QStringList {QStringLiteral("--hotline"), QStringLiteral("无")} << "--hotline"
                                 << "hotline"
                                 << "not a telephone number";
        // One bad field among good ones: the good ones are not saved either.
        QTest::newRow("mixed") << QStringList {QStringLiteral("--head"), QStringLiteral("赵六"),
            QStringLiteral("--phone"), QStringLiteral("tel")}
                               << "--phone"
                               << "phone"
                               << "Contact phone";
    }

    void officeSetRejects()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, option);
        QFETCH(QString, field);
        QFETCH(QString, words);
        const QJsonObject before = showJson();
        const int audited = auditCount();
        QString out, err;
        QCOMPARE(cli(QStringList {QStringLiteral("office"), QStringLiteral("set")} + args, &out, &err), 2);
        QVERIFY2(err.contains(option) && err.contains(words), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("Nothing was saved")), qPrintable(err));
        QCOMPARE(cli(QStringList {QStringLiteral("--json"), QStringLiteral("office"), QStringLiteral("set")} + args,
                     &out, &err),
            2);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("exit_code")).toInt(), 2);
        QCOMPARE(json.value(QStringLiteral("field")).toString(), field);
        QCOMPARE(json.value(QStringLiteral("problems")).toArray().first().toObject().value(QStringLiteral("option")),
            QJsonValue(option));
        QCOMPARE(auditCount(), audited);
        QCOMPARE(showJson(), before);
    }

    void officeSetAndShow()
    {
        QString out, err;
        const int audited = auditCount();
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--address"),
                         QStringLiteral("闽侯县上街镇政府路1号"), QStringLiteral("--hotline"), kHotline,
                         QStringLiteral("--disclosure-url"), kUrl, QStringLiteral("--head"), kHead,
                         QStringLiteral("--reviewer"), kReviewer, QStringLiteral("--preparer"), kPreparer,
                         QStringLiteral("--phone"), kPhone, QStringLiteral("--county"), QStringLiteral("闽侯县")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("--hotline")), qPrintable(out));
        QCOMPARE(auditCount(), audited + 1);
        const QJsonObject json = showJson();
        QCOMPARE(json.value(QStringLiteral("configured")).toBool(), true);
        QCOMPARE(json.value(QStringLiteral("name")).toString(), QStringLiteral("上街镇"));
        QCOMPARE(json.value(QStringLiteral("address")).toString(), QStringLiteral("闽侯县上街镇政府路1号"));
        QCOMPARE(json.value(QStringLiteral("hotline")).toString(), kHotline);
        QCOMPARE(json.value(QStringLiteral("disclosure_url")).toString(), kUrl);
        QCOMPARE(json.value(QStringLiteral("unit_head")).toString(), kHead);
        QCOMPARE(json.value(QStringLiteral("reviewer")).toString(), kReviewer);
        QCOMPARE(json.value(QStringLiteral("preparer")).toString(), kPreparer);
        QCOMPARE(json.value(QStringLiteral("phone")).toString(), kPhone);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("show")}, &out, &err), 0);
        QVERIFY2(out.contains(kHotline) && out.contains(QStringLiteral("Complaint hotline")) && out.contains(kHead),
            qPrintable(out));

        // The same values again: nothing written. An empty value clears a field.
        QCOMPARE(
            cli({QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--head"), kHead}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("unchanged")), qPrintable(out));
        QCOMPARE(auditCount(), audited + 1);
        QCOMPARE(cli({QStringLiteral("office"), QStringLiteral("set"), QStringLiteral("--county=")}, &out, &err), 0);
        QCOMPARE(showJson().value(QStringLiteral("county")).toString(), QString());
        QCOMPARE(auditCount(), audited + 2);
        Database d;
        QVERIFY(d.open(db()));
        QVERIFY(AuditLog(d).verify().ok);
        QCOMPARE(AuditLog(d).latest(1).value().first().entity, QStringLiteral("office"));
    }

    void standardAddAndList()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("add"), QStringLiteral("--from"),
                         QStringLiteral("2024-01"), QStringLiteral("--yuan"), QStringLiteral("700")},
                     &out, &err),
            0);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("standard"), QStringLiteral("add"),
                         QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--yuan"),
                         QStringLiteral("765.50"), QStringLiteral("--note"), QStringLiteral("闽侯县民政局通知")},
                     &out, &err),
            0);
        const QJsonObject added
            = QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("standard")).toObject();
        QCOMPARE(added.value(QStringLiteral("monthly_fen_per_person")).toInteger(), 76550);
        QCOMPARE(added.value(QStringLiteral("effective_date")).toString(), QStringLiteral("2025-07-01"));

        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("standard"), QStringLiteral("list")}, &out, &err), 0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2024-01"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("yuan")).toString(), QStringLiteral("765.50"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("note")).toString(), QStringLiteral("闽侯县民政局通知"));
        QCOMPARE(list.at(2).toObject().value(QStringLiteral("in_force")).toBool(), true); // today is after 2025-07
        QCOMPARE(list.at(1).toObject().value(QStringLiteral("in_force")).toBool(), false);
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("list")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("765.50")) && out.contains(QStringLiteral("2024-01")), qPrintable(out));
    }

    void standardAddRejects_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("yuan");
        QTest::addColumn<QString>("words");
        QTest::newRow("month again") << "2025-07"
                                     << "800"
                                     << "already a standard from 2025-07";
        QTest::newRow("not a month") << "2025-13"
                                     << "800"
                                     << "not a month";
        QTest::newRow("a day") << "2025-08-01"
                               << "800"
                               << "not a month";
        QTest::newRow("zero") << "2026-01"
                              << "0"
                              << "more than 0";
        QTest::newRow("negative") << "2026-01"
                                  << "-5"
                                  << "more than 0";
        QTest::newRow("three decimals") << "2026-01"
                                        << "765.505"
                                        << "not an amount";
        QTest::newRow("words") << "2026-01"
                               << "七百"
                               << "not an amount";
    }

    void standardAddRejects()
    {
        QFETCH(QString, from);
        QFETCH(QString, yuan);
        QFETCH(QString, words);
        const int audited = auditCount();
        QString out, err;
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("add"), QStringLiteral("--from"), from,
                         QStringLiteral("--yuan"), yuan},
                     &out, &err),
            2);
        QVERIFY2(err.contains(words), qPrintable(err));
        QVERIFY2(err.contains(QStringLiteral("--from")) || err.contains(QStringLiteral("--yuan")), qPrintable(err));
        QCOMPARE(auditCount(), audited);
        QCOMPARE(cli({QStringLiteral("--json"), QStringLiteral("standard"), QStringLiteral("list")}, &out, &err), 0);
        QCOMPARE(QJsonDocument::fromJson(out.toUtf8()).array().size(), 3);
    }

    void topUpSetAndList()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("set"),
                         QStringLiteral("--category"), QStringLiteral("A"), QStringLiteral("--from"),
                         QStringLiteral("2025-07"), QStringLiteral("--share"), QStringLiteral("30")},
                     &out, &err),
            0);
        QVERIFY2(out.contains(QStringLiteral("229.65")), qPrintable(out)); // 30 % of 765.50
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("set"),
                         QStringLiteral("--category"), QStringLiteral("b"), QStringLiteral("--from"),
                         QStringLiteral("2025-07"), QStringLiteral("--yuan"), QStringLiteral("120.5")},
                     &out, &err),
            0);
        QCOMPARE(
            cli({QStringLiteral("--json"), QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("list")},
                &out, &err),
            0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject a = list.at(0).toObject();
        QCOMPARE(a.value(QStringLiteral("category")).toString(), QStringLiteral("A"));
        QCOMPARE(a.value(QStringLiteral("share_percent")).toDouble(), 30.0);
        QVERIFY(a.value(QStringLiteral("amount_fen")).isNull());
        QCOMPARE(a.value(QStringLiteral("per_person_fen")).toInteger(), 22965);
        const QJsonObject b = list.at(1).toObject();
        QCOMPARE(b.value(QStringLiteral("amount_fen")).toInteger(), 12050);
        QCOMPARE(b.value(QStringLiteral("in_force")).toBool(), true);
        QCOMPARE(cli({QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("list")}, &out, &err), 0);
        QVERIFY2(out.contains(QStringLiteral("120.50")) && out.contains(QStringLiteral("Class A")), qPrintable(out));
    }

    void topUpSetRejects_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("words");
        QTest::newRow("category D") << QStringList {QStringLiteral("--category"), QStringLiteral("D"),
            QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--yuan"), QStringLiteral("10")}
                                    << "--category";
        QTest::newRow("ordinary") << QStringList {QStringLiteral("--category"), QStringLiteral("ordinary"),
            QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--yuan"), QStringLiteral("10")}
                                  << "A, B and C";
        QTest::newRow("month") << QStringList {QStringLiteral("--category"), QStringLiteral("A"),
            QStringLiteral("--from"), QStringLiteral("July"), QStringLiteral("--yuan"), QStringLiteral("10")}
                               << "not a month";
        QTest::newRow("share above 100") << QStringList {QStringLiteral("--category"), QStringLiteral("C"),
            QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--share"), QStringLiteral("130")}
                                         << "100 percent";
        QTest::newRow("share words") << QStringList {QStringLiteral("--category"), QStringLiteral("C"),
            QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--share"), QStringLiteral("三成")}
                                     << "--share";
        QTest::newRow("negative yuan") << QStringList {QStringLiteral("--category"), QStringLiteral("C"),
            QStringLiteral("--from"), QStringLiteral("2025-07"), QStringLiteral("--yuan"), QStringLiteral("-1")}
                                       << "below 0";
    }

    void topUpSetRejects()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, words);
        const int audited = auditCount();
        QString out, err;
        QCOMPARE(cli(QStringList {QStringLiteral("standard"), QStringLiteral("topup"), QStringLiteral("set")} + args,
                     &out, &err),
            2);
        QVERIFY2(err.contains(words), qPrintable(err));
        QCOMPARE(auditCount(), audited);
    }

    // What was set above, on every table: the signatures, the disclosure table's hotline and address, the monthly
    // report's standard of its month.
    void everyTableCarriesTheSettings()
    {
        const QStringList reports = {QStringLiteral("monthly"), QStringLiteral("changes"), QStringLiteral("roster"),
            QStringLiteral("disclosure"), QStringLiteral("cases"), QStringLiteral("inspection"),
            QStringLiteral("complaints"), QStringLiteral("rectifications")};
        const bool pdf = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
        for (const QString &report : reports) {
            for (const QString &suffix : {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}) {
                const QString path = file(report + u'.' + suffix);
                QString out, err;
                QCOMPARE(cli({QStringLiteral("report"), report, QStringLiteral("--period"), QStringLiteral("2026-10"),
                                 QStringLiteral("--out"), path},
                             &out, &err),
                    0);
                QString why;
                if (suffix == QLatin1String("csv")) {
                    const QStringList lines = csvLines(path);
                    QVERIFY2(
                        lines.last().startsWith(signatures().join(u',')), qPrintable(report + u' ' + lines.last()));
                } else if (suffix == QLatin1String("xlsx")) {
                    QVERIFY2(signedInXlsx(path, &why), qPrintable(report + u' ' + why));
                } else if (pdf) {
                    const QString text = squeezed(pdfText(path));
                    for (const QString &s : signatures())
                        QVERIFY2(text.contains(s), qPrintable(report + u' ' + s + u'\n' + text));
                }
            }
        }
        // The disclosure table: the hotline and the web address.
        const QStringList disclosure = csvLines(file(QStringLiteral("disclosure.csv")));
        QVERIFY2(disclosure.at(1).contains(kHotline) && disclosure.at(1).contains(kUrl)
                && disclosure.at(1).contains(QStringLiteral("上街镇")),
            qPrintable(disclosure.join(u'\n')));
        if (pdf) {
            const QString text = squeezed(pdfText(file(QStringLiteral("disclosure.pdf"))));
            QVERIFY2(text.contains(kHotline) && text.contains(kUrl), qPrintable(text));
        }
        // The monthly report's 保障标准: 765.50 in October 2026; 700.00 in June 2025.
        QVERIFY2(csvLines(file(QStringLiteral("monthly.csv"))).at(1).endsWith(QStringLiteral(",765.50")),
            qPrintable(csvLines(file(QStringLiteral("monthly.csv"))).join(u'\n')));
        if (pdf)
            QVERIFY(squeezed(pdfText(file(QStringLiteral("monthly.pdf")))).contains(QStringLiteral("765.50")));
        const QString june = file(QStringLiteral("monthly-2025-06.csv"));
        QCOMPARE(cli({QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                     QStringLiteral("2025-06"), QStringLiteral("--out"), june}),
            0);
        QVERIFY2(csvLines(june).at(1).endsWith(QStringLiteral(",700.00")), qPrintable(csvLines(june).join(u'\n')));
    }

    void exportsCarryTheSignatures()
    {
        // The roster, read back with the program's own reader, and as CSV.
        const QString xlsx = file(QStringLiteral("roster-export.xlsx"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--out"), xlsx}), 0);
        QString why;
        QVERIFY2(signedInXlsx(xlsx, &why), qPrintable(why));
        const QString csv = file(QStringLiteral("roster-export.csv"));
        QCOMPARE(cli({QStringLiteral("export"), QStringLiteral("roster"), QStringLiteral("--out"), csv}), 0);
        QVERIFY2(csvLines(csv).last().startsWith(signatures().join(u',')), qPrintable(csvLines(csv).last()));
        // The ledgers.
        for (const QString &ledger : {QStringLiteral("checklist"), QStringLiteral("rectifications"),
                 QStringLiteral("complaints"), QStringLiteral("cases")}) {
            const QString path = file(ledger + QStringLiteral("-ledger.xlsx"));
            QString out, err;
            QCOMPARE(cli({QStringLiteral("export"), ledger, QStringLiteral("--out"), path}, &out, &err), 0);
            QVERIFY2(signedInXlsx(path, &why), qPrintable(ledger + u' ' + why));
        }
    }

    // A ledger that cannot be read (its table dropped by another program) fails the export with exit code 3 and says
    // why; no empty ledger is written.
    void unreadableLedgerFailsTheExport()
    {
        const QString copy = file(QStringLiteral("no-complaints.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(db(), copy));
        {
            Database d;
            QVERIFY(d.open(copy));
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE complaint")));
        }
        const QString path = file(QStringLiteral("complaints-unread.xlsx"));
        QString out, err;
        QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--out"), path},
                     &out, &err),
            3);
        QVERIFY2(err.contains(QStringLiteral("could not be read")) && err.contains(QStringLiteral("complaint")),
            qPrintable(err));
        QVERIFY(!QFileInfo::exists(path));
    }
    // The reporting calendar: its year, or exit code 3 and the reason when it cannot be read (never an empty year).
    void calendarOrWhyNot()
    {
        QString out, err;
        QCOMPARE(cli({QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2026"),
                         QStringLiteral("--json")},
                     &out, &err),
            0);
        QVERIFY2(!QJsonDocument::fromJson(out.toUtf8()).object().value(QStringLiteral("entries")).toArray().isEmpty(),
            qPrintable(out));
        const QString copy = file(QStringLiteral("no-calendar.sqlite"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(db(), copy));
        {
            Database d;
            QVERIFY(d.open(copy));
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE calendar_item")));
        }
        QCOMPARE(runCli({QStringLiteral("--db"), copy, QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("calendar"), QStringLiteral("--year"), QStringLiteral("2026")},
                     &out, &err),
            3);
        QVERIFY2(err.contains(QStringLiteral("could not be read")) && err.contains(QStringLiteral("calendar_item")),
            qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCliOffice)
#include "tst_cli_office.moc"
