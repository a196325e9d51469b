#include "reports/compute/DisclosureReport.h"

#include "office/OfficeRepository.h"
#include "reports/compute/ReportRows.h"

using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> DisclosureReport::table(const Period &, const ReportOptions &) const
{
    const Outcome<Office> office = OfficeRepository(m_db).office();
    if (!office)
        return office.result();
    Outcome<ReportTable> form = officialTable(QStringLiteral("disclosure"), QString(), Period());
    if (!form)
        return form.result();
    ReportTable &t = *form;
    t.title = QStringLiteral("农村低保信息公开网址和电话统计表");
    t.landscape = false;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("unit"), QStringLiteral("单位"), Kind::Text, 16, true},
        {QStringLiteral("url"), QStringLiteral("信息公开网址"), Kind::Text, 28, true},
        {QStringLiteral("hotline"), QStringLiteral("监督举报电话"), Kind::Text, 14},
        {QStringLiteral("contact"), QStringLiteral("联系人"), Kind::Text, 9},
        {QStringLiteral("phone"), QStringLiteral("联系电话"), Kind::Text, 14}};
    t.rows << dataRow({1, office->name, office->disclosureUrl, office->hotline, office->preparer, office->phone});
    return form;
}
