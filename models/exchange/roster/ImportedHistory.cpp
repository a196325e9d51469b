#include "exchange/roster/ImportedHistory.h"

#include "exchange/roster/RosterSheetParser.h"
#include "roster/RosterRecords.h"

using Field = RosterColumns::Field;
using namespace Domain;

std::optional<ImportedHistory::Problem> ImportedHistory::build(ImportedHousehold &h) const
{
    Household &hh = h.household;
    // A value given but not understood has its error already.
    if ((h.present.contains(Field::StartPeriod) && !hh.startPeriod.isValid())
        || (h.present.contains(Field::StatusDate) && (!h.statusDate.isValid() || h.statusDate > m_today)))
        return std::nullopt;
    const Period start = hh.startPeriod;
    const QDate fileDate = h.statusDate;
    const auto entry = [](HouseholdStatus to, const QDate &date, const QString &reason, const Period &paidFrom) {
        StatusChange c;
        c.to = to;
        c.date = date;
        c.reason = reason;
        c.paidFrom = paidFrom;
        return c;
    };
    QList<StatusChange> history;
    switch (hh.status) {
    case HouseholdStatus::Active:
        if (start.isValid()) {
            // Paid from next month: approved this month, the start is not a date in the future.
            history << entry(HouseholdStatus::Active, qMin(start.firstDay(), m_today), h.statusReason, start);
        } else if (fileDate.isValid()) {
            hh.startPeriod = RosterRecords::paidFromApproval(fileDate);
            history << entry(HouseholdStatus::Active, fileDate, h.statusReason, hh.startPeriod);
        } else if (m_asOf.isValid()) {
            hh.startPeriod = m_asOf;
            history << entry(HouseholdStatus::Active, m_asOf.firstDay(), h.statusReason, m_asOf);
        }
        break;
    case HouseholdStatus::Suspended:
    case HouseholdStatus::Exited: {
        const QDate at = fileDate.isValid() ? fileDate : m_asOf.isValid() ? m_asOf.firstDay() : QDate();
        if (!at.isValid())
            break;
        if (start.isValid() && at < start.firstDay()) {
            if (fileDate.isValid())
                return Problem {h.statusDateRow, Field::StatusDate, fileDate.toString(Qt::ISODate),
                    tr("the household is %1 on a date before the month its benefit started (%2)")
                        .arg(zhLabel(hh.status), start.toString())};
            return Problem {h.firstRow, Field::StartPeriod, start.toString(),
                tr("the benefit started after the month the roster describes (%1), yet the household is %2")
                    .arg(m_asOf.toString(), zhLabel(hh.status))};
        }
        if (start.isValid())
            history << entry(HouseholdStatus::Active, start.firstDay(), QString(), start);
        history << entry(hh.status, at,
            h.statusReason.isEmpty() ? RecordedReason::importedWithStatus(hh.status) : h.statusReason, Period());
        break;
    }
    case HouseholdStatus::Applying:
    case HouseholdStatus::Rejected: {
        // Without a date they are as they are on the day of the import, as before.
        const QDate at = fileDate.isValid() ? fileDate : m_asOf.isValid() ? m_asOf.firstDay() : QDate();
        if (at.isValid())
            history << entry(hh.status, at,
                h.statusReason.isEmpty() ? RecordedReason::importedWithStatus(hh.status) : h.statusReason, Period());
        break;
    }
    }
    h.lacksDates
        = history.isEmpty() && hh.status != HouseholdStatus::Applying && hh.status != HouseholdStatus::Rejected;
    if (!history.isEmpty())
        hh.statusDate = history.last().date;
    hh.history = std::move(history);
    return std::nullopt;
}
