#include "demo/DemoGenerator.h"

#include "core/IdNumber.h"
#include "demo/DemoLedgers.h"
#include "demo/DemoTownship.h"
#include "office/OfficeRepository.h"
#include "roster/MemberChanges.h"
#include "roster/ReviewSchedule.h"
#include "roster/RosterBulkWriter.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <utility>

using namespace Domain;
using namespace Demo;

namespace {

// Every date of the demo is counted back from this fixed day rather than from today, so that a seed gives
// the same township on every machine and every day (it is clipped to today on a machine whose clock is behind).
QDate referenceDate()
{
    return QDate(2026, 11, 1);
}
QDate historyStart()
{
    return QDate(2012, 1, 1);
}

const char *const kOfficeName = "上街镇";
const char *const kCounty = "闽侯县";
const char *const kDivisionCode = "350121101000";
const char *const kRegion = "350121";

struct VillageSeed
{
    const char *name;
    int weight; // relative number of households
};
// clang-format off
const VillageSeed kVillages[] = {
    {"上街村", 16}, {"下洋村", 12}, {"厚美村", 11}, {"马保村", 10}, {"岐头村", 9}, {"新峰村", 8},
    {"沙堤村", 8}, {"侯官村", 7}, {"榕桥村", 6}, {"溪源村", 5}, {"浦口村", 4}, {"金屿村", 4},
};
// clang-format on

// Rural monthly standard per person in yuan, rising from 2012; 2018's 450 yuan (5,400 a year) is above
// Fujian's provincial floor of 3,350 yuan a year.
struct StandardSeed
{
    int year;
    int month;
    int yuan;
};
// clang-format off
const StandardSeed kStandards[] = {
    {2012, 1, 200}, {2013, 7, 240}, {2015, 1, 290}, {2016, 7, 360}, {2018, 1, 450},
    {2019, 7, 600}, {2021, 1, 720}, {2023, 1, 800}, {2025, 1, 880}, {2026, 1, 920},
};
// clang-format on

const char *const kRejectReasons[] = {
    "家庭人均收入高于当地低保标准",
    "家庭拥有机动车辆",
    "家庭存款超过规定标准",
    "法定赡养人有赡养能力",
    "经济状况核对发现经营性收入",
    "入户调查情况与申报不符",
};
const char *const kSuspendReasons[] = {
    "未按期参加年度复核",
    "家庭成员外出务工，收入待核实",
    "长期外出，无法联系",
    "经济状况核对疑点待核实",
};
const char *const kExitReasons[] = {
    "家庭人均收入超过低保标准",
    "子女就业，家庭收入增加",
    "迁出本乡镇",
    "转为特困人员供养",
    "本人申请退出",
    "专项治理清退：家庭拥有机动车辆",
    "专项治理清退：家庭成员为财政供养人员",
};

enum class Outcome { Applying, Active, Suspended, Exited, Rejected };

// Assessed monthly income per person, as a share of the standard, by how hard the household is hit.
Money incomePerPerson(Dice &dice, Category category, Money standard)
{
    int perMille = 0;
    switch (category) {
    case Category::ClassA:
        perMille = 0;
        break;
    case Category::ClassB:
        perMille = dice.between(0, 300);
        break;
    case Category::ClassC:
        perMille = dice.between(100, 500);
        break;
    case Category::Ordinary:
        perMille = dice.between(200, 650);
        break;
    }
    const qint64 fen = standard.fen() * perMille / 1000;
    return Money::fromFen(fen - fen % 1000); // whole tens of yuan, as assessed on paper
}

// A roster change planned for one day of a household's history.
struct Event
{
    enum class Kind { Status, Amount, Death } kind = Kind::Status;
    QDate date;
    HouseholdStatus to = HouseholdStatus::Active;
    QString reason;
    int memberIndex = -1; // Death
};

void sortByDate(QList<Event> &events)
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.date < b.date; });
}

// One household as it will be written: its record at application and what happened to it afterwards.
struct HouseholdPlan
{
    Household household;
    QList<Event> events;
    Money income; // assessed monthly income per person
    int covered = 0;
};

Money amountAt(const Township &t, Money income, const QDate &date, int persons)
{
    const Money perPerson = t.standardAt(date) - income;
    return perPerson.isNegative() ? Money() : perPerson * persons;
}

// Application, decision and what followed, in date order. Sets the application and approval dates.
QList<Event> planHistory(Township &t, const QList<Planned> &members, QDate *applied, QDate *approved)
{
    Dice &d = t.dice;
    QDate youngest = members.first().birth;
    for (const Planned &p : members)
        youngest = std::max(youngest, p.birth);
    const QDate earliest = std::max(historyStart(), youngest.addDays(90));
    const int roll = d.below(1000);
    Outcome outcome = roll < 720 ? Outcome::Active
        : roll < 750             ? Outcome::Suspended
        : roll < 920             ? Outcome::Exited
        : roll < 975             ? Outcome::Rejected
                                 : Outcome::Applying;
    if (earliest > t.ref.addDays(-400) && outcome != Outcome::Applying)
        outcome = earliest > t.ref.addDays(-60) ? Outcome::Applying : Outcome::Active;

    QList<Event> events;
    if (outcome == Outcome::Applying) {
        *applied = d.dateBetween(std::max(earliest, t.ref.addDays(-40)), t.ref.addDays(-1));
        return events;
    }
    if (outcome == Outcome::Rejected) {
        *applied = d.dateBetween(earliest, t.ref.addDays(-60));
        events.append({Event::Kind::Status, applied->addDays(d.between(12, 28)), HouseholdStatus::Rejected,
            text(d.pick(kRejectReasons)), -1});
        return events;
    }
    *applied = d.dateBetween(earliest, t.ref.addDays(outcome == Outcome::Active ? -60 : -400));
    *approved = applied->addDays(d.between(15, 30));
    events.append({Event::Kind::Status, *approved, HouseholdStatus::Active, text("审核确认，纳入低保"), -1});
    const QDate settled = approved->addDays(180);
    if (outcome == Outcome::Active && settled < t.ref.addDays(-200) && d.perMille(80)) {
        const QDate suspended = d.dateBetween(settled, t.ref.addDays(-200));
        events.append({Event::Kind::Status, suspended, HouseholdStatus::Suspended, text(d.pick(kSuspendReasons)), -1});
        events.append({Event::Kind::Status, suspended.addDays(d.between(30, 120)), HouseholdStatus::Active,
            text("复核通过，恢复保障"), -1});
    } else if (outcome == Outcome::Suspended) {
        events.append({Event::Kind::Status, d.dateBetween(std::max(settled, t.ref.addDays(-300)), t.ref.addDays(-10)),
            HouseholdStatus::Suspended, text(d.pick(kSuspendReasons)), -1});
    } else if (outcome == Outcome::Exited) {
        // Most exits fall after 2016, which the campaign's screening of former recipients looks at.
        const QDate first = std::min(approved->addDays(90), t.ref.addDays(-10));
        const QDate since2016 = std::max(first, QDate(2016, 1, 1));
        const QDate exited = d.perMille(800) && since2016 < t.ref.addDays(-10)
            ? d.dateBetween(since2016, t.ref.addDays(-10))
            : d.dateBetween(first, t.ref.addDays(-10));
        if (members.size() == 1 && ageAt(members.first().birth, exited) >= 70 && d.perMille(450))
            events.append({Event::Kind::Death, exited, HouseholdStatus::Exited, {}, 0}); // the household exits with it
        else
            events.append({Event::Kind::Status, exited, HouseholdStatus::Exited, text(d.pick(kExitReasons)), -1});
    }
    // An elderly spouse or parent who died while the household stayed on the roster.
    if (outcome == Outcome::Active && members.size() >= 2 && approved->addDays(200) < t.ref.addDays(-30)
        && d.perMille(90)) {
        for (int i = 1; i < members.size(); ++i) {
            const Planned &p = members.at(i);
            const bool elder
                = p.relation == Relation::Spouse || p.relation == Relation::Father || p.relation == Relation::Mother;
            if (elder && ageAt(p.birth, t.ref) >= 68) {
                events.append({Event::Kind::Death, d.dateBetween(approved->addDays(200), t.ref.addDays(-30)),
                    HouseholdStatus::Active, {}, i});
                break;
            }
        }
    }
    // Households still on the roster follow the standard as it rises. Only the latest rise is written, to keep
    // the demo fast; the earlier ones are folded into it.
    if (outcome == Outcome::Active || outcome == Outcome::Suspended) {
        QDate lastRise;
        for (const BenefitStandard &s : std::as_const(t.standards)) {
            if (s.effectiveDate > *approved && s.effectiveDate <= t.ref)
                lastRise = s.effectiveDate;
        }
        if (lastRise.isValid())
            events.append({Event::Kind::Amount, lastRise, HouseholdStatus::Active, {}, -1});
    }
    sortByDate(events);
    return events;
}

HouseholdPlan planHousehold(Township &t)
{
    Dice &d = t.dice;
    QList<Planned> members = planFamily(t, drawShape(d));
    // A working adult is sometimes left out of the benefit (only the members in need are covered).
    if (members.size() >= 3 && d.perMille(120)) {
        for (Planned &p : members) {
            if (p.relation != Relation::Head && p.labour == LabourAbility::Full && ageAt(p.birth, t.ref) >= 18) {
                p.covered = false;
                break;
            }
        }
    }
    HouseholdPlan plan;
    QDate applied;
    QDate approved;
    plan.events = planHistory(t, members, &applied, &approved);

    Household &h = plan.household;
    const Village &village = t.village();
    h.villageId = village.id;
    h.status = HouseholdStatus::Applying;
    h.statusDate = applied;
    h.category = categoryOf(members);
    h.address = village.name + QString::number(d.between(1, 12)) + text("组") + QString::number(d.between(1, 160))
        + text("号");
    h.phone = d.perMille(750) ? QStringLiteral("13") + d.digits(9) : QString();
    h.bankAccount = t.bankAccount();
    h.registeredPoor = d.perMille(h.category == Category::Ordinary ? 60 : 140);
    // The periodic review (复核) counted from the approval: every 6 months for a household with an able-bodied
    // member, every 12 for the others (ReviewSchedule); the last one before the reference date. One household in
    // twenty has missed its last review, as self-inspections find. Told by the bank account's last digits, not
    // drawn from the dice, so the rest of the township stays as it was.
    if (approved.isValid() && approved <= t.ref) {
        const bool ableBodied = std::any_of(members.cbegin(), members.cend(), [&t](const Planned &p) {
            return ReviewSchedule::isAbleBodied(p.labour, p.health, p.kind, ageAt(p.birth, t.ref));
        });
        const int interval = ableBodied ? 6 : 12;
        QDate review = approved;
        while (review.addMonths(interval) <= t.ref)
            review = review.addMonths(interval);
        if (review > approved && h.bankAccount.right(2).toInt() % 20 == 0)
            review = review.addMonths(-interval);
        h.reviewDate = review;
    }
    for (const Planned &p : std::as_const(members))
        plan.covered += p.covered ? 1 : 0;
    // The amount asked for at application, or granted at approval.
    const QDate decided = approved.isValid() ? approved : applied;
    plan.income = incomePerPerson(d, h.category, t.standardAt(decided));
    h.monthlyAmount = amountAt(t, plan.income, decided, plan.covered);
    for (const Planned &p : std::as_const(members)) {
        Person person;
        person.name = p.surname + t.givenName(p);
        person.idNumber = t.idNumber(p.birth, p.male);
        person.relation = p.relation;
        person.covered = p.covered;
        person.disabilityKind = p.kind;
        person.disabilityGrade = p.grade;
        person.health = p.health;
        person.labourAbility = p.labour;
        h.members.append(person);
    }
    return plan;
}

// Writes what happened to a household after its application, through the repository, as a clerk's changes
// would have been recorded over the years.
Result writeHistory(Database &db, const Township &t, const HouseholdPlan &plan)
{
    const Household &h = plan.household;
    HouseholdStatus status = HouseholdStatus::Applying;
    int covered = plan.covered;
    for (const Event &e : plan.events) {
        Result r;
        switch (e.kind) {
        case Event::Kind::Status:
            if (!StatusTransitions::canChangeStatus(status, e.to))
                continue;
            r = StatusTransitions(db).changeStatus(h.id, e.to, e.date, e.reason);
            status = e.to;
            break;
        case Event::Kind::Amount:
            if (status == HouseholdStatus::Active || status == HouseholdStatus::Suspended)
                r = StatusTransitions(db).setMonthlyAmount(
                    h.id, amountAt(t, plan.income, e.date, covered), e.date, text("低保标准调整"));
            break;
        case Event::Kind::Death: {
            const Person &person = h.members.at(e.memberIndex);
            r = MemberChanges(db).recordDeath(person.id, e.date);
            if (r && h.members.size() == 1) {
                status = HouseholdStatus::Exited; // the repository closes a household whose last member died
            } else if (r && person.covered) {
                --covered;
                r = StatusTransitions(db).setMonthlyAmount(
                    h.id, amountAt(t, plan.income, e.date, covered), e.date, text("家庭成员死亡，调整保障金"));
            }
            break;
        }
        }
        if (!r)
            return r;
    }
    return Result::success();
}

// The office, its villages and the standard history: what exists is kept, what is missing is created.
Result setUpTownship(Database &db, Township &t)
{
    OfficeRepository offices(db);
    const ::Outcome<bool> configured = offices.isConfigured();
    if (!configured)
        return configured.result();
    if (!*configured) {
        Office office;
        office.name = text(kOfficeName);
        office.divisionCode = QString::fromLatin1(kDivisionCode);
        office.county = text(kCounty);
        office.phone = QStringLiteral("0591-22861234");
        office.hotline = QStringLiteral("0591-22861200");
        office.disclosureUrl = QStringLiteral("https://demo.example.cn/minhou/shangjie/dibao");
        office.unitHead = text("林建华");
        office.reviewer = text("陈丽萍");
        office.preparer = text("黄晓燕");
        if (Result r = offices.saveOffice(office); !r)
            return r;
    }
    const ::Outcome<Office> read = offices.office();
    if (!read)
        return read.result();
    const Office &office = *read;
    // ID numbers carry the county's region code; an office code that cannot be one falls back to 闽侯县.
    t.region = office.divisionCode.left(6);
    bool digits = false;
    t.region.toInt(&digits);
    const QString probe = t.region + QStringLiteral("19800101001");
    if (t.region.size() != 6 || !digits || !IdNumber::parse(probe + IdNumber::checkCharacter(probe)).isValid())
        t.region = QString::fromLatin1(kRegion);

    ::Outcome<QList<Village>> villages = offices.villages();
    if (!villages)
        return villages.result();
    t.villages = std::move(villages).value();
    if (t.villages.isEmpty()) {
        int sequence = 0;
        for (const VillageSeed &seedVillage : kVillages) {
            Village v;
            v.name = text(seedVillage.name);
            v.code = office.divisionCode.left(9) + QStringLiteral("%1").arg(++sequence, 3, 10, QLatin1Char('0'));
            if (Result r = offices.addVillage(v); !r)
                return r;
            t.villages.append(v);
            t.villageWeights.append(seedVillage.weight);
        }
    } else {
        for (int i = 0; i < t.villages.size(); ++i)
            t.villageWeights.append(kVillages[i % std::size(kVillages)].weight);
    }

    ::Outcome<QList<BenefitStandard>> standards = offices.standards();
    if (!standards)
        return standards.result();
    t.standards = std::move(standards).value();
    if (t.standards.isEmpty()) {
        for (const StandardSeed &s : kStandards) {
            BenefitStandard standard;
            standard.effectiveDate = QDate(s.year, s.month, 1);
            standard.monthlyPerPerson = Money::fromYuan(s.yuan);
            standard.note = text("农村低保标准");
            if (Result r = offices.addStandard(standard); !r)
                return r;
            t.standards.append(standard);
        }
    }
    std::sort(t.standards.begin(), t.standards.end(),
        [](const BenefitStandard &a, const BenefitStandard &b) { return a.effectiveDate < b.effectiveDate; });
    return Result::success();
}

} // namespace

DemoGenerator::DemoGenerator(Database &db)
    : m_db(db)
{ }

Result DemoGenerator::generate(int households, quint32 seed)
{
    if (households < 1)
        return Result::rejected(tr("The number of demo households must be at least 1."), QStringLiteral("households"));
    if (!m_db.isOpen())
        return Result::failed(tr("No database is open."));
    const ::Outcome<RosterStats> stats = StatsRepository(m_db).stats();
    if (!stats)
        return stats.result();
    const int existing = stats->householdsTotal;
    if (existing > 0)
        return Result::rejected(tr("The database already holds %n household(s); demo data is only added to an empty "
                                   "roster. Use a new database file for the demo.",
                                    nullptr, existing),
            QStringLiteral("households"));

    Township t;
    t.dice.rng.seed(seed);
    t.ref = std::min(referenceDate(), m_db.today());

    // One transaction for the whole township: the repositories' own transactions become savepoints inside it,
    // and a failure leaves the database as it was.
    Transaction transaction(m_db);
    Result error;
    if (!transaction.begin(&error))
        return error;
    if (Result r = setUpTownship(m_db, t); !r)
        return r;
    // Households are planned and created in chunks through the bulk insert, then their histories are written
    // one change at a time. The draws do not depend on the chunking, so the data stays the same for a seed.
    RosterRepository roster(m_db);
    const RosterRepository::HolderLookup nobodyElse = [](const QString &) {
        return std::optional<RosterRepository::IdHolder>(); // the roster was empty and the demo's numbers are unique
    };
    constexpr int chunk = 500;
    for (int first = 0; first < households; first += chunk) {
        QList<HouseholdPlan> plans;
        QList<Household> batch;
        for (int n = first; n < std::min(households, first + chunk); ++n) {
            plans.append(planHousehold(t));
            if (const QList<Result> problems = roster.validate(plans.last().household, nobodyElse); !problems.isEmpty())
                return Result::failed(
                    tr("Demo household %1 is not valid: %2").arg(n + 1).arg(problems.first().message()));
            batch.append(plans.last().household);
        }
        if (Result r = RosterBulkWriter(m_db).createHouseholds(batch, text("申请低保")); !r)
            return Result::failed(tr("The demo households could not be written: %1").arg(r.message()));
        for (int i = 0; i < plans.size(); ++i) {
            plans[i].household = batch.at(i);
            if (Result r = writeHistory(m_db, t, plans.at(i)); !r)
                return Result::failed(
                    tr("Demo household %1 could not be written: %2").arg(first + i + 1).arg(r.message()));
        }
    }
    if (Result r = DemoLedgers::generate(m_db, seed); !r)
        return r;
    if (!transaction.commit(&error))
        return error;
    return Result::success();
}
