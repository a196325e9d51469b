#include "reports/compute/ReportCatalog.h"

#include "reports/compute/CasesReport.h"
#include "reports/compute/ChangesReport.h"
#include "reports/compute/ComplaintsReport.h"
#include "reports/compute/DisclosureReport.h"
#include "reports/compute/InspectionSummaryReport.h"
#include "reports/compute/MonthlyReport.h"
#include "reports/compute/RectificationsReport.h"
#include "reports/compute/RosterReport.h"
#include "storage/Database.h"

namespace {

template<typename T> std::unique_ptr<Report> make(Database &db)
{
    return std::make_unique<T>(db);
}

} // namespace

QList<ReportCatalog::Definition> ReportCatalog::definitions()
{
    return {
        {QStringLiteral("monthly"), tr("Monthly statistics of dibao recipients"), QStringLiteral("低保对象月报"), true,
            make<MonthlyReport>},
        {QStringLiteral("changes"), tr("Additions and exits of the month"), QStringLiteral("低保对象增减变动明细表"),
            true, make<ChangesReport>},
        {QStringLiteral("roster"), tr("Roster of dibao recipients"), QStringLiteral("低保对象花名册"), true,
            make<RosterReport>},
        {QStringLiteral("disclosure"), tr("Disclosure web addresses and hotlines"),
            QStringLiteral("信息公开网址和电话统计表"), false, make<DisclosureReport>},
        {QStringLiteral("cases"), tr("Typical cases of the month"), QStringLiteral("典型案例报送表"), true,
            make<CasesReport>},
        {QStringLiteral("inspection"), tr("Self-inspection summary"), QStringLiteral("自查自纠情况汇总表"), false,
            make<InspectionSummaryReport>},
        {QStringLiteral("complaints"), tr("Complaint and tip ledger"), QStringLiteral("群众举报问题线索台账"), false,
            make<ComplaintsReport>},
        {QStringLiteral("rectifications"), tr("Rectification ledger"), QStringLiteral("整改台账"), false,
            make<RectificationsReport>},
    };
}

std::optional<ReportCatalog::Definition> ReportCatalog::definition(const QString &name)
{
    for (const Definition &d : definitions()) {
        if (d.name == name)
            return d;
    }
    return std::nullopt;
}

ReportCatalog::ReportCatalog(Database &db)
    : m_db(db)
{ }

Result ReportCatalog::compute(
    const QString &name, const Period &period, const ReportOptions &options, ReportTable *out) const
{
    const std::optional<Definition> d = definition(name);
    if (!d) {
        QStringList names;
        for (const Definition &known : definitions())
            names << known.name;
        return Result::rejected(
            tr("There is no report \"%1\"; the reports are %2.").arg(name, names.join(QStringLiteral(", "))),
            QStringLiteral("name"));
    }
    if (d->needsPeriod && !period.isValid())
        return Result::rejected(tr("The report \"%1\" needs a month (YYYY-MM).").arg(name), QStringLiteral("period"));
    if (period.isValid() && period > Period::fromDate(m_db.today()))
        return Result::rejected(
            tr("%1 has not begun yet: a report covers a month up to the current one.").arg(period.toString()),
            QStringLiteral("period"));
    Outcome<ReportTable> table = d->make(m_db)->compute(period, options);
    if (!table) // a table whose records cannot be read says so
        return table.result();
    *out = std::move(table).value();
    return Result::success();
}
