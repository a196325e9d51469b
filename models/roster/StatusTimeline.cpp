#include "roster/StatusTimeline.h"

#include "reports/table/ReportOutputLog.h"
#include "roster/RosterRecords.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Domain;
using namespace RosterRecords;

namespace {

const char *const kColumns = "id, household_id, from_status, to_status, effective_date, reason, monthly_amount_fen, "
                             "covered_count, recorded_at, operator, sets_amount, sets_covered, paid_from";

StatusChange rowFrom(const QSqlQuery &q)
{
    StatusChange c;
    c.id = q.value(0).toLongLong();
    c.householdId = q.value(1).toLongLong();
    if (!q.value(2).isNull())
        c.from = enumOr(q.value(2), HouseholdStatus::Applying);
    c.to = enumOr(q.value(3), HouseholdStatus::Applying);
    c.date = dateFrom(q.value(4));
    c.reason = q.value(5).toString();
    c.monthlyAmount = Money::fromFen(q.value(6).toLongLong());
    c.coveredCount = q.value(7).toInt();
    c.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    c.operatorName = q.value(9).toString();
    c.setsAmount = q.value(10).toBool();
    c.setsCovered = q.value(11).toBool();
    c.paidFrom = Period::parse(q.value(12).toString());
    return c;
}

bool changesStatus(const StatusChange &c)
{
    return !c.from || *c.from != c.to;
}

} // namespace

QString CorrectionImpact::monthsText() const
{
    if (!changesPastMonths())
        return {};
    return firstMonth == lastMonth ? firstMonth.toString()
                                   : QStringLiteral("%1—%2").arg(firstMonth.toString(), lastMonth.toString());
}

QString CorrectionImpact::text() const
{
    QStringList lines;
    if (changesPastMonths())
        lines << StatusTimeline::tr("It changes the figures of %1.").arg(monthsText());
    if (laterStatusDate.isValid())
        lines << StatusTimeline::tr("It is dated before the household's change to %1 on %2; that change and the "
                                    "months after it keep their dates.")
                     .arg(label(laterStatus), laterStatusDate.toString(Qt::ISODate));
    if (!reportedMonths.isEmpty()) {
        QStringList months;
        for (const Period &p : reportedMonths)
            months << p.toString();
        lines << StatusTimeline::tr("The official tables of %1 were already printed or exported: they no longer match "
                                    "and must be printed again.")
                     .arg(months.join(QStringLiteral(", ")));
    }
    return lines.join(u' ');
}

StatusTimeline::StatusTimeline(Database &db)
    : m_db(db)
{ }

Outcome<QList<StatusChange>> StatusTimeline::rows(qint64 householdId) const
{
    QList<StatusChange> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM status_history WHERE household_id = ? ORDER BY effective_date, id")
                       .arg(QLatin1String(kColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(householdId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next())
        out.append(rowFrom(q));
    return out;
}

Outcome<std::optional<StatusChange>> StatusTimeline::stateAt(qint64 householdId, const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM status_history WHERE household_id = ? AND effective_date <= ? "
                                  "ORDER BY effective_date DESC, id DESC LIMIT 1")
                       .arg(QLatin1String(kColumns))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(householdId);
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return std::optional<StatusChange>();
    return std::optional<StatusChange>(rowFrom(q));
}

Outcome<CorrectionImpact> StatusTimeline::impactOf(qint64 householdId, const QDate &date) const
{
    CorrectionImpact impact;
    const Period month = Period::fromDate(date);
    const Period current = Period::fromDate(m_db.today());
    if (month < current) {
        impact.firstMonth = month;
        impact.lastMonth = current.previous();
        const Outcome<QList<Period>> reported
            = ReportOutputLog(m_db).reportedMonths(impact.firstMonth, impact.lastMonth);
        if (!reported)
            return reported.result();
        impact.reportedMonths = *reported;
    }
    const Outcome<QList<StatusChange>> all = rows(householdId);
    if (!all)
        return all.result();
    for (const StatusChange &c : *all) {
        if (c.date > date && c.from && changesStatus(c)) {
            impact.laterStatusDate = c.date;
            impact.laterStatus = c.to;
            break;
        }
    }
    return impact;
}

Result StatusTimeline::insert(StatusChange &row)
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO status_history (household_id, from_status, to_status, effective_date, reason, "
                       "monthly_amount_fen, covered_count, recorded_at, operator, sets_amount, sets_covered, "
                       "paid_from) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
    row.recordedAt = m_db.now();
    row.operatorName = m_db.operatorName();
    q.addBindValue(row.householdId);
    q.addBindValue(row.from ? QVariant(key(*row.from)) : QVariant());
    q.addBindValue(key(row.to));
    q.addBindValue(row.date.toString(Qt::ISODate));
    q.addBindValue(row.reason);
    q.addBindValue(row.monthlyAmount.fen());
    q.addBindValue(row.coveredCount);
    q.addBindValue(row.recordedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(row.operatorName);
    q.addBindValue(row.setsAmount ? 1 : 0);
    q.addBindValue(row.setsCovered ? 1 : 0);
    q.addBindValue(row.paidFrom.isValid() ? QVariant(row.paidFrom.toString()) : QVariant());
    Result error;
    if (!m_db.exec(q, &error))
        return error;
    row.id = q.lastInsertId().toLongLong();
    return Result::success();
}

Result StatusTimeline::insertOpening(const QList<StatusChange> &rows)
{
    for (StatusChange row : rows) {
        if (Result r = insert(row); !r)
            return r;
    }
    return Result::success();
}

Result StatusTimeline::place(
    qint64 householdId, const QDate &date, const Change &change, StatusChange *placed, StatusChange *latest)
{
    const Outcome<std::optional<StatusChange>> state = stateAt(householdId, date);
    const Outcome<QList<StatusChange>> read = rows(householdId);
    if (!state || !read)
        return !state ? state.result() : read.result();
    const std::optional<StatusChange> &before = state.value();
    const QList<StatusChange> &all = read.value();
    if (!before) {
        const QDate first = all.isEmpty() ? QDate() : all.first().date;
        return Result::rejected(tr("The date %1 is before the household's first record (%2).")
                                    .arg(date.toString(Qt::ISODate), first.toString(Qt::ISODate)),
            QStringLiteral("date"));
    }
    StatusChange row;
    row.householdId = householdId;
    row.from = before->to;
    row.to = change.to.value_or(before->to);
    row.date = date;
    row.reason = change.reason;
    row.monthlyAmount = change.amount.value_or(before->monthlyAmount);
    row.coveredCount = change.covered ? *change.covered : qMax(0, before->coveredCount + change.coveredDelta);
    row.setsAmount = change.amount.has_value();
    row.setsCovered = change.covered.has_value() || change.coveredDelta != 0;
    const bool starts = row.to == HouseholdStatus::Active && before->to != HouseholdStatus::Active;
    row.paidFrom = starts ? (change.paidFrom.isValid() ? change.paidFrom : paidFromApproval(date)) : before->paidFrom;
    if (Result r = insert(row); !r)
        return r;

    // The later rows (effective after the date; rows of the same day recorded earlier come before this one).
    bool carryAmount = change.amount.has_value();
    bool carryCovered = change.covered.has_value();
    bool carryStatus = row.to != before->to;
    StatusChange last = row;
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE status_history SET from_status = ?, to_status = ?, monthly_amount_fen = ?, "
                             "covered_count = ?, paid_from = ? WHERE id = ?"));
    for (StatusChange later : all) {
        if (later.date <= date)
            continue;
        const StatusChange was = later;
        if (carryAmount) {
            if (later.setsAmount)
                carryAmount = false;
            else
                later.monthlyAmount = row.monthlyAmount;
        }
        if (carryCovered) {
            if (later.setsCovered)
                carryCovered = false;
            else
                later.coveredCount = row.coveredCount;
        }
        // A member who died or moved was gone from every later row, which were recorded without knowing it.
        later.coveredCount = qMax(0, later.coveredCount + change.coveredDelta);
        if (carryStatus) {
            if (changesStatus(later)) {
                carryStatus = false;
                later.from = row.to;
            } else {
                later.from = later.to = row.to;
                later.paidFrom = row.paidFrom;
            }
        }
        if (later.monthlyAmount != was.monthlyAmount || later.coveredCount != was.coveredCount || later.from != was.from
            || later.to != was.to || later.paidFrom != was.paidFrom) {
            u.addBindValue(later.from ? QVariant(key(*later.from)) : QVariant());
            u.addBindValue(key(later.to));
            u.addBindValue(later.monthlyAmount.fen());
            u.addBindValue(later.coveredCount);
            u.addBindValue(later.paidFrom.isValid() ? QVariant(later.paidFrom.toString()) : QVariant());
            u.addBindValue(later.id);
            Result error;
            if (!m_db.exec(u, &error))
                return error;
        }
        last = later;
    }
    if (placed)
        *placed = row;
    if (latest)
        *latest = last;
    return Result::success();
}
