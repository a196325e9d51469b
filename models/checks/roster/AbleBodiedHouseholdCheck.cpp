#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Domain;

namespace {

// A household of two or more whose current members are all healthy adults of working age, able to work and without
// disability (整户纳入 without regard to the members' circumstances).
class AbleBodiedHouseholdCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("able_bodied_household"); }
    QString title() const override { return tr("All members able-bodied adults of working age"); }
    Link link() const override { return Link::Eligibility; }
    QList<ProblemType> problemTypes() const override
    {
        return {ProblemType::GroupInclusion, ProblemType::WrongfulInclusion};
    }
    QStringList queries() const override { return {currentMembersQuery()}; }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &context) const override
    {
        struct Tally
        {
            int members = 0;
            int ableBodied = 0;
            int youngest = 200;
            int oldest = -1;
        };
        QHash<qint64, Tally> tallies;
        QList<qint64> order;
        QSqlQuery &q = results[0];
        while (q.next()) {
            if (!q.value(7).isNull())
                continue; // a deceased member is another check's matter
            const qint64 household = q.value(0).toLongLong();
            if (!tallies.contains(household))
                order << household;
            Tally &t = tallies[household];
            ++t.members;
            const int age = ageOf(q, context.today);
            if (isAbleBodied(q, age)) {
                ++t.ableBodied;
                t.youngest = qMin(t.youngest, age);
                t.oldest = qMax(t.oldest, age);
            }
        }
        DataCheckFindings found;
        for (qint64 household : std::as_const(order)) {
            const Tally &t = tallies[household];
            if (t.members >= 2 && t.ableBodied == t.members)
                found[household] << tr(
                    "all %1 members are healthy adults aged %2 to %3, able to work and without disability")
                                        .arg(t.members)
                                        .arg(t.youngest)
                                        .arg(t.oldest);
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::ableBodiedHousehold()
{
    return std::make_unique<AbleBodiedHouseholdCheck>();
}
