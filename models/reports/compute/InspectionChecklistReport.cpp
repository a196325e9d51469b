#include "reports/compute/InspectionChecklistReport.h"

#include "core/Domain.h"
#include "reports/compute/ReportRows.h"

#include <QHash>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> InspectionChecklistReport::table(const Period &month, const ReportOptions &options) const
{
    Outcome<Form> read = form(
        month, options.inspectionId, QStringLiteral("checklist"), QStringLiteral("农村低保专项治理自查自纠情况表"));
    if (!read)
        return read.result();
    auto &[run, checklist, answers, t] = *read;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("code"), QStringLiteral("编号"), Kind::Text, 7},
        {QStringLiteral("link"), QStringLiteral("环节"), Kind::Text, 10},
        {QStringLiteral("item"), QStringLiteral("检查内容"), Kind::Text, 44, true},
        {QStringLiteral("problem_types"), QStringLiteral("问题类型"), Kind::Text, 16, true},
        {QStringLiteral("result"), QStringLiteral("检查结果"), Kind::Text, 9},
        {QStringLiteral("problem"), QStringLiteral("存在问题"), Kind::Text, 30, true},
        {QStringLiteral("households"), QStringLiteral("涉及户数"), Kind::Integer, 7},
        {QStringLiteral("evidence"), QStringLiteral("佐证材料（份）"), Kind::Integer, 8},
        {QStringLiteral("responsible"), QStringLiteral("责任人"), Kind::Text, 9}};
    int n = 0, problems = 0;
    qint64 households = 0;
    for (const ChecklistItem &item : checklist.items) {
        const InspectionAnswer a = answers.value(item.id);
        QStringList types;
        for (ProblemType type : item.problemTypes)
            types << zhLabel(type);
        problems += a.result == InspectionResult::Problem ? 1 : 0;
        households += a.householdIds.size();
        t.rows << dataRow({++n, item.code, zhLabel(item.link), item.text, types.join(QStringLiteral("、")),
            a.result ? zhLabel(*a.result) : QStringLiteral("未检查"), a.description, qint64(a.householdIds.size()),
            qint64(a.evidence.size()), a.responsible});
    }
    t.rows << totalRow(
        {QVariant(), QStringLiteral("合计"), QVariant(), QStringLiteral("共%1项，存在问题%2项").arg(n).arg(problems),
            QVariant(), QVariant(), QVariant(), households, QVariant(), QVariant()});
    if (!run.participants.isEmpty())
        t.notes << QStringLiteral("参加人员：%1").arg(run.participants);
    return std::move(t);
}
