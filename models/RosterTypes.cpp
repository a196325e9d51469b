#include "RosterTypes.h"

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
