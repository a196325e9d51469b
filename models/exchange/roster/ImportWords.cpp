#include "exchange/roster/ImportWords.h"

#include "roster/RelationWords.h"

using namespace Domain;

void ImportWords::note(ValueWord::Field field, const QString &word, int row, const QString &mappedTo)
{
    const QString key = QString::number(int(field)) + word;
    auto it = m_wordIndex.constFind(key);
    if (it == m_wordIndex.constEnd()) {
        ValueWord w;
        w.field = field;
        w.word = word;
        w.mappedTo = mappedTo;
        m_words.append(w);
        it = m_wordIndex.insert(key, int(m_words.size() - 1));
    }
    ValueWord &w = m_words[*it];
    ++w.count;
    if (w.rows.size() < ValueWord::ListedRows)
        w.rows.append(row);
}

const ImportWords::RelationText &ImportWords::relationOf(const QString &text)
{
    if (const auto it = m_relations.constFind(text); it != m_relations.constEnd())
        return *it;
    RelationText r;
    const QString normalised = RelationWords::normalise(text);
    if (const auto m = m_valueMappings.relations.constFind(normalised); m != m_valueMappings.relations.constEnd()) {
        r.relation = *m;
        r.known = r.mapped = true;
        r.kept = normalised == zhLabel(r.relation) ? QString() : text;
    } else {
        const RelationWords::Reading reading = RelationWords::read(text);
        r.relation = reading.relation;
        r.known = reading.known;
        // A word the program cannot place is kept as written: it is all the clerk has.
        r.kept = reading.known ? reading.kept : text;
    }
    if (m_relations.size() < CachedTexts)
        return *m_relations.insert(text, r);
    m_relationScratch = r;
    return m_relationScratch;
}

const ImportWords::DisabilityReading &ImportWords::disabilityOf(const QString &text, DisabilityText::Role role)
{
    QHash<CellTextKey, DisabilityReading> &known = m_disabilities[int(role)];
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it;
    DisabilityReading d;
    d.reading = DisabilityText::read(text, role);
    const auto m = m_valueMappings.disabilities.constFind(DisabilityText::normalise(text));
    if (m != m_valueMappings.disabilities.constEnd()) {
        d.reading.kind = *m;
        d.reading.none = *m == DisabilityKind::None;
        d.mapped = true;
    }
    if (known.size() < CachedTexts)
        return *known.insert(text, d);
    m_disabilityScratch[int(role)] = d;
    return m_disabilityScratch[int(role)];
}
