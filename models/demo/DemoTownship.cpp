#include "demo/DemoTownship.h"

#include "core/IdNumber.h"

#include <algorithm>

using namespace Domain;

namespace Demo {

namespace {

// Fujian's common surnames, most frequent first, with rough weights.
struct Surname
{
    const char *text;
    int weight;
};
// clang-format off
const Surname kSurnames[] = {
    {"陈", 30}, {"林", 28}, {"黄", 14}, {"张", 10}, {"李", 9}, {"王", 8}, {"吴", 8}, {"刘", 7}, {"蔡", 6}, {"杨", 6}, {"郑", 7}, {"许", 4},
    {"郭", 4}, {"何", 3}, {"谢", 3}, {"洪", 3}, {"曾", 3}, {"邱", 2}, {"周", 3}, {"游", 2}, {"罗", 2}, {"江", 2}, {"詹", 2}, {"叶", 3},
    {"苏", 2}, {"卓", 1}, {"翁", 2}, {"潘", 2}, {"肖", 2}, {"庄", 2}, {"薛", 1}, {"魏", 1}, {"朱", 2}, {"方", 1}, {"高", 1}, {"念", 1},
};
// clang-format on

// Given names are two characters drawn by generation and sex.
struct NamePool
{
    const char *first;
    const char *second;
};
const NamePool kMaleNames[] = {
    {"金水木春秋德福祥忠宗清永乃依石长", "水生福发财贵华明忠良官平寿山林土"}, // born before 1960
    {"建国志明文永立俊伟海振春家德长榕", "国华明强平军辉伟林勇忠斌峰东生新"}, // 1960-1989
    {"子梓浩宇俊博晨一锦思嘉泽鑫铭睿宏", "轩豪宇涵杰辰然阳泽航凯文诚瑞鸿熙"}, // 1990 and later
};
const NamePool kFemaleNames[] = {
    {"秀玉桂月金美淑素依银凤兰碧宝", "英珍兰花娥妹香莲琴娇凤梅清金"},
    {"丽美秀春玉小晓爱雪彩慧燕惠红", "华珍英玲芳琴燕霞红娟萍丽梅清"},
    {"欣梓诗雨思佳子可语雅紫心梦若", "怡涵琪萱彤妍婷琳悦然蕾菲瑶馨"},
};

struct ShapeWeight
{
    Shape shape;
    int weight;
};
const ShapeWeight kShapes[] = {
    {Shape::ElderlyAlone, 24},
    {Shape::ElderlyCouple, 15},
    {Shape::SingleAdult, 11},
    {Shape::Couple, 22},
    {Shape::SingleParent, 8},
    {Shape::ThreeGenerations, 8},
    {Shape::WithParents, 6},
    {Shape::SkippedGeneration, 6},
};

} // namespace

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

Shape drawShape(Dice &dice)
{
    return dice.pickWeighted(kShapes).shape;
}

Money Township::standardAt(const QDate &date) const
{
    Money out = standards.isEmpty() ? Money() : standards.first().monthlyPerPerson;
    for (const BenefitStandard &s : standards) {
        if (s.effectiveDate <= date)
            out = s.monthlyPerPerson;
    }
    return out;
}

QString Township::idNumber(const QDate &birth, bool male)
{
    const qint64 day = birth.year() * 10000LL + birth.month() * 100LL + birth.day();
    int sequence = 0;
    for (;;) {
        sequence = dice.below(500) * 2 + (male ? 1 : 0); // odd: male, even: female
        if (!usedIds.contains(day * 1000 + sequence))
            break;
    }
    usedIds.insert(day * 1000 + sequence);
    const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString Township::givenName(const Planned &p)
{
    const int era = p.birth.year() < 1960 ? 0 : (p.birth.year() < 1990 ? 1 : 2);
    const NamePool &pool = p.male ? kMaleNames[era] : kFemaleNames[era];
    return QString(dice.character(text(pool.first))) + dice.character(text(pool.second));
}

QString Township::bankAccount()
{
    for (;;) {
        QString account = QStringLiteral("6228480") + dice.digits(12);
        if (!usedAccounts.contains(account)) {
            usedAccounts.insert(account);
            return account;
        }
    }
}

const Village &Township::village()
{
    int total = 0;
    for (int w : std::as_const(villageWeights))
        total += w;
    int n = dice.below(total);
    for (int i = 0; i < villages.size(); ++i) {
        if (n < villageWeights.at(i))
            return villages.at(i);
        n -= villageWeights.at(i);
    }
    return villages.first();
}

int ageAt(const QDate &birth, const QDate &date)
{
    int age = date.year() - birth.year();
    if (date.month() < birth.month() || (date.month() == birth.month() && date.day() < birth.day()))
        --age;
    return age;
}

namespace {

void assignDisability(Dice &dice, Planned &p)
{
    static const struct
    {
        DisabilityKind kind;
        int weight;
    } kinds[] = {{DisabilityKind::Physical, 35}, {DisabilityKind::Intellectual, 15}, {DisabilityKind::Mental, 12},
        {DisabilityKind::Visual, 12}, {DisabilityKind::Hearing, 12}, {DisabilityKind::Speech, 4},
        {DisabilityKind::Multiple, 10}};
    static const struct
    {
        DisabilityGrade grade;
        int weight;
    } grades[] = {{DisabilityGrade::Grade1, 15}, {DisabilityGrade::Grade2, 25}, {DisabilityGrade::Grade3, 30},
        {DisabilityGrade::Grade4, 30}};
    p.kind = dice.pickWeighted(kinds).kind;
    p.grade = dice.pickWeighted(grades).grade;
}

// Health, disability and labour ability by age; needy forces a disability or a serious illness.
void assignHealth(Dice &dice, Planned &p, const QDate &ref, bool needy = false)
{
    const int age = ageAt(p.birth, ref);
    if (needy) {
        if (dice.perMille(600))
            assignDisability(dice, p);
        else
            p.health = Health::Serious;
    } else {
        const int disabled = age >= 60 ? 120 : (age >= 18 ? 90 : 50);
        if (dice.perMille(disabled))
            assignDisability(dice, p);
        const int roll = dice.below(1000);
        const int serious = age < 18 ? 20 : 55;
        const int chronic = serious + (age >= 60 ? 220 : (age >= 18 ? 90 : 20));
        const int weak = chronic + (age >= 70 ? 150 : 0);
        if (roll < serious)
            p.health = Health::Serious;
        else if (roll < chronic)
            p.health = Health::Chronic;
        else if (roll < weak)
            p.health = Health::Weak;
    }
    const bool severe = isSevereDisability(p.kind, p.grade) || p.health == Health::Serious;
    if (age < 16 || age >= 70 || severe)
        p.labour = LabourAbility::None;
    else if (age >= 60 || p.kind != DisabilityKind::None || p.health != Health::Healthy)
        p.labour = LabourAbility::Partial;
    else
        p.labour = LabourAbility::Full;
}

Relation childRelation(bool male, bool grandchild)
{
    if (grandchild)
        return male ? Relation::Grandson : Relation::Granddaughter;
    return male ? Relation::Son : Relation::Daughter;
}

// A child of mother (and father, when known), or nothing when no birth date fits the ages asked.
bool addChild(Township &t, QList<Planned> &members, const Planned &mother, const QDate &fatherBirth,
    const QString &surname, bool grandchild, int minAge, int maxAge)
{
    QDate first = std::max(mother.birth.addYears(20), t.ref.addYears(-maxAge - 1).addDays(1));
    if (fatherBirth.isValid())
        first = std::max(first, fatherBirth.addYears(20));
    const QDate last = std::min(mother.birth.addYears(40), t.ref.addYears(-minAge));
    if (first > last)
        return false;
    Planned child;
    child.surname = surname;
    child.male = t.dice.perMille(520);
    child.relation = childRelation(child.male, grandchild);
    child.birth = t.dice.dateBetween(first, last);
    assignHealth(t.dice, child, t.ref);
    members.append(child);
    return true;
}

Planned spouseOf(Township &t, const Planned &head)
{
    Planned s;
    s.surname = text(t.dice.pickWeighted(kSurnames).text);
    s.relation = Relation::Spouse;
    s.male = !head.male;
    // Husbands are mostly a few years older than their wives.
    const int days = t.dice.between(-2 * 365, 6 * 365);
    s.birth = head.birth.addDays(head.male ? days : -days);
    if (s.birth > t.ref.addYears(-20))
        s.birth = t.ref.addYears(-20).addDays(-t.dice.below(365));
    assignHealth(t.dice, s, t.ref);
    return s;
}

} // namespace

QList<Planned> planFamily(Township &t, Shape shape)
{
    Dice &d = t.dice;
    QList<Planned> members;
    Planned head;
    head.surname = text(d.pickWeighted(kSurnames).text);
    head.relation = Relation::Head;
    switch (shape) {
    case Shape::ElderlyAlone:
        head.male = d.perMille(400);
        head.birth = d.birthForAge(t.ref, 62, 94);
        assignHealth(d, head, t.ref);
        members.append(head);
        break;
    case Shape::ElderlyCouple:
        head.birth = d.birthForAge(t.ref, 60, 90);
        assignHealth(d, head, t.ref);
        members.append(head);
        members.append(spouseOf(t, head));
        break;
    case Shape::SingleAdult:
        head.male = d.perMille(700);
        head.birth = d.birthForAge(t.ref, 28, 61);
        assignHealth(d, head, t.ref, true);
        members.append(head);
        break;
    case Shape::Couple: {
        head.birth = d.birthForAge(t.ref, 28, 56);
        const bool needy = d.perMille(500);
        assignHealth(d, head, t.ref, needy);
        members.append(head);
        const Planned wife = spouseOf(t, head);
        members.append(wife);
        const int children = d.between(1, 3);
        for (int i = 0; i < children; ++i)
            addChild(t, members, wife, head.birth, head.surname, false, 1, 24);
        break;
    }
    case Shape::SingleParent: {
        head.male = d.perMille(350);
        head.birth = d.birthForAge(t.ref, 28, 52);
        assignHealth(d, head, t.ref, d.perMille(450));
        members.append(head);
        // The other parent's surname when the mother heads the household.
        const QString surname = head.male || d.perMille(200) ? head.surname : text(d.pickWeighted(kSurnames).text);
        const Planned mother = head.male ? spouseOf(t, head) : head;
        const int children = d.between(1, 2);
        for (int i = 0; i < children; ++i)
            addChild(t, members, mother, QDate(), surname, false, 1, 17);
        break;
    }
    case Shape::ThreeGenerations: {
        head.birth = d.birthForAge(t.ref, 55, 78);
        assignHealth(d, head, t.ref);
        members.append(head);
        const Planned wife = spouseOf(t, head);
        members.append(wife);
        if (!addChild(t, members, wife, head.birth, head.surname, false, 22, 45))
            break;
        Planned &son = members.last();
        son.male = true;
        son.relation = Relation::Son;
        const Planned sonCopy = son;
        Planned dil = spouseOf(t, sonCopy);
        dil.relation = Relation::DaughterInLaw;
        members.append(dil);
        const int children = d.between(1, 2);
        for (int i = 0; i < children; ++i)
            addChild(t, members, dil, sonCopy.birth, head.surname, true, 1, 17);
        break;
    }
    case Shape::WithParents: {
        head.birth = d.birthForAge(t.ref, 35, 55);
        assignHealth(d, head, t.ref, d.perMille(400));
        members.append(head);
        const bool married = d.perMille(600);
        Planned wife;
        if (married) {
            wife = spouseOf(t, head);
            members.append(wife);
        }
        const QDate oldest = t.ref.addYears(-96);
        if (d.perMille(600)) {
            Planned father;
            father.surname = head.surname;
            father.relation = Relation::Father;
            father.birth = std::max(oldest, head.birth.addDays(-d.between(23 * 365, 38 * 365)));
            assignHealth(d, father, t.ref);
            members.append(father);
        }
        Planned mother;
        mother.surname = text(d.pickWeighted(kSurnames).text);
        mother.relation = Relation::Mother;
        mother.male = false;
        mother.birth = std::max(oldest, head.birth.addDays(-d.between(21 * 365, 36 * 365)));
        assignHealth(d, mother, t.ref);
        members.append(mother);
        if (married) {
            const int children = d.between(0, 2);
            for (int i = 0; i < children; ++i)
                addChild(t, members, wife, head.birth, head.surname, false, 1, 20);
        }
        break;
    }
    case Shape::SkippedGeneration: {
        head.birth = d.birthForAge(t.ref, 58, 80);
        assignHealth(d, head, t.ref);
        members.append(head);
        Planned parentGeneration = head;
        if (d.perMille(650)) {
            const Planned wife = spouseOf(t, head);
            members.append(wife);
            parentGeneration = wife;
        }
        // The grandchildren's mother is away; her age is only a bound on theirs.
        Planned absentMother;
        absentMother.birth = parentGeneration.birth.addYears(d.between(22, 32));
        const int children = d.between(1, 2);
        for (int i = 0; i < children; ++i)
            addChild(t, members, absentMother, QDate(), head.surname, true, 3, 16);
        break;
    }
    }
    return members;
}

Category categoryOf(const QList<Planned> &members)
{
    bool severe = false;
    bool disabledOrIll = false;
    bool anyFull = false;
    for (const Planned &p : members) {
        if (isSevereDisability(p.kind, p.grade) || p.health == Health::Serious)
            severe = true;
        if (p.kind != DisabilityKind::None || p.health == Health::Chronic)
            disabledOrIll = true;
        if (p.labour == LabourAbility::Full)
            anyFull = true;
    }
    if (!anyFull && severe)
        return Category::ClassA;
    if (severe || !anyFull)
        return Category::ClassB;
    if (disabledOrIll)
        return Category::ClassC;
    return Category::Ordinary;
}

} // namespace Demo
