#pragma once

#include "core/Domain.h"
#include "exchange/roster/ValueMappings.h"
#include "exchange/sheets/CellTextKey.h"
#include "roster/DisabilityText.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

// The words of a roster's relation and disability columns as the import reads them: each text read once (with the
// clerk's value mappings applied first) and remembered, and the words the program could not place or a mapping placed,
// noted with the rows they are on (the import wizard lists them to be mapped).
class ImportWords
{
public:
    // A relation word or code.
    struct RelationText
    {
        Domain::Relation relation = Domain::Relation::Other;
        bool known = false;
        bool mapped = false; // placed by a value mapping
        QString kept; // Person::relationText
    };
    struct DisabilityReading
    {
        DisabilityText::Reading reading;
        bool mapped = false;
    };

    void setValueMappings(const ValueMappings &values) { m_valueMappings = values; }

    const RelationText &relationOf(const QString &text);
    const DisabilityReading &disabilityOf(const QString &text, DisabilityText::Role role);
    // A word imported as 其他 (mappedTo empty) or placed by a mapping, on a row.
    void note(ValueWord::Field field, const QString &word, int row, const QString &mappedTo);
    const QList<ValueWord> &words() const { return m_words; }

private:
    static constexpr int CachedTexts = 256; // a file of random words must not grow the caches without end

    ValueMappings m_valueMappings;
    QHash<CellTextKey, RelationText> m_relations; // at most CachedTexts; then m_relationScratch
    RelationText m_relationScratch;
    std::array<QHash<CellTextKey, DisabilityReading>, 3> m_disabilities; // by DisabilityText::Role
    std::array<DisabilityReading, 3> m_disabilityScratch; // a row reads one text of each role at once
    QList<ValueWord> m_words;
    QHash<QString, int> m_wordIndex; // field key + word → index in m_words
};
