#include "reports/compute/RectificationsReport.h"

#include "core/Domain.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "reports/compute/LedgerSourceNames.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> RectificationsReport::table(const Period &month, const ReportOptions &) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("rectifications"), QStringLiteral("农村低保专项治理问题整改台账"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("problem"), QStringLiteral("存在问题"), Kind::Text, 28, true},
        {QStringLiteral("source"), QStringLiteral("问题来源"), Kind::Text, 16, true},
        {QStringLiteral("measures"), QStringLiteral("整改措施"), Kind::Text, 28, true},
        {QStringLiteral("responsible"), QStringLiteral("责任人"), Kind::Text, 8},
        {QStringLiteral("deadline"), QStringLiteral("整改时限"), Kind::Text, 11},
        {QStringLiteral("status"), QStringLiteral("整改状态"), Kind::Text, 10},
        {QStringLiteral("completed"), QStringLiteral("完成时间"), Kind::Text, 11},
        {QStringLiteral("completion"), QStringLiteral("整改情况"), Kind::Text, 22, true},
        {QStringLiteral("reviewer"), QStringLiteral("销号人"), Kind::Text, 8},
        {QStringLiteral("signed_off"), QStringLiteral("销号日期"), Kind::Text, 11}};
    RectificationFilter filter;
    filter.period = month;
    const Outcome<QList<Rectification>> items = RectificationRepository(m_db).rectifications(filter);
    if (!items)
        return items.result();
    const Outcome<LedgerSourceNames> sources = LedgerSourceNames::read(m_db);
    if (!sources)
        return sources.result();
    const QDate today = m_db.today();
    int n = 0, done = 0;
    for (const Rectification &r : *items) {
        done += r.status == RectificationStatus::Done || r.status == RectificationStatus::SignedOff ? 1 : 0;
        QString status = zhLabel(r.status);
        if (r.isOverdue(today))
            status += QStringLiteral("（逾期）");
        t.rows << dataRow(
            {++n, r.problem, sources->text(r.source, r.sourceId), r.measures, r.responsible, zhDate(r.deadline), status,
                zhDate(r.completedDate), r.completionNote, r.reviewer, zhDate(r.signedOffDate)});
    }
    t.rows << totalRow(
        {QVariant(), QStringLiteral("共%1个问题，已整改%2个，未完成%3个").arg(n).arg(done).arg(n - done)});
    return form;
}
