#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"

#include <QCoreApplication>
#include <QVariant>

namespace {

// A member recorded as deceased who is still covered, or still a current member (死亡未停保、未减员).
class DeceasedCoveredCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("deceased_covered"); }
    QString title() const override { return tr("Deceased member still covered"); }
    Domain::Link link() const override { return Domain::Link::Management; }
    QList<Domain::ProblemType> problemTypes() const override
    {
        return {Domain::ProblemType::Corruption, Domain::ProblemType::WrongfulInclusion};
    }

    QStringList queries() const override
    {
        return {QStringLiteral("SELECT h.id, p.name, p.deceased_date, p.covered FROM household h "
                               "JOIN person p ON p.household_id = h.id WHERE %1 AND p.deceased_date IS NOT NULL "
                               "AND (p.covered = 1 OR p.left_date IS NULL) ORDER BY h.village_id, h.id, p.id")
                    .arg(onDibao())};
    }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &) const override
    {
        DataCheckFindings found;
        QSqlQuery &q = results[0];
        while (q.next()) {
            const QString name = q.value(1).toString();
            const QString died = q.value(2).toString();
            found[q.value(0).toLongLong()] << (q.value(3).toInt() == 1
                    ? tr("%1 died on %2 and is still counted as covered").arg(name, died)
                    : tr("%1 died on %2 and is still a current member of the household").arg(name, died));
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::deceasedCovered()
{
    return std::make_unique<DeceasedCoveredCheck>();
}
