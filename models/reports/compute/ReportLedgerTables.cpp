// ReportComputations: the tables of the campaign's ledgers (典型案例, 自查自纠, 举报线索, 整改台账), read from
// their repositories. The roster's tables are in ReportComputations.cpp.
#include "core/Domain.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "reports/compute/ReportComputations.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>

#include <algorithm>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

namespace {

// Where a ledger entry came from, in the forms' wording: the repositories describe it in the UI language.
class SourceNames
{
public:
    explicit SourceNames(const QSqlDatabase &db)
    {
        SqliteStatement a(db,
            "SELECT a.id, i.name, c.code FROM inspection_answer a JOIN inspection i ON i.id = a.inspection_id "
            "JOIN checklist_item c ON c.id = a.item_id");
        while (a.step())
            m_answers.insert(a.int64(0), QStringLiteral("%1 %2").arg(a.text(1), a.text(2)).trimmed());
        SqliteStatement c(db, "SELECT id, received_date FROM complaint");
        while (c.step())
            m_complaints.insert(c.int64(0), c.text(1));
    }

    QString text(LedgerSource source, qint64 id) const
    {
        if (source == LedgerSource::Manual)
            return zhLabel(source);
        if (source == LedgerSource::Inspection && m_answers.contains(id))
            return QStringLiteral("自查自纠：%1").arg(m_answers.value(id));
        if (source == LedgerSource::Complaint && m_complaints.contains(id))
            return QStringLiteral("举报线索 #%1 %2").arg(id).arg(m_complaints.value(id));
        return id > 0 ? QStringLiteral("%1 #%2").arg(zhLabel(source)).arg(id) : zhLabel(source);
    }

private:
    QHash<qint64, QString> m_answers;
    QHash<qint64, QString> m_complaints;
};

} // namespace

Outcome<ReportTable> ReportComputations::cases(const Period &month) const
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
    const SourceNames sources(m_db.connection());
    int n = 0;
    qint64 recovered = 0;
    for (const TypicalCase &c : std::as_const(items)) {
        QStringList handling;
        for (Handling h : c.handling)
            handling << zhLabel(h);
        recovered += c.fundsRecovered.fen();
        t.rows << dataRow({++n, c.month.toString(), c.title, c.problemType ? zhLabel(*c.problemType) : QString(),
            c.persons, c.summary, handling.join(QStringLiteral("、")), c.fundsRecovered.fen(),
            sources.text(c.source, c.sourceId)});
    }
    if (n == 0) // the notice asks for 无 in a month without cases
        t.rows << dataRow({QVariant(), QVariant(), QStringLiteral("无")});
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), QStringLiteral("共%1件").arg(n), QVariant(), QVariant(),
        QVariant(), QVariant(), recovered, QVariant()});
    return form;
}

Result ReportComputations::findInspection(const Period &month, qint64 inspectionId, qint64 *found) const
{
    InspectionRepository inspections(m_db);
    if (inspectionId > 0) {
        const Outcome<Inspection> run = inspections.inspection(inspectionId);
        if (run.result().kind() == Result::Kind::Failed)
            return run.result();
        if (!run)
            return Result::rejected(tr("There is no self-inspection run %1.").arg(inspectionId));
        *found = inspectionId;
        return Result::success();
    }
    const Outcome<QList<Inspection>> runs = inspections.inspections();
    if (!runs)
        return runs.result();
    for (const Inspection &candidate : *runs) {
        if (!month.isValid() || candidate.period == month) {
            *found = candidate.id;
            return Result::success();
        }
    }
    return Result::rejected(month.isValid() ? tr("There is no self-inspection run for %1.").arg(month.toString())
                                            : tr("There is no self-inspection run yet."));
}

Result ReportComputations::inspectionForm(const Period &month, qint64 inspectionId, const QString &id,
    const QString &title, Inspection *run, ChecklistTemplate *checklist, ReportTable *form) const
{
    qint64 found = 0;
    if (Result r = findInspection(month, inspectionId, &found); !r)
        return r;
    InspectionRepository inspections(m_db);
    const Outcome<Inspection> stored = inspections.inspection(found);
    if (!stored)
        return stored.result();
    *run = *stored;
    const Outcome<ChecklistTemplate> items = inspections.checklistTemplate(run->templateId);
    if (items.result().kind() == Result::Kind::Failed)
        return items.result();
    if (!items)
        return Result::failed(tr("The checklist of the run \"%1\" is missing.").arg(run->name));
    *checklist = *items;
    Outcome<ReportTable> official = officialTable(id, title, run->period);
    if (!official)
        return official.result();
    *form = std::move(official).value();
    form->title += QStringLiteral("（%1）").arg(run->name);
    form->date = run->date;
    return Result::success();
}

Result ReportComputations::inspectionChecklist(const Period &month, qint64 inspectionId, ReportTable *out) const
{
    Inspection run;
    ChecklistTemplate checklist;
    ReportTable t;
    if (Result r = inspectionForm(month, inspectionId, QStringLiteral("checklist"),
            QStringLiteral("农村低保专项治理自查自纠情况表"), &run, &checklist, &t);
        !r)
        return r;
    InspectionRepository inspections(m_db);
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
    const Outcome<QList<InspectionAnswer>> read = inspections.answers(run.id);
    if (!read)
        return read.result();
    QHash<qint64, InspectionAnswer> answers;
    for (const InspectionAnswer &a : *read)
        answers.insert(a.itemId, a);
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
    *out = t;
    return Result::success();
}

Result ReportComputations::inspectionSummary(const Period &month, qint64 inspectionId, ReportTable *out) const
{
    Inspection run;
    ChecklistTemplate checklist;
    ReportTable t;
    if (Result r = inspectionForm(month, inspectionId, QStringLiteral("inspection"),
            QStringLiteral("农村低保专项治理自查自纠情况汇总表"), &run, &checklist, &t);
        !r)
        return r;
    InspectionRepository inspections(m_db);
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

    const Outcome<QList<InspectionAnswer>> read = inspections.answers(run.id);
    if (!read)
        return read.result();
    QHash<qint64, InspectionAnswer> answers;
    for (const InspectionAnswer &a : *read)
        answers.insert(a.itemId, a);
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
    *out = t;
    return Result::success();
}

Outcome<ReportTable> ReportComputations::complaints(const Period &month) const
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

Outcome<ReportTable> ReportComputations::rectifications(const Period &month) const
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
    const SourceNames sources(m_db.connection());
    const QDate today = m_db.today();
    int n = 0, done = 0;
    for (const Rectification &r : *items) {
        done += r.status == RectificationStatus::Done || r.status == RectificationStatus::SignedOff ? 1 : 0;
        QString status = zhLabel(r.status);
        if (r.isOverdue(today))
            status += QStringLiteral("（逾期）");
        t.rows << dataRow(
            {++n, r.problem, sources.text(r.source, r.sourceId), r.measures, r.responsible, zhDate(r.deadline), status,
                zhDate(r.completedDate), r.completionNote, r.reviewer, zhDate(r.signedOffDate)});
    }
    t.rows << totalRow(
        {QVariant(), QStringLiteral("共%1个问题，已整改%2个，未完成%3个").arg(n).arg(done).arg(n - done)});
    return form;
}
