#pragma once

// The people of the demo township (DemoGenerator): who lives in a household, with names, ages, ID numbers, bank
// accounts, health and disabilities that agree with each other. Shared by DemoGenerator.cpp, which plans the
// households' histories and writes them, and DemoTownship.cpp; not used elsewhere.

#include "core/Domain.h"
#include "core/Money.h"
#include "roster/RosterTypes.h"

#include <QDate>
#include <QList>
#include <QRandomGenerator>
#include <QSet>
#include <QString>

#include <cstddef>

namespace Demo {

QString text(const char *utf8);

// Draws from one seeded generator, so the order of the draws is the whole of the determinism.
struct Dice
{
    QRandomGenerator rng;

    // 0 <= n < upper
    int below(int upper) { return upper <= 0 ? 0 : int(rng.bounded(quint32(upper))); }
    // lowest <= n <= highest
    int between(int lowest, int highest) { return highest <= lowest ? lowest : lowest + below(highest - lowest + 1); }
    bool perMille(int chance) { return below(1000) < chance; }
    QDate dateBetween(const QDate &first, const QDate &last)
    {
        return last <= first ? first : first.addDays(below(int(first.daysTo(last)) + 1));
    }
    // A birth date for someone aged minAge..maxAge on the day ref.
    QDate birthForAge(const QDate &ref, int minAge, int maxAge)
    {
        return dateBetween(ref.addYears(-maxAge - 1).addDays(1), ref.addYears(-minAge));
    }
    template<typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[below(int(N))]; }
    template<typename T, std::size_t N> const T &pickWeighted(const T (&items)[N])
    {
        int total = 0;
        for (const T &item : items)
            total += item.weight;
        int n = below(total);
        for (const T &item : items) {
            if (n < item.weight)
                return item;
            n -= item.weight;
        }
        return items[0];
    }
    QChar character(const QString &pool) { return pool.at(below(int(pool.size()))); }
    QString digits(int count)
    {
        QString out;
        for (int i = 0; i < count; ++i)
            out.append(QChar(u'0' + below(10)));
        return out;
    }
};

// A member before it becomes a Person: the facts the ID number and the relations must agree on.
struct Planned
{
    QString surname;
    Domain::Relation relation = Domain::Relation::Head;
    bool male = true;
    QDate birth;
    Domain::DisabilityKind kind = Domain::DisabilityKind::None;
    Domain::DisabilityGrade grade = Domain::DisabilityGrade::None;
    Domain::Health health = Domain::Health::Healthy;
    Domain::LabourAbility labour = Domain::LabourAbility::Full;
    bool covered = true;
};

enum class Shape {
    ElderlyAlone, // 孤寡老人
    ElderlyCouple, // 老年夫妇
    SingleAdult, // 单身（残疾或重病）
    Couple, // 夫妇与子女
    SingleParent, // 单亲家庭
    ThreeGenerations, // 祖孙三代
    WithParents, // 中年户主与老年父母
    SkippedGeneration, // 隔代（留守儿童）
};
// A household's make-up, drawn by how common it is on a rural roster.
Shape drawShape(Dice &dice);

// Everything about one township that the households share.
struct Township
{
    Dice dice;
    QDate ref;
    QString region;
    QList<Village> villages;
    QList<int> villageWeights;
    QList<BenefitStandard> standards; // by effective date, never empty once the township is set up
    QSet<qint64> usedIds; // birth date * 1000 + sequence
    QSet<QString> usedAccounts;

    Money standardAt(const QDate &date) const;
    // A valid ID number of the region, not given to anyone before.
    QString idNumber(const QDate &birth, bool male);
    QString givenName(const Planned &p);
    QString bankAccount();
    // A village, drawn by its weight.
    const Village &village();
};

int ageAt(const QDate &birth, const QDate &date);
// The members of a household of this shape, head first.
QList<Planned> planFamily(Township &t, Shape shape);
// The category (分类施保) the members' needs put the household in.
Domain::Category categoryOf(const QList<Planned> &members);

} // namespace Demo
