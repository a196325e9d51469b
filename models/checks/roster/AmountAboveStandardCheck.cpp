#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"
#include "core/Money.h"
#include "office/BenefitCeiling.h"
#include "roster/RosterRecords.h"

#include <QCoreApplication>
#include <QVariant>

using namespace Domain;

namespace {

// A monthly amount above the month's rule: (standard + the category's top-up) × covered persons (BenefitCeiling).
class AmountAboveStandardCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("amount_above_standard"); }
    QString title() const override { return tr("Monthly amount above standard × covered persons"); }
    Link link() const override { return Link::ReviewApproval; }
    QList<ProblemType> problemTypes() const override
    {
        return {ProblemType::WrongfulInclusion, ProblemType::Corruption};
    }

    QStringList queries() const override
    {
        return {QStringLiteral("SELECT h.id, h.monthly_amount_fen, h.covered_count, h.category FROM household h "
                               "WHERE %1 ORDER BY h.village_id, h.id")
                    .arg(onDibao())};
    }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &context) const override
    {
        DataCheckFindings found;
        const Period month = Period::fromDate(context.today);
        const Outcome<BenefitCeiling> readCeiling = BenefitCeiling::read(context.db);
        if (!readCeiling)
            return readCeiling.result();
        const BenefitCeiling &ceiling = readCeiling.value();
        QSqlQuery &q = results[0];
        while (q.next()) {
            const Category category = RosterRecords::enumOr(q.value(3), Category::Ordinary);
            const std::optional<BenefitCeiling::PerPerson> perPerson = ceiling.perPerson(category, month);
            if (!perPerson)
                break; // no standard in force in the month: nothing to compare with
            const Money amount = Money::fromFen(q.value(1).toLongLong());
            const int covered = q.value(2).toInt();
            const Money limit = perPerson->total() * covered;
            if (amount <= limit)
                continue;
            const QString standard = perPerson->standard.monthlyPerPerson.toDisplayString();
            found[q.value(0).toLongLong()] << (perPerson->topUp.fen() > 0
                    ? tr("monthly amount %1 yuan is above (the standard %2 yuan + the %3 top-up %4 yuan) × %5 "
                         "covered persons = %6 yuan")
                          .arg(amount.toDisplayString(), standard, label(category), perPerson->topUp.toDisplayString())
                          .arg(covered)
                          .arg(limit.toDisplayString())
                    : tr("monthly amount %1 yuan is above the standard %2 yuan × %3 covered persons = %4 yuan")
                          .arg(amount.toDisplayString(), standard)
                          .arg(covered)
                          .arg(limit.toDisplayString()));
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::amountAboveStandard()
{
    return std::make_unique<AmountAboveStandardCheck>();
}
