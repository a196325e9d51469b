#pragma once

#include "core/IdNumber.h"
#include "exchange/roster/RosterColumns.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>

#include <functional>

class ImportWords;

// A member's disability from a roster row's cells: a combined column (肢体残疾二级), separate kind and grade columns,
// and the certificate number (its 19th and 20th characters give kind and grade). The first column naming a kind or a
// grade gives it; the certificate fills what the texts leave out, and every disagreement is a warning that says which
// was used. Words the program does not know are kept and imported as 其他, noted for the clerk to map.
class DisabilityCells
{
    Q_DECLARE_TR_FUNCTIONS(DisabilityCells)

public:
    // The row's cleaned text of a column (empty when the file has none).
    using Value = std::function<const QString &(RosterColumns::Field field)>;
    using Warn = std::function<void(RosterColumns::Field field, const QString &value, const QString &reason)>;

    DisabilityCells(ImportWords &words, const ColumnMapping &mapping)
        : m_words(words)
        , m_mapping(mapping)
    { }

    // certificateIsNumber: the certificate's cell was stored as a number (its digits lost).
    void read(
        int row, const Value &value, bool certificateIsNumber, Person &p, const IdNumber &id, const Warn &warning);

private:
    ImportWords &m_words;
    const ColumnMapping &m_mapping;
};
