#include "AuditLog.h"
#include "ImportProfileRepository.h"
#include "OfficeRepository.h"
#include "RosterImporter.h"
#include "RosterRepository.h"
#include "StatsRepository.h"
#include "TestSupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace TestSupport;
using namespace Domain;

namespace {

QString sheetData(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA "/sheets/") + name;
}

QString issuesText(const ImportPreview &p)
{
    QStringList lines;
    for (const ImportIssue &i : p.issues)
        lines << i.text();
    return lines.join(u'\n');
}

// Writes a copy of the UTF-8 sample with some data lines replaced: line number (1-based) → new line.
QString writeVariant(const QString &dir, const QHash<int, QString> &replace)
{
    QFile in(sheetData(QStringLiteral("sample_roster_utf8.csv")));
    if (!in.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(in.readAll()).split(u'\n');
    for (auto it = replace.begin(); it != replace.end(); ++it)
        lines[it.key() - 1] = it.value();
    const QString path = dir + QStringLiteral("/variant.csv");
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(lines.join(u'\n').toUtf8());
    return path;
}

} // namespace

class TestRosterImport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;

    ImportPreview importFile(const QString &path, bool createVillages = true, bool apply = true)
    {
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = createVillages;
        ImportPreview p = importer.preview(path, options);
        if (apply && p.isAcceptable()) {
            const Result r = importer.apply();
            if (!r)
                qWarning("apply failed: %s", qPrintable(r.message()));
        }
        return p;
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        m_t->db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0)); });
    }

    void firstLoadFromLibreOfficeFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "sample_roster_libreoffice.xlsx";
        QTest::newRow("xls") << "sample_roster_libreoffice.xls";
        QTest::newRow("utf8 csv") << "sample_roster_utf8.csv";
        QTest::newRow("gb18030 csv") << "sample_roster_gbk.csv";
    }

    void firstLoadFromLibreOfficeFiles()
    {
        QFETCH(QString, file);
        const ImportPreview p = importFile(sheetData(file));
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.headerRow, 2); // below the title row
        QCOMPARE(p.households, 120);
        QCOMPARE(p.newHouseholds, 120);
        QCOMPARE(p.monthlyTotal, Money::fromYuan(61380)); // the 合计 row is not a household
        const RosterStats s = StatsRepository(*m_t->db).stats();
        QCOMPARE(s.householdsTotal, 120);
        QCOMPARE(s.householdsActive, 120);
        QCOMPARE(s.monthlyTotalActive, Money::fromYuan(61380));
        QCOMPARE(s.personsActive, p.declaredPersons);
        // The first row: 梧桥村 吴志强, 4 persons, 4 covered, B类, 1116 yuan from 2014-08.
        RosterRepository repo(*m_t->db);
        const auto h = repo.household(repo.householdOfIdNumber(QStringLiteral("350121195303015286")));
        QVERIFY(h);
        QCOMPARE(h->headName(), QStringLiteral("吴志强"));
        QCOMPARE(h->villageName, QStringLiteral("梧桥村"));
        QCOMPARE(h->memberCount, 4);
        QCOMPARE(h->coveredCount, 4);
        QCOMPARE(h->category, Category::ClassB);
        QCOMPARE(h->monthlyAmount, Money::fromYuan(1116));
        QCOMPARE(h->startPeriod, Period(2014, 8));
        // Audited like a manual edit, with the file's name and SHA-256.
        const auto audit = AuditLog(*m_t->db).forHousehold(h->id);
        QCOMPARE(audit.size(), 1);
        QVERIFY(audit.first().newValue.contains(file));
        QVERIFY(audit.first().newValue.contains(p.sha256));
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    void sameFileAgainChangesNothing()
    {
        QVERIFY(importFile(sheetData(QStringLiteral("sample_roster_utf8.csv"))).isAcceptable());
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        // The GB18030 twin is the same roster: an update with nothing to change.
        const ImportPreview p = importFile(sheetData(QStringLiteral("sample_roster_gbk.csv")));
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.newHouseholds, 0);
        QCOMPARE(p.changedHouseholds, 0);
        QCOMPARE(p.unchangedHouseholds, 120);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits + 1); // only the import's own record
    }

    void defectsAreAllReportedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        // Data starts on line 3 (title, header). Each defect on its own line.
        const QString path = writeVariant(dir.path(),
            {{3, QStringLiteral("1,梧桥村,吴志强,350121195303015287,4,4,B类,1116,2014年8月,")}, // check digit
                {4, QStringLiteral("2,洋里村,黄志强,3.50121E+17,4,1,B类,279,2015年3月,")}, // mangled by Excel
                {5, QStringLiteral("3,洋里村,吴丽娟,350121197612190052,2,2,B类,三百,2016年9月,")}, // amount
                {6,
                    QStringLiteral(
                        "4,洋里村,某某,350121195303015286,2,2,B类,300,2016年9月,")}, // duplicate of line 3's ID? no: of
                                                                                     // row 1 original
                {7, QStringLiteral("5,洋里村,某甲,350121198808080011,2,2,B类,300,2026-13,")}, // month
                {8, QStringLiteral("6,洋里村,某乙,350121198002300017,2,2,B类,300,2016-09,")}}); // 19800230
        QVERIFY(!path.isEmpty());
        const int households = count(*m_t->db, QStringLiteral("household"));
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        const ImportPreview p = importFile(path);
        QVERIFY(!p.isAcceptable());
        const QString all = issuesText(p);
        auto hasIssue = [&](int row, const QString &column, const QString &mentions) {
            for (const ImportIssue &i : p.issues) {
                if (i.row == row && i.column == column && i.text().contains(mentions))
                    return true;
            }
            qWarning("missing issue at row %d, column %s: %s\n%s", row, qPrintable(column), qPrintable(mentions),
                qPrintable(all));
            return false;
        };
        QVERIFY(hasIssue(3, QStringLiteral("公民身份号码"), QStringLiteral("check digit")));
        QVERIFY(hasIssue(4, QStringLiteral("公民身份号码"), QStringLiteral("format the column as text")));
        QVERIFY(hasIssue(5, QStringLiteral("保障金额"), QStringLiteral("三百")));
        QVERIFY(hasIssue(7, QStringLiteral("起始保障年月"), QStringLiteral("2026-13")));
        QVERIFY(hasIssue(8, QStringLiteral("公民身份号码"), QStringLiteral("19800230")));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), households);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
    }

    void duplicateIdWithinFile()
    {
        QTemporaryDir dir;
        const QString path = writeVariant(
            dir.path(), {{10, QStringLiteral("8,梧桥村,重复人,350121195303015286,1,1,A类,500,2019-01,")}});
        const ImportPreview p = importFile(path);
        QVERIFY(!p.isAcceptable());
        QCOMPARE(p.issues.size(), 1);
        QCOMPARE(p.issues.first().row, 10);
        QVERIFY2(p.issues.first().reason.contains(QStringLiteral("row 3")), qPrintable(issuesText(p)));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 0);
    }

    void unknownVillagesNeedPermission()
    {
        const ImportPreview p = importFile(sheetData(QStringLiteral("sample_roster_utf8.csv")), false);
        QVERIFY(!p.isAcceptable());
        QVERIFY(p.issues.first().reason.contains(QStringLiteral("not in the township's list")));
        QCOMPARE(p.issues.first().column, QStringLiteral("所在村"));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 0);
        QCOMPARE(count(*m_t->db, QStringLiteral("village")), 2);
    }

    void updatePreviewShowsOldAndNew()
    {
        QVERIFY(importFile(sheetData(QStringLiteral("sample_roster_utf8.csv"))).isAcceptable());
        QTemporaryDir dir;
        const QString path = writeVariant(
            dir.path(), {{3, QStringLiteral("1,梧桥村,吴志强,350121195303015286,4,3,B类,837,2014年8月,复核调整")}});
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        const ImportPreview p = importer.preview(path, options);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.changedHouseholds, 1);
        QCOMPARE(p.unchangedHouseholds, 119);
        const auto &change = p.changes.first();
        QCOMPARE(change.row, 3);
        QStringList seen;
        for (const auto &c : change.changes)
            seen << QStringLiteral("%1: %2 → %3").arg(c.field, c.before, c.after);
        QVERIFY2(
            seen.contains(QStringLiteral("Monthly amount (yuan): 1116.00 → 837.00")), qPrintable(seen.join(u'\n')));
        QVERIFY2(seen.contains(QStringLiteral("Covered persons: 4 → 3")), qPrintable(seen.join(u'\n')));
        QVERIFY(importer.apply());
        RosterRepository repo(*m_t->db);
        const qint64 id = repo.householdOfIdNumber(QStringLiteral("350121195303015286"));
        QCOMPARE(repo.household(id)->monthlyAmount, Money::fromYuan(837));
        const auto audit = AuditLog(*m_t->db).forHousehold(id);
        QCOMPARE(audit.last().action, QStringLiteral("update"));
        QVERIFY(audit.last().newValue.contains(QStringLiteral("variant.csv")));
        // The status history keeps the amount in force from now on.
        QCOMPARE(repo.statusHistory(id).last().monthlyAmount, Money::fromYuan(837));
    }

    void applyRefusedWhenRosterChangedSincePreview()
    {
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = true;
        const ImportPreview p = importer.preview(sheetData(QStringLiteral("sample_roster_utf8.csv")), options);
        QVERIFY(p.isAcceptable());
        Household h = household(m_t->village1, QStringLiteral("插队"), QDate(1960, 1, 1), 901);
        QVERIFY(RosterRepository(*m_t->db).createHousehold(h));
        const Result r = importer.apply();
        QVERIFY(!r);
        QVERIFY(r.message().contains(QStringLiteral("changed since the preview")));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 1);
    }

    void cancelWritesNothing()
    {
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = true;
        QVERIFY(importer.preview(sheetData(QStringLiteral("sample_roster_utf8.csv")), options).isAcceptable());
        importer.setProgress([](int done, int total) { return !(total > 0 && done >= 50); });
        QVERIFY(!importer.apply());
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 0);
        QCOMPARE(count(*m_t->db, QStringLiteral("village")), 2);
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    void profileOverridesMapping()
    {
        // Map 备注 to the address, save the mapping, and use it by name.
        ImportProfileRepository profiles(*m_t->db);
        QVERIFY(!profiles.save(QStringLiteral(" "), QStringLiteral("{}")));
        QVERIFY(profiles.save(QStringLiteral("县系统导出"), QStringLiteral("{\"备注\":\"address\"}")));
        QCOMPARE(profiles.names(), QStringList {QStringLiteral("县系统导出")});
        QTemporaryDir dir;
        const QString path = writeVariant(
            dir.path(), {{3, QStringLiteral("1,梧桥村,吴志强,350121195303015286,4,4,B类,1116,2014年8月,梧桥村3组")}});
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = true;
        options.profile = QStringLiteral("县系统导出");
        const ImportPreview p = importer.preview(path, options);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.mapping.headerOf(RosterColumns::Field::Address), QStringLiteral("备注"));
        QVERIFY(importer.apply());
        RosterRepository repo(*m_t->db);
        QCOMPARE(repo.household(repo.householdOfIdNumber(QStringLiteral("350121195303015286")))->address,
            QStringLiteral("梧桥村3组"));
        options.profile = QStringLiteral("没有这个方案");
        const ImportPreview missing = importer.preview(path, options);
        QVERIFY(!missing.isAcceptable());
        QVERIFY(missing.issues.first().reason.contains(QStringLiteral("县系统导出")));
    }

    void memberPerRowWithMergedHouseholdCells()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("members.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString head1 = idNumber(QDate(1958, 3, 1), 13);
        const QString wife1 = idNumber(QDate(1960, 5, 2), 24);
        const QString son1 = idNumber(QDate(1990, 7, 3), 35);
        const QString head2 = idNumber(QDate(1945, 1, 4), 47);
        f.write(QStringLiteral("上街镇低保家庭成员花名册\n填报单位：上街镇民政办,,,,,,,\n"
                               "序号,村(居)名称,户主姓名,姓名,身份证号码,与户主关系,月保障金额（元）,开始保障年月\n"
                               "1,上街村,林大山,林大山,%1,户主,900,2019-05\n"
                               ",,,王秀兰,%2,配偶,,\n"
                               ",,,林小军,%3,子,,\n"
                               "2,下洋村,陈阿婆,陈阿婆,%4,户主,450,2020.01\n"
                               "合计,,,,,,1350,\n")
                    .arg(head1, wife1, son1, head2)
                    .toUtf8());
        f.close();
        const ImportPreview p = importFile(path);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.shape, RosterSheetParser::Shape::MemberPerRow);
        QCOMPARE(p.headerRow, 3);
        QCOMPARE(p.households, 2);
        QCOMPARE(p.members, 4);
        QCOMPARE(p.monthlyTotal, Money::fromYuan(1350));
        RosterRepository repo(*m_t->db);
        const auto h = repo.household(repo.householdOfIdNumber(son1));
        QVERIFY(h);
        QCOMPARE(h->headName(), QStringLiteral("林大山"));
        QCOMPARE(h->memberCount, 3);
        QCOMPARE(h->members.size(), 3);
        QCOMPARE(h->startPeriod, Period(2019, 5));

        // Two heads in one household are refused with the row of the second.
        QFile g(dir.filePath(QStringLiteral("twoheads.csv")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QStringLiteral("户主姓名,户主身份证号码,姓名,身份证号码,与户主关系,村(居)名称,月保障金额,开始保障年月\n"
                               "赵一,%1,赵一,%1,户主,上街村,300,2021-01\n"
                               ",,赵二,%2,户主,,,\n")
                    .arg(idNumber(QDate(1970, 1, 1), 55), idNumber(QDate(1971, 1, 1), 66))
                    .toUtf8());
        g.close();
        const ImportPreview two = importFile(g.fileName());
        QVERIFY(!two.isAcceptable());
        QCOMPARE(two.issues.first().row, 3);
        QCOMPARE(two.issues.first().column, QStringLiteral("与户主关系"));
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_roster_import.moc"
