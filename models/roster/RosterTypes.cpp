#include "roster/RosterTypes.h"

QString Person::displayRelation() const
{
    return relationText.isEmpty() ? Domain::label(relation) : relationText;
}

QString Household::headName() const
{
    for (const Person &p : members) {
        if (p.isCurrent() && p.isHead())
            return p.name;
    }
    return {};
}

QString Household::headIdNumber() const
{
    for (const Person &p : members) {
        if (p.isCurrent() && p.isHead())
            return p.idNumber;
    }
    return {};
}

QList<Person> Household::currentMembers() const
{
    QList<Person> out;
    for (const Person &p : members) {
        if (p.isCurrent())
            out.append(p);
    }
    return out;
}

Money CategorySupplement::perPerson(Money standard) const
{
    if (!sharePermille)
        return amount;
    // A share of the standard, to the nearest fen (half a fen up).
    const qint64 fen = standard.fen() * qint64(*sharePermille);
    return Money::fromFen(fen >= 0 ? (fen + 500) / 1000 : -((-fen + 500) / 1000));
}
