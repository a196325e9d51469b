#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"

#include <QCoreApplication>
#include <QVariant>

namespace {

// More covered persons than members: declared on the household, or marked on its members.
class CoveredAboveMembersCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("covered_above_members"); }
    QString title() const override { return tr("Covered persons above household members"); }
    Domain::Link link() const override { return Domain::Link::Eligibility; }
    QList<Domain::ProblemType> problemTypes() const override { return {Domain::ProblemType::WrongfulInclusion}; }

    QStringList queries() const override
    {
        return {QStringLiteral("SELECT id, member_count, covered_count, records FROM (SELECT h.id, h.member_count, "
                               "h.covered_count, (SELECT count(*) FROM person p WHERE p.household_id = h.id AND "
                               "p.left_date IS NULL AND p.covered = 1) AS records FROM household h WHERE %1) "
                               "WHERE covered_count > member_count OR records > member_count")
                    .arg(onDibao())};
    }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &) const override
    {
        DataCheckFindings found;
        QSqlQuery &q = results[0];
        while (q.next()) {
            const int members = q.value(1).toInt();
            const int covered = q.value(2).toInt();
            const int records = q.value(3).toInt();
            QStringList &d = found[q.value(0).toLongLong()];
            if (covered > members)
                d << tr("%1 covered persons declared, but the household has %2 members").arg(covered).arg(members);
            if (records > members)
                d << tr("%1 members are marked as covered, but the household has %2 members").arg(records).arg(members);
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::coveredAboveMembers()
{
    return std::make_unique<CoveredAboveMembersCheck>();
}
