#include "TestSupport.h"
#include "exchange/roster/ImportProfileRepository.h"
#include "exchange/roster/RosterImporter.h"
#include "exchange/roster/ValueMappings.h"
#include "office/OfficeRepository.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <QJsonArray>
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

QString warningsText(const ImportPreview &p)
{
    QStringList lines;
    for (const ImportIssue &i : p.warnings)
        lines << i.text();
    return lines.join(u'\n');
}

// The ID numbers of the fixtures make_fixtures.py writes (region 350121).
QString fixtureId(const char *birth, int sequence)
{
    return idNumber(QDate::fromString(QString::fromLatin1(birth), QStringLiteral("yyyyMMdd")), sequence);
}

QString writeText(const QString &path, const QString &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(text.toUtf8());
    return path;
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
    QString path = dir + QStringLiteral("/variant.csv");
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

    ImportPreview importWith(const QString &path, const ImportOptions &options, bool apply = true)
    {
        RosterImporter importer(*m_t->db);
        ImportPreview p = importer.preview(path, options);
        if (apply && p.isAcceptable()) {
            const Result r = importer.apply();
            if (!r)
                qWarning("apply failed: %s", qPrintable(r.message()));
        }
        return p;
    }

    std::optional<Person> member(const QString &idNumber)
    {
        RosterRepository repo(*m_t->db);
        const auto h = repo.household(RosterQueries(*m_t->db).householdOfIdNumber(idNumber).value());
        if (!h)
            return std::nullopt;
        for (const Person &p : h->members) {
            if (p.idNumber == idNumber)
                return p;
        }
        return std::nullopt;
    }

    QList<StatusChange> historyOf(const QString &headIdNumber)
    {
        RosterRepository repo(*m_t->db);
        return repo.statusHistory(RosterQueries(*m_t->db).householdOfIdNumber(headIdNumber).value()).value();
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
        const RosterStats s = StatsRepository(*m_t->db).stats().value();
        QCOMPARE(s.householdsTotal, 120);
        QCOMPARE(s.householdsActive, 120);
        QCOMPARE(s.monthlyTotalActive, Money::fromYuan(61380));
        QCOMPARE(s.personsActive, p.declaredPersons);
        // The first row: 梧桥村 吴志强, 4 persons, 4 covered, B类, 1116 yuan from 2014-08.
        RosterRepository repo(*m_t->db);
        const auto h
            = repo.household(RosterQueries(*m_t->db).householdOfIdNumber(QStringLiteral("350121195303015286")).value());
        QVERIFY(h);
        QCOMPARE(h->headName(), QStringLiteral("吴志强"));
        QCOMPARE(h->villageName, QStringLiteral("梧桥村"));
        QCOMPARE(h->memberCount, 4);
        QCOMPARE(h->coveredCount, 4);
        QCOMPARE(h->category, Category::ClassB);
        QCOMPARE(h->monthlyAmount, Money::fromYuan(1116));
        QCOMPARE(h->startPeriod, Period(2014, 8));
        // Audited like a manual edit, with the file's name and SHA-256.
        const auto audit = AuditLog(*m_t->db).forHousehold(h->id).value();
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
        const qint64 id = RosterQueries(*m_t->db).householdOfIdNumber(QStringLiteral("350121195303015286")).value();
        QCOMPARE(repo.household(id)->monthlyAmount, Money::fromYuan(837));
        const auto audit = AuditLog(*m_t->db).forHousehold(id).value();
        QCOMPARE(audit.last().action, QStringLiteral("update"));
        QVERIFY(audit.last().newValue.contains(QStringLiteral("variant.csv")));
        // The status history keeps the amount in force from now on.
        QCOMPARE(repo.statusHistory(id).value().last().monthlyAmount, Money::fromYuan(837));
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

    // apply() uses its preview up (the new households are moved to the writer): a second one is refused and writes
    // nothing, also after a failed one; a new preview can be applied.
    void applyUsesThePreviewUp()
    {
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = true;
        const QString file = sheetData(QStringLiteral("sample_roster_utf8.csv"));
        QVERIFY(importer.preview(file, options).isAcceptable());
        importer.setProgress([](int done, int total) { return !(total > 0 && done >= 5); });
        QVERIFY(!importer.apply()); // cancelled
        importer.setProgress({});
        Result again = importer.apply();
        QVERIFY(!again);
        QCOMPARE(again.kind(), Result::Kind::Rejected);
        QVERIFY2(again.message().contains(QStringLiteral("preview has been used")), qPrintable(again.message()));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 0);

        const ImportPreview p = importer.preview(file, options);
        QVERIFY(p.isAcceptable());
        QVERIFY(importer.apply());
        const int households = count(*m_t->db, QStringLiteral("household"));
        QCOMPARE(households, p.newHouseholds);
        again = importer.apply();
        QCOMPARE(again.kind(), Result::Kind::Rejected);
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), households);
        QVERIFY(AuditLog(*m_t->db).verify().ok);
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
        QCOMPARE(profiles.names().value(), QStringList {QStringLiteral("县系统导出")});
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
        QCOMPARE(
            repo.household(RosterQueries(*m_t->db).householdOfIdNumber(QStringLiteral("350121195303015286")).value())
                ->address,
            QStringLiteral("梧桥村3组"));
        options.profile = QStringLiteral("没有这个方案");
        const ImportPreview missing = importer.preview(path, options);
        QVERIFY(!missing.isAcceptable());
        QVERIFY(missing.issues.first().reason.contains(QStringLiteral("县系统导出")));
    }

    // Profiles that cannot be read: the preview fails with the reason, not "there is no such profile", and saving
    // one fails rather than creating it as new.
    void unreadableProfilesAreAFailure()
    {
        ImportProfileRepository profiles(*m_t->db);
        QVERIFY(profiles.save(QStringLiteral("县系统导出"), QStringLiteral("{\"备注\":\"address\"}")));
        QVERIFY(profiles.mapping(QStringLiteral("没有这个方案")).isOk());
        QVERIFY(!profiles.mapping(QStringLiteral("没有这个方案")).value());
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("DROP TABLE import_profile")));
        QCOMPARE(profiles.names().result().kind(), Result::Kind::Failed);
        const Result mapping = profiles.mapping(QStringLiteral("县系统导出")).result();
        QCOMPARE(mapping.kind(), Result::Kind::Failed);
        QVERIFY2(mapping.message().contains(QStringLiteral("import_profile")), qPrintable(mapping.message()));
        QCOMPARE(profiles.save(QStringLiteral("县系统导出"), QStringLiteral("{\"备注\":\"name\"}")).kind(),
            Result::Kind::Failed);
        RosterImporter importer(*m_t->db);
        ImportOptions options;
        options.createVillages = true;
        options.profile = QStringLiteral("县系统导出");
        const ImportPreview p = importer.preview(sheetData(QStringLiteral("sample_roster_utf8.csv")), options);
        QVERIFY(!p.isAcceptable());
        QVERIFY2(p.issues.first().reason.contains(QStringLiteral("could not be read")), qPrintable(issuesText(p)));
    }

    void relationWordsCodesAndDisabilitySpellings_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "members_words_libreoffice.xlsx";
        QTest::newRow("xls") << "members_words_libreoffice.xls";
    }

    void relationWordsCodesAndDisabilitySpellings()
    {
        QFETCH(QString, file);
        const ImportPreview p = importFile(sheetData(file), false);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.households, 7);
        QCOMPARE(p.members, 29);
        QVERIFY(p.unmappedWords().isEmpty());
        // Relations: the kind, and the word as the file wrote it where it is not the kind's label.
        struct Expected
        {
            QString id;
            Relation relation;
            QString kept;
        };
        const QList<Expected> relations = {
            {fixtureId("19580301", 13), Relation::Head, QString()},
            {fixtureId("19600502", 24), Relation::Spouse, QStringLiteral("妻子")},
            {fixtureId("19850703", 35), Relation::Son, QStringLiteral("长子")},
            {fixtureId("19900812", 46), Relation::Daughter, QStringLiteral("女（30）")}, // a numeric cell 30
            {fixtureId("19450104", 48), Relation::Head, QStringLiteral("本人（01）")},
            {fixtureId("19700211", 17), Relation::Son, QStringLiteral("长子（22）")},
            {fixtureId("20080921", 28), Relation::Granddaughter, QString()},
            {fixtureId("19450915", 26), Relation::Mother, QString()},
            {fixtureId("19730303", 31), Relation::Sibling, QString()},
            {fixtureId("19780620", 51), Relation::DaughterInLaw, QString()},
            {fixtureId("20100101", 64), Relation::Granddaughter, QStringLiteral("外孙女")},
            {fixtureId("19420505", 71), Relation::Grandfather, QStringLiteral("爷爷")},
            {fixtureId("19660202", 62), Relation::Spouse, QStringLiteral("配偶（10）")},
            {fixtureId("19900303", 73), Relation::Child, QString()},
            {fixtureId("19880404", 81), Relation::SonInLaw, QString()},
            {fixtureId("19400505", 94), Relation::ParentInLaw, QStringLiteral("岳母")},
            {fixtureId("20150606", 15), Relation::Grandson, QStringLiteral("孙子（41）")},
            {fixtureId("19950707", 23), Relation::Relative, QStringLiteral("侄子")},
            {fixtureId("19700808", 84), Relation::NonRelative, QStringLiteral("非亲属（99）")},
            {fixtureId("19800115", 36), Relation::Head, QStringLiteral("本人")},
            {fixtureId("19500220", 57), Relation::ParentInLaw, QStringLiteral("公公")},
            {fixtureId("19780325", 68), Relation::SiblingInLaw, QStringLiteral("嫂子")},
            {fixtureId("19380430", 72), Relation::Grandmother, QStringLiteral("外婆")},
            {fixtureId("20000101", 89), Relation::Son, QStringLiteral("次子")},
        };
        QVERIFY(importFile(sheetData(file)).isAcceptable());
        for (const Expected &e : relations) {
            const std::optional<Person> m = member(e.id);
            QVERIFY2(m, qPrintable(e.id));
            QCOMPARE(m->relation, e.relation);
            QCOMPARE(m->relationText, e.kept);
        }
        // Disability in its spellings, with the certificate number.
        struct Disability
        {
            QString id;
            DisabilityKind kind;
            DisabilityGrade grade;
            QString text;
            QString certificateEnd; // the certificate's last characters, empty: none stored
        };
        const QList<Disability> disabilities = {
            {fixtureId("19580301", 13), DisabilityKind::Intellectual, DisabilityGrade::Grade3,
                QStringLiteral("三级（智力）"), QStringLiteral("53")},
            {fixtureId("19600502", 24), DisabilityKind::Physical, DisabilityGrade::Grade2, QStringLiteral("肢体二级"),
                QStringLiteral("42")},
            {fixtureId("19850703", 35), DisabilityKind::Visual, DisabilityGrade::Grade1, QString(),
                QStringLiteral("11B1")}, // 视力残疾一级: the labels
            {fixtureId("19900812", 46), DisabilityKind::Mental, DisabilityGrade::Grade3, QStringLiteral("精神 3级"),
                QStringLiteral("63")},
            {fixtureId("19700211", 17), DisabilityKind::Physical, DisabilityGrade::Grade2, QStringLiteral("二级肢体"),
                QStringLiteral("42")}, // another member's number: kept, not used
            {fixtureId("20080921", 28), DisabilityKind::Speech, DisabilityGrade::Grade4, QStringLiteral("言语四级"),
                QString()},
            {fixtureId("19700607", 19), DisabilityKind::Multiple, DisabilityGrade::Grade1, QString(),
                QStringLiteral("71")},
            // The text says grade 2, the certificate grade 3: the text is used.
            {fixtureId("19730303", 31), DisabilityKind::Physical, DisabilityGrade::Grade2,
                QStringLiteral("肢体残疾2级"), QStringLiteral("43")},
            {fixtureId("19761219", 42), DisabilityKind::None, DisabilityGrade::None, QString(), QString()},
            {fixtureId("19780620", 51), DisabilityKind::None, DisabilityGrade::None, QString(), QString()},
            {fixtureId("19380430", 72), DisabilityKind::Intellectual, DisabilityGrade::Grade3,
                QStringLiteral("智力三级"), QStringLiteral("52")},
            {fixtureId("19750615", 77), DisabilityKind::None, DisabilityGrade::None, QString(), QStringLiteral("81")},
            // No text: the certificate tells.
            {fixtureId("20000101", 89), DisabilityKind::Hearing, DisabilityGrade::Grade4, QString(),
                QStringLiteral("24")},
        };
        for (const Disability &d : disabilities) {
            const std::optional<Person> m = member(d.id);
            QVERIFY2(m, qPrintable(d.id));
            QCOMPARE(m->disabilityKind, d.kind);
            QCOMPARE(m->disabilityGrade, d.grade);
            QCOMPARE(m->disabilityText, d.text);
            QCOMPARE(m->disabilityCertificate.isEmpty(), d.certificateEnd.isEmpty());
            QVERIFY2(m->disabilityCertificate.endsWith(d.certificateEnd), qPrintable(m->disabilityCertificate));
        }
        // The certificates that do not fit are warnings naming their rows; the file imports.
        QMap<int, QString> warned;
        for (const ImportIssue &w : p.warnings) {
            QCOMPARE(w.severity, ImportIssue::Severity::Warning);
            QCOMPARE(w.sheet, QStringLiteral("花名册"));
            warned.insert(w.row, w.column + u' ' + w.reason);
        }
        QCOMPARE(warned.keys(), (QList<int> {8, 12, 28, 29}));
        QVERIFY2(warned.value(8).contains(QStringLiteral("not this member's ID number")), qPrintable(warned.value(8)));
        QVERIFY2(warned.value(12).contains(QStringLiteral("肢体残疾三级"))
                && warned.value(12).contains(QStringLiteral("is used")),
            qPrintable(warned.value(12)));
        QVERIFY(warned.value(28).startsWith(QStringLiteral("残疾人证号")));
        QVERIFY2(warned.value(29).contains(QStringLiteral("kind digit 8")), qPrintable(warned.value(29)));
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray().size(), 4);
        QCOMPARE(json.value(QStringLiteral("errors")).toArray().size(), 0);
        QCOMPARE(json.value(QStringLiteral("warnings")).toArray().first().toObject().value(QStringLiteral("severity")),
            QStringLiteral("warning"));

        // The history the file tells: the start month, and 停保 / 退保 at their dates with their reasons.
        const QList<StatusChange> active = historyOf(fixtureId("19580301", 13));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().to, HouseholdStatus::Active);
        QCOMPARE(active.first().date, QDate(2013, 2, 1));
        QCOMPARE(active.first().paidFrom, Period(2013, 2));
        QCOMPARE(historyOf(fixtureId("19450104", 48)).first().date, QDate(2019, 5, 1)); // a date cell
        QCOMPARE(historyOf(fixtureId("19750615", 77)).first().date, QDate(2021, 6, 1)); // 2021.06
        const QList<StatusChange> suspended = historyOf(fixtureId("19700607", 19));
        QCOMPARE(suspended.size(), 2);
        QCOMPARE(suspended[0].to, HouseholdStatus::Active);
        QCOMPARE(suspended[0].date, QDate(2018, 3, 1));
        QCOMPARE(suspended[1].to, HouseholdStatus::Suspended);
        QCOMPARE(suspended[1].date, QDate(2026, 6, 15));
        QCOMPARE(suspended[1].reason, QStringLiteral("家庭收入超过低保标准"));
        const QList<StatusChange> exited = historyOf(fixtureId("19761219", 42));
        QCOMPARE(exited.size(), 2);
        QCOMPARE(exited[1].to, HouseholdStatus::Exited);
        QCOMPARE(exited[1].date, QDate(2025, 12, 31));
        QCOMPARE(exited[1].reason, QStringLiteral("导入时已退保"));
        const RosterStats s = StatsRepository(*m_t->db).stats().value();
        QCOMPARE(s.householdsActive, 5);
        QCOMPARE(s.monthlyTotalActive, Money::fromYuan(3450));
        QVERIFY(AuditLog(*m_t->db).verify().ok);

        // The same file again: every word and number reads back to what is stored, nothing changes.
        const ImportPreview again = importFile(sheetData(file), false, false);
        QVERIFY2(again.isAcceptable(), qPrintable(issuesText(again)));
        QCOMPARE(again.unchangedHouseholds, 7);
        QCOMPARE(historyOf(fixtureId("19700607", 19)).size(), 2);
    }

    void oneDigitCodesAndSeparateDisabilityColumns()
    {
        const ImportPreview p = importFile(sheetData(QStringLiteral("members_kinds_libreoffice.xlsx")), false);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(warningsText(p)));
        const auto check = [&](const char *birth, int seq, Relation r, const QString &kept, DisabilityKind k,
                               DisabilityGrade g, const QString &text) {
            const std::optional<Person> m = member(fixtureId(birth, seq));
            QVERIFY(m);
            QCOMPARE(m->relation, r);
            QCOMPARE(m->relationText, kept);
            QCOMPARE(m->disabilityKind, k);
            QCOMPARE(m->disabilityGrade, g);
            QCOMPARE(m->disabilityText, text);
        };
        check("19600101", 11, Relation::Head, QStringLiteral("本人或户主（0）"), DisabilityKind::Physical,
            DisabilityGrade::Grade2, QStringLiteral("肢体 2级"));
        check("19620202", 22, Relation::Spouse, QStringLiteral("配偶（1）"), DisabilityKind::Intellectual,
            DisabilityGrade::Grade3, QStringLiteral("三级（智力）"));
        check("19850303", 33, Relation::Son, QStringLiteral("子（2）"), DisabilityKind::Visual, DisabilityGrade::Grade1,
            QString());
        check("20120404", 44, Relation::Grandchild, QStringLiteral("孙子女（4）"), DisabilityKind::None,
            DisabilityGrade::None, QString());
        // 听力 without a grade: the certificate gives it.
        check("19350505", 56, Relation::Parent, QStringLiteral("父母（5）"), DisabilityKind::Hearing,
            DisabilityGrade::Grade4, QStringLiteral("听力"));
        check("19720808", 77, Relation::Sibling, QStringLiteral("兄弟姐妹（7）"), DisabilityKind::None,
            DisabilityGrade::None, QString());
        check("19990909", 88, Relation::Relative, QStringLiteral("其他（8）"), DisabilityKind::None,
            DisabilityGrade::None, QString());
        // 停保日期 written as text, 停保原因.
        const QList<StatusChange> h = historyOf(fixtureId("19700707", 65));
        QCOMPARE(h.size(), 2);
        QCOMPARE(h[0].date, QDate(2019, 10, 1));
        QCOMPARE(h[1].to, HouseholdStatus::Suspended);
        QCOMPARE(h[1].date, QDate(2026, 3, 15));
        QCOMPARE(h[1].reason, QStringLiteral("外出务工收入增加"));
    }

    void unmappedWordsWarnAndCanBeMapped()
    {
        const QString path = sheetData(QStringLiteral("members_unmapped_libreoffice.xlsx"));
        const ImportPreview p = importFile(path, false, false);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        // One warning per row, naming sheet, row, column and value.
        QCOMPARE(p.warnings.size(), 3);
        QCOMPARE(p.warnings[0].row, 4);
        QCOMPARE(p.warnings[0].column, QStringLiteral("与户主关系"));
        QCOMPARE(p.warnings[0].value, QStringLiteral("干亲"));
        QCOMPARE(p.warnings[1].row, 5);
        QCOMPARE(p.warnings[1].column, QStringLiteral("残疾情况"));
        QCOMPARE(p.warnings[1].value, QStringLiteral("侏儒"));
        QCOMPARE(p.warnings[2].row, 7);
        QVERIFY(p.warnings[0].text().contains(QStringLiteral("row 4")));
        const QList<ValueWord> words = p.unmappedWords();
        QCOMPARE(words.size(), 2);
        QCOMPARE(words[0].word, QStringLiteral("干亲"));
        QCOMPARE(words[0].count, 2);
        QCOMPARE(words[0].rows, (QList<int> {4, 7}));
        QCOMPARE(words[1].field, ValueWord::Field::Disability);
        QCOMPARE(words[1].rows, (QList<int> {5}));
        // Imported as 其他 with the words kept.
        QVERIFY(importFile(path, false).isAcceptable());
        QCOMPARE(member(fixtureId("19680202", 28))->relation, Relation::Other);
        QCOMPARE(member(fixtureId("19680202", 28))->relationText, QStringLiteral("干亲"));
        QCOMPARE(member(fixtureId("19990303", 37))->disabilityKind, DisabilityKind::Other);
        QCOMPARE(member(fixtureId("19990303", 37))->disabilityText, QStringLiteral("侏儒"));

        // Mapped in the options: no warning, the words kept.
        m_t = makeDatabase();
        m_t->db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0)); });
        ImportOptions options;
        options.values.setRelation(QStringLiteral("干亲"), Relation::Relative);
        options.values.setDisability(QStringLiteral("侏儒"), DisabilityKind::Physical);
        const ImportPreview mapped = importWith(path, options, false);
        QVERIFY(mapped.isAcceptable());
        QVERIFY2(mapped.warnings.isEmpty(), qPrintable(warningsText(mapped)));
        QVERIFY(mapped.unmappedWords().isEmpty());
        QCOMPARE(mapped.valueWords.size(), 2);
        QCOMPARE(mapped.valueWords[0].mappedTo, QStringLiteral("relative"));

        // Saved in a profile (beside its columns): the CLI's --profile applies them.
        ImportProfileRepository profiles(*m_t->db);
        QVERIFY(profiles.save(QStringLiteral("干亲方案"),
            ValueMappings::intoProfile(QStringLiteral("{\"残疾情况\":\"disability\"}"), options.values)));
        ImportOptions byProfile;
        byProfile.profile = QStringLiteral("干亲方案");
        const ImportPreview viaProfile = importWith(path, byProfile);
        QVERIFY(viaProfile.isAcceptable());
        QVERIFY2(viaProfile.warnings.isEmpty(), qPrintable(warningsText(viaProfile)));
        QCOMPARE(member(fixtureId("19680202", 28))->relation, Relation::Relative);
        QCOMPARE(member(fixtureId("19680202", 28))->relationText, QStringLiteral("干亲"));
        QCOMPARE(member(fixtureId("19990303", 37))->disabilityKind, DisabilityKind::Physical);
    }

    void filesWithoutDatesNeedTheMonthTheyDescribe()
    {
        const QString path = sheetData(QStringLiteral("members_no_dates_libreoffice.xlsx"));
        const ImportPreview refused = importFile(path);
        QVERIFY(!refused.isAcceptable());
        QCOMPARE(refused.issues.size(), 1); // one error for the file, not one per household
        const ImportIssue &e = refused.issues.first();
        QCOMPARE(e.row, 3);
        QVERIFY2(e.reason.contains(QStringLiteral("3 household(s) (rows 3, 5, 6)")), qPrintable(e.reason));
        QVERIFY2(e.reason.contains(QStringLiteral("--as-of")), qPrintable(e.reason));
        QCOMPARE(count(*m_t->db, QStringLiteral("household")), 0);

        ImportOptions future;
        future.asOf = Period(2026, 12);
        QVERIFY(!importWith(path, future).isAcceptable());

        ImportOptions options;
        options.asOf = Period(2026, 10);
        const ImportPreview p = importWith(path, options);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.toJson().value(QStringLiteral("as_of")).toString(), QStringLiteral("2026-10"));
        const QList<StatusChange> active = historyOf(fixtureId("19510101", 12));
        QCOMPARE(active.size(), 1);
        QCOMPARE(active.first().to, HouseholdStatus::Active);
        QCOMPARE(active.first().date, QDate(2026, 10, 1));
        QCOMPARE(active.first().paidFrom, Period(2026, 10));
        RosterRepository repo(*m_t->db);
        QCOMPARE(
            repo.household(RosterQueries(*m_t->db).householdOfIdNumber(fixtureId("19510101", 12)).value())->startPeriod,
            Period(2026, 10));
        const QList<StatusChange> suspended = historyOf(fixtureId("19720404", 43));
        QCOMPARE(suspended.size(), 1);
        QCOMPARE(suspended.first().to, HouseholdStatus::Suspended);
        QCOMPARE(suspended.first().date, QDate(2026, 10, 1));
        QCOMPARE(suspended.first().reason, QStringLiteral("导入时已停保"));

        // A re-import of households on the roster needs no dates: they keep their history.
        const ImportPreview again = importFile(path, false, false);
        QVERIFY2(again.isAcceptable(), qPrintable(issuesText(again)));
        QCOMPARE(again.unchangedHouseholds, 3);
    }

    void statusDatesAreChecked()
    {
        QTemporaryDir dir;
        const QString a = idNumber(QDate(1960, 1, 1), 11), b = idNumber(QDate(1961, 2, 2), 21),
                      c = idNumber(QDate(1962, 3, 3), 31), d = idNumber(QDate(1963, 4, 4), 41);
        const QString path = writeText(dir.filePath(QStringLiteral("dates.csv")),
            QStringLiteral("户主姓名,身份证号码,村(居)名称,保障状态,状态变更日期,月保障金额,起始保障年月\n"
                           "甲,%1,上街村,停保,2018-05-01,300,2019-03\n" // before the benefit started
                           "乙,%2,上街村,停保,2026-12-01,300,2019-03\n" // in the future (today is 2026-11-27)
                           "丙,%3,上街村,退保,去年,300,2019-03\n"
                           "丁,%4,上街村,停保,2024年5月,300,2019-03\n") // a month: its first day
                .arg(a, b, c, d));
        const ImportPreview p = importFile(path, false, false);
        QCOMPARE(p.issues.size(), 3);
        for (const ImportIssue &i : p.issues)
            QCOMPARE(i.column, QStringLiteral("状态变更日期"));
        QCOMPARE(p.issues[0].row, 2);
        QVERIFY2(p.issues[0].reason.contains(QStringLiteral("2019-03")), qPrintable(issuesText(p)));
        QCOMPARE(p.issues[1].row, 3);
        QVERIFY(p.issues[1].reason.contains(QStringLiteral("future")));
        QCOMPARE(p.issues[2].row, 4);
    }

    void disabilityColumnsThatSayTooLittle()
    {
        QTemporaryDir dir;
        const QString a = idNumber(QDate(1960, 1, 1), 11), b = idNumber(QDate(1961, 2, 2), 21),
                      c = idNumber(QDate(1962, 3, 3), 31);
        const QString path = writeText(dir.filePath(QStringLiteral("kinds.csv")),
            QStringLiteral("户主姓名,身份证号码,村(居)名称,月保障金额,起始保障年月,残疾类别,残疾等级\n"
                           "甲,%1,上街村,300,2019-03,无,二级\n" // a grade without a kind
                           "乙,%2,上街村,300,2019-03,肢体,甲等\n" // a grade nobody knows
                           "丙,%3,上街村,300,2019-03,,三级\n")
                .arg(a, b, c));
        const ImportPreview p = importFile(path);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.warnings.size(), 3);
        QCOMPARE(p.warnings[0].row, 2);
        QCOMPARE(p.warnings[0].column, QStringLiteral("残疾等级"));
        QCOMPARE(p.warnings[1].row, 3);
        QCOMPARE(p.warnings[1].value, QStringLiteral("甲等"));
        QVERIFY2(p.warnings[1].reason.contains(QStringLiteral("肢体残疾")), qPrintable(warningsText(p)));
        // A grade-2 disability stays visible to the screening of the severely disabled, as 其他残疾.
        QCOMPARE(member(a)->disabilityKind, DisabilityKind::Other);
        QCOMPARE(member(a)->disabilityGrade, DisabilityGrade::Grade2);
        QVERIFY(isSevereDisability(member(a)->disabilityKind, member(a)->disabilityGrade));
        QCOMPARE(member(b)->disabilityKind, DisabilityKind::Physical);
        QCOMPARE(member(b)->disabilityText, QStringLiteral("肢体 甲等"));
        QCOMPARE(member(c)->disabilityKind, DisabilityKind::Other);
        QCOMPARE(member(c)->disabilityGrade, DisabilityGrade::Grade3);
    }

    void manyDistinctWordsPastTheParsersMemory()
    {
        // The parser remembers the readings of the first few hundred texts; the rest are read each time.
        QTemporaryDir dir;
        QString text
            = QStringLiteral("户主姓名,户主身份证号码,姓名,身份证号码,与户主关系,残疾情况,村(居)名称,月保障金额,"
                             "起始保障年月\n");
        const QString head = idNumber(QDate(1950, 1, 1), 1);
        text += QStringLiteral("大户,%1,大户,%1,户主,,上街村,300,2019-03\n").arg(head);
        for (int i = 1; i <= 300; ++i)
            text += QStringLiteral(",,成员%1,%2,称谓%1,怪词%1二级,,,\n")
                        .arg(i)
                        .arg(idNumber(QDate(1980, 1, 1), i * 2 + 1));
        const QString path = writeText(dir.filePath(QStringLiteral("many.csv")), text);
        ImportOptions options;
        options.values.setRelation(QStringLiteral("称谓300"), Relation::Relative);
        const ImportPreview p = importWith(path, options);
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QCOMPARE(p.warnings.size(), 599); // 300 disabilities, 299 relations
        QCOMPARE(p.unmappedWords().size(), 599);
        const std::optional<Person> last = member(idNumber(QDate(1980, 1, 1), 601));
        QCOMPARE(last->relation, Relation::Relative);
        QCOMPARE(last->relationText, QStringLiteral("称谓300"));
        QCOMPARE(last->disabilityKind, DisabilityKind::Other);
        QCOMPARE(last->disabilityGrade, DisabilityGrade::Grade2);
        QCOMPARE(last->disabilityText, QStringLiteral("怪词300二级"));
        QCOMPARE(member(idNumber(QDate(1980, 1, 1), 599))->relationText, QStringLiteral("称谓299"));
    }

    void sharedMemberSampleImports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("xlsx") << "sample_members_libreoffice.xlsx";
        QTest::newRow("utf8 csv") << "sample_members_utf8.csv";
    }

    void sharedMemberSampleImports()
    {
        QFETCH(QString, file);
        const ImportPreview p = importFile(sheetData(file));
        QVERIFY2(p.isAcceptable(), qPrintable(issuesText(p)));
        QVERIFY2(p.warnings.isEmpty(), qPrintable(warningsText(p)));
        QCOMPARE(p.households, 60);
        QCOMPARE(p.members, 173);
        const RosterStats s = StatsRepository(*m_t->db).stats().value();
        QCOMPARE(s.householdsTotal, 60);
        QCOMPARE(s.householdsActive, 56);
        QCOMPARE(s.monthlyTotalActive, Money::fromYuan(40150));
        // The history begins at the start month, not on the day of the import.
        const QList<StatusChange> first = historyOf(QStringLiteral("350122195012028286"));
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first().date, QDate(2013, 2, 1));
        QCOMPARE(first.first().paidFrom, Period(2013, 2));
        const QList<StatusChange> suspended = historyOf(QStringLiteral("350122194301081548"));
        QCOMPARE(suspended.size(), 2);
        QCOMPARE(suspended[0].to, HouseholdStatus::Active);
        QCOMPARE(suspended[0].date, QDate(2023, 9, 1));
        QCOMPARE(suspended[1].to, HouseholdStatus::Suspended);
        QCOMPARE(suspended[1].date, QDate(2026, 6, 15));
        const std::optional<Person> head = member(QStringLiteral("350122195012028286"));
        QCOMPARE(head->disabilityKind, DisabilityKind::Intellectual);
        QCOMPARE(head->disabilityGrade, DisabilityGrade::Grade3);
        QCOMPARE(head->disabilityCertificate, QStringLiteral("35012219501202828653"));
        QCOMPARE(member(QStringLiteral("350122198906229523"))->relation, Relation::DaughterInLaw);
        // Read again: nothing to change.
        const ImportPreview again = importFile(sheetData(file), false, false);
        QVERIFY2(again.isAcceptable(), qPrintable(issuesText(again)));
        QCOMPARE(again.unchangedHouseholds, 60);
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
        const auto h = repo.household(RosterQueries(*m_t->db).householdOfIdNumber(son1).value());
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
