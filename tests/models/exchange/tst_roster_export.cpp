#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "exchange/roster/RosterExporter.h"
#include "exchange/roster/RosterImporter.h"
#include "exchange/sheets/SheetReader.h"
#include "office/OfficeRepository.h"
#include "roster/StatsRepository.h"

#include <QFile>
#include <QTest>

using namespace TestSupport;
using namespace Domain;

class TestRosterExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QTemporaryDir m_dir;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = makeDatabase(false);
        m_t->db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0)); });
        QVERIFY(DemoGenerator(*m_t->db).generate(150, 7));
    }

    void roundTripChangesNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "roster.xlsx";
        QTest::newRow("csv") << "roster.csv";
    }

    void roundTripChangesNothing()
    {
        QFETCH(QString, file);
        RosterExporter::Summary summary;
        QVERIFY(RosterExporter(*m_t->db).exportRoster(out(file), RosterFilter(), &summary));
        QVERIFY(QFile::exists(out(file)));
        QVERIFY(!QFile::exists(out(file) + QStringLiteral(".part")));
        QVERIFY(summary.households > 100);
        RosterImporter importer(*m_t->db);
        const ImportPreview p = importer.preview(out(file), ImportOptions());
        QStringList problems;
        for (const ImportIssue &i : p.issues)
            problems << i.text();
        QVERIFY2(p.isAcceptable(), qPrintable(problems.join(u'\n')));
        QCOMPARE(p.shape, RosterSheetParser::Shape::MemberPerRow);
        QCOMPARE(p.households, summary.households);
        QCOMPARE(p.members, summary.members);
        QCOMPARE(p.monthlyTotal, summary.monthlyTotal);
        QCOMPARE(p.newHouseholds, 0);
        QStringList changed;
        for (const auto &c : p.changes) {
            for (const auto &f : c.changes)
                changed << QStringLiteral("row %1 %2: %3 → %4").arg(c.row).arg(f.field, f.before, f.after);
        }
        QVERIFY2(p.changedHouseholds == 0, qPrintable(changed.join(u'\n')));
        QCOMPARE(p.unchangedHouseholds, summary.households);
    }

    void exportIntoAnotherTownship()
    {
        // The active roster, exported and loaded into a new database, gives the same figures.
        RosterFilter active;
        active.status = HouseholdStatus::Active;
        RosterExporter::Summary summary;
        QVERIFY(RosterExporter(*m_t->db).exportRoster(out(QStringLiteral("active.xlsx")), active, &summary));
        auto other = makeDatabase(false);
        Office o;
        o.name = QStringLiteral("接收县");
        o.divisionCode = QStringLiteral("350121000000");
        QVERIFY(OfficeRepository(*other->db).saveOffice(o));
        RosterImporter importer(*other->db);
        ImportOptions options;
        options.createVillages = true;
        const ImportPreview p = importer.preview(out(QStringLiteral("active.xlsx")), options);
        QVERIFY(p.isAcceptable());
        QVERIFY(importer.apply());
        const RosterStats before = StatsRepository(*m_t->db).stats().value();
        const RosterStats after = StatsRepository(*other->db).stats().value();
        QCOMPARE(after.householdsActive, before.householdsActive);
        QCOMPARE(after.personsActive, before.personsActive);
        QCOMPARE(after.coveredPersonsActive, before.coveredPersonsActive);
        QCOMPARE(after.monthlyTotalActive, before.monthlyTotalActive);
        QCOMPARE(summary.monthlyTotal, before.monthlyTotalActive);
    }

    void xlsxLayoutKeepsIdNumbersAsText()
    {
        QVERIFY(RosterExporter(*m_t->db).exportRoster(out(QStringLiteral("layout.xlsx")), RosterFilter()));
        const std::unique_ptr<SheetReader> reader = SheetReader::forFile(out(QStringLiteral("layout.xlsx"))).value();
        const Result opened = reader->open(out(QStringLiteral("layout.xlsx")));
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(reader->sheetNames(), QStringList {QStringLiteral("花名册")});
        QList<SheetRow> rows;
        QVERIFY(reader->readSheet(QStringLiteral("花名册"), [&](const SheetRow &r) {
            rows.append(r);
            return true;
        }));
        QVERIFY(rows.first().cell(0).text.endsWith(QStringLiteral("农村最低生活保障对象花名册")));
        QVERIFY(rows.at(1).cell(0).text.startsWith(QStringLiteral("填报单位（盖章）：上街镇")));
        QCOMPARE(rows.at(2).number, 3);
        QCOMPARE(rows.at(2).cell(5).text, QStringLiteral("身份证号码"));
        QCOMPARE(rows.at(3).cell(5).kind, SheetCell::Kind::Text);
        QCOMPARE(rows.at(3).cell(5).text.size(), 18);
        QCOMPARE(rows.at(3).cell(16).kind, SheetCell::Kind::Number);
        bool totals = false, footer = false;
        for (const SheetRow &r : rows) {
            totals = totals || r.cell(0).text == QStringLiteral("合计");
            footer = footer || r.cell(0).text.startsWith(QStringLiteral("单位负责人"));
        }
        QVERIFY(totals);
        QVERIFY(footer);
        QCOMPARE(reader->mergedRanges().size() >= 3, true); // title, unit, date, footer
    }

    void csvHasBomAndFilters()
    {
        const QList<Village> villages = OfficeRepository(*m_t->db).villages().value();
        RosterFilter f;
        f.villageId = villages.first().id;
        RosterExporter::Summary summary;
        QVERIFY(RosterExporter(*m_t->db).exportRoster(out(QStringLiteral("v.csv")), f, &summary));
        QFile file(out(QStringLiteral("v.csv")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), summary.members + 2); // the header, the members and the signature line
        for (const QString &line : lines.mid(1, summary.members))
            QCOMPARE(line.section(u',', 1, 1), villages.first().name);
        QVERIFY2(lines.last().startsWith(QStringLiteral("单位负责人：")), qPrintable(lines.last()));
    }

    void badDestinationsAreRefused()
    {
        const Result wrongType
            = RosterExporter(*m_t->db).exportRoster(out(QStringLiteral("roster.pdf")), RosterFilter());
        QVERIFY(!wrongType);
        QVERIFY(wrongType.message().contains(QStringLiteral(".xlsx")));
        const Result noFolder
            = RosterExporter(*m_t->db).exportRoster(QStringLiteral("/nonexistent/folder/r.xlsx"), RosterFilter());
        QVERIFY(!noFolder);
        QVERIFY(noFolder.message().contains(QStringLiteral("/nonexistent/folder")));
    }
};

QTEST_GUILESS_MAIN(TestRosterExport)
#include "tst_roster_export.moc"
