#include "core/AppSettings.h"
#include "core/Domain.h"
#include "core/Money.h"
#include "core/Period.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Domain;

class TestValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void moneyParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<qint64>("fen");
        QTest::newRow("integer") << "300" << true << qint64(30000);
        QTest::newRow("decimals") << "1234.5" << true << qint64(123450);
        QTest::newRow("two decimals") << "0.05" << true << qint64(5);
        QTest::newRow("yuan sign") << "300元" << true << qint64(30000);
        QTest::newRow("thousands") << "1,234.56" << true << qint64(123456);
        QTest::newRow("currency") << QString::fromUtf8("￥ 88") << true << qint64(8800);
        QTest::newRow("full-width") << QString::fromUtf8("３００") << true << qint64(30000);
        QTest::newRow("chinese numerals") << QString::fromUtf8("三百") << false << qint64(0);
        QTest::newRow("three decimals") << "1.234" << false << qint64(0);
        QTest::newRow("bad grouping") << "12,34" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("negative") << "-5" << true << qint64(-500);
    }

    void moneyParse()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(qint64, fen);
        Money m;
        QCOMPARE(Money::parse(text, &m), ok);
        if (ok)
            QCOMPARE(m.fen(), fen);
    }

    void moneyFormat()
    {
        QCOMPARE(Money::fromFen(123456789).toDisplayString(), QStringLiteral("1,234,567.89"));
        QCOMPARE(Money::fromFen(5).toPlainString(), QStringLiteral("0.05"));
        QCOMPARE(Money::fromFen(-150).toPlainString(), QStringLiteral("-1.50"));
        QCOMPARE((Money::fromYuan(3) * 2 + Money::fromFen(1)).fen(), qint64(601));
    }

    void periodParse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("period");
        QTest::newRow("iso") << "2018-03"
                             << "2018-03";
        QTest::newRow("chinese") << QString::fromUtf8("2018年3月") << "2018-03";
        QTest::newRow("dot") << "2018.03"
                             << "2018-03";
        QTest::newRow("compact") << "201803"
                                 << "2018-03";
        QTest::newRow("slash") << "2018/12"
                               << "2018-12";
        QTest::newRow("month 13") << "2026-13"
                                  << "";
        QTest::newRow("month 0") << "2026-00"
                                 << "";
        QTest::newRow("garbage") << "March"
                                 << "";
    }

    void periodParse()
    {
        QFETCH(QString, text);
        QFETCH(QString, period);
        QCOMPARE(Period::parse(text).toString(), period);
    }

    void periodArithmetic()
    {
        QCOMPARE(Period(2025, 12).next(), Period(2026, 1));
        QCOMPARE(Period(2026, 1).previous(), Period(2025, 12));
        QCOMPARE(Period(2024, 2).lastDay(), QDate(2024, 2, 29));
        QVERIFY(Period(2024, 2) < Period(2024, 3));
    }

    void enumLabels()
    {
        QCOMPARE(zhLabel(HouseholdStatus::Suspended), QStringLiteral("停保"));
        QCOMPARE(enLabel(HouseholdStatus::Exited), QStringLiteral("Exited"));
        QCOMPARE(key(HouseholdStatus::Rejected), QStringLiteral("rejected"));
        QCOMPARE(allValues<HouseholdStatus>().size(), 5);
        for (Relation r : allValues<Relation>()) {
            Relation back;
            QVERIFY(fromText(zhLabel(r), &back));
            QCOMPARE(back, r);
        }
        Relation r;
        QVERIFY(fromText(QStringLiteral("妻子"), &r));
        QCOMPARE(r, Relation::Spouse);
        HouseholdStatus s;
        QVERIFY(!fromText(QStringLiteral("不知道"), &s));
    }

    void severeDisability()
    {
        QVERIFY(isSevereDisability(DisabilityKind::Physical, DisabilityGrade::Grade1));
        QVERIFY(isSevereDisability(DisabilityKind::Visual, DisabilityGrade::Grade2));
        QVERIFY(isSevereDisability(DisabilityKind::Intellectual, DisabilityGrade::Grade3));
        QVERIFY(isSevereDisability(DisabilityKind::Mental, DisabilityGrade::Grade3));
        QVERIFY(!isSevereDisability(DisabilityKind::Physical, DisabilityGrade::Grade3));
        QVERIFY(!isSevereDisability(DisabilityKind::None, DisabilityGrade::Grade1));
    }

    void settingsRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("settings.ini"));
        {
            AppSettings s(path);
            QCOMPARE(s.value(AppSettings::Key::LastPage).toString(), QStringLiteral("overview"));
            QCOMPARE(s.value(AppSettings::Key::ShowFullIdNumbers).toBool(), false);
            s.setValue(AppSettings::Key::OperatorName, QStringLiteral("王芳"));
            s.sync();
        }
        AppSettings again(path);
        QCOMPARE(again.value(AppSettings::Key::OperatorName).toString(), QStringLiteral("王芳"));
    }
};

QTEST_GUILESS_MAIN(TestValues)
#include "tst_values.moc"
