#include "reports/compute/InspectionSummaryReport.h"

#include "core/Domain.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"

#include <QHash>

#include <algorithm>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> InspectionSummaryReport::table(const Period &month, const ReportOptions &options) const
{
    Outcome<Form> read = form(month, options.inspectionId, QStringLiteral("inspection"),
        QStringLiteral("农村低保专项治理自查自纠情况汇总表"));
    if (!read)
        return read.result();
    auto &[run, checklist, answers, t] = *read;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("link"), QStringLiteral("环节"), Kind::Text, 12},
        {QStringLiteral("items"), QStringLiteral("检查项数"), Kind::Integer, 7},
        {QStringLiteral("compliant"), QStringLiteral("符合"), Kind::Integer, 6},
        {QStringLiteral("problems"), QStringLiteral("存在问题"), Kind::Integer, 7},
        {QStringLiteral("not_applicable"), QStringLiteral("不适用"), Kind::Integer, 6},
        {QStringLiteral("unanswered"), QStringLiteral("未检查"), Kind::Integer, 6}};
    QList<ReportHeaderCell> header;
    for (int c = 0; c < t.columns.size(); ++c)
        header.append({t.columns.at(c).header, 0, c, 2, 1});
    const QList<ProblemType> types = allValues<ProblemType>();
    header.append({QStringLiteral("问题类型（项）"), 0, int(t.columns.size()), 1, int(types.size())});
    for (ProblemType type : types) {
        header.append({zhLabel(type), 1, int(t.columns.size()), 1, 1});
        t.columns.append({key(type), zhLabel(type), Kind::Integer, 9});
    }
    const int rectifiedColumn = int(t.columns.size());
    t.columns.append({QStringLiteral("rectified"), QStringLiteral("已整改"), Kind::Integer, 7});
    t.columns.append({QStringLiteral("outstanding"), QStringLiteral("未完成整改"), Kind::Integer, 8});
    header.append({QStringLiteral("整改情况（个）"), 0, rectifiedColumn, 1, 2});
    header.append({QStringLiteral("已整改"), 1, rectifiedColumn, 1, 1});
    header.append({QStringLiteral("未完成整改"), 1, rectifiedColumn + 1, 1, 1});
    t.header = header;

    // Rectifications opened from this run's answers.
    QHash<qint64, QList<Rectification>> byAnswer;
    const Outcome<QList<Rectification>> rectifications = RectificationRepository(m_db).rectifications();
    if (!rectifications)
        return rectifications.result();
    for (const Rectification &r : *rectifications) {
        if (r.source == LedgerSource::Inspection)
            byAnswer[r.sourceId] << r;
    }
    const QDate today = m_db.today();
    QList<QVariantList> linkRows;
    QVariantList total(t.columns.size());
    for (int c = 2; c < t.columns.size(); ++c)
        total[c] = qint64(0);
    int serial = 0;
    QStringList problemList;
    for (Link link : allValues<Link>()) {
        QVariantList row(t.columns.size());
        for (int c = 2; c < t.columns.size(); ++c)
            row[c] = qint64(0);
        row[0] = ++serial;
        row[1] = zhLabel(link);
        const auto bump = [&row, &total](int column) {
            row[column] = row[column].toLongLong() + 1;
            total[column] = total[column].toLongLong() + 1;
        };
        for (const ChecklistItem &item : checklist.items) {
            if (item.link != link)
                continue;
            bump(2);
            const InspectionAnswer a = answers.value(item.id);
            if (!a.result) {
                bump(6);
                continue;
            }
            bump(*a.result == InspectionResult::Compliant ? 3 : *a.result == InspectionResult::Problem ? 4 : 5);
            if (*a.result != InspectionResult::Problem)
                continue;
            for (ProblemType type : item.problemTypes)
                bump(7 + int(type));
            const QList<Rectification> fixes = byAnswer.value(a.id);
            const bool rectified
                = !fixes.isEmpty() && std::all_of(fixes.cbegin(), fixes.cend(), [](const Rectification &r) {
                      return r.status == RectificationStatus::Done || r.status == RectificationStatus::SignedOff;
                  });
            bump(rectified ? rectifiedColumn : rectifiedColumn + 1);
            QString state = fixes.isEmpty() ? QStringLiteral("未建立整改") : zhLabel(fixes.first().status);
            if (!fixes.isEmpty() && fixes.first().isOverdue(today))
                state += QStringLiteral("（逾期）");
            problemList << QStringLiteral("%1. %2 %3：%4（%5）")
                               .arg(problemList.size() + 1)
                               .arg(item.code, zhLabel(link), a.description, state);
        }
        t.rows << dataRow(row);
    }
    total[1] = QStringLiteral("合计");
    t.rows << totalRow(total);
    t.notes << QStringLiteral("问题类型按检查项所对应的问题类型统计，一项可对应多类。");
    if (!problemList.isEmpty()) {
        t.notes << QStringLiteral("问题清单：");
        t.notes << problemList;
    }
    return std::move(t);
}
