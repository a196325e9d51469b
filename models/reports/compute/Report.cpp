#include "reports/compute/Report.h"

#include "office/OfficeRepository.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"

Report::Report(Database &db)
    : m_db(db)
{ }

Report::~Report() = default;

Outcome<ReportTable> Report::officialTable(const QString &id, const QString &title, const Period &month) const
{
    const Outcome<Office> read = OfficeRepository(m_db).office();
    if (!read)
        return read.result();
    const Office &office = *read;
    ReportTable t;
    t.id = id;
    t.title = office.name + title;
    t.period = month;
    t.periodText = ReportRows::zhMonth(month);
    t.unit = office.name;
    t.date = m_db.today();
    t.unitHead = office.unitHead;
    t.reviewer = office.reviewer;
    t.preparer = office.preparer;
    t.phone = office.phone;
    return t;
}
