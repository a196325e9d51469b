#include "core/IdNumber.h"

#include <QTest>

class TestIdNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validNumbers_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("male");
        QTest::newRow("design example X") << "11010519491231002X"
                                          << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("design example 2") << "440524188001010014"
                                          << "440524188001010014" << QDate(1880, 1, 1) << true;
        QTest::newRow("lower-case x") << "11010519491231002x"
                                      << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("spaces") << " 110105 19491231 002X "
                                << "11010519491231002X" << QDate(1949, 12, 31) << false;
        QTest::newRow("full-width") << QString::fromUtf8("１１０１０５１９４９１２３１００２Ｘ") << "11010519491231002X"
                                    << QDate(1949, 12, 31) << false;
        QTest::newRow("excel apostrophe") << "'11010519491231002X"
                                          << "11010519491231002X" << QDate(1949, 12, 31) << false;
    }

    void validNumbers()
    {
        QFETCH(QString, input);
        QFETCH(QString, text);
        QFETCH(QDate, birth);
        QFETCH(bool, male);
        const IdNumber id = IdNumber::parse(input);
        QVERIFY2(id.isValid(), qPrintable(id.errorText()));
        QCOMPARE(id.text(), text);
        QCOMPARE(id.birthDate(), birth);
        QCOMPARE(id.sex() == IdNumber::Sex::Male, male);
        QCOMPARE(id.regionCode(), text.left(6));
    }

    void rejections_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("wrong check digit") << "110105194912310021" << int(IdNumber::Error::BadCheckDigit) << "X";
        QTest::newRow("impossible date") << "350121198002300012" << int(IdNumber::Error::BadDate) << "19800230";
        QTest::newRow("17 digits") << "35012119800101001" << int(IdNumber::Error::WrongLength) << "17";
        QTest::newRow("19 digits") << "3501211980010100123" << int(IdNumber::Error::WrongLength) << "19";
        QTest::newRow("scientific") << "3.50121E+17" << int(IdNumber::Error::SpreadsheetNumber) << "text";
        QTest::newRow("excel zeros") << "350121198001011000" << int(IdNumber::Error::SpreadsheetNumber) << "text";
        QTest::newRow("letters") << "35012119800101A01X" << int(IdNumber::Error::BadCharacter) << "A";
        QTest::newRow("X inside") << "3501211980X1010012" << int(IdNumber::Error::BadCharacter) << "X";
        QTest::newRow("empty") << "  " << int(IdNumber::Error::Empty) << "empty";
        QTest::newRow("bad region") << "990121198001010012" << int(IdNumber::Error::BadRegion) << "990121";
        QTest::newRow("future") << "350121209901010012" << int(IdNumber::Error::FutureDate) << "20990101";
    }

    void rejections()
    {
        QFETCH(QString, input);
        QFETCH(int, error);
        QFETCH(QString, mentions);
        const IdNumber id = IdNumber::parse(input);
        QVERIFY(!id.isValid());
        QCOMPARE(int(id.error()), error);
        QVERIFY2(id.errorText().contains(mentions), qPrintable(id.errorText()));
    }

    void upgradeFifteenDigits()
    {
        // 15-digit numbers insert "19" and gain a check character.
        const IdNumber id = IdNumber::parse(QStringLiteral("350121800101001"));
        QVERIFY2(id.isValid(), qPrintable(id.errorText()));
        QVERIFY(id.wasUpgraded());
        QCOMPARE(id.text().left(17), QStringLiteral("35012119800101001"));
        QCOMPARE(id.text().at(17), IdNumber::checkCharacter(id.text().left(17)));
        QCOMPARE(id.birthDate(), QDate(1980, 1, 1));
        QVERIFY(id.sex() == IdNumber::Sex::Male);
        QVERIFY(!IdNumber::parse(QStringLiteral("350121800230001")).isValid());
    }

    void checkCharacter()
    {
        QCOMPARE(IdNumber::checkCharacter(u"11010519491231002"), QChar(u'X'));
        QCOMPARE(IdNumber::checkCharacter(u"44052418800101001"), QChar(u'4'));
    }

    void masking()
    {
        QCOMPARE(IdNumber::masked(QStringLiteral("35012119800101123X")), QStringLiteral("350121********123X"));
        QCOMPARE(IdNumber::masked(QStringLiteral("123")), QStringLiteral("123"));
    }

    void ageAt()
    {
        const IdNumber id = IdNumber::parse(QStringLiteral("11010519491231002X"));
        QCOMPARE(id.ageAt(QDate(2009, 12, 30)), 59);
        QCOMPARE(id.ageAt(QDate(2009, 12, 31)), 60);
    }
};

QTEST_GUILESS_MAIN(TestIdNumber)
#include "tst_idnumber.moc"
