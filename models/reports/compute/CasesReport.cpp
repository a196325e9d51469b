#include "reports/compute/CasesReport.h"

#include "core/Domain.h"
#include "ledgers/cases/CaseRepository.h"
#include "reports/compute/LedgerSourceNames.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"

#include <algorithm>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

Outcome<ReportTable> CasesReport::table(const Period &month, const ReportOptions &) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("cases"), QStringLiteral("农村低保专项治理典型案例报送表"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("month"), QStringLiteral("报送月份"), Kind::Text, 9},
        {QStringLiteral("title"), QStringLiteral("案例标题"), Kind::Text, 22, true},
        {QStringLiteral("problem_type"), QStringLiteral("问题类型"), Kind::Text, 12},
        {QStringLiteral("persons"), QStringLiteral("涉及人员"), Kind::Text, 14, true},
        {QStringLiteral("summary"), QStringLiteral("基本情况"), Kind::Text, 36, true},
        {QStringLiteral("handling"), QStringLiteral("处理方式"), Kind::Text, 14, true},
        {QStringLiteral("funds_recovered"), QStringLiteral("追回资金（元）"), Kind::Money, 11},
        {QStringLiteral("source"), QStringLiteral("线索来源"), Kind::Text, 14, true}};
    // The repository gives the newest month first, each month in the order entered: the form runs by month,
    // in the order entered.
    Outcome<QList<TypicalCase>> read = CaseRepository(m_db).cases(month);
    if (!read)
        return read.result();
    QList<TypicalCase> items = std::move(read).value();
    std::stable_sort(
        items.begin(), items.end(), [](const TypicalCase &a, const TypicalCase &b) { return a.month < b.month; });
    const Outcome<LedgerSourceNames> sources = LedgerSourceNames::read(m_db);
    if (!sources)
        return sources.result();
    int n = 0;
    qint64 recovered = 0;
    for (const TypicalCase &c : std::as_const(items)) {
        QStringList handling;
        for (Handling h : c.handling)
            handling << zhLabel(h);
        recovered += c.fundsRecovered.fen();
        t.rows << dataRow({++n, c.month.toString(), c.title, c.problemType ? zhLabel(*c.problemType) : QString(),
            c.persons, c.summary, handling.join(QStringLiteral("、")), c.fundsRecovered.fen(),
            sources->text(c.source, c.sourceId)});
    }
    if (n == 0) // the notice asks for 无 in a month without cases
        t.rows << dataRow({QVariant(), QVariant(), QStringLiteral("无")});
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), QStringLiteral("共%1件").arg(n), QVariant(), QVariant(),
        QVariant(), QVariant(), recovered, QVariant()});
    return form;
}
