#pragma once

#include <QList>
#include <QString>

// The roster's enumerations. Each value has a stable key (stored in the database and in JSON),
// a Chinese label (what files and forms say) and an English label; label() gives the one of the
// current UI language through the translator.
namespace Domain {

enum class HouseholdStatus { Applying, Active, Suspended, Exited, Rejected }; // 申请中 在保 停保 退保 未通过
enum class Category { Ordinary, ClassA, ClassB, ClassC }; // 分类施保类别
enum class Relation {
    Head,
    Spouse,
    Son,
    Daughter,
    Father,
    Mother,
    Grandson,
    Granddaughter,
    SonInLaw,
    DaughterInLaw,
    Grandfather,
    Grandmother,
    Sibling,
    Other
};
enum class DisabilityKind { None, Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple };
enum class DisabilityGrade { None, Grade1, Grade2, Grade3, Grade4 };
enum class Health { Healthy, Weak, Chronic, Serious };
enum class LabourAbility { Full, Partial, None };

struct EnumText
{
    const char *key;
    const char *zh;
    const char *en; // source text for tr(), context "Domain"
};

template<typename E> QList<E> allValues();

template<typename E> QString key(E value);
template<typename E> QString zhLabel(E value);
template<typename E> QString enLabel(E value);
// Label in the UI language (translated English source).
template<typename E> QString label(E value);
// Finds a value by key, Chinese label, English label or a common synonym; false if none matches.
template<typename E> bool fromText(const QString &text, E *out);

// A grade-1/2 disability, or grade-3 intellectual or mental: the campaign's "severely disabled" (重度残疾).
bool isSevereDisability(DisabilityKind kind, DisabilityGrade grade);

} // namespace Domain
