#include "reports/compute/ComplaintsReport.h"

#include "core/Domain.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> ComplaintsReport::table(const Period &month, const ReportOptions &) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("complaints"), QStringLiteral("群众举报问题线索台账"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("received"), QStringLiteral("受理日期"), Kind::Text, 11},
        {QStringLiteral("channel"), QStringLiteral("举报渠道"), Kind::Text, 9},
        {QStringLiteral("reporter"), QStringLiteral("举报人"), Kind::Text, 8},
        {QStringLiteral("subject"), QStringLiteral("反映对象"), Kind::Text, 10, true},
        {QStringLiteral("village"), QStringLiteral("所在村"), Kind::Text, 9},
        {QStringLiteral("problem_type"), QStringLiteral("问题类型"), Kind::Text, 11},
        {QStringLiteral("summary"), QStringLiteral("主要内容"), Kind::Text, 30, true},
        {QStringLiteral("handler"), QStringLiteral("承办人"), Kind::Text, 8},
        {QStringLiteral("due"), QStringLiteral("办结时限"), Kind::Text, 11},
        {QStringLiteral("transfer"), QStringLiteral("移交纪检监察情况"), Kind::Text, 18, true},
        {QStringLiteral("finding"), QStringLiteral("核查结论"), Kind::Text, 9},
        {QStringLiteral("feedback"), QStringLiteral("反馈情况"), Kind::Text, 14, true},
        {QStringLiteral("closed"), QStringLiteral("办结日期"), Kind::Text, 11},
        {QStringLiteral("state"), QStringLiteral("办理状态"), Kind::Text, 8}};
    ComplaintFilter filter;
    filter.period = month;
    Outcome<QList<Complaint>> read = ComplaintRepository(m_db).complaints(filter);
    if (!read)
        return read.result();
    QList<Complaint> items = std::move(read).value();
    std::reverse(items.begin(), items.end()); // a ledger runs in the order received
    const QDate today = m_db.today();
    int n = 0, closed = 0;
    for (const Complaint &c : std::as_const(items)) {
        closed += c.isClosed() ? 1 : 0;
        const QString transfer = c.transferredDate.isValid()
            ? QStringLiteral("%1移交%2 %3")
                  .arg(zhDate(c.transferredDate), c.transferBody, c.transferReference)
                  .trimmed()
            : QString();
        const QString feedback = c.feedbackDate.isValid()
            ? QStringLiteral("%1 %2").arg(zhDate(c.feedbackDate), c.feedbackMethod).trimmed()
            : QString();
        const QString state = c.isClosed() ? QStringLiteral("已办结")
            : c.isOverdue(today)           ? QStringLiteral("逾期")
            : c.transferredDate.isValid()  ? QStringLiteral("已移交")
                                           : QStringLiteral("办理中");
        // The reporter stays protected in a table that leaves the office: masked, as in the lists.
        t.rows << dataRow({++n, zhDate(c.receivedDate), zhLabel(c.channel),
            c.anonymous || c.reporterName.trimmed().isEmpty() ? QStringLiteral("匿名") : c.maskedReporter(),
            c.subjectText, c.villageName, c.problemType ? zhLabel(*c.problemType) : QString(), c.summary, c.handler,
            zhDate(c.dueDate), transfer, c.finding ? zhLabel(*c.finding) : QString(), feedback, zhDate(c.closedDate),
            state});
    }
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), QStringLiteral("共%1件").arg(n), QVariant(), QVariant(),
        QVariant(), QVariant(), QStringLiteral("已办结%1件，未办结%2件").arg(closed).arg(n - closed)});
    return form;
}
