#include "exchange/roster/ValueMappings.h"

#include "roster/DisabilityText.h"
#include "roster/RelationWords.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Domain;

namespace {

const QString kRelation = QStringLiteral("relation");
const QString kDisability = QStringLiteral("disability");

} // namespace

void ValueMappings::setRelation(const QString &word, Relation relation)
{
    const QString w = RelationWords::normalise(word);
    if (!w.isEmpty())
        relations.insert(w, relation);
}

void ValueMappings::setDisability(const QString &word, DisabilityKind kind)
{
    const QString w = DisabilityText::normalise(word);
    if (!w.isEmpty())
        disabilities.insert(w, kind);
}

void ValueMappings::insert(const ValueMappings &other)
{
    relations.insert(other.relations);
    disabilities.insert(other.disabilities);
}

QJsonObject ValueMappings::toJson() const
{
    QJsonObject o;
    QJsonObject r, d;
    for (auto it = relations.begin(); it != relations.end(); ++it)
        r[it.key()] = key(it.value());
    for (auto it = disabilities.begin(); it != disabilities.end(); ++it)
        d[it.key()] = key(it.value());
    if (!r.isEmpty())
        o[kRelation] = r;
    if (!d.isEmpty())
        o[kDisability] = d;
    return o;
}

ValueMappings ValueMappings::fromJson(const QJsonObject &json)
{
    ValueMappings m;
    const QJsonObject r = json.value(kRelation).toObject();
    for (auto it = r.begin(); it != r.end(); ++it) {
        Relation relation;
        if (fromText(it.value().toString(), &relation))
            m.setRelation(it.key(), relation);
    }
    const QJsonObject d = json.value(kDisability).toObject();
    for (auto it = d.begin(); it != d.end(); ++it) {
        DisabilityKind kind;
        if (fromText(it.value().toString(), &kind))
            m.setDisability(it.key(), kind);
    }
    return m;
}

const QString &ValueMappings::profileKey()
{
    static const QString key = QStringLiteral("@values");
    return key;
}

ValueMappings ValueMappings::fromProfile(const QString &profileJson)
{
    if (profileJson.isEmpty())
        return {};
    return fromJson(QJsonDocument::fromJson(profileJson.toUtf8()).object().value(profileKey()).toObject());
}

QString ValueMappings::intoProfile(const QString &profileJson, const ValueMappings &values)
{
    QJsonObject o = QJsonDocument::fromJson(profileJson.toUtf8()).object();
    if (values.isEmpty())
        o.remove(profileKey());
    else
        o[profileKey()] = values.toJson();
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ValueWord::fieldKey() const
{
    return field == Field::Relation ? kRelation : kDisability;
}

QJsonObject ValueWord::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("field")] = fieldKey();
    o[QStringLiteral("value")] = word;
    o[QStringLiteral("count")] = count;
    QJsonArray r;
    for (int row : rows)
        r.append(row);
    o[QStringLiteral("rows")] = r;
    if (!mappedTo.isEmpty())
        o[QStringLiteral("mapped_to")] = mappedTo;
    return o;
}
