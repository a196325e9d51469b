#pragma once

#include "core/Domain.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

// The clerk's readings of words the program could not place (与户主关系 "干亲" → 其他亲属, 残疾情况 "侏儒" →
// 肢体残疾). An import profile keeps them beside its columns under the reserved key "@values":
//   {"户主姓名": "head_name", …, "@values": {"relation": {"干亲": "relative"}, "disability": {"侏儒": "physical"}}}
// Profiles saved before have no such key and load as they did.
struct ValueMappings
{
    QHash<QString, Domain::Relation> relations; // by RelationWords::normalise()
    QHash<QString, Domain::DisabilityKind> disabilities; // by DisabilityText::normalise()

    bool isEmpty() const { return relations.isEmpty() && disabilities.isEmpty(); }
    void setRelation(const QString &word, Domain::Relation relation);
    void setDisability(const QString &word, Domain::DisabilityKind kind);
    // Adds other's words; where both name a word, other's reading wins.
    void insert(const ValueMappings &other);

    QJsonObject toJson() const;
    static ValueMappings fromJson(const QJsonObject &json);
    static const QString &profileKey(); // "@values"
    // The mappings a profile (or the wizard's mapping JSON) carries.
    static ValueMappings fromProfile(const QString &profileJson);
    // The profile with its "@values" replaced by these (removed when empty).
    static QString intoProfile(const QString &profileJson, const ValueMappings &values);
};

// A word of the file that the program could not place (imported as 其他, with a warning on each row), or that a
// value mapping placed.
struct ValueWord
{
    enum class Field { Relation, Disability };
    Field field = Field::Relation;
    QString word; // as the file wrote it
    int count = 0; // rows
    QList<int> rows; // the first rows, as the spreadsheet numbers them
    QString mappedTo; // the key of the kind a mapping gave it; empty: imported as 其他

    static constexpr int ListedRows = 20;
    QString fieldKey() const; // "relation", "disability"
    QJsonObject toJson() const;
};
