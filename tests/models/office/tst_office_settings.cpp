// The office's settings (issue 10): its fields and their checks, the benefit standards by month, the category
// top-ups, the one benefit-ceiling rule and what uses it (the "amount above the standard" check, the monthly
// report's standard column), and the settings' table models.
#include "TestSupport.h"
#include "checks/DataChecks.h"
#include "office/BenefitCeiling.h"
#include "office/BenefitStandardModel.h"
#include "office/CategorySupplementModel.h"
#include "office/OfficeRepository.h"
#include "office/StandardRepository.h"
#include "reports/compute/ChartData.h"
#include "reports/compute/MonthlyReport.h"
#include "reports/compute/ReportCatalog.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

#define QVERIFY_OK(call)                                                                                               \
    do {                                                                                                               \
        const Result r_ = (call);                                                                                      \
        QVERIFY2(r_, qPrintable(r_.message()));                                                                        \
    } while (false)

namespace {

// The monthly report's standard column (保障标准).
constexpr int kStandardColumn = 14;

QStringList fieldsOf(const QList<Result> &problems)
{
    QStringList out;
    for (const Result &p : problems)
        out << p.field();
    return out;
}

} // namespace

class TestOfficeSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    Database &db() { return *m_t->db; }
    int audits() { return count(db(), QStringLiteral("audit_log")); }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase(); // 上街镇, two villages, 600 yuan from 2020-01
        QVERIFY(db().isOpen());
    }

    void savesEveryFieldAndAuditsTheChange()
    {
        OfficeRepository offices(db());
        Office o = offices.office().value();
        o.address = QStringLiteral("  闽侯县上街镇 政府路1号 ");
        o.hotline = QStringLiteral("0591-22861200");
        o.disclosureUrl = QStringLiteral("https://www.minhou.gov.cn/xxgk/dibao");
        o.unitHead = QStringLiteral("王建国");
        o.reviewer = QStringLiteral("李明");
        o.preparer = QStringLiteral("张丽");
        o.phone = QStringLiteral("0591-22861234");
        const int before = audits();
        QVERIFY_OK(offices.saveOffice(o));
        const Office stored = offices.office().value();
        QCOMPARE(stored.address, QStringLiteral("闽侯县上街镇 政府路1号"));
        QCOMPARE(stored.hotline, o.hotline);
        QCOMPARE(stored.disclosureUrl, o.disclosureUrl);
        QCOMPARE(stored.unitHead, o.unitHead);
        QCOMPARE(stored.reviewer, o.reviewer);
        QCOMPARE(stored.preparer, o.preparer);
        QCOMPARE(stored.phone, o.phone);
        QCOMPARE(audits(), before + 1);
        const AuditRecord record = AuditLog(db()).latest(1).value().first();
        QCOMPARE(record.entity, QStringLiteral("office"));
        QCOMPARE(record.action, QStringLiteral("update"));
        const QJsonObject newValue = QJsonDocument::fromJson(record.newValue.toUtf8()).object();
        QCOMPARE(newValue.value(QStringLiteral("address")).toString(), stored.address);
        QCOMPARE(newValue.value(QStringLiteral("hotline")).toString(), o.hotline);
        QVERIFY(!newValue.contains(QStringLiteral("name"))); // only what changed
        QVERIFY(AuditLog(db()).verify().ok);

        // The same again writes nothing.
        QVERIFY_OK(offices.saveOffice(stored));
        QCOMPARE(audits(), before + 1);
    }

    void refusesBadFieldsNamingThem_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("problemField");
        QTest::newRow("empty name") << "name"
                                    << "  "
                                    << "name";
        QTest::newRow("short code") << "divisionCode"
                                    << "35012110100"
                                    << "divisionCode";
        QTest::newRow("township digit") << "divisionCode"
                                        << "350121901000"
                                        << "divisionCode";
        QTest::newRow("ftp") << "disclosureUrl"
                             << "ftp://www.minhou.gov.cn"
                             << "disclosureUrl";
        QTest::newRow("words") << "disclosureUrl"
                               << "民政局网站"
                               << "disclosureUrl";
        QTest::newRow("spaces") << "disclosureUrl"
                                << "www.minhou .gov.cn"
                                << "disclosureUrl";
        QTest::newRow("no host") << "disclosureUrl"
                                 << "https://"
                                 << "disclosureUrl";
        QTest::newRow("no dot") << "disclosureUrl"
                                << "http://localhost/dibao"
                                << "disclosureUrl";
        QTest::newRow("empty label") << "disclosureUrl"
                                     << "www..gov.cn"
                                     << "disclosureUrl";
        QTest::newRow("mail") << "disclosureUrl"
                              << "mailto:mzj@minhou.gov.cn"
                              << "disclosureUrl";
        QTest::newRow("javascript") << "disclosureUrl"
                                    << "javascript:alert(1)"
                                    << "disclosureUrl";
        QTest::newRow("hotline words") << "hotline"
                                       << "张三"
                                       << "hotline";
        QTest::newRow("phone too few digits") << "phone"
                                              << "电话12"
                                              << "phone";
    }

    void refusesBadFieldsNamingThem()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, problemField);
        OfficeRepository offices(db());
        const Office before = offices.office().value();
        Office o = before;
        if (field == QLatin1String("name"))
            o.name = value;
        else if (field == QLatin1String("divisionCode"))
            o.divisionCode = value;
        else if (field == QLatin1String("disclosureUrl"))
            o.disclosureUrl = value;
        else if (field == QLatin1String("hotline"))
            o.hotline = value;
        else
            o.phone = value;
        QCOMPARE(fieldsOf(OfficeRepository::problems(o)), QStringList {problemField});
        const int audited = audits();
        const Result r = offices.saveOffice(o);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), problemField);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(audits(), audited);
        QCOMPARE(offices.office().value().disclosureUrl, before.disclosureUrl);
        QCOMPARE(offices.office().value().name, before.name);
    }

    void acceptsUsualAddressesAndNumbers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("phone");
        QTest::newRow("https") << "https://www.minhou.gov.cn/xxgk/dibao"
                               << "0591-22861234";
        QTest::newRow("http with port") << "http://www.minhou.gov.cn:8080/a?b=1"
                                        << "12345";
        QTest::newRow("bare host") << "www.minhou.gov.cn/xxgk"
                                   << "0591-22861234 转 8";
        QTest::newRow("upper case") << "HTTPS://WWW.MINHOU.GOV.CN"
                                    << "(0591)22861234";
        QTest::newRow("ip") << "http://10.1.2.3/dibao"
                            << "+86 591 2286 1234";
        QTest::newRow("empty") << ""
                               << "";
    }

    void acceptsUsualAddressesAndNumbers()
    {
        QFETCH(QString, url);
        QFETCH(QString, phone);
        QVERIFY2(OfficeRepository::disclosureUrlProblem(url).isEmpty(),
            qPrintable(OfficeRepository::disclosureUrlProblem(url)));
        QVERIFY2(OfficeRepository::phoneProblem(phone).isEmpty(), qPrintable(OfficeRepository::phoneProblem(phone)));
    }

    void standardsByMonth()
    {
        StandardRepository standards(db());
        BenefitStandard a {0, QDate(2024, 1, 1), Money::fromYuan(700), QStringLiteral("县民政局通知")};
        QVERIFY_OK(standards.addStandard(a));
        // Any day of the month means the month: stored as its first day.
        BenefitStandard b {0, QDate(2025, 7, 18), Money::fromFen(76550), {}};
        QVERIFY_OK(standards.addStandard(b));
        QCOMPARE(b.effectiveDate, QDate(2025, 7, 1));
        const QList<BenefitStandard> all = standards.standards().value();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).note, QStringLiteral("县民政局通知"));
        QCOMPARE(all.last().monthlyPerPerson.fen(), 76550);

        const BenefitCeiling ceiling = BenefitCeiling::read(db()).value();
        QVERIFY(!ceiling.standardIn(Period(2019, 12)));
        QCOMPARE(ceiling.standardIn(Period(2020, 1))->monthlyPerPerson, Money::fromYuan(600));
        QCOMPARE(ceiling.standardIn(Period(2023, 12))->monthlyPerPerson, Money::fromYuan(600));
        QCOMPARE(ceiling.standardIn(Period(2024, 1))->monthlyPerPerson, Money::fromYuan(700));
        QCOMPARE(ceiling.standardIn(Period(2025, 6))->monthlyPerPerson, Money::fromYuan(700));
        QCOMPARE(ceiling.standardIn(Period(2025, 7))->monthlyPerPerson.fen(), 76550);
        QCOMPARE(ceiling.standardIn(Period(2030, 1))->monthlyPerPerson.fen(), 76550);
        QCOMPARE(standards.standardAt(QDate(2025, 6, 30)).value()->monthlyPerPerson, Money::fromYuan(700));
        QCOMPARE(standards.standardAt(QDate(2025, 7, 1)).value()->monthlyPerPerson.fen(), 76550);

        // The monthly report prints the standard of its month.
        QCOMPARE(
            MonthlyReport(db()).compute(Period(2025, 6)).value().rows.last().cells.value(kStandardColumn).toLongLong(),
            70000);
        QCOMPARE(
            MonthlyReport(db()).compute(Period(2025, 7)).value().rows.last().cells.value(kStandardColumn).toLongLong(),
            76550);
        QVERIFY(
            MonthlyReport(db()).compute(Period(2019, 12)).value().rows.last().cells.value(kStandardColumn).isNull());
    }

    void refusesDuplicateMonthAndNonPositiveAmount()
    {
        StandardRepository standards(db());
        const int before = count(db(), QStringLiteral("benefit_standard"));
        const int audited = audits();
        BenefitStandard again {0, QDate(2020, 1, 20), Money::fromYuan(650), {}};
        Result r = standards.addStandard(again);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), QStringLiteral("from"));
        QVERIFY2(r.message().contains(QStringLiteral("2020-01")) && r.message().contains(QStringLiteral("600.00")),
            qPrintable(r.message()));
        BenefitStandard zero {0, QDate(2026, 1, 1), Money(), {}};
        r = standards.addStandard(zero);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), QStringLiteral("amount"));
        BenefitStandard negative {0, QDate(2026, 1, 1), Money::fromFen(-1), {}};
        QCOMPARE(standards.addStandard(negative).field(), QStringLiteral("amount"));
        BenefitStandard noMonth {0, QDate(), Money::fromYuan(700), {}};
        QCOMPARE(standards.addStandard(noMonth).field(), QStringLiteral("from"));
        // A standard of an older version that starts within a month still takes the month.
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO benefit_standard (effective_date, monthly_fen_per_person) "
                                      "VALUES ('2026-10-15', 65000)")));
        BenefitStandard october {0, QDate(2026, 10, 1), Money::fromYuan(700), {}};
        QCOMPARE(standards.addStandard(october).field(), QStringLiteral("from"));
        QCOMPARE(count(db(), QStringLiteral("benefit_standard")), before + 1);
        QCOMPARE(audits(), audited);
    }

    void topUpsByCategoryAndMonth()
    {
        StandardRepository standards(db());
        BenefitStandard s {0, QDate(2025, 7, 1), Money::fromFen(76550), {}};
        QVERIFY_OK(standards.addStandard(s));
        CategorySupplement a;
        a.category = Category::ClassA;
        a.from = Period(2025, 7);
        a.sharePermille = 300;
        QVERIFY_OK(standards.setSupplement(a));
        CategorySupplement b;
        b.category = Category::ClassB;
        b.from = Period(2025, 1);
        b.amount = Money::fromYuan(120);
        QVERIFY_OK(standards.setSupplement(b));
        CategorySupplement bLater = b;
        bLater.from = Period(2026, 1);
        bLater.amount = Money::fromYuan(150);
        QVERIFY_OK(standards.setSupplement(bLater));
        QCOMPARE(standards.supplements().value().size(), 3);

        // Set again for the same month: replaced, and audited as a change.
        const int audited = audits();
        bLater.amount = Money::fromYuan(160);
        QVERIFY_OK(standards.setSupplement(bLater));
        QCOMPARE(standards.supplements().value().size(), 3);
        QCOMPARE(audits(), audited + 1);
        const AuditRecord record = AuditLog(db()).latest(1).value().first();
        QCOMPARE(record.entity, QStringLiteral("category_supplement"));
        QCOMPARE(record.action, QStringLiteral("update"));
        QVERIFY(record.oldValue.contains(QStringLiteral("15000")));
        QVERIFY(record.newValue.contains(QStringLiteral("16000")));
        QVERIFY_OK(standards.setSupplement(bLater)); // unchanged: nothing written
        QCOMPARE(audits(), audited + 1);

        // 30 % of 765.50 = 229.65; B is fixed, the latest from on or before the month.
        QCOMPARE(a.perPerson(Money::fromFen(76550)).fen(), 22965);
        const BenefitCeiling ceiling = BenefitCeiling::read(db()).value();
        QCOMPARE(ceiling.perPerson(Category::ClassA, Period(2025, 7))->topUp.fen(), 22965);
        QCOMPARE(ceiling.perPerson(Category::ClassA, Period(2025, 6))->topUp.fen(), 0); // before the top-up
        QCOMPARE(ceiling.perPerson(Category::ClassA, Period(2025, 6))->standard.monthlyPerPerson, Money::fromYuan(600));
        QCOMPARE(ceiling.perPerson(Category::ClassB, Period(2025, 12))->topUp, Money::fromYuan(120));
        QCOMPARE(ceiling.perPerson(Category::ClassB, Period(2026, 1))->topUp, Money::fromYuan(160));
        QCOMPARE(ceiling.perPerson(Category::ClassC, Period(2026, 1))->topUp.fen(), 0);
        QCOMPARE(ceiling.perPerson(Category::Ordinary, Period(2026, 1))->topUp.fen(), 0);
        // (765.50 + 229.65) × 3 = 2,985.45
        QCOMPARE(ceiling.ceiling(Category::ClassA, 3, Period(2025, 7))->fen(), 298545);
        QCOMPARE(ceiling.ceiling(Category::Ordinary, 3, Period(2025, 7))->fen(), 229650);
        QVERIFY(!ceiling.ceiling(Category::ClassA, 3, Period(2019, 1)));
    }

    void shareRoundsToTheFen()
    {
        CategorySupplement s;
        s.sharePermille = 333;
        QCOMPARE(s.perPerson(Money::fromFen(76550)).fen(), 25491); // 254.9115
        s.sharePermille = 125;
        QCOMPARE(s.perPerson(Money::fromFen(100)).fen(), 13); // 12.5 fen: half up
        s.sharePermille = 0;
        QCOMPARE(s.perPerson(Money::fromFen(76550)).fen(), 0);
        s.sharePermille.reset();
        s.amount = Money::fromFen(9999);
        QCOMPARE(s.perPerson(Money::fromFen(76550)).fen(), 9999);
    }

    void refusesBadTopUps()
    {
        StandardRepository standards(db());
        const int audited = audits();
        CategorySupplement ordinary;
        ordinary.category = Category::Ordinary;
        ordinary.from = Period(2025, 1);
        QCOMPARE(standards.setSupplement(ordinary).field(), QStringLiteral("category"));
        CategorySupplement tooMuch;
        tooMuch.from = Period(2025, 1);
        tooMuch.sharePermille = 1001;
        QCOMPARE(standards.setSupplement(tooMuch).field(), QStringLiteral("share"));
        CategorySupplement negative;
        negative.from = Period(2025, 1);
        negative.amount = Money::fromFen(-100);
        QCOMPARE(standards.setSupplement(negative).field(), QStringLiteral("amount"));
        CategorySupplement noMonth;
        noMonth.amount = Money::fromYuan(10);
        QCOMPARE(standards.setSupplement(noMonth).field(), QStringLiteral("from"));
        QCOMPARE(count(db(), QStringLiteral("category_supplement")), 0);
        QCOMPARE(audits(), audited);
    }

    // (standard + top-up) × covered: a top-up lifts the ceiling from its month on, for its category only.
    void topUpChangesTheAmountAboveStandardCheck()
    {
        StandardRepository standards(db());
        BenefitStandard s {0, QDate(2025, 7, 1), Money::fromFen(76550), {}};
        QVERIFY_OK(standards.addStandard(s));
        Household a = household(m_t->village1, QStringLiteral("甲类户"), QDate(1950, 1, 1), 11, 1);
        a.category = Category::ClassA;
        a.monthlyAmount = Money::fromYuan(1800); // 2 covered: above 765.50 × 2 = 1,531.00
        QVERIFY_OK(RosterRepository(db()).createHousehold(a));
        Household b = household(m_t->village1, QStringLiteral("乙类户"), QDate(1951, 1, 1), 21, 1);
        b.category = Category::ClassB;
        b.monthlyAmount = Money::fromYuan(1800);
        QVERIFY_OK(RosterRepository(db()).createHousehold(b));

        const auto found = [this](const QDate &day) {
            QList<qint64> ids;
            for (const DataCheckHit &h : DataChecks(db()).run(QStringLiteral("amount_above_standard"), day).value())
                ids << h.householdId;
            return ids;
        };
        QCOMPARE(found(QDate(2025, 8, 10)), (QList<qint64> {a.id, b.id}));

        CategorySupplement topUp;
        topUp.category = Category::ClassA;
        topUp.from = Period(2025, 8);
        topUp.sharePermille = 300; // (765.50 + 229.65) × 2 = 1,990.30
        QVERIFY_OK(standards.setSupplement(topUp));
        QCOMPARE(found(QDate(2025, 8, 10)), QList<qint64> {b.id});
        QCOMPARE(found(QDate(2025, 7, 31)), (QList<qint64> {a.id, b.id})); // the month before the top-up
        const QList<DataCheckHit> hits
            = DataChecks(db()).run(QStringLiteral("amount_above_standard"), QDate(2025, 7, 31)).value();
        QVERIFY2(hits.first().detail.contains(QStringLiteral("1,531.00")), qPrintable(hits.first().detail));

        // B's fixed top-up of 120: (765.50 + 120) × 2 = 1,771.00, still below 1,800.
        CategorySupplement fixed;
        fixed.category = Category::ClassB;
        fixed.from = Period(2025, 8);
        fixed.amount = Money::fromYuan(120);
        QVERIFY_OK(standards.setSupplement(fixed));
        const QList<DataCheckHit> withTopUp
            = DataChecks(db()).run(QStringLiteral("amount_above_standard"), QDate(2025, 8, 10)).value();
        QCOMPARE(withTopUp.size(), 1);
        QCOMPARE(withTopUp.first().householdId, b.id);
        QVERIFY2(withTopUp.first().detail.contains(QStringLiteral("120.00"))
                && withTopUp.first().detail.contains(QStringLiteral("1,771.00")),
            qPrintable(withTopUp.first().detail));
        fixed.amount = Money::fromYuan(135); // (765.50 + 135) × 2 = 1,801.00
        QVERIFY_OK(standards.setSupplement(fixed));
        QVERIFY(found(QDate(2025, 8, 10)).isEmpty());
    }

    void setUpSavesTheFirstStandardWithTheOffice()
    {
        const auto bare = makeDatabase(false);
        OfficeRepository offices(*bare->db);
        Office o;
        o.name = QStringLiteral("白沙镇");
        o.divisionCode = QStringLiteral("350121102000");
        o.hotline = QStringLiteral("0591-22990000");
        QList<Village> villages {{0, QStringLiteral("350121102001"), QStringLiteral("白沙村")}};
        BenefitStandard standard {0, QDate(2026, 1, 1), Money::fromFen(0), {}};
        // A refused standard leaves no half set-up township behind.
        QCOMPARE(offices.setUp(o, villages, &standard).kind(), Result::Kind::Rejected);
        QVERIFY(!offices.isConfigured().value());
        QCOMPARE(count(*bare->db, QStringLiteral("village")), 0);
        villages.first().id = 0;
        standard.monthlyPerPerson = Money::fromFen(80000);
        QVERIFY_OK(offices.setUp(o, villages, &standard));
        QVERIFY(offices.isConfigured().value());
        QCOMPARE(offices.office().value().hotline, o.hotline);
        QCOMPARE(StandardRepository(*bare->db).standards().value().size(), 1);
    }

    void standardModel()
    {
        m_t->db->setClock([] { return QDateTime(QDate(2025, 9, 1), QTime(9, 0)); });
        BenefitStandardModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        BenefitStandard s {0, QDate(2025, 7, 1), Money::fromFen(76550), QStringLiteral("通知")};
        QVERIFY_OK(StandardRepository(db()).addStandard(s));
        BenefitStandard future {0, QDate(2026, 1, 1), Money::fromFen(80000), {}};
        QVERIFY_OK(StandardRepository(db()).addStandard(future));
        model.reload();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(1, BenefitStandardModel::FromColumn).data().toString(), QStringLiteral("2025-07"));
        QCOMPARE(model.index(1, BenefitStandardModel::AmountColumn).data().toString(), QStringLiteral("765.50"));
        QCOMPARE(model.index(1, BenefitStandardModel::NoteColumn).data().toString(), QStringLiteral("通知"));
        // In force this month: the one from July, not next year's.
        QVERIFY(model.index(1, 0).data(BenefitStandardModel::InForceRole).toBool());
        QVERIFY(!model.index(2, 0).data(BenefitStandardModel::InForceRole).toBool());
        QVERIFY(!model.index(0, 0).data(BenefitStandardModel::InForceRole).toBool());
    }

    void supplementModel()
    {
        CategorySupplementModel model(db());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        CategorySupplement a;
        a.category = Category::ClassA;
        a.from = Period(2025, 7);
        a.sharePermille = 125;
        QVERIFY_OK(StandardRepository(db()).setSupplement(a));
        CategorySupplement c;
        c.category = Category::ClassC;
        c.from = Period(2019, 1); // before any standard
        c.amount = Money::fromYuan(50);
        QVERIFY_OK(StandardRepository(db()).setSupplement(c));
        model.reload();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, CategorySupplementModel::CategoryColumn).data(CategorySupplementModel::CategoryKeyRole),
            QVariant(QStringLiteral("A")));
        QVERIFY(
            model.index(0, CategorySupplementModel::TopUpColumn).data().toString().contains(QStringLiteral("12.5")));
        QCOMPARE(model.index(0, 0).data(CategorySupplementModel::PerPersonFenRole).toLongLong(), 7500); // 12.5 % of 600
        QVERIFY(model.index(1, 0).data(CategorySupplementModel::PerPersonFenRole).isNull());
    }

    // A table another program renamed is a failure of every read that needs it, never "no villages" or "no
    // standard": the ceiling, the amount check, the monthly table, the charts and the models all say so.
    void unreadableSettingsAreFailures()
    {
        QSqlQuery q(db().connection());
        const qint64 villageId = OfficeRepository(db()).villages().value().first().id;
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE village RENAME TO village_aside")));
        const OfficeRepository offices(db());
        QCOMPARE(offices.villages().result().kind(), Result::Kind::Failed);
        QCOMPARE(offices.village(villageId).result().kind(), Result::Kind::Failed);
        QCOMPARE(offices.villageByName(QStringLiteral("上街村")).result().kind(), Result::Kind::Failed);
        QCOMPARE(offices.villageByNameOrCode(QStringLiteral("350121101001")).result().kind(), Result::Kind::Failed);
        QCOMPARE(ChartData::read(db()).result().kind(), Result::Kind::Failed);
        QCOMPARE(MonthlyReport(db()).compute(Period(2026, 1)).result().kind(), Result::Kind::Failed);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE village_aside RENAME TO village")));
        QVERIFY(offices.villages());
        // A village that is not there is rejected, not failed.
        QCOMPARE(offices.village(villageId + 1000).result().kind(), Result::Kind::Rejected);

        QVERIFY(q.exec(QStringLiteral("ALTER TABLE benefit_standard RENAME TO benefit_standard_aside")));
        QCOMPARE(BenefitCeiling::read(db()).result().kind(), Result::Kind::Failed);
        QCOMPARE(StandardRepository(db()).standards().result().kind(), Result::Kind::Failed);
        QCOMPARE(StandardRepository(db()).standardAt(QDate(2026, 1, 1)).result().kind(), Result::Kind::Failed);
        // Whether the month has a standard already cannot be read: the new one is not added as if it had none.
        BenefitStandard another;
        another.effectiveDate = QDate(2027, 1, 1);
        another.monthlyPerPerson = Money::fromYuan(800);
        const QList<Result> problems = StandardRepository(db()).validate(another);
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.first().kind(), Result::Kind::Failed);
        QCOMPARE(StandardRepository(db()).addStandard(another).kind(), Result::Kind::Failed);
        const Outcome<QList<DataCheckHit>> hits
            = DataChecks(db()).run(QStringLiteral("amount_above_standard"), QDate(2026, 1, 31));
        QCOMPARE(hits.result().kind(), Result::Kind::Failed);
        ReportTable table;
        const Result computed
            = ReportCatalog(db()).compute(QStringLiteral("monthly"), Period(2026, 1), ReportOptions(), &table);
        QCOMPARE(computed.kind(), Result::Kind::Failed);
        BenefitStandardModel standards(db());
        QCOMPARE(standards.rowCount(), 0);
        QCOMPARE(standards.readResult().kind(), Result::Kind::Failed);
        CategorySupplementModel supplements(db());
        QCOMPARE(supplements.readResult().kind(), Result::Kind::Failed);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE benefit_standard_aside RENAME TO benefit_standard")));
        QVERIFY(BenefitCeiling::read(db()));
        standards.reload();
        QVERIFY(standards.readResult());
        QCOMPARE(standards.rowCount(), 1);

        // The office itself, and the tables that print its name.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office RENAME TO office_aside")));
        QCOMPARE(offices.office().result().kind(), Result::Kind::Failed);
        QCOMPARE(offices.isConfigured().result().kind(), Result::Kind::Failed);
        Office office;
        office.name = QStringLiteral("上街镇");
        office.divisionCode = QStringLiteral("350121101000");
        QCOMPARE(OfficeRepository(db()).saveOffice(office).kind(), Result::Kind::Failed);
        for (const QString &name : {QStringLiteral("monthly"), QStringLiteral("changes"), QStringLiteral("roster"),
                 QStringLiteral("disclosure"), QStringLiteral("cases"), QStringLiteral("complaints"),
                 QStringLiteral("rectifications")}) {
            const Result r = ReportCatalog(db()).compute(name, Period(2026, 1), ReportOptions(), &table);
            QVERIFY2(r.kind() == Result::Kind::Failed, qPrintable(name));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office_aside RENAME TO office")));
        QVERIFY(offices.isConfigured().value());
        // The status history the roster's tables read.
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history RENAME TO status_history_aside")));
        for (const QString &name : {QStringLiteral("monthly"), QStringLiteral("changes"), QStringLiteral("roster")}) {
            const Result r = ReportCatalog(db()).compute(name, Period(2026, 1), ReportOptions(), &table);
            QVERIFY2(r.kind() == Result::Kind::Failed, qPrintable(name));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE status_history_aside RENAME TO status_history")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household RENAME TO household_aside")));
        QCOMPARE(StatsRepository(db()).stats().result().kind(), Result::Kind::Failed);
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household_aside RENAME TO household")));
        QVERIFY(ReportCatalog(db()).compute(QStringLiteral("roster"), Period(2026, 1), ReportOptions(), &table));
        QVERIFY(StatsRepository(db()).stats());
    }
};

QTEST_GUILESS_MAIN(TestOfficeSettings)
#include "tst_office_settings.moc"
