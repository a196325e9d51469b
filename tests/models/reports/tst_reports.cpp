// The official tables (issue 5) computed on a small township built through the repositories, with every
// figure worked out by hand; the same roster imported from a spreadsheet; and `dibao-cli report`.
#include "TestSupport.h"
#include "exchange/roster/RosterImporter.h"
#include "exchange/sheets/SheetReader.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "office/OfficeRepository.h"
#include "reports/compute/CasesReport.h"
#include "reports/compute/ChangesReport.h"
#include "reports/compute/ComplaintsReport.h"
#include "reports/compute/DisclosureReport.h"
#include "reports/compute/InspectionSummaryReport.h"
#include "reports/compute/MonthlyReport.h"
#include "reports/compute/RectificationsReport.h"
#include "reports/compute/ReportCatalog.h"
#include "reports/compute/RosterReport.h"
#include "reports/render/ReportPainter.h"
#include "roster/MemberChanges.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

namespace {

// The monthly table's columns.
enum Monthly {
    Serial,
    VillageName,
    Households,
    Covered,
    Elderly,
    Adults,
    Minors,
    Severe,
    AddedHouseholds,
    AddedPersons,
    LeftHouseholds,
    LeftPersons,
    BenefitFen,
    AverageFen,
    StandardFen,
    MonthlyColumns
};

// The changes table's columns.
enum Changes { ChSerial, ChKind, ChVillage, ChHead, ChId, ChMembers, ChCovered, ChFen, ChDate, ChReason };

// The roster table's columns.
enum Roster { RoSerial, RoHead, RoId, RoMembers, RoCovered, RoCategory, RoFen, RoStart, RoAddress };

Person member(const QString &name, const QDate &birth, int sequence, Relation relation,
    DisabilityKind kind = DisabilityKind::None, DisabilityGrade grade = DisabilityGrade::None)
{
    Person p;
    p.name = name;
    p.idNumber = idNumber(birth, sequence);
    p.relation = relation;
    p.disabilityKind = kind;
    p.disabilityGrade = grade;
    return p;
}

// A household on dibao since 2021 (or applying from statusDate), with its members.
Household makeHousehold(qint64 villageId, HouseholdStatus status, int yuan, const QList<Person> &members,
    const QDate &statusDate = QDate(2021, 2, 20))
{
    Household h;
    h.villageId = villageId;
    h.status = status;
    h.category = Category::ClassB;
    h.statusDate = statusDate;
    if (status == HouseholdStatus::Active)
        h.startPeriod = Period(2021, 3);
    h.monthlyAmount = Money::fromYuan(yuan);
    h.address = members.first().name + QStringLiteral("家");
    h.members = members;
    return h;
}

// A row's cells as the table holds them: text, integers (fen for money), or null.
QVariantList cells(const ReportTable &t, int row)
{
    QVariantList out;
    for (int c = 0; c < t.columns.size(); ++c) {
        const QVariant v = t.rows.at(row).cells.value(c);
        if (!v.isValid() || v.isNull())
            out << QVariant();
        else if (t.columns.at(c).kind == ReportColumn::Kind::Text)
            out << v.toString();
        else
            out << QVariant(v.toLongLong());
    }
    return out;
}

QVariantList expected(std::initializer_list<QVariant> values)
{
    QVariantList out;
    for (const QVariant &v : values) {
        if (!v.isValid())
            out << QVariant();
        else if (v.typeId() == QMetaType::QString)
            out << v;
        else
            out << QVariant(v.toLongLong());
    }
    return out;
}

QString describe(const QVariantList &row)
{
    QStringList parts;
    for (const QVariant &v : row)
        parts << (v.isValid() ? v.toString() : QStringLiteral("∅"));
    return parts.join(QStringLiteral(" | "));
}

// Every cell of a row, with the row printed on a mismatch.
bool sameRow(const ReportTable &t, int row, const QVariantList &want, QString *why)
{
    if (row >= t.rows.size()) {
        *why = QStringLiteral("row %1 missing").arg(row);
        return false;
    }
    const QVariantList got = cells(t, row);
    QVariantList padded = want;
    while (padded.size() < got.size())
        padded << QVariant();
    if (got == padded)
        return true;
    *why = QStringLiteral("row %1\n  got:      %2\n  expected: %3").arg(row).arg(describe(got), describe(padded));
    return false;
}

#define COMPARE_ROW(table, row, ...)                                                                                   \
    do {                                                                                                               \
        QString why_;                                                                                                  \
        QVERIFY2(sameRow(table, row, expected({__VA_ARGS__}), &why_), qPrintable(why_));                               \
    } while (false)

const QVariant none;

// A repository call that must succeed, with its message on failure.
#define QVERIFY_OK(call)                                                                                               \
    do {                                                                                                               \
        const Result r_ = (call);                                                                                      \
        QVERIFY2(r_, qPrintable(r_.message()));                                                                        \
    } while (false)

int columnOf(const ReportTable &t, const QString &key)
{
    for (int c = 0; c < t.columns.size(); ++c) {
        if (t.columns.at(c).key == key)
            return c;
    }
    return -1;
}

// A figure of a row by its column's key (the monthly table gains 未登记到人 when some persons are not registered).
qint64 figure(const ReportTable &t, int row, const QString &key)
{
    return t.rows.at(row).cells.value(columnOf(t, key)).toLongLong();
}

qint64 columnSum(const ReportTable &t, int column, ReportRow::Kind kind = ReportRow::Kind::Data)
{
    qint64 sum = 0;
    for (const ReportRow &r : t.rows) {
        if (r.kind == kind)
            sum += r.cells.value(column).toLongLong();
    }
    return sum;
}

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// Kangxi radicals and the CJK radicals supplement: never what was printed.
QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    }
    return found;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    }
    return false;
}

QList<SheetRow> readSheet(const QString &path, QString *error)
{
    QList<SheetRow> rows;
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    if (!chosen) {
        *error = chosen.result().message();
        return rows;
    }
    const std::unique_ptr<SheetReader> reader = std::move(chosen).value();
    Result read = reader->open(path);
    if (read)
        read = reader->readSheet(QString(), [&rows](const SheetRow &row) {
            rows.append(row);
            return true;
        });
    *error = read.message();
    return rows;
}

qint64 fenOf(const SheetCell &cell)
{
    return qRound64(cell.text.toDouble() * 100);
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today;
    QTemporaryDir m_home;
    qint64 m_village3 = 0; // 后山村: no household
    // The households, by head.
    qint64 m_chen = 0, m_lin = 0, m_wang = 0, m_zhao = 0; // 上街村
    qint64 m_huang = 0, m_wu = 0, m_zheng = 0, m_zhou = 0, m_xu = 0, m_qian = 0; // 下洋村
    qint64 m_inspection = 0;
    ReportTable m_septemberAtMonthEnd; // the monthly table for September as computed on 30 September
    ReportTable m_septemberChangesAtMonthEnd;

    Database &db() { return *m_t->db; }
    void on(const QDate &day) { m_today = day; }
    QString dataPath(const QString &name) const { return m_home.filePath(name); }

    qint64 personId(qint64 householdId, const QString &name)
    {
        const Outcome<Household> h = RosterRepository(db()).household(householdId);
        for (const Person &p : h->members) {
            if (p.name == name)
                return p.id;
        }
        return 0;
    }

    QString headId(qint64 householdId) { return RosterRepository(db()).household(householdId)->headIdNumber(); }

    InspectionAnswer slot(qint64 inspectionId, const QString &code)
    {
        InspectionRepository repo(db());
        const auto checklist = ChecklistRepository(db()).checklistTemplate(repo.inspection(inspectionId)->templateId);
        for (const InspectionAnswer &a : repo.answers(inspectionId).value()) {
            for (const ChecklistItem &item : checklist->items)
                if (item.id == a.itemId && item.code == code)
                    return a;
        }
        return {};
    }

    // The township of the tests, one change a day (the status history takes the clock's date or the given
    // one). What each table must show is worked out in the tests below.
    //
    // 上街村
    //   陈德明 (1200 yuan; 1300 from 12 Oct): 陈德明 born 1966-09-30 (60 on 30 Sep, the month's last day),
    //          林秀英 1966-10-01 (60 the day after September), 陈小明 2008-09-30 (18 on 30 Sep),
    //          陈小红 2008-10-01 (18 on 1 Oct).
    //   林国华 (900; 620 from 25 Sep): 林国华 1950 (elderly), 林阿婆 1940 died 20 Sep, 林小宝 2015 (minor,
    //          physical grade 2: severely disabled).
    //   王建平 (700): applies 5 Sep, approved 30 Sep (the month's last day). 王建平 1980 (intellectual grade 3:
    //          severely disabled), 王小丽 2012 (minor).
    //   赵桂兰 (500): 1958, physical grade 3 (not severe); exits (退保) 1 Oct, the day after September.
    // 下洋村
    //   黄志强 (800): 1975 and 郑美玲 1977; suspended 8 Oct, resumed 20 Oct.
    //   吴春生 (900; 600 from 16 Oct): 吴春生 1970, 吴老汉 1945 died 10 Oct (after September), 吴小芳 2000
    //          left 15 Oct; 吴老太 1948 joins 6 Oct.
    //   郑永福 (400): suspended 10 Aug, exits 25 Oct (not counted: not on dibao since August).
    //   周丽 (600): applies 3 Oct, approved 28 Oct; 周丽 1990, 周小米 2019.
    //   许明 (500): applies 20 Oct, approved 2 Nov (after October).
    //   钱老伯 (400): alone, born 1935, dies 22 Oct: the household exits.
    // 后山村: no household.
    // Standard 600 yuan from 2020, 650 from 15 Oct 2026.
    void buildTownship()
    {
        on(QDate(2026, 8, 1));
        OfficeRepository office(db());
        Office o = office.office().value();
        o.phone = QStringLiteral("0591-22661234");
        o.hotline = QStringLiteral("0591-22665678");
        o.disclosureUrl = QStringLiteral("http://www.minhou.gov.cn/dibao");
        o.unitHead = QStringLiteral("王建国");
        o.reviewer = QStringLiteral("李明");
        o.preparer = QStringLiteral("张丽");
        QVERIFY_OK(office.saveOffice(o));
        Village v3 {0, QStringLiteral("350121101003"), QStringLiteral("后山村")};
        QVERIFY_OK(office.addVillage(v3));
        m_village3 = v3.id;

        RosterRepository roster(db());
        const auto create = [&](Household h, qint64 *id) {
            const Result r = roster.createHousehold(h);
            QVERIFY2(r, qPrintable(r.message()));
            *id = h.id;
        };
        const qint64 v1 = m_t->village1, v2 = m_t->village2;
        create(makeHousehold(v1, HouseholdStatus::Active, 1200,
                   {member(QStringLiteral("陈德明"), QDate(1966, 9, 30), 11, Relation::Head),
                       member(QStringLiteral("林秀英"), QDate(1966, 10, 1), 12, Relation::Spouse),
                       member(QStringLiteral("陈小明"), QDate(2008, 9, 30), 13, Relation::Son),
                       member(QStringLiteral("陈小红"), QDate(2008, 10, 1), 14, Relation::Daughter)}),
            &m_chen);
        create(makeHousehold(v1, HouseholdStatus::Active, 900,
                   {member(QStringLiteral("林国华"), QDate(1950, 3, 15), 21, Relation::Head),
                       member(QStringLiteral("林阿婆"), QDate(1940, 5, 5), 22, Relation::Mother),
                       member(QStringLiteral("林小宝"), QDate(2015, 6, 1), 23, Relation::Grandson,
                           DisabilityKind::Physical, DisabilityGrade::Grade2)}),
            &m_lin);
        create(makeHousehold(v1, HouseholdStatus::Active, 500,
                   {member(QStringLiteral("赵桂兰"), QDate(1958, 12, 12), 42, Relation::Head, DisabilityKind::Physical,
                       DisabilityGrade::Grade3)}),
            &m_zhao);
        create(makeHousehold(v2, HouseholdStatus::Active, 800,
                   {member(QStringLiteral("黄志强"), QDate(1975, 4, 4), 51, Relation::Head),
                       member(QStringLiteral("郑美玲"), QDate(1977, 8, 8), 52, Relation::Spouse)}),
            &m_huang);
        create(makeHousehold(v2, HouseholdStatus::Active, 900,
                   {member(QStringLiteral("吴春生"), QDate(1970, 11, 11), 61, Relation::Head),
                       member(QStringLiteral("吴老汉"), QDate(1945, 1, 1), 63, Relation::Father),
                       member(QStringLiteral("吴小芳"), QDate(2000, 3, 3), 64, Relation::Daughter)}),
            &m_wu);
        create(makeHousehold(v2, HouseholdStatus::Active, 400,
                   {member(QStringLiteral("郑永福"), QDate(1960, 1, 1), 71, Relation::Head)}),
            &m_zheng);
        create(makeHousehold(v2, HouseholdStatus::Active, 400,
                   {member(QStringLiteral("钱老伯"), QDate(1935, 7, 7), 101, Relation::Head)}),
            &m_qian);

        const auto status = [&](qint64 id, HouseholdStatus to, const QString &reason) {
            const Result r = StatusTransitions(db()).changeStatus(id, to, m_today, reason);
            QVERIFY2(r, qPrintable(r.message()));
        };
        on(QDate(2026, 8, 10));
        status(m_zheng, HouseholdStatus::Suspended, QStringLiteral("外出务工收入超标"));

        on(QDate(2026, 9, 5));
        create(makeHousehold(v1, HouseholdStatus::Applying, 700,
                   {member(QStringLiteral("王建平"), QDate(1980, 2, 2), 31, Relation::Head,
                        DisabilityKind::Intellectual, DisabilityGrade::Grade3),
                       member(QStringLiteral("王小丽"), QDate(2012, 7, 7), 32, Relation::Daughter)},
                   m_today),
            &m_wang);

        on(QDate(2026, 9, 15));
        Complaint letter;
        letter.receivedDate = m_today;
        letter.channel = ComplaintChannel::Letter;
        letter.anonymous = true;
        letter.villageId = v1;
        letter.subjectText = QStringLiteral("上街村某村干部");
        letter.problemType = ProblemType::Corruption;
        letter.summary = QStringLiteral("反映村干部优亲厚友");
        letter.handler = QStringLiteral("张丽");
        QVERIFY_OK(ComplaintRepository(db()).create(letter));

        on(QDate(2026, 9, 20));
        QVERIFY_OK(MemberChanges(db()).recordDeath(personId(m_lin, QStringLiteral("林阿婆")), m_today));
        TypicalCase september;
        september.month = Period(2026, 9);
        september.title = QStringLiteral("某村民虚报收入骗取低保案");
        september.summary = QStringLiteral("隐瞒经营收入");
        september.problemType = ProblemType::WrongfulInclusion;
        september.persons = QStringLiteral("村民某某");
        september.fundsRecovered = Money::fromYuan(3600);
        QVERIFY_OK(CaseRepository(db()).create(september));

        on(QDate(2026, 9, 22));
        Rectification manual;
        manual.problem = QStringLiteral("村务公开栏低保名单未及时更新");
        manual.measures = QStringLiteral("更新公示");
        manual.responsible = QStringLiteral("张丽");
        manual.deadline = QDate(2026, 10, 10);
        QVERIFY_OK(RectificationRepository(db()).create(manual));

        on(QDate(2026, 9, 25));
        QVERIFY_OK(StatusTransitions(db()).setMonthlyAmount(
            m_lin, Money::fromYuan(620), m_today, QStringLiteral("成员死亡，重新核定")));

        on(QDate(2026, 9, 30));
        status(m_wang, HouseholdStatus::Active, QStringLiteral("审批通过"));
        m_septemberAtMonthEnd = MonthlyReport(db()).compute(Period(2026, 9)).value();
        m_septemberChangesAtMonthEnd = ChangesReport(db()).compute(Period(2026, 9)).value();

        on(QDate(2026, 10, 1));
        status(m_zhao, HouseholdStatus::Exited, QStringLiteral("家庭收入超过低保标准"));
        on(QDate(2026, 10, 3));
        create(makeHousehold(v2, HouseholdStatus::Applying, 600,
                   {member(QStringLiteral("周丽"), QDate(1990, 5, 5), 81, Relation::Head),
                       member(QStringLiteral("周小米"), QDate(2019, 1, 1), 82, Relation::Daughter)},
                   m_today),
            &m_zhou);
        on(QDate(2026, 10, 6));
        Person grandmother = member(QStringLiteral("吴老太"), QDate(1948, 2, 2), 65, Relation::Mother);
        QVERIFY_OK(MemberChanges(db()).addMember(m_wu, grandmother));
        on(QDate(2026, 10, 8));
        status(m_huang, HouseholdStatus::Suspended, QStringLiteral("未按期参加复核"));
        on(QDate(2026, 10, 9));
        Complaint call;
        call.receivedDate = m_today;
        call.channel = ComplaintChannel::Phone;
        call.reporterName = QStringLiteral("黄丽华");
        call.reporterContact = QStringLiteral("13900001111");
        call.householdId = m_huang;
        call.villageId = v2;
        call.problemType = ProblemType::WrongfulInclusion;
        call.summary = QStringLiteral("反映该户家中有小轿车");
        call.handler = QStringLiteral("张丽");
        QVERIFY_OK(ComplaintRepository(db()).create(call));
        on(QDate(2026, 10, 10));
        QVERIFY_OK(MemberChanges(db()).recordDeath(personId(m_wu, QStringLiteral("吴老汉")), m_today));
        on(QDate(2026, 10, 12));
        QVERIFY_OK(StatusTransitions(db()).setMonthlyAmount(
            m_chen, Money::fromYuan(1300), m_today, QStringLiteral("调整分类施保")));
        on(QDate(2026, 10, 15));
        QVERIFY_OK(MemberChanges(db()).removeMember(
            personId(m_wu, QStringLiteral("吴小芳")), m_today, QStringLiteral("出嫁迁出")));
        BenefitStandard standard {0, QDate(2026, 10, 15), Money::fromYuan(650), {}};
        QVERIFY_OK(office.addStandard(standard));
        on(QDate(2026, 10, 16));
        QVERIFY_OK(StatusTransitions(db()).setMonthlyAmount(
            m_wu, Money::fromYuan(600), m_today, QStringLiteral("家庭人口变化")));

        on(QDate(2026, 10, 20));
        status(m_huang, HouseholdStatus::Active, QStringLiteral("补充复核材料，恢复保障"));
        create(makeHousehold(v2, HouseholdStatus::Applying, 500,
                   {member(QStringLiteral("许明"), QDate(1985, 6, 6), 91, Relation::Head)}, m_today),
            &m_xu);
        // The self-inspection of October: one compliant item, one not applicable, three problems (HD03
        // rectified, RD04 open, GL03 without a rectification).
        InspectionRepository inspections(db());
        Inspection run;
        run.name = QStringLiteral("2026年10月自查自纠");
        run.period = Period(2026, 10);
        run.date = m_today;
        run.participants = QStringLiteral("王建国、张丽");
        QVERIFY_OK(inspections.createInspection(run));
        m_inspection = run.id;
        InspectionAnswer ok = slot(run.id, QStringLiteral("RD01"));
        ok.result = InspectionResult::Compliant;
        QVERIFY_OK(inspections.saveAnswer(ok));
        InspectionAnswer na = slot(run.id, QStringLiteral("HD01"));
        na.result = InspectionResult::NotApplicable;
        QVERIFY_OK(inspections.saveAnswer(na));
        QHash<QString, qint64> answerIds;
        for (const QString &code : {QStringLiteral("HD03"), QStringLiteral("RD04"), QStringLiteral("GL03")}) {
            InspectionAnswer a = slot(run.id, code);
            a.result = InspectionResult::Problem;
            a.description = QStringLiteral("问题") + code;
            a.responsible = QStringLiteral("张丽");
            if (code == QLatin1String("HD03"))
                a.householdIds = {m_chen};
            const Result saved = inspections.saveAnswer(a);
            QVERIFY2(saved, qPrintable(saved.message()));
            answerIds.insert(code, a.id);
        }
        RectificationRepository rectifications(db());
        Rectification fromHd03 = rectifications.draftFromAnswer(answerIds.value(QStringLiteral("HD03")));
        fromHd03.measures = QStringLiteral("补签入户调查记录");
        fromHd03.deadline = QDate(2026, 10, 31);
        QVERIFY_OK(rectifications.create(fromHd03));
        Rectification fromRd04 = rectifications.draftFromAnswer(answerIds.value(QStringLiteral("RD04")));
        fromRd04.measures = QStringLiteral("重新核对收入");
        fromRd04.deadline = QDate(2026, 10, 30);
        QVERIFY_OK(rectifications.create(fromRd04));
        TypicalCase october;
        october.month = Period(2026, 10);
        october.title = QStringLiteral("某村干部优亲厚友案");
        october.summary = QStringLiteral("为亲属违规办理低保");
        october.problemType = ProblemType::Corruption;
        october.persons = QStringLiteral("村委委员某某");
        october.handling = {Handling::PartyDiscipline};
        october.fundsRecovered = Money::fromFen(120050);
        QVERIFY_OK(CaseRepository(db()).create(october));
        TypicalCase october2;
        october2.month = Period(2026, 10);
        october2.title = QStringLiteral("某乡入户调查走过场问题");
        october2.summary = QStringLiteral("入户调查未见户主签字");
        october2.problemType = ProblemType::WorkStyle;
        QVERIFY_OK(CaseRepository(db()).create(october2));

        on(QDate(2026, 10, 22));
        QVERIFY_OK(MemberChanges(db()).recordDeath(personId(m_qian, QStringLiteral("钱老伯")), m_today));
        on(QDate(2026, 10, 25));
        status(m_zheng, HouseholdStatus::Exited, QStringLiteral("停保期满未恢复"));
        fromHd03.status = RectificationStatus::Done;
        fromHd03.completedDate = m_today;
        fromHd03.completionNote = QStringLiteral("已补签");
        QVERIFY_OK(rectifications.update(fromHd03));
        on(QDate(2026, 10, 28));
        status(m_zhou, HouseholdStatus::Active, QStringLiteral("审批通过"));
        on(QDate(2026, 10, 30));
        ComplaintRepository complaints(db());
        Complaint checked = *complaints.complaint(call.id);
        checked.finding = Finding::Substantiated;
        QVERIFY_OK(complaints.update(checked));
        QVERIFY_OK(complaints.close(call.id, m_today));

        on(QDate(2026, 11, 2));
        status(m_xu, HouseholdStatus::Active, QStringLiteral("审批通过"));
        on(QDate(2026, 11, 5));
    }

    // Every total of the monthly table is the sum of its village rows; the averages are the totals divided; and the
    // age groups (with 未登记到人 where the table has it) add up to the covered persons in every row.
    void verifyMonthlySums(const ReportTable &t)
    {
        const int unregistered = columnOf(t, QStringLiteral("unregistered"));
        QCOMPARE(int(t.columns.size()), int(MonthlyColumns) + (unregistered >= 0 ? 1 : 0));
        const ReportRow &total = t.rows.last();
        QCOMPARE(total.kind, ReportRow::Kind::Total);
        const int households = columnOf(t, QStringLiteral("households"));
        const int benefit = columnOf(t, QStringLiteral("benefit_total"));
        for (int c = households; c <= benefit; ++c)
            QCOMPARE(total.cells.value(c).toLongLong(), columnSum(t, c));
        const auto value = [&t](const ReportRow &r, const char *key) {
            const int c = columnOf(t, QString::fromLatin1(key));
            return c < 0 ? 0 : r.cells.value(c).toLongLong();
        };
        for (const ReportRow &r : t.rows) {
            const qint64 covered = value(r, "covered_persons");
            if (covered > 0)
                QCOMPARE(value(r, "benefit_average"),
                    qint64(std::llround(double(value(r, "benefit_total")) / double(covered))));
            else
                QVERIFY(r.cells.value(columnOf(t, QStringLiteral("benefit_average"))).isNull());
            QCOMPARE(value(r, "elderly") + value(r, "adults") + value(r, "minors") + value(r, "unregistered"), covered);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
        m_t = makeDatabase();
        db().setClock([this] { return QDateTime(m_today, QTime(10, 0)); });
        buildTownship();
    }

    void monthlySeptember()
    {
        const ReportTable t = MonthlyReport(db()).compute(Period(2026, 9)).value();
        QCOMPARE(t.id, QStringLiteral("monthly"));
        QCOMPARE(t.title, QStringLiteral("上街镇农村最低生活保障对象月报表"));
        QCOMPARE(t.periodText, QStringLiteral("2026年9月"));
        QCOMPARE(t.unit, QStringLiteral("上街镇"));
        QCOMPARE(t.unitHead, QStringLiteral("王建国"));
        QCOMPARE(t.rows.size(), 4); // three villages and the total
        // 上街村 at 30 September: 陈德明 (4 covered: 陈德明 60 on the day → elderly; 林秀英 59, 陈小明 18 on the
        // day → adults; 陈小红 17 → minor), 林国华 (2 after 林阿婆's death: elderly, and 林小宝 a severely
        // disabled minor), 王建平 (approved on the 30th: a severely disabled adult and a minor), 赵桂兰 (elderly,
        // grade 3 physical: not severe). 4 households, 9 persons = 3 elderly + 3 adults + 3 minors, 2 severe.
        // Added: 王建平, 1 household of 2. Left: no household, and 1 person, 林阿婆, who died (3 → 2 covered in
        // 林国华's household). Benefit payable for September: 1200 + 620 (from 25 Sep) + 500 = 2320 yuan; 王建平,
        // approved on the 30th, is paid from October. 2320 / 9 = 257.777… → 257.78.
        COMPARE_ROW(t, 0, 1, QStringLiteral("上街村"), 4, 9, 3, 3, 3, 2, 1, 2, 0, 1, 232000, 25778, 60000);
        // 下洋村: 黄志强 (2 adults), 吴春生 (3: 吴春生 and 吴小芳 adults, 吴老汉 elderly — he died in October,
        // 吴小芳 left in October; 吴老太 joined in October and is not counted), 钱老伯 (elderly); 郑永福 has been
        // suspended since August. 3 households, 6 persons = 2 elderly + 4 adults; 800 + 900 + 400 = 2100 yuan;
        // 350.00 a person.
        COMPARE_ROW(t, 1, 2, QStringLiteral("下洋村"), 3, 6, 2, 4, 0, 0, 0, 0, 0, 0, 210000, 35000, 60000);
        COMPARE_ROW(t, 2, 3, QStringLiteral("后山村"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, none, 60000);
        // 4420 yuan / 15 = 294.666… → 294.67; the standard in force on 30 September: 600.
        COMPARE_ROW(t, 3, none, QStringLiteral("合计"), 7, 15, 5, 7, 3, 2, 1, 2, 0, 1, 442000, 29467, 60000);
        QCOMPARE(t.rows.at(3).kind, ReportRow::Kind::Total);
        verifyMonthlySums(t);
        QCOMPARE(t.cellText(3, BenefitFen), QStringLiteral("4420.00"));
        QCOMPARE(t.cellText(3, AverageFen), QStringLiteral("294.67"));
        QCOMPARE(t.cellText(2, AverageFen), QString());
        // Every covered person has a member record and a birth date: no 未登记到人 column, and no note on it.
        QCOMPARE(t.notes.size(), 2);
        QVERIFY(t.notes.first().startsWith(QStringLiteral("1. ")));
        QVERIFY(t.notes.first().contains(QStringLiteral("次月起发放")));
    }

    void monthlyOctober()
    {
        const ReportTable t = MonthlyReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(t.periodText, QStringLiteral("2026年10月"));
        QCOMPARE(t.rows.size(), 4);
        // 上街村 at 31 October: 陈德明 (4: 陈德明 and 林秀英 elderly, 陈小明 and 陈小红 adults; 1300 from 12 Oct),
        // 林国华 (elderly; severely disabled minor; 620), 王建平 (severely disabled adult, minor; 700). 赵桂兰 left
        // on 1 October: 1 household of 1. 3 households, 8 = 3 + 3 + 2; 2620 yuan, 327.50 a person.
        COMPARE_ROW(t, 0, 1, QStringLiteral("上街村"), 3, 8, 3, 3, 2, 2, 0, 0, 1, 1, 262000, 32750, 65000);
        // 下洋村: 黄志强 (suspended 8 Oct, resumed 20 Oct: 2 adults; 800), 吴春生 (吴春生 adult, 吴老太 elderly;
        // 600 from 16 Oct), 周丽 (approved 28 Oct: adult and minor; 600). Added: 黄志强 resumed and 周丽, 2
        // households of 4; left: 黄志强 suspended (2) and 钱老伯, who died alone (1). 郑永福 went from suspended
        // to exited (not a change of the month's dibao population); 许明 was approved in November. Inside
        // 吴春生's household, 吴老太 joined (+1), 吴老汉 died and 吴小芳 left (−2): 5 persons added, 5 left.
        // 3 households, 6 = 1 + 4 + 1. Payable for October: 吴春生's 600 only — 黄志强, resumed on the 20th, and
        // 周丽, approved on the 28th, are paid from November. 600 / 6 = 100.00 a person.
        COMPARE_ROW(t, 1, 2, QStringLiteral("下洋村"), 3, 6, 1, 4, 1, 0, 2, 5, 2, 5, 60000, 10000, 65000);
        COMPARE_ROW(t, 2, 3, QStringLiteral("后山村"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, none, 65000);
        // 3220 yuan / 14 = 230.00; the standard of 15 October (650) is in force at the month's end.
        COMPARE_ROW(t, 3, none, QStringLiteral("合计"), 6, 14, 4, 7, 3, 2, 2, 5, 3, 6, 322000, 23000, 65000);
        verifyMonthlySums(t);
        QCOMPARE(t.cellText(3, StandardFen), QStringLiteral("650.00"));
    }

    void monthlyReconciles()
    {
        const ReportTable september = MonthlyReport(db()).compute(Period(2026, 9)).value();
        const ReportTable october = MonthlyReport(db()).compute(Period(2026, 10)).value();
        for (int row = 0; row < october.rows.size(); ++row) {
            // On dibao at the end of September + added − left in October = on dibao at the end of October.
            const qint64 before = september.rows.at(row).cells.value(Households).toLongLong();
            const qint64 added = october.rows.at(row).cells.value(AddedHouseholds).toLongLong();
            const qint64 left = october.rows.at(row).cells.value(LeftHouseholds).toLongLong();
            QCOMPARE(before + added - left, october.rows.at(row).cells.value(Households).toLongLong());
            // And persons, across the deaths, the member who joined and the one who left.
            const qint64 personsBefore = september.rows.at(row).cells.value(Covered).toLongLong();
            const qint64 personsAdded = october.rows.at(row).cells.value(AddedPersons).toLongLong();
            const qint64 personsLeft = october.rows.at(row).cells.value(LeftPersons).toLongLong();
            QCOMPARE(
                personsBefore + personsAdded - personsLeft, october.rows.at(row).cells.value(Covered).toLongLong());
        }
        // Month to month from July to November, for the township.
        for (Period m(2026, 8); m <= Period(2026, 11); m = m.next()) {
            const ReportRow before = MonthlyReport(db()).compute(m.previous()).value().rows.last();
            const ReportRow now = MonthlyReport(db()).compute(m).value().rows.last();
            QCOMPARE(before.cells.value(Households).toLongLong() + now.cells.value(AddedHouseholds).toLongLong()
                    - now.cells.value(LeftHouseholds).toLongLong(),
                now.cells.value(Households).toLongLong());
            QCOMPARE(before.cells.value(Covered).toLongLong() + now.cells.value(AddedPersons).toLongLong()
                    - now.cells.value(LeftPersons).toLongLong(),
                now.cells.value(Covered).toLongLong());
        }
        // The elderly, adults and minors add up to the covered persons when every one has a member record.
        for (const ReportTable *t : {&september, &october}) {
            for (const ReportRow &r : t->rows)
                QCOMPARE(r.cells.value(Elderly).toLongLong() + r.cells.value(Adults).toLongLong()
                        + r.cells.value(Minors).toLongLong(),
                    r.cells.value(Covered).toLongLong());
        }
        // A month before any change, and a month of no household at all.
        const ReportTable july = MonthlyReport(db()).compute(Period(2026, 7)).value();
        // July: the seven households on dibao since 2021 with their first figures. 陈德明 and 林秀英 59 and
        // their children 17; 林国华, 林阿婆, 赵桂兰, 吴老汉, 郑永福 and 钱老伯 elderly; 林小宝 a severely disabled
        // minor. 15 = 6 + 6 + 3; 5100 yuan, 340.00 a person.
        COMPARE_ROW(july, 3, none, QStringLiteral("合计"), 7, 15, 6, 6, 3, 1, 0, 0, 0, 0, 510000, 34000, 60000);
        verifyMonthlySums(july);
        const ReportTable early = MonthlyReport(db()).compute(Period(2020, 6)).value();
        COMPARE_ROW(early, 3, none, QStringLiteral("合计"), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, none, 60000);
    }

    // A past month's table does not move when later months are edited: September computed on 30 September
    // and again after October's additions, deaths, removals, new amounts and standard.
    void pastMonthUnchangedByLaterEdits()
    {
        ReportTable again = MonthlyReport(db()).compute(Period(2026, 9)).value();
        QCOMPARE(again.date, QDate(2026, 11, 5)); // 填报日期 is the day it is made, not a figure
        QCOMPARE(m_septemberAtMonthEnd.date, QDate(2026, 9, 30));
        again.date = m_septemberAtMonthEnd.date;
        QVERIFY(again == m_septemberAtMonthEnd);
        QCOMPARE(QJsonDocument(again.toJson()).toJson(), QJsonDocument(m_septemberAtMonthEnd.toJson()).toJson());
        ReportTable changes = ChangesReport(db()).compute(Period(2026, 9)).value();
        changes.date = m_septemberChangesAtMonthEnd.date;
        QVERIFY(changes == m_septemberChangesAtMonthEnd);
        // And a table survives its JSON (a sealed submission).
        QVERIFY(ReportTable::fromJson(again.toJson()) == again);
    }

    void changesSeptember()
    {
        const ReportTable t = ChangesReport(db()).compute(Period(2026, 9)).value();
        QCOMPARE(t.title, QStringLiteral("上街镇农村最低生活保障对象增减变动明细表"));
        QCOMPARE(t.rows.size(), 6);
        COMPARE_ROW(t, 0, none, QStringLiteral("一、本月增加"));
        QCOMPARE(t.rows.at(0).kind, ReportRow::Kind::Group);
        COMPARE_ROW(t, 1, 1, QStringLiteral("新增"), QStringLiteral("上街村"), QStringLiteral("王建平"), headId(m_wang),
            2, 2, 70000, QStringLiteral("2026-09-30"), QStringLiteral("审批通过"));
        COMPARE_ROW(t, 2, none, QStringLiteral("小计"), QStringLiteral("1户"), none, none, none, 2, 70000);
        COMPARE_ROW(t, 3, none, QStringLiteral("二、本月减少"));
        // 林阿婆's death: one covered person fewer in 林国华's household, still on dibao (its amount then 900).
        COMPARE_ROW(t, 4, 2, QStringLiteral("减少人口"), QStringLiteral("上街村"), QStringLiteral("林国华"),
            headId(m_lin), 2, 1, 90000, QStringLiteral("2026-09-20"), QStringLiteral("死亡（林阿婆）"));
        COMPARE_ROW(t, 5, none, QStringLiteral("小计"), QStringLiteral("0户"), none, none, none, 1, 0);
    }

    void changesOctober()
    {
        const ReportTable t = ChangesReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(t.rows.size(), 12);
        COMPARE_ROW(t, 0, none, QStringLiteral("一、本月增加"));
        // 吴老太 joined 吴春生's household (then 900 yuan; the household's size is today's, 2).
        COMPARE_ROW(t, 1, 1, QStringLiteral("增加人口"), QStringLiteral("下洋村"), QStringLiteral("吴春生"),
            headId(m_wu), 2, 1, 90000, QStringLiteral("2026-10-06"), QStringLiteral("新增家庭成员（吴老太）"));
        COMPARE_ROW(t, 2, 2, QStringLiteral("恢复保障"), QStringLiteral("下洋村"), QStringLiteral("黄志强"),
            headId(m_huang), 2, 2, 80000, QStringLiteral("2026-10-20"), QStringLiteral("补充复核材料，恢复保障"));
        COMPARE_ROW(t, 3, 3, QStringLiteral("新增"), QStringLiteral("下洋村"), QStringLiteral("周丽"), headId(m_zhou),
            2, 2, 60000, QStringLiteral("2026-10-28"), QStringLiteral("审批通过"));
        // The households' amounts only: a change of persons keeps its household's amount out of the sum.
        COMPARE_ROW(t, 4, none, QStringLiteral("小计"), QStringLiteral("2户"), none, none, none, 5, 140000);
        QCOMPARE(t.rows.at(4).kind, ReportRow::Kind::Total);
        COMPARE_ROW(t, 5, none, QStringLiteral("二、本月减少"));
        COMPARE_ROW(t, 6, 4, QStringLiteral("退保"), QStringLiteral("上街村"), QStringLiteral("赵桂兰"), headId(m_zhao),
            1, 1, 50000, QStringLiteral("2026-10-01"), QStringLiteral("家庭收入超过低保标准"));
        COMPARE_ROW(t, 7, 5, QStringLiteral("停保"), QStringLiteral("下洋村"), QStringLiteral("黄志强"),
            headId(m_huang), 2, 2, 80000, QStringLiteral("2026-10-08"), QStringLiteral("未按期参加复核"));
        COMPARE_ROW(t, 8, 6, QStringLiteral("减少人口"), QStringLiteral("下洋村"), QStringLiteral("吴春生"),
            headId(m_wu), 2, 1, 90000, QStringLiteral("2026-10-10"), QStringLiteral("死亡（吴老汉）"));
        COMPARE_ROW(t, 9, 7, QStringLiteral("减少人口"), QStringLiteral("下洋村"), QStringLiteral("吴春生"),
            headId(m_wu), 2, 1, 90000, QStringLiteral("2026-10-15"), QStringLiteral("出嫁迁出（吴小芳）"));
        // 钱老伯 died alone: the household left with its 1 covered person and 400 yuan (the row that records
        // the exit has none left), and its size is that one person.
        COMPARE_ROW(t, 10, 8, QStringLiteral("退保"), QStringLiteral("下洋村"), QStringLiteral("钱老伯"),
            idNumber(QDate(1935, 7, 7), 101), 1, 1, 40000, QStringLiteral("2026-10-22"),
            QStringLiteral("家庭成员均已死亡"));
        COMPARE_ROW(t, 11, none, QStringLiteral("小计"), QStringLiteral("3户"), none, none, none, 6, 170000);
        // The subtotals are the monthly table's additions and exits.
        const ReportTable monthly = MonthlyReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(t.rows.at(4).cells.value(ChCovered).toLongLong(),
            monthly.rows.last().cells.value(AddedPersons).toLongLong());
        QCOMPARE(t.rows.at(11).cells.value(ChCovered).toLongLong(),
            monthly.rows.last().cells.value(LeftPersons).toLongLong());
        QCOMPARE(t.rows.at(4).cells.value(ChVillage).toString(),
            QStringLiteral("%1户").arg(monthly.rows.last().cells.value(AddedHouseholds).toLongLong()));
        QCOMPARE(t.rows.at(11).cells.value(ChVillage).toString(),
            QStringLiteral("%1户").arg(monthly.rows.last().cells.value(LeftHouseholds).toLongLong()));
        // November so far: 许明 approved on the 2nd.
        const ReportTable november = ChangesReport(db()).compute(Period(2026, 11)).value();
        QCOMPARE(november.rows.size(), 5);
        COMPARE_ROW(november, 1, 1, QStringLiteral("新增"), QStringLiteral("下洋村"), QStringLiteral("许明"),
            headId(m_xu), 1, 1, 50000, QStringLiteral("2026-11-02"), QStringLiteral("审批通过"));
    }

    void rosterAtMonthEnd()
    {
        const ReportTable t = RosterReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(t.title, QStringLiteral("上街镇农村最低生活保障对象花名册"));
        QCOMPARE(t.rows.size(), 11);
        COMPARE_ROW(t, 0, none, QStringLiteral("上街村"));
        QCOMPARE(t.rows.at(0).kind, ReportRow::Kind::Group);
        COMPARE_ROW(t, 1, 1, QStringLiteral("陈德明"), headId(m_chen), 4, 4, QStringLiteral("B类"), 130000,
            QStringLiteral("2021-03"), QStringLiteral("陈德明家"));
        COMPARE_ROW(t, 2, 2, QStringLiteral("林国华"), headId(m_lin), 2, 2, QStringLiteral("B类"), 62000,
            QStringLiteral("2021-03"), QStringLiteral("林国华家"));
        // Approved on 30 September: paid from October.
        COMPARE_ROW(t, 3, 3, QStringLiteral("王建平"), headId(m_wang), 2, 2, QStringLiteral("B类"), 70000,
            QStringLiteral("2026-10"), QStringLiteral("王建平家"));
        COMPARE_ROW(t, 4, none, QStringLiteral("小计"), QStringLiteral("3户"), 8, 8, none, 262000);
        QCOMPARE(t.rows.at(4).kind, ReportRow::Kind::Total);
        COMPARE_ROW(t, 5, none, QStringLiteral("下洋村"));
        COMPARE_ROW(t, 6, 4, QStringLiteral("黄志强"), headId(m_huang), 2, 2, QStringLiteral("B类"), 80000,
            QStringLiteral("2021-03"), QStringLiteral("黄志强家"));
        COMPARE_ROW(t, 7, 5, QStringLiteral("吴春生"), headId(m_wu), 2, 2, QStringLiteral("B类"), 60000,
            QStringLiteral("2021-03"), QStringLiteral("吴春生家"));
        COMPARE_ROW(t, 8, 6, QStringLiteral("周丽"), headId(m_zhou), 2, 2, QStringLiteral("B类"), 60000,
            QStringLiteral("2026-11"), QStringLiteral("周丽家"));
        COMPARE_ROW(t, 9, none, QStringLiteral("小计"), QStringLiteral("3户"), 6, 6, none, 200000);
        COMPARE_ROW(t, 10, none, QStringLiteral("合计"), QStringLiteral("6户"), 14, 14, none, 462000);

        // September: 赵桂兰 and 钱老伯 were still on dibao; 吴春生's household had 3 covered persons.
        const ReportTable september = RosterReport(db()).compute(Period(2026, 9)).value();
        QCOMPARE(september.rows.size(), 12);
        // In the order the households were entered: 赵桂兰 before 王建平, who applied in September.
        COMPARE_ROW(september, 3, 3, QStringLiteral("赵桂兰"), headId(m_zhao), 1, 1, QStringLiteral("B类"), 50000,
            QStringLiteral("2021-03"), QStringLiteral("赵桂兰家"));
        COMPARE_ROW(september, 4, 4, QStringLiteral("王建平"), headId(m_wang), 2, 2, QStringLiteral("B类"), 70000,
            QStringLiteral("2026-10"), QStringLiteral("王建平家"));
        COMPARE_ROW(september, 5, none, QStringLiteral("小计"), QStringLiteral("4户"), 9, 9, none, 302000);
        COMPARE_ROW(september, 8, 6, QStringLiteral("吴春生"), headId(m_wu), 3, 3, QStringLiteral("B类"), 90000,
            QStringLiteral("2021-03"), QStringLiteral("吴春生家"));
        COMPARE_ROW(september, 9, 7, QStringLiteral("钱老伯"), idNumber(QDate(1935, 7, 7), 101), 1, 1,
            QStringLiteral("B类"), 40000, QStringLiteral("2021-03"), QStringLiteral("钱老伯家"));
        COMPARE_ROW(september, 11, none, QStringLiteral("合计"), QStringLiteral("7户"), 15, 15, none, 512000);

        // The roster's totals are the monthly table's; its amounts include those first paid the next month (王建平
        // in September; 黄志强 and 周丽 in October), which its note names.
        const QList<std::pair<Period, qint64>> notYetPaid = {{Period(2026, 9), 70000}, {Period(2026, 10), 140000}};
        for (const auto &[month, notYetPaidFen] : notYetPaid) {
            const ReportTable roster = RosterReport(db()).compute(month).value();
            const ReportTable monthly = MonthlyReport(db()).compute(month).value();
            QCOMPARE(roster.rows.last().cells.value(RoCovered).toLongLong(),
                monthly.rows.last().cells.value(Covered).toLongLong());
            QCOMPARE(roster.rows.last().cells.value(RoFen).toLongLong() - notYetPaidFen,
                monthly.rows.last().cells.value(BenefitFen).toLongLong());
            QCOMPARE(roster.notes.size(), 1);
            QVERIFY2(roster.notes.first().contains(ReportTable::formatValue(notYetPaidFen, ReportColumn::Kind::Money)),
                qPrintable(roster.notes.first()));
            QCOMPARE(roster.rows.last().cells.value(RoId).toString(),
                QStringLiteral("%1户").arg(monthly.rows.last().cells.value(Households).toLongLong()));
            QCOMPARE(
                columnSum(roster, RoFen) - notYetPaidFen, monthly.rows.last().cells.value(BenefitFen).toLongLong());
        }

        // One village; and the village without households still names itself.
        const ReportTable village2 = RosterReport(db()).compute(Period(2026, 10), {.villageId = m_t->village2}).value();
        QCOMPARE(village2.title, QStringLiteral("上街镇农村最低生活保障对象花名册（下洋村）"));
        QCOMPARE(village2.rows.size(), 6);
        COMPARE_ROW(village2, 1, 1, QStringLiteral("黄志强"), headId(m_huang), 2, 2, QStringLiteral("B类"), 80000,
            QStringLiteral("2021-03"), QStringLiteral("黄志强家"));
        COMPARE_ROW(village2, 5, none, QStringLiteral("合计"), QStringLiteral("3户"), 6, 6, none, 200000);
        const ReportTable empty = RosterReport(db()).compute(Period(2026, 10), {.villageId = m_village3}).value();
        QCOMPARE(empty.title, QStringLiteral("上街镇农村最低生活保障对象花名册（后山村）"));
        QCOMPARE(empty.rows.size(), 1);
        COMPARE_ROW(empty, 0, none, QStringLiteral("合计"), QStringLiteral("0户"), 0, 0, none, 0);
    }

    void disclosure()
    {
        const ReportTable t = DisclosureReport(db()).compute(Period()).value();
        QCOMPARE(t.title, QStringLiteral("农村低保信息公开网址和电话统计表"));
        QVERIFY(!t.period.isValid());
        QCOMPARE(t.unit, QStringLiteral("上街镇"));
        QCOMPARE(t.rows.size(), 1);
        COMPARE_ROW(t, 0, 1, QStringLiteral("上街镇"), QStringLiteral("http://www.minhou.gov.cn/dibao"),
            QStringLiteral("0591-22665678"), QStringLiteral("张丽"), QStringLiteral("0591-22661234"));
        QCOMPARE(t.preparer, QStringLiteral("张丽"));
        QCOMPARE(t.reviewer, QStringLiteral("李明"));
    }

    void cases()
    {
        const ReportTable october = CasesReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(october.rows.size(), 3);
        COMPARE_ROW(october, 0, 1, QStringLiteral("2026-10"), QStringLiteral("某村干部优亲厚友案"),
            QStringLiteral("低保违法腐败"), QStringLiteral("村委委员某某"), QStringLiteral("为亲属违规办理低保"),
            QStringLiteral("党纪处分"), 120050, QStringLiteral("自行发现"));
        COMPARE_ROW(october, 1, 2, QStringLiteral("2026-10"), QStringLiteral("某乡入户调查走过场问题"),
            QStringLiteral("不良工作作风"), QString(), QStringLiteral("入户调查未见户主签字"), QString(), 0,
            QStringLiteral("自行发现"));
        COMPARE_ROW(october, 2, none, QStringLiteral("合计"), QStringLiteral("共2件"), none, none, none, none, 120050);
        QCOMPARE(october.cellText(2, 7), QStringLiteral("1200.50"));
        const ReportTable september = CasesReport(db()).compute(Period(2026, 9)).value();
        QCOMPARE(september.rows.size(), 2);
        QCOMPARE(september.rows.at(0).cells.value(2).toString(), QStringLiteral("某村民虚报收入骗取低保案"));
        COMPARE_ROW(
            september, 1, none, QStringLiteral("合计"), QStringLiteral("共1件"), none, none, none, none, 360000);
        // A month without cases says 无.
        const ReportTable august = CasesReport(db()).compute(Period(2026, 8)).value();
        QCOMPARE(august.rows.size(), 2);
        COMPARE_ROW(august, 0, none, none, QStringLiteral("无"));
        COMPARE_ROW(august, 1, none, QStringLiteral("合计"), QStringLiteral("共0件"), none, none, none, none, 0);
    }

    void inspectionSummary()
    {
        InspectionRepository inspections(db());
        const ChecklistTemplate checklist
            = *ChecklistRepository(db()).checklistTemplate(inspections.inspection(m_inspection)->templateId);
        const Outcome<ReportTable> summary = InspectionSummaryReport(db()).compute(Period(2026, 10));
        QVERIFY2(summary, qPrintable(summary.result().message()));
        const ReportTable &t = *summary;
        QCOMPARE(t.title, QStringLiteral("上街镇农村低保专项治理自查自纠情况汇总表（2026年10月自查自纠）"));
        QCOMPARE(t.date, QDate(2026, 10, 20));
        const int links = int(allValues<Link>().size());
        const int types = int(allValues<ProblemType>().size());
        QCOMPARE(t.rows.size(), links + 1);
        QCOMPARE(t.columns.size(), 7 + types + 2);
        const int rectified = 7 + types, outstanding = rectified + 1;
        // Expected by link from the checklist's own items: RD01 compliant, HD01 not applicable; HD03, RD04 and
        // GL03 problems — HD03 rectified, RD04 open, GL03 without a rectification.
        QHash<QString, const ChecklistItem *> byCode;
        for (const ChecklistItem &item : checklist.items)
            byCode.insert(item.code, &item);
        for (int l = 0; l < links; ++l) {
            const Link link = Link(l);
            qint64 items = 0, compliant = 0, problems = 0, na = 0, fixed = 0, open = 0;
            QList<qint64> byType(types, 0);
            for (const ChecklistItem &item : checklist.items) {
                if (item.link != link)
                    continue;
                ++items;
                if (item.code == QLatin1String("RD01"))
                    ++compliant;
                else if (item.code == QLatin1String("HD01"))
                    ++na;
                else if (item.code == QLatin1String("HD03") || item.code == QLatin1String("RD04")
                    || item.code == QLatin1String("GL03")) {
                    ++problems;
                    for (ProblemType type : item.problemTypes)
                        ++byType[int(type)];
                    if (item.code == QLatin1String("HD03"))
                        ++fixed;
                    else
                        ++open;
                }
            }
            const QVariantList row = cells(t, l);
            QCOMPARE(row.at(0).toLongLong(), l + 1);
            QCOMPARE(row.at(1).toString(), zhLabel(link));
            QCOMPARE(row.at(2).toLongLong(), items);
            QCOMPARE(row.at(3).toLongLong(), compliant);
            QCOMPARE(row.at(4).toLongLong(), problems);
            QCOMPARE(row.at(5).toLongLong(), na);
            QCOMPARE(row.at(6).toLongLong(), items - compliant - problems - na);
            for (int type = 0; type < types; ++type)
                QCOMPARE(row.at(7 + type).toLongLong(), byType.at(type));
            QCOMPARE(row.at(rectified).toLongLong(), fixed);
            QCOMPARE(row.at(outstanding).toLongLong(), open);
        }
        const QVariantList total = cells(t, links);
        QCOMPARE(total.at(1).toString(), QStringLiteral("合计"));
        QCOMPARE(total.at(2).toLongLong(), qint64(checklist.items.size()));
        QCOMPARE(total.at(3).toLongLong(), 1);
        QCOMPARE(total.at(4).toLongLong(), 3);
        QCOMPARE(total.at(5).toLongLong(), 1);
        QCOMPARE(total.at(6).toLongLong(), qint64(checklist.items.size()) - 5);
        QCOMPARE(total.at(rectified).toLongLong(), 1);
        QCOMPARE(total.at(outstanding).toLongLong(), 2);
        for (int c = 2; c < t.columns.size(); ++c)
            QCOMPARE(total.at(c).toLongLong(), columnSum(t, c));
        // The problem list: RD04 open and past its deadline, GL03 without a rectification, HD03 rectified.
        const QString notes = t.notes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("RD04")) && notes.contains(QStringLiteral("未整改（逾期）")),
            qPrintable(notes));
        QVERIFY2(
            notes.contains(QStringLiteral("GL03")) && notes.contains(QStringLiteral("未建立整改")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("HD03")) && notes.contains(QStringLiteral("已整改")), qPrintable(notes));

        // The run by number gives the same table; a month without a run is refused.
        const Outcome<ReportTable> byId
            = InspectionSummaryReport(db()).compute(Period(), {.inspectionId = m_inspection});
        QVERIFY(byId);
        QVERIFY(*byId == t);
        const Result august = InspectionSummaryReport(db()).compute(Period(2026, 8)).result();
        QCOMPARE(august.kind(), Result::Kind::Rejected);
        QVERIFY2(august.message().contains(QStringLiteral("2026-08")), qPrintable(august.message()));
    }

    void complaintsLedger()
    {
        const ReportTable october = ComplaintsReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(october.title, QStringLiteral("上街镇群众举报问题线索台账"));
        QCOMPARE(october.rows.size(), 2);
        COMPARE_ROW(october, 0, 1, QStringLiteral("2026-10-09"), QStringLiteral("电话"), QStringLiteral("黄**"),
            QStringLiteral("黄志强"), QStringLiteral("下洋村"), QStringLiteral("低保违规错保"),
            QStringLiteral("反映该户家中有小轿车"), QStringLiteral("张丽"), QStringLiteral("2026-11-08"), QString(),
            QStringLiteral("属实"), QString(), QStringLiteral("2026-10-30"), QStringLiteral("已办结"));
        COMPARE_ROW(october, 1, none, QStringLiteral("合计"), QStringLiteral("共1件"), none, none, none, none,
            QStringLiteral("已办结1件，未办结0件"));
        // Without a month: the whole ledger in the order received; the anonymous letter is past its due date.
        const ReportTable all = ComplaintsReport(db()).compute(Period()).value();
        QCOMPARE(all.rows.size(), 3);
        COMPARE_ROW(all, 0, 1, QStringLiteral("2026-09-15"), QStringLiteral("来信"), QStringLiteral("匿名"),
            QStringLiteral("上街村某村干部"), QStringLiteral("上街村"), QStringLiteral("低保违法腐败"),
            QStringLiteral("反映村干部优亲厚友"), QStringLiteral("张丽"), QStringLiteral("2026-10-15"), QString(),
            QString(), QString(), QString(), QStringLiteral("逾期"));
        QCOMPARE(all.rows.at(1).cells.value(1).toString(), QStringLiteral("2026-10-09"));
        COMPARE_ROW(all, 2, none, QStringLiteral("合计"), QStringLiteral("共2件"), none, none, none, none,
            QStringLiteral("已办结1件，未办结1件"));
        QCOMPARE(ComplaintsReport(db()).compute(Period(2026, 8)).value().rows.size(), 1);
    }

    void rectificationsLedger()
    {
        const ReportTable october = RectificationsReport(db()).compute(Period(2026, 10)).value();
        QCOMPARE(october.title, QStringLiteral("上街镇农村低保专项治理问题整改台账"));
        QCOMPARE(october.rows.size(), 3);
        // Overdue first.
        const QVariantList rd04 = cells(october, 0);
        QCOMPARE(rd04.at(1).toString(), QStringLiteral("问题RD04"));
        QVERIFY2(rd04.at(2).toString().contains(QStringLiteral("RD04")), qPrintable(rd04.at(2).toString()));
        QCOMPARE(rd04.at(3).toString(), QStringLiteral("重新核对收入"));
        QCOMPARE(rd04.at(5).toString(), QStringLiteral("2026-10-30"));
        QCOMPARE(rd04.at(6).toString(), QStringLiteral("未整改（逾期）"));
        QCOMPARE(rd04.at(7).toString(), QString());
        const QVariantList hd03 = cells(october, 1);
        QCOMPARE(hd03.at(1).toString(), QStringLiteral("问题HD03"));
        QCOMPARE(hd03.at(4).toString(), QStringLiteral("张丽"));
        QCOMPARE(hd03.at(5).toString(), QStringLiteral("2026-10-31"));
        QCOMPARE(hd03.at(6).toString(), QStringLiteral("已整改"));
        QCOMPARE(hd03.at(7).toString(), QStringLiteral("2026-10-25"));
        QCOMPARE(hd03.at(8).toString(), QStringLiteral("已补签"));
        COMPARE_ROW(october, 2, none, QStringLiteral("共2个问题，已整改1个，未完成1个"));
        const ReportTable all = RectificationsReport(db()).compute(Period()).value();
        QCOMPARE(all.rows.size(), 4);
        QCOMPARE(all.rows.at(0).cells.value(1).toString(), QStringLiteral("村务公开栏低保名单未及时更新"));
        QCOMPARE(all.rows.at(0).cells.value(2).toString(), QStringLiteral("自行发现"));
        COMPARE_ROW(all, 3, none, QStringLiteral("共3个问题，已整改1个，未完成2个"));
    }

    void catalog()
    {
        QStringList names;
        for (const ReportCatalog::Definition &d : ReportCatalog::definitions())
            names << d.name;
        QCOMPARE(names,
            (QStringList {QStringLiteral("monthly"), QStringLiteral("changes"), QStringLiteral("roster"),
                QStringLiteral("disclosure"), QStringLiteral("cases"), QStringLiteral("inspection"),
                QStringLiteral("complaints"), QStringLiteral("rectifications")}));
        const ReportCatalog catalog(db());
        ReportTable t;
        Result r = catalog.compute(QStringLiteral("annual"), Period(2026, 10), {}, &t);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), QStringLiteral("name"));
        QVERIFY2(r.message().contains(QStringLiteral("annual")) && r.message().contains(QStringLiteral("monthly")),
            qPrintable(r.message()));
        r = catalog.compute(QStringLiteral("monthly"), Period(), {}, &t);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), QStringLiteral("period"));
        QVERIFY2(r.message().contains(QStringLiteral("monthly")), qPrintable(r.message()));
        r = catalog.compute(QStringLiteral("changes"), Period(2026, 12), {}, &t); // today is 5 November
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QCOMPARE(r.field(), QStringLiteral("period"));
        QVERIFY2(r.message().contains(QStringLiteral("2026-12")), qPrintable(r.message()));
        // The current month is allowed; so are the tables whose period is optional.
        QVERIFY(catalog.compute(QStringLiteral("monthly"), Period(2026, 11), {}, &t));
        QCOMPARE(t.rows.last().cells.value(Households).toLongLong(), 7); // 许明 joined on 2 November
        QVERIFY(catalog.compute(QStringLiteral("disclosure"), Period(), {}, &t));
        QCOMPARE(t.id, QStringLiteral("disclosure"));
        QVERIFY(catalog.compute(QStringLiteral("complaints"), Period(), {}, &t));
        QCOMPARE(t.rows.size(), 3);
        ReportOptions options;
        options.villageId = m_t->village1;
        QVERIFY(catalog.compute(QStringLiteral("roster"), Period(2026, 10), options, &t));
        QCOMPARE(t.rows.last().cells.value(RoId).toString(), QStringLiteral("3户"));
        QVERIFY(catalog.compute(QStringLiteral("inspection"), Period(2026, 10), {}, &t));
        QCOMPARE(t.id, QStringLiteral("inspection"));
        r = catalog.compute(QStringLiteral("inspection"), Period(2026, 7), {}, &t);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
    }

    // The state at a day follows the effective dates, not the order the changes were recorded in; and
    // household ids far apart (a file whose ids are not SQLite's dense row ids) give the same figures.
    void effectiveOrderAndSparseIds()
    {
        const std::unique_ptr<TempDatabase> t = makeDatabase();
        t->db->setClock([] { return QDateTime(QDate(2026, 10, 25), QTime(9, 0)); });
        RosterRepository roster(*t->db);
        Household a = makeHousehold(t->village1, HouseholdStatus::Active, 400,
            {member(QStringLiteral("甲"), QDate(1950, 1, 1), 11, Relation::Head)});
        Household b = makeHousehold(t->village2, HouseholdStatus::Active, 300,
            {member(QStringLiteral("乙"), QDate(1990, 1, 1), 13, Relation::Head),
                member(QStringLiteral("乙小"), QDate(2020, 1, 1), 15, Relation::Son)});
        QVERIFY_OK(roster.createHousehold(a));
        QVERIFY_OK(roster.createHousehold(b));
        // 500 from 20 October is entered first, then 450 from 10 October: at the month's end, 500.
        QVERIFY_OK(StatusTransitions(*t->db).setMonthlyAmount(
            a.id, Money::fromYuan(500), QDate(2026, 10, 20), QStringLiteral("调整")));
        QVERIFY_OK(StatusTransitions(*t->db).setMonthlyAmount(
            a.id, Money::fromYuan(450), QDate(2026, 10, 10), QStringLiteral("补录")));
        // b leaves on 24 October: the exit carries its 2 covered persons and 300 yuan.
        QVERIFY_OK(StatusTransitions(*t->db).changeStatus(
            b.id, HouseholdStatus::Exited, QDate(2026, 10, 24), QStringLiteral("迁出")));

        const auto check = [&](const QString &when) {
            const ReportTable m = MonthlyReport(*t->db).compute(Period(2026, 10)).value();
            QString why;
            QVERIFY2(
                sameRow(m, int(m.rows.size()) - 1,
                    expected({none, QStringLiteral("合计"), 1, 1, 1, 0, 0, 0, 0, 0, 1, 2, 50000, 50000, 60000}), &why),
                qPrintable(when + u' ' + why));
            const ReportTable september = MonthlyReport(*t->db).compute(Period(2026, 9)).value();
            QVERIFY2(
                sameRow(september, int(september.rows.size()) - 1,
                    expected({none, QStringLiteral("合计"), 2, 3, 1, 1, 1, 0, 0, 0, 0, 0, 70000, 23333, 60000}), &why),
                qPrintable(when + u' ' + why));
            const ReportTable changes = ChangesReport(*t->db).compute(Period(2026, 10)).value();
            QVERIFY2(sameRow(changes, 3,
                         expected({1, QStringLiteral("退保"), QStringLiteral("下洋村"), QStringLiteral("乙"),
                             idNumber(QDate(1990, 1, 1), 13), 2, 2, 30000, QStringLiteral("2026-10-24"),
                             QStringLiteral("迁出")}),
                         &why),
                qPrintable(when + u' ' + why));
            const ReportTable r = RosterReport(*t->db).compute(Period(2026, 10)).value();
            QVERIFY2(sameRow(r, int(r.rows.size()) - 1,
                         expected({none, QStringLiteral("合计"), QStringLiteral("1户"), 1, 1, none, 50000}), &why),
                qPrintable(when + u' ' + why));
        };
        check(QStringLiteral("dense ids:"));
        if (QTest::currentTestFailed())
            return;

        // Move household b far away from a.
        QSqlQuery q(t->db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        for (const char *sql : {"UPDATE household SET id = 5000000 WHERE id = %1",
                 "UPDATE person SET household_id = 5000000 WHERE household_id = %1",
                 "UPDATE status_history SET household_id = 5000000 WHERE household_id = %1"})
            QVERIFY2(q.exec(QString::fromLatin1(sql).arg(b.id)), qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = ON")));
        check(QStringLiteral("sparse ids:"));
    }

    // The same roster imported from a spreadsheet gives a monthly report whose totals match the spreadsheet.
    void importedRosterMatchesSpreadsheet()
    {
        const QString path = QStringLiteral(DIBAO_TEST_DATA "/sheets/sample_roster_libreoffice.xlsx");
        const std::unique_ptr<TempDatabase> t = makeDatabase();
        t->db->setClock([] { return QDateTime(QDate(2026, 11, 27), QTime(9, 0)); });
        RosterImporter importer(*t->db);
        ImportOptions options;
        options.createVillages = true;
        const ImportPreview preview = importer.preview(path, options);
        QVERIFY(preview.isAcceptable());
        QVERIFY(importer.apply());

        // The spreadsheet's own figures: below the title and header rows, one household a row, up to 合计.
        QString error;
        const QList<SheetRow> rows = readSheet(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.at(1).cell(1).text, QStringLiteral("所在村"));
        QCOMPARE(rows.at(1).cell(5).text, QStringLiteral("享受人数"));
        QCOMPARE(rows.at(1).cell(7).text, QStringLiteral("保障金额"));
        struct Figures
        {
            qint64 households = 0, covered = 0, fen = 0;
        };
        QHash<QString, Figures> byVillage;
        Figures sheet;
        Figures startingThisMonth; // 起始保障年月 2026-11
        qint64 onRosterLastMonth = 0; // started before 2026-11
        qint64 sheetTotalFen = -1;
        for (int i = 2; i < rows.size(); ++i) {
            const SheetRow &row = rows.at(i);
            if (row.cell(0).text == QStringLiteral("合计")) {
                sheetTotalFen = fenOf(row.cell(7));
                continue;
            }
            Figures &f = byVillage[row.cell(1).text];
            const SheetCell &startCell = row.cell(8);
            const Period start = startCell.kind == SheetCell::Kind::Date
                ? Period::fromDate(QDate::fromString(startCell.text, Qt::ISODate))
                : Period::parse(startCell.text);
            QVERIFY2(start.isValid(), qPrintable(startCell.text));
            onRosterLastMonth += start < Period(2026, 11) ? 1 : 0;
            for (Figures *x : {&f, &sheet, start == Period(2026, 11) ? &startingThisMonth : nullptr}) {
                if (!x)
                    continue;
                ++x->households;
                x->covered += row.cell(5).text.toLongLong();
                x->fen += fenOf(row.cell(7));
            }
        }
        QCOMPARE(sheet.households, qint64(preview.households));
        QCOMPARE(sheet.fen, preview.monthlyTotal.fen());
        QCOMPARE(sheet.fen, sheetTotalFen);

        const ReportTable m = MonthlyReport(*t->db).compute(Period(2026, 11)).value();
        const int last = int(m.rows.size()) - 1;
        QCOMPARE(figure(m, last, QStringLiteral("households")), sheet.households);
        QCOMPARE(figure(m, last, QStringLiteral("covered_persons")), sheet.covered);
        QCOMPARE(figure(m, last, QStringLiteral("benefit_total")), sheet.fen);
        // The households are on the roster from their start months (issue 10): this month adds only those that
        // start in it, and last month's table is not empty.
        QCOMPARE(figure(m, last, QStringLiteral("added_households")), startingThisMonth.households);
        QCOMPARE(figure(m, last, QStringLiteral("added_persons")), startingThisMonth.covered);
        QVERIFY(onRosterLastMonth > 100);
        const ReportTable october = MonthlyReport(*t->db).compute(Period(2026, 10)).value();
        QCOMPARE(figure(october, int(october.rows.size()) - 1, QStringLiteral("households")), onRosterLastMonth);
        verifyMonthlySums(m);
        int villages = 0;
        for (int i = 0; i < last; ++i) {
            const QString village = m.rows.at(i).cells.value(VillageName).toString();
            if (!byVillage.contains(village)) { // the test township's own villages: nobody there
                QCOMPARE(figure(m, i, QStringLiteral("households")), 0);
                continue;
            }
            ++villages;
            QCOMPARE(figure(m, i, QStringLiteral("households")), byVillage.value(village).households);
            QCOMPARE(figure(m, i, QStringLiteral("covered_persons")), byVillage.value(village).covered);
            QCOMPARE(figure(m, i, QStringLiteral("benefit_total")), byVillage.value(village).fen);
        }
        QCOMPARE(villages, byVillage.size());
        // The sheet has a record of the head only: the other covered persons are 未登记到人, a column of their own,
        // so that the age groups add up to 合计 (verifyMonthlySums), and a note says how many.
        const qint64 grouped = figure(m, last, QStringLiteral("elderly")) + figure(m, last, QStringLiteral("adults"))
            + figure(m, last, QStringLiteral("minors"));
        QVERIFY(grouped < sheet.covered);
        QCOMPARE(figure(m, last, QStringLiteral("unregistered")), sheet.covered - grouped);
        const QString note = QStringLiteral("%1名保障对象未登记家庭成员信息").arg(sheet.covered - grouped);
        QVERIFY2(m.notes.join(u'\n').contains(note), qPrintable(m.notes.join(u'\n')));
        // The roster of the month agrees.
        const ReportTable roster = RosterReport(*t->db).compute(Period(2026, 11)).value();
        QCOMPARE(roster.rows.last().cells.value(RoCovered).toLongLong(), sheet.covered);
        QCOMPARE(roster.rows.last().cells.value(RoFen).toLongLong(), sheet.fen);
    }

    // dibao-cli report …, run as the real executable on the township's file.

    void cliList()
    {
        QString out, err;
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("list")}, &out, &err),
            0);
        const QStringList names = {QStringLiteral("monthly"), QStringLiteral("changes"), QStringLiteral("roster"),
            QStringLiteral("disclosure"), QStringLiteral("cases"), QStringLiteral("inspection"),
            QStringLiteral("complaints"), QStringLiteral("rectifications")};
        qsizetype at = 0;
        for (const QString &name : names) {
            const qsizetype found = out.indexOf(QRegularExpression(QStringLiteral("\\b%1\\b").arg(name)), at);
            QVERIFY2(found >= 0, qPrintable(name + u'\n' + out));
            at = found + name.size();
        }
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("list"),
                            QStringLiteral("--json")},
                     &out, &err),
            0);
        const QJsonArray list = QJsonDocument::fromJson(out.toUtf8()).array();
        QCOMPARE(list.size(), 8);
        for (int i = 0; i < 8; ++i)
            QCOMPARE(list.at(i).toObject().value(QStringLiteral("name")).toString(), names.at(i));
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("needs_period")).toBool(), true);
        QCOMPARE(list.at(3).toObject().value(QStringLiteral("needs_period")).toBool(), false);
        QCOMPARE(runCli({QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("extra")}, &out, &err), 1);
    }

    void cliWritesXlsxAndCsv()
    {
        const ReportTable computed = MonthlyReport(db()).compute(Period(2026, 10)).value();
        for (const QString &suffix : {QStringLiteral("xlsx"), QStringLiteral("csv")}) {
            const QString file = dataPath(QStringLiteral("m.") + suffix);
            QString out, err;
            const int code
                = runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("monthly"),
                             QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), file},
                    &out, &err);
            QVERIFY2(code == 0, qPrintable(QString::number(code) + u' ' + err));
            QVERIFY2(QFile::exists(file), qPrintable(err));
            QVERIFY(QFileInfo(file).size() > 0);
            QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
            QVERIFY2(out.contains(file), qPrintable(out));
        }

        // The workbook's 合计 row carries the computed totals.
        QString error;
        const QList<SheetRow> rows = readSheet(dataPath(QStringLiteral("m.xlsx")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(rows.first().cell(0).text, computed.title);
        int totalRow = -1, villages = 0;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).cell(1).text == QStringLiteral("合计"))
                totalRow = i;
            if (rows.at(i).cell(1).text.endsWith(QStringLiteral("村"))
                && rows.at(i).cell(0).kind == SheetCell::Kind::Number)
                ++villages;
        }
        QVERIFY(totalRow > 0);
        QCOMPARE(villages, 3);
        const SheetRow &total = rows.at(totalRow);
        const ReportRow &want = computed.rows.last();
        for (int c = Households; c <= LeftPersons; ++c) {
            QCOMPARE(total.cell(c).kind, SheetCell::Kind::Number);
            QCOMPARE(total.cell(c).text.toLongLong(), want.cells.value(c).toLongLong());
        }
        for (int c : {BenefitFen, AverageFen, StandardFen})
            QCOMPARE(fenOf(total.cell(c)), want.cells.value(c).toLongLong());

        // The CSV: one line per village and the total, amounts in yuan.
        QFile csv(dataPath(QStringLiteral("m.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines
            = QString::fromUtf8(csv.readAll()).remove(QChar(0xFEFF)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 3 + 1 + 1); // and the signature line
        QVERIFY2(lines.at(4).startsWith(QStringLiteral(",合计,6,14,4,7,3,2,2,5,3,6,3220.00,230.00,650.00")),
            qPrintable(lines.at(4)));
        QVERIFY2(lines.last().startsWith(
                     QStringLiteral("单位负责人：王建国,审核人：李明,填表人：张丽,联系电话：0591-22661234")),
            qPrintable(lines.last()));
    }

    // The PDF's text: the title, the money column, ID numbers where the table has them, and no radicals in
    // place of the ideographs printed. Written here (ReportPainter) and by dibao-cli.
    void pdfText_data()
    {
        QTest::addColumn<QString>("report");
        QTest::addColumn<bool>("cli");
        QTest::newRow("monthly") << "monthly" << false;
        QTest::newRow("changes") << "changes" << false;
        QTest::newRow("cli monthly") << "monthly" << true;
        QTest::newRow("cli changes") << "changes" << true;
    }

    void pdfText()
    {
        QFETCH(QString, report);
        QFETCH(bool, cli);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed (poppler-utils)");
        ReportTable table;
        QVERIFY(ReportCatalog(db()).compute(report, Period(2026, 10), {}, &table));
        const QString file = dataPath(report + (cli ? QStringLiteral("-cli.pdf") : QStringLiteral(".pdf")));
        if (cli) {
            QString out, err;
            const int code
                = runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), report,
                             QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"), file},
                    &out, &err);
            QVERIFY2(code == 0, qPrintable(QString::number(code) + u' ' + err));
        } else {
            const Result written = ReportPainter::writePdf(table, file);
            QVERIFY2(written, qPrintable(written.message()));
        }
        QVERIFY(QFile::exists(file));
        QVERIFY(!QFile::exists(file + QStringLiteral(".part")));
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        const QString flat = squeezed(text);
        QVERIFY2(flat.contains(table.title), qPrintable(text));
        QVERIFY(flat.contains(QStringLiteral("填报单位（盖章）：上街镇")));
        QVERIFY(flat.contains(QStringLiteral("单位负责人：王建国")));
        QVERIFY(flat.contains(QStringLiteral("下洋村")));
        if (report == QLatin1String("monthly")) {
            QVERIFY(flat.contains(QStringLiteral("保障金")));
            QVERIFY(flat.contains(QStringLiteral("3220.00")));
            QVERIFY(!flat.contains(QStringLiteral("身份证号码"))); // the monthly table has no ID numbers
        } else {
            QVERIFY(flat.contains(QStringLiteral("身份证号码")));
            QVERIFY(flat.contains(idNumber(QDate(1935, 7, 7), 101)));
            QVERIFY(flat.contains(QStringLiteral("恢复保障")));
            QVERIFY(flat.contains(QStringLiteral("钱老伯")));
        }
    }

    void cliOptions()
    {
        QString out, err;
        // One village's roster, and JSON output carrying the table.
        const QString roster = dataPath(QStringLiteral("roster.csv"));
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("--json"), QStringLiteral("report"),
                            QStringLiteral("roster"), QStringLiteral("--period"), QStringLiteral("2026-10"),
                            QStringLiteral("--village"), QStringLiteral("下洋村"), QStringLiteral("--out"), roster},
                     &out, &err),
            0);
        const QJsonObject json = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("rows")).toInt(), 3);
        QCOMPARE(json.value(QStringLiteral("period")).toString(), QStringLiteral("2026-10"));
        ReportTable written = ReportTable::fromJson(json.value(QStringLiteral("table")).toObject());
        const ReportTable computed = RosterReport(db()).compute(Period(2026, 10), {.villageId = m_t->village2}).value();
        QCOMPARE(written.date, QDate::currentDate()); // the CLI's clock
        written.date = computed.date;
        QVERIFY(written == computed);
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("roster"),
                            QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--village"),
                            QStringLiteral("东山村"), QStringLiteral("--out"), roster},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("东山村")), qPrintable(err));
        // Tables without a period; the inspection by number.
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("disclosure"),
                     QStringLiteral("--out"), dataPath(QStringLiteral("disclosure.xlsx"))}),
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("inspection"),
                     QStringLiteral("--inspection"), QString::number(m_inspection), QStringLiteral("--out"),
                     dataPath(QStringLiteral("inspection.csv"))}),
            0);
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("report"), QStringLiteral("inspection"),
                            QStringLiteral("--inspection"), QStringLiteral("999"), QStringLiteral("--out"),
                            dataPath(QStringLiteral("inspection.csv"))},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("999")), qPrintable(err));
    }

    void cliRejects()
    {
        const QString file = dataPath(QStringLiteral("x.pdf"));
        const QStringList db = {QStringLiteral("--db"), m_t->path(), QStringLiteral("--lang"), QStringLiteral("en")};
        QString out, err;
        // An unknown report: rejected, named, with the known ones listed.
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("annual"), QStringLiteral("--period"),
                             QStringLiteral("2026-10"), QStringLiteral("--out"), file},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("There is no report \"annual\""))
                && err.contains(QStringLiteral("monthly")) && !hasHan(err),
            qPrintable(err));
        // Not a month.
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             QStringLiteral("2026-13"), QStringLiteral("--out"), file},
                     &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("--period")) && err.contains(QStringLiteral("2026-13"))
                && err.contains(QStringLiteral("not a month")) && !hasHan(err),
            qPrintable(err));
        // A month that has not begun (by the real clock).
        const QString next = Period::fromDate(QDate::currentDate()).next().toString();
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             next, QStringLiteral("--out"), file},
                     &out, &err),
            2);
        QVERIFY2(err.contains(next) && err.contains(QStringLiteral("has not begun")) && !hasHan(err), qPrintable(err));
        // A monthly table without a month.
        QCOMPARE(
            runCli(
                db + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--out"), file},
                &out, &err),
            2);
        QVERIFY2(err.contains(QStringLiteral("needs a month")), qPrintable(err));
        // No --out, or not a kind of file it writes: wrong usage.
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             QStringLiteral("2026-10")},
                     &out, &err),
            1);
        QVERIFY2(err.contains(QStringLiteral("--out")) && !hasHan(err.section(u'\n', 0, 0)), qPrintable(err));
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             QStringLiteral("2026-10"), QStringLiteral("--out"), dataPath(QStringLiteral("m.docx"))},
                     &out, &err),
            1);
        QCOMPARE(runCli(db + QStringList {QStringLiteral("report")}, &out, &err), 1);
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             QStringLiteral("2026-10"), QStringLiteral("--out"), file, QStringLiteral("--colour")},
                     &out, &err),
            1);
        QVERIFY(!QFile::exists(file));
        // A folder that does not exist: another failure, naming the file.
        const QString nowhere = dataPath(QStringLiteral("no-such-folder/m.xlsx"));
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--period"),
                             QStringLiteral("2026-10"), QStringLiteral("--out"), nowhere},
                     &out, &err),
            3);
        QVERIFY2(err.contains(nowhere), qPrintable(err));
        // JSON errors name the field.
        QCOMPARE(runCli(db
                         + QStringList {QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("monthly"),
                             QStringLiteral("--period"), next, QStringLiteral("--out"), file},
                     &out, &err),
            2);
        const QJsonObject error = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(error.value(QStringLiteral("ok")).toBool(true), false);
        QCOMPARE(error.value(QStringLiteral("field")).toString(), QStringLiteral("period"));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
