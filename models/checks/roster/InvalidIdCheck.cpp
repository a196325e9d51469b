#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"
#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QVariant>

namespace {

// A current member whose ID number is missing or fails GB 11643 (length, date, check digit).
class InvalidIdCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("invalid_id"); }
    QString title() const override { return tr("Invalid or missing ID numbers"); }
    Domain::Link link() const override { return Domain::Link::Verification; }
    QList<Domain::ProblemType> problemTypes() const override
    {
        return {Domain::ProblemType::WrongfulInclusion, Domain::ProblemType::Corruption};
    }
    QStringList queries() const override { return {currentMembersQuery()}; }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &) const override
    {
        DataCheckFindings found;
        QSqlQuery &q = results[0];
        while (q.next()) {
            const QString number = q.value(2).toString();
            const IdNumber id = IdNumber::parse(number);
            if (id.isValid())
                continue;
            const QString name = q.value(1).toString();
            found[q.value(0).toLongLong()]
                << (number.trimmed().isEmpty() ? tr("%1: %2").arg(name, id.errorText())
                                               : tr("%1 (%2): %3").arg(name, number, id.errorText()));
        }
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::invalidId()
{
    return std::make_unique<InvalidIdCheck>();
}
