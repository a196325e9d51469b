#include "reports/compute/LedgerSourceNames.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlError>

using namespace Domain;

Outcome<LedgerSourceNames> LedgerSourceNames::read(const Database &db)
{
    LedgerSourceNames names;
    SqliteStatement a(db.connection(),
        "SELECT a.id, i.name, c.code FROM inspection_answer a JOIN inspection i ON i.id = a.inspection_id "
        "JOIN checklist_item c ON c.id = a.item_id");
    while (a.step())
        names.m_answers.insert(a.int64(0), QStringLiteral("%1 %2").arg(a.text(1), a.text(2)).trimmed());
    if (a.failed())
        return db.readFailure(a.lastError());
    SqliteStatement c(db.connection(), "SELECT id, received_date FROM complaint");
    while (c.step())
        names.m_complaints.insert(c.int64(0), c.text(1));
    if (c.failed())
        return db.readFailure(c.lastError());
    return names;
}

QString LedgerSourceNames::text(LedgerSource source, qint64 id) const
{
    if (source == LedgerSource::Manual)
        return zhLabel(source);
    if (source == LedgerSource::Inspection && m_answers.contains(id))
        return QStringLiteral("自查自纠：%1").arg(m_answers.value(id));
    if (source == LedgerSource::Complaint && m_complaints.contains(id))
        return QStringLiteral("举报线索 #%1 %2").arg(id).arg(m_complaints.value(id));
    return id > 0 ? QStringLiteral("%1 #%2").arg(zhLabel(source)).arg(id) : zhLabel(source);
}
