#include "exchange/roster/ImportPreview.h"

#include <QJsonArray>

QJsonObject ImportPreview::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("file")] = file;
    o[QStringLiteral("sha256")] = sha256;
    o[QStringLiteral("sheet")] = sheet;
    o[QStringLiteral("header_row")] = headerRow;
    o[QStringLiteral("shape")] = shape == RosterSheetParser::Shape::MemberPerRow ? QStringLiteral("member_per_row")
                                                                                 : QStringLiteral("household_per_row");
    o[QStringLiteral("households")] = households;
    o[QStringLiteral("members")] = members;
    o[QStringLiteral("persons")] = declaredPersons;
    o[QStringLiteral("monthly_total_fen")] = monthlyTotal.fen();
    o[QStringLiteral("new_households")] = newHouseholds;
    o[QStringLiteral("changed_households")] = changedHouseholds;
    o[QStringLiteral("unchanged_households")] = unchangedHouseholds;
    o[QStringLiteral("new_villages")] = QJsonArray::fromStringList(newVillages);
    QJsonArray changed;
    for (const HouseholdChange &c : changes) {
        if (c.isNew)
            continue;
        QJsonObject j;
        j[QStringLiteral("row")] = c.row;
        j[QStringLiteral("head")] = c.headName;
        QJsonArray fields;
        for (const FieldChange &f : c.changes)
            fields.append(QJsonObject {{QStringLiteral("field"), f.field}, {QStringLiteral("old"), f.before},
                {QStringLiteral("new"), f.after}});
        j[QStringLiteral("changes")] = fields;
        changed.append(j);
    }
    o[QStringLiteral("changes")] = changed;
    QJsonArray errors;
    for (const ImportIssue &i : issues)
        errors.append(i.toJson());
    o[QStringLiteral("errors")] = errors;
    QJsonArray warned;
    for (const ImportIssue &i : warnings)
        warned.append(i.toJson());
    o[QStringLiteral("warnings")] = warned;
    QJsonArray unmapped, mapped;
    for (const ValueWord &w : valueWords)
        (w.mappedTo.isEmpty() ? unmapped : mapped).append(w.toJson());
    o[QStringLiteral("unmapped_words")] = unmapped;
    o[QStringLiteral("mapped_words")] = mapped;
    if (asOf.isValid())
        o[QStringLiteral("as_of")] = asOf.toString();
    return o;
}

QList<ValueWord> ImportPreview::unmappedWords() const
{
    QList<ValueWord> out;
    for (const ValueWord &w : valueWords) {
        if (w.mappedTo.isEmpty())
            out.append(w);
    }
    return out;
}
