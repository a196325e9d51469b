#pragma once

#include "core/Domain.h"
#include "core/Outcome.h"

#include <QHash>
#include <QString>

class Database;

// Where a ledger entry came from, in the forms' wording (the repositories describe it in the UI language): the
// self-inspection answer or the complaint a rectification or a case was opened from.
class LedgerSourceNames
{
public:
    // The runs' answers and the complaints, read once; a failed read says so.
    static Outcome<LedgerSourceNames> read(const Database &db);

    QString text(Domain::LedgerSource source, qint64 id) const;

private:
    QHash<qint64, QString> m_answers;
    QHash<qint64, QString> m_complaints;
};
