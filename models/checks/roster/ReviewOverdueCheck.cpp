#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"
#include "roster/ReviewSchedule.h"
#include "roster/RosterRecords.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

namespace {

// A household past its periodic review (定期核查): every 6 months with an able-bodied member, else every 12
// (ReviewSchedule).
class ReviewOverdueCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("review_overdue"); }
    QString title() const override { return tr("Periodic review overdue (every 6 or 12 months)"); }
    Link link() const override { return Link::Management; }
    QList<ProblemType> problemTypes() const override
    {
        return {ProblemType::WrongfulInclusion, ProblemType::WorkStyle};
    }

    QStringList queries() const override
    {
        return {QStringLiteral("SELECT h.id, h.status, h.review_date, h.start_period, h.status_date FROM household h "
                               "WHERE %1 ORDER BY h.village_id, h.id")
                    .arg(onDibao()),
            currentMembersQuery()};
    }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &context) const override
    {
        struct Due
        {
            Household household;
            int interval = 12;
        };
        QHash<qint64, Due> dues;
        QList<qint64> order;
        QSqlQuery &h = results[0];
        while (h.next()) {
            Due d;
            d.household.id = h.value(0).toLongLong();
            d.household.status = enumOr(h.value(1), HouseholdStatus::Active);
            d.household.reviewDate = dateFrom(h.value(2));
            d.household.startPeriod = Period::parse(h.value(3).toString());
            d.household.statusDate = dateFrom(h.value(4));
            order << d.household.id;
            dues.insert(d.household.id, d);
        }
        QSqlQuery &q = results[1];
        while (q.next()) {
            const auto it = dues.find(q.value(0).toLongLong());
            if (it == dues.end() || it->interval == 6 || !q.value(7).isNull())
                continue;
            if (isAbleBodied(q, ageOf(q, context.today)))
                it->interval = 6;
        }

        DataCheckFindings found;
        const QDate &today = context.today;
        for (qint64 id : std::as_const(order)) {
            const Due &d = dues[id];
            const QDate due = ReviewSchedule::dueDate(d.household, d.interval);
            if (!due.isValid() || due >= today)
                continue;
            const QString every = d.interval == 6 ? tr("every 6 months (an able-bodied member)")
                                                  : tr("every 12 months (no able-bodied member)");
            if (!d.household.reviewDate.isValid()) {
                found[id] << tr("no review recorded, due %1 (%2)").arg(due.toString(Qt::ISODate), every);
                continue;
            }
            const QDate &reviewed = d.household.reviewDate;
            int months = (today.year() - reviewed.year()) * 12 + today.month() - reviewed.month();
            if (today.day() < reviewed.day())
                --months;
            found[id] << tr("last reviewed on %1, %2 months ago; due %3 (%4)")
                             .arg(reviewed.toString(Qt::ISODate))
                             .arg(months)
                             .arg(due.toString(Qt::ISODate), every);
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::reviewOverdue()
{
    return std::make_unique<ReviewOverdueCheck>();
}
