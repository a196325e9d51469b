#include "demo/DemoLedgers.h"

#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "roster/RosterQueries.h"
#include "storage/Database.h"

#include <QHash>
#include <QRandomGenerator>

using namespace Domain;

namespace {

// Demo data is Chinese, like the roster it sits beside.
QString zh(const char *text)
{
    return QString::fromUtf8(text);
}

Result failed(const char *what, const Result &r)
{
    return Result::failed(
        DemoLedgers::tr("The demo ledgers could not be written (%1): %2").arg(QString::fromLatin1(what), r.message()));
}

} // namespace

Result DemoLedgers::generate(Database &db, quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x9e3779b9u);
    const QDate today = db.today();
    RosterFilter active;
    active.status = HouseholdStatus::Active;
    Outcome<QList<RosterRow>> read = RosterQueries(db).rows(active, 0, 40);
    if (!read)
        return read.result();
    const QList<RosterRow> sample = std::move(read).value();
    if (sample.size() < 6)
        return Result::success(); // too small a township for a meaningful demo ledger
    const auto household = [&](int i) { return sample.at(i % sample.size()); };

    // Last month's self-inspection: most items answered, three problems.
    InspectionRepository inspections(db);
    Inspection run;
    run.date = today.addDays(-30);
    run.period = Period::fromDate(run.date);
    run.name = zh("%1年%2月自查自纠").arg(run.period.year()).arg(run.period.month());
    run.participants = zh("民政办主任、民政专干、驻村干部");
    if (Result r = inspections.createInspection(run); !r)
        return failed("inspection", r);
    Outcome<QList<InspectionAnswer>> readAnswers = inspections.answers(run.id);
    if (!readAnswers)
        return failed("answer", readAnswers.result());
    QList<InspectionAnswer> answers = std::move(readAnswers).value();
    QList<qint64> problemAnswers;
    const char *const problems[] = {
        "部分家庭入户调查记录只有一名调查人员签字",
        "初审名单张榜公示未留存照片",
        "个别家庭超过12个月未复核",
    };
    // The items the problems belong to, by code: home visits, the posted list, periodic reviews.
    const QStringList problemCodes = {QStringLiteral("RH01"), QStringLiteral("GK01"), QStringLiteral("GL04")};
    const Outcome<ChecklistTemplate> checklist = ChecklistRepository(db).checklistTemplate(run.templateId);
    if (!checklist)
        return failed("inspection", checklist.result());
    QHash<qint64, QString> codeOf;
    for (const ChecklistItem &item : checklist->items)
        codeOf.insert(item.id, item.code);
    for (int i = 0; i < answers.size(); ++i) {
        InspectionAnswer &a = answers[i];
        const int p = int(problemCodes.indexOf(codeOf.value(a.itemId)));
        if (p < 0 && i >= answers.size() - 6)
            continue; // the last items are still to be answered
        if (p >= 0) {
            a.result = InspectionResult::Problem;
            a.description = zh(problems[p]);
            a.responsible = zh("李专干");
            a.householdIds = {household(p * 3).householdId, household(p * 3 + 1).householdId};
        } else {
            a.result = rng.bounded(10) == 0 ? InspectionResult::NotApplicable : InspectionResult::Compliant;
        }
        if (Result r = inspections.saveAnswer(a); !r)
            return failed("answer", r);
        if (p >= 0)
            problemAnswers << a.id;
    }
    if (problemAnswers.size() < 2)
        return Result::success(); // an office's own checklist without those items: no rectifications to show

    // Rectifications of two problems: one done and signed off, one past its deadline.
    RectificationRepository rectifications(db);
    Rectification done = rectifications.draftFromAnswer(problemAnswers.value(0));
    done.createdDate = run.date.addDays(1);
    done.measures = zh("重新入户调查，由两名工作人员和申请人签字确认");
    done.deadline = today.addDays(-10);
    done.status = RectificationStatus::Done;
    done.completedDate = today.addDays(-12);
    done.completionNote = zh("已补做入户调查并完善签字");
    if (Result r = rectifications.create(done); !r)
        return failed("rectification", r);
    if (Result r = rectifications.signOff(done.id, zh("王主任"), today.addDays(-11)); !r)
        return failed("sign-off", r);
    Rectification late = rectifications.draftFromAnswer(problemAnswers.value(1));
    late.createdDate = run.date.addDays(1);
    late.measures = zh("补拍公示照片并建立公示档案");
    late.deadline = today.addDays(-3);
    late.status = RectificationStatus::InProgress;
    if (Result r = rectifications.create(late); !r)
        return failed("rectification", r);

    // Complaints: closed, transferred, open, and one past its due date.
    ComplaintRepository complaints(db);
    struct Plan
    {
        const char *reporter;
        const char *summary;
        int daysAgo;
        ComplaintChannel channel;
        ProblemType type;
        bool anonymous;
    };
    const Plan plans[] = {
        {"陈秀英", "反映%1家有小轿车仍享受低保", 50, ComplaintChannel::Phone, ProblemType::WrongfulInclusion, false},
        {"", "反映村干部为亲属%1违规办理低保", 40, ComplaintChannel::Letter, ProblemType::Corruption, true},
        {"林建国", "惠民资金网显示%1已去世仍在领取低保金", 35, ComplaintChannel::FundsSite,
            ProblemType::WrongfulInclusion, false},
        {"黄美玲", "反映%1家生活困难申请低保未被受理", 8, ComplaintChannel::Visit, ProblemType::WrongfulExclusion,
            false},
    };
    int n = 0;
    qint64 firstComplaint = 0;
    for (const Plan &p : plans) {
        Complaint c;
        c.receivedDate = today.addDays(-p.daysAgo);
        c.channel = p.channel;
        c.anonymous = p.anonymous;
        c.reporterName = zh(p.reporter);
        c.reporterContact = p.anonymous ? QString() : QStringLiteral("1380591%1").arg(4000 + n * 37);
        const RosterRow subject = household(10 + n);
        c.householdId = subject.householdId;
        c.subjectText = subject.headName;
        c.problemType = p.type;
        c.summary = zh(p.summary).arg(subject.headName);
        c.handler = zh("李专干");
        if (Result r = complaints.create(c); !r)
            return failed("complaint", r);
        if (n == 0)
            firstComplaint = c.id;
        ComplaintStep visit;
        visit.date = c.receivedDate.addDays(2);
        visit.text = zh("入户核实，查阅车辆登记和低保档案");
        if (Result r = complaints.addStep(c.id, visit); !r)
            return failed("complaint step", r);
        if (n == 0) {
            Outcome<Complaint> found = complaints.complaint(c.id);
            if (!found)
                return failed("complaint", found.result());
            found->finding = Finding::Substantiated;
            found->feedbackDate = c.receivedDate.addDays(20);
            found->feedbackMethod = zh("电话");
            if (Result r = complaints.update(*found); !r)
                return failed("complaint finding", r);
            if (Result r = complaints.close(c.id, c.receivedDate.addDays(21)); !r)
                return failed("complaint close", r);
        } else if (n == 1) {
            if (Result r
                = complaints.transfer(c.id, c.receivedDate.addDays(5), zh("县纪委监委"), zh("闽纪转〔2026〕12号"));
                !r)
                return failed("complaint transfer", r);
        }
        ++n;
    }

    // Typical cases of last month and the month before.
    CaseRepository cases(db);
    TypicalCase first;
    first.month = Period::fromDate(today).previous();
    first.title = zh("某村原村委会主任优亲厚友违规办理低保案");
    first.summary = zh("该村原村委会主任利用职务便利，为不符合条件的亲属违规办理农村低保，造成低保金损失。");
    first.problemType = ProblemType::Corruption;
    first.persons = zh("某村原村委会主任");
    first.handling = {Handling::PartyDiscipline, Handling::AdministrativeSanction};
    first.fundsRecovered = Money::fromFen(1'872'000);
    first.source = LedgerSource::Complaint;
    first.sourceId = firstComplaint;
    if (Result r = cases.create(first); !r)
        return failed("case", r);
    TypicalCase second;
    second.month = first.month.previous();
    second.title = zh("低保对象死亡后家属冒领低保金案");
    second.summary = zh("低保对象去世后未及时停保，其家属继续领取低保金7个月。");
    second.problemType = ProblemType::WrongfulInclusion;
    second.persons = zh("低保对象家属");
    second.handling = {Handling::OrganisationalAction};
    second.fundsRecovered = Money::fromFen(315'000);
    if (Result r = cases.create(second); !r)
        return failed("case", r);

    // Last month's typical cases went up on time.
    CalendarRepository calendar(db);
    const Outcome<QList<CalendarItem>> items = calendar.items();
    if (!items)
        return failed("calendar", items.result());
    for (const CalendarItem &item : *items) {
        if (item.code != QLatin1String("typical-cases"))
            continue;
        const QDate due(today.year(), today.month(), qMin(item.day, today.daysInMonth()));
        if (due <= today) {
            if (Result r = calendar.markSubmitted(
                    item.id, due, due.addDays(-1), zh("李专干"), zh("典型案例%1.xlsx").arg(first.month.toString()));
                !r)
                return failed("calendar", r);
        }
    }
    return Result::success();
}
