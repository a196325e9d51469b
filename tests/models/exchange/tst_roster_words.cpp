#include "exchange/roster/ValueMappings.h"
#include "roster/DisabilityText.h"
#include "roster/RelationWords.h"

#include <QJsonDocument>
#include <QTest>

using namespace Domain;

Q_DECLARE_METATYPE(Domain::Relation)
Q_DECLARE_METATYPE(Domain::DisabilityKind)
Q_DECLARE_METATYPE(Domain::DisabilityGrade)

// The words and codes of 与户主关系 and the spellings of 残疾 that roster files use (issue 10).
class TestRosterWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relationWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Relation>("relation");
        QTest::addColumn<QString>("kept");
        const auto row = [](const char *text, Relation r, const char *kept = "") {
            QTest::newRow(text) << QString::fromUtf8(text) << r << QString::fromUtf8(kept);
        };
        // Group words: the labels of their kinds keep nothing.
        row("子女", Relation::Child);
        row("父母", Relation::Parent);
        row("孙子女", Relation::Grandchild);
        row("祖父母", Relation::Grandparent);
        row("兄弟姐妹", Relation::Sibling);
        row("外孙子女", Relation::Grandchild, "外孙子女");
        row("户主", Relation::Head);
        row("配偶", Relation::Spouse);
        row("女婿", Relation::SonInLaw);
        // Specific words are kept as written.
        for (const char *w : {"儿子", "长子", "次子", "三子", "独生子", "养子", "继子"})
            row(w, Relation::Son, w);
        for (const char *w : {"女儿", "长女", "次女"})
            row(w, Relation::Daughter, w);
        row("儿媳", Relation::DaughterInLaw);
        row("儿媳妇", Relation::DaughterInLaw, "儿媳妇");
        row("孙子", Relation::Grandson);
        row("孙女", Relation::Granddaughter);
        for (const char *w : {"外孙", "外孙子"})
            row(w, Relation::Grandson, w);
        row("外孙女", Relation::Granddaughter, "外孙女");
        for (const char *w : {"公公", "婆婆", "岳父", "岳母"})
            row(w, Relation::ParentInLaw, w);
        for (const char *w : {"爷爷", "外公", "外祖父"})
            row(w, Relation::Grandfather, w);
        row("祖父", Relation::Grandfather);
        for (const char *w : {"奶奶", "外婆", "外祖母"})
            row(w, Relation::Grandmother, w);
        for (const char *w : {"哥哥", "弟弟", "姐姐", "妹妹", "兄", "弟", "姐", "妹"})
            row(w, Relation::Sibling, w);
        for (const char *w : {"嫂子", "弟媳", "姐夫", "妹夫"})
            row(w, Relation::SiblingInLaw, w);
        for (const char *w : {"伯父", "叔叔", "舅舅", "姑姑", "姨", "侄子", "侄女", "外甥", "外甥女"})
            row(w, Relation::Relative, w);
        for (const char *w : {"妻子", "丈夫", "夫", "妻"})
            row(w, Relation::Spouse, w);
        row("本人", Relation::Head, "本人");
        row("父亲", Relation::Father);
        row("母亲", Relation::Mother);
        // GB/T 4761 codes: kept as their name with the code.
        row("01", Relation::Head, "本人（01）");
        row("02", Relation::Head, "户主（02）");
        row("10", Relation::Spouse, "配偶（10）");
        row("12", Relation::Spouse, "妻（12）");
        row("20", Relation::Son, "子（20）");
        row("22", Relation::Son, "长子（22）");
        row("27", Relation::Son, "养子或继子（27）");
        row("28", Relation::SonInLaw, "女婿（28）");
        row("30", Relation::Daughter, "女（30）");
        row("38", Relation::DaughterInLaw, "儿媳（38）");
        row("40", Relation::Grandchild, "孙子、孙女、外孙子、外孙女（40）");
        row("43", Relation::Grandson, "外孙子（43）");
        row("44", Relation::Granddaughter, "外孙女（44）");
        row("47", Relation::Relative, "曾孙子或外曾孙子（47）");
        row("50", Relation::Parent, "父母（50）");
        row("51", Relation::Father, "父亲（51）");
        row("54", Relation::ParentInLaw, "婆婆（54）");
        row("58", Relation::Mother, "继母或养母（58）");
        row("63", Relation::Grandfather, "外祖父（63）");
        row("65", Relation::Relative, "配偶的祖父母（65）");
        row("72", Relation::SiblingInLaw, "嫂（72）");
        row("77", Relation::Sibling, "妹妹（77）");
        row("81", Relation::Relative, "伯父（81）");
        row("97", Relation::Relative, "其他亲属（97）");
        row("99", Relation::NonRelative, "非亲属（99）");
        row("0", Relation::Head, "本人或户主（0）");
        row("1", Relation::Spouse, "配偶（1）");
        row("4", Relation::Grandchild, "孙子女（4）");
        row("8", Relation::Relative, "其他（8）");
        // As spreadsheets and clerks give them.
        row("１０", Relation::Spouse, "配偶（10）");
        row("10.0", Relation::Spouse, "配偶（10）");
        row(" 长子 ", Relation::Son, "长子");
        row("长子（22）", Relation::Son, "长子（22）");
        row("22长子", Relation::Son, "22长子");
        row("son", Relation::Son);
    }

    void relationWords()
    {
        QFETCH(QString, text);
        QFETCH(Relation, relation);
        QFETCH(QString, kept);
        const RelationWords::Reading r = RelationWords::read(text);
        QVERIFY(r.known);
        QCOMPARE(r.relation, relation);
        QCOMPARE(r.kept, kept);
        // What is kept reads back to the same kind.
        if (!r.kept.isEmpty()) {
            QCOMPARE(RelationWords::read(r.kept).relation, relation);
            QVERIFY(RelationWords::read(r.kept).known);
        }
    }

    void everyCodeOfTheStandardIsKnown()
    {
        QStringList codes = {QStringLiteral("01"), QStringLiteral("02"), QStringLiteral("99")};
        for (int c = 10; c <= 97; ++c) {
            if (c >= 13 && c <= 19)
                continue; // 配偶 has 10–12 only
            codes << QString::number(c);
        }
        for (int c = 0; c <= 8; ++c)
            codes << QString::number(c);
        for (const QString &code : codes) {
            const RelationWords::Reading r = RelationWords::read(code);
            QVERIFY2(r.known && r.relation != Relation::Other, qPrintable(code));
            QVERIFY2(!RelationWords::codeName(code).isEmpty(), qPrintable(code));
        }
    }

    void unknownWordsAreNotGuessed()
    {
        for (const char *w : {"干亲", "98", "03", "00", "13", "母子", "x"}) {
            const RelationWords::Reading r = RelationWords::read(QString::fromUtf8(w));
            QVERIFY2(!r.known, w);
            QCOMPARE(r.relation, Relation::Other);
        }
        QVERIFY(!RelationWords::read(QString()).known);
        // 其他 is a word the clerk chose: known, as Other.
        QVERIFY(RelationWords::read(QStringLiteral("其他")).known);
    }

    void disabilitySpellings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("role");
        QTest::addColumn<DisabilityKind>("kind");
        QTest::addColumn<DisabilityGrade>("grade");
        const auto row = [](const char *text, DisabilityKind k, DisabilityGrade g,
                             DisabilityText::Role role = DisabilityText::Role::Combined) {
            QTest::newRow(text) << QString::fromUtf8(text) << int(role) << k << g;
        };
        using K = DisabilityKind;
        using G = DisabilityGrade;
        row("三级（智力）", K::Intellectual, G::Grade3);
        row("智力三级", K::Intellectual, G::Grade3);
        row("肢体二级", K::Physical, G::Grade2);
        row("视力残疾一级", K::Visual, G::Grade1);
        row("精神 3级", K::Mental, G::Grade3);
        row("二级肢体", K::Physical, G::Grade2);
        row("肢体残疾2级", K::Physical, G::Grade2);
        row("多重残疾一级", K::Multiple, G::Grade1);
        row("言语四级", K::Speech, G::Grade4);
        row("听力残疾", K::Hearing, G::None);
        row("智力残疾（三级）", K::Intellectual, G::Grade3);
        row("肢体２级", K::Physical, G::Grade2);
        row("听力言语残疾二级", K::Multiple, G::Grade2);
        row("IV级视力", K::Visual, G::Grade4);
        row("physical", K::Physical, G::None);
        row("其他残疾", K::Other, G::None);
        row("四级", K::None, G::Grade4);
        row("三级（智力）in a grade column", K::Intellectual, G::Grade3, DisabilityText::Role::Grade);
        row("4", K::Physical, G::None, DisabilityText::Role::Kind);
        row("4 ", K::None, G::Grade4, DisabilityText::Role::Grade);
    }

    void disabilitySpellings()
    {
        QFETCH(QString, text);
        QFETCH(int, role);
        QFETCH(DisabilityKind, kind);
        QFETCH(DisabilityGrade, grade);
        text.remove(QStringLiteral(" in a grade column"));
        const DisabilityText::Reading r = DisabilityText::read(text, DisabilityText::Role(role));
        QCOMPARE(r.kind, kind);
        QCOMPARE(r.grade, grade);
        QVERIFY(!r.none);
        QVERIFY(!r.isUnknown());
    }

    void noDisabilityAndUnknownWords()
    {
        for (const char *w : {"无", "否", "", " ", "没有", "无残疾"})
            QVERIFY2(DisabilityText::read(QString::fromUtf8(w)).none, w);
        for (const char *w : {"侏儒", "残疾", "是"}) {
            const DisabilityText::Reading r = DisabilityText::read(QString::fromUtf8(w));
            QVERIFY2(r.isUnknown(), w);
            QVERIFY2(!r.none, w);
        }
        // A kind beside words it does not know is still that kind.
        const DisabilityText::Reading partly = DisabilityText::read(QStringLiteral("肢体二级（轻度）"));
        QCOMPARE(partly.kind, DisabilityKind::Physical);
        QVERIFY(partly.unknownWords);
    }

    void certificateNumbers()
    {
        const DisabilityText::Certificate c = DisabilityText::readCertificate(QStringLiteral("35012219501202828653"));
        QVERIFY(c.isValid());
        QCOMPARE(c.idNumber, QStringLiteral("350122195012028286"));
        QCOMPARE(c.kind, DisabilityKind::Intellectual);
        QCOMPARE(c.grade, DisabilityGrade::Grade3);
        QVERIFY(c.suffix.isEmpty());
        const DisabilityText::Certificate reissued
            = DisabilityText::readCertificate(QStringLiteral(" 11010519491231002x11b1 "));
        QVERIFY(reissued.isValid());
        QCOMPARE(reissued.number, QStringLiteral("11010519491231002X11B1"));
        QCOMPARE(reissued.idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(reissued.kind, DisabilityKind::Visual);
        QCOMPARE(reissued.grade, DisabilityGrade::Grade1);
        QCOMPARE(reissued.suffix, QStringLiteral("B1"));
        QCOMPARE(DisabilityText::readCertificate(QStringLiteral("35012219501202828681")).problem,
            DisabilityText::Certificate::Problem::KindDigit);
        QCOMPARE(DisabilityText::readCertificate(QStringLiteral("35012219501202828605")).problem,
            DisabilityText::Certificate::Problem::KindDigit);
        QCOMPARE(DisabilityText::readCertificate(QStringLiteral("35012219501202828655")).problem,
            DisabilityText::Certificate::Problem::GradeDigit);
        for (const char *bad : {"3501221950120282865", "3.50122195012028E+19", "350122195012028286", "残疾证"})
            QCOMPARE(DisabilityText::readCertificate(QString::fromUtf8(bad)).problem,
                DisabilityText::Certificate::Problem::Format);
        QVERIFY(!DisabilityText::readCertificate(QStringLiteral("350122195012028286")).problemText().isEmpty());
    }

    void valueMappingsInAProfile()
    {
        ValueMappings m;
        m.setRelation(QStringLiteral(" 干亲 "), Relation::Relative);
        m.setDisability(QStringLiteral("侏儒"), DisabilityKind::Physical);
        const QString oldProfile = QStringLiteral("{\"户主姓名\":\"head_name\"}");
        QVERIFY(ValueMappings::fromProfile(oldProfile).isEmpty()); // profiles saved before load as they did
        const QString profile = ValueMappings::intoProfile(oldProfile, m);
        const QJsonObject o = QJsonDocument::fromJson(profile.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("户主姓名")).toString(), QStringLiteral("head_name"));
        const ValueMappings back = ValueMappings::fromProfile(profile);
        QCOMPARE(back.relations.value(QStringLiteral("干亲")), Relation::Relative);
        QCOMPARE(back.disabilities.value(QStringLiteral("侏儒")), DisabilityKind::Physical);
        QVERIFY(!ValueMappings::intoProfile(profile, {}).contains(ValueMappings::profileKey()));
    }
};

QTEST_GUILESS_MAIN(TestRosterWords)
#include "tst_roster_words.moc"
