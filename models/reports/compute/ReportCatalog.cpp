#include "reports/compute/ReportCatalog.h"

#include "reports/compute/ReportComputations.h"
#include "storage/Database.h"

QList<ReportCatalog::Definition> ReportCatalog::definitions()
{
    return {
        {QStringLiteral("monthly"), tr("Monthly statistics of dibao recipients"), QStringLiteral("低保对象月报"), true},
        {QStringLiteral("changes"), tr("Additions and exits of the month"), QStringLiteral("低保对象增减变动明细表"),
            true},
        {QStringLiteral("roster"), tr("Roster of dibao recipients"), QStringLiteral("低保对象花名册"), true},
        {QStringLiteral("disclosure"), tr("Disclosure web addresses and hotlines"),
            QStringLiteral("信息公开网址和电话统计表"), false},
        {QStringLiteral("cases"), tr("Typical cases of the month"), QStringLiteral("典型案例报送表"), true},
        {QStringLiteral("inspection"), tr("Self-inspection summary"), QStringLiteral("自查自纠情况汇总表"), false},
        {QStringLiteral("complaints"), tr("Complaint and tip ledger"), QStringLiteral("群众举报问题线索台账"), false},
        {QStringLiteral("rectifications"), tr("Rectification ledger"), QStringLiteral("整改台账"), false},
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
    const ReportComputations c(m_db);
    // A table whose records cannot be read says so.
    const auto take = [out](Outcome<ReportTable> read) {
        if (!read)
            return read.result();
        *out = std::move(read).value();
        return Result::success();
    };
    if (name == QLatin1String("monthly"))
        return take(c.monthly(period));
    if (name == QLatin1String("changes"))
        return take(c.changes(period));
    if (name == QLatin1String("roster"))
        return take(c.roster(period, options.villageId));
    if (name == QLatin1String("disclosure"))
        return take(c.disclosure());
    if (name == QLatin1String("inspection"))
        return c.inspectionSummary(period, options.inspectionId, out);
    if (name == QLatin1String("cases"))
        return take(c.cases(period));
    if (name == QLatin1String("complaints"))
        return take(c.complaints(period));
    if (name == QLatin1String("rectifications"))
        return take(c.rectifications(period));
    return Result::success();
}
