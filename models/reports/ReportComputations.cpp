// ReportComputations: the roster's tables (月报表, 变动情况表, 花名册, 公示信息), read from the status history and the
// roster. The campaign ledgers' tables are in ReportLedgerTables.cpp.
#include "ReportComputations.h"

#include "Database.h"
#include "Domain.h"
#include "OfficeRepository.h"
#include "ReportRows.h"
#include "SqliteStatement.h"
#include "StatusHistoryReader.h"

#include <QHash>

#include <algorithm>
#include <cstring>
#include <tuple>
#include <vector>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;

namespace {

using Status = StatusHistoryReader::Status;

// A household's state at a day, from the status history: the last change effective on or before it (the
// latest effective date; of one day, the last recorded).
struct HouseholdState
{
    Status status = Status::None;
    int covered = 0;
    qint64 fen = 0;
    qint64 villageId = 0; // monthly() only
    int members = 0; // monthly(): member records counted so far into the age groups
    // readHistory(): the history row the state comes from, and the state before the month.
    int day = 0;
    qint64 row = 0;
    Status startStatus = Status::None;
    int startCovered = 0;
    qint64 startFen = 0;
    int startDay = 0;
    qint64 startRow = 0;
};

// The households' states by id. Household ids are SQLite row ids, dense from the first: a vector indexed by
// id, so the history, household and person tables (read in id order) find theirs without hashing; a hash
// for ids outside the range, or if the ids are sparse.
class HouseholdStates
{
public:
    explicit HouseholdStates(const QSqlDatabase &db)
    {
        SqliteStatement q(db, "SELECT min(id), max(id), count(*) FROM household");
        if (q.step() && !q.isNull(0)) {
            m_first = q.int64(0);
            const qint64 span = q.int64(1) - m_first + 1;
            if (span <= 4 * q.int64(2) + 1024)
                m_dense.resize(size_t(span));
        }
    }

    HouseholdState &operator[](qint64 id)
    {
        const qint64 i = id - m_first;
        return i >= 0 && i < qint64(m_dense.size()) ? m_dense[size_t(i)] : m_sparse[id];
    }

    // The state of a household with history up to the day, or null.
    HouseholdState *find(qint64 id)
    {
        const qint64 i = id - m_first;
        HouseholdState *s = nullptr;
        if (i >= 0 && i < qint64(m_dense.size())) {
            s = &m_dense[size_t(i)];
        } else if (const auto it = m_sparse.find(id); it != m_sparse.end()) {
            s = &*it;
        }
        return s && s->status != Status::None ? s : nullptr;
    }

    template<typename Visit> void forEach(const Visit &visit) const
    {
        for (const HouseholdState &s : m_dense) {
            if (s.status != Status::None)
                visit(s);
        }
        for (const HouseholdState &s : m_sparse) {
            if (s.status != Status::None)
                visit(s);
        }
    }

private:
    qint64 m_first = 0;
    std::vector<HouseholdState> m_dense;
    QHash<qint64, HouseholdState> m_sparse;
};

// Status changes of a month, with the household's figures at the change: for an addition those it joins
// with, for an exit those it left with (the state just before; a household whose last member died has
// no covered person left in the row that records its exit).
struct Change
{
    qint64 householdId = 0;
    Status from = Status::None;
    Status to = Status::None;
    QDate date;
    QString reason;
    int covered = 0;
    qint64 fen = 0;
};

bool isInto(const Change &c)
{
    return c.to == Status::Active && c.from != Status::Active;
}

bool isOutOf(const Change &c)
{
    return c.from == Status::Active && c.to != Status::Active;
}

// Reads the history up to the month's end once (StatusHistoryReader): states at the end, and the month's changes.
void readHistory(const QSqlDatabase &db, const Period &month, HouseholdStates *states, QList<Change> *changes)
{
    const int first = StatusHistoryReader::dayNumber(month.firstDay());
    StatusHistoryReader history(db, month.lastDay());
    struct MonthRow
    {
        StatusHistoryReader::Row row;
        QString reason;
    };
    QList<MonthRow> monthRows;
    while (history.next()) {
        const StatusHistoryReader::Row &r = history.row();
        HouseholdState &s = (*states)[r.household];
        if (StatusHistoryReader::isLater(r.day, r.id, s.day, s.row)) {
            s.status = r.to;
            s.covered = r.covered;
            s.fen = r.fen;
            s.day = r.day;
            s.row = r.id;
        }
        if (!changes)
            continue;
        if (r.day >= first) {
            monthRows.append({r, history.reason()});
        } else if (StatusHistoryReader::isLater(r.day, r.id, s.startDay, s.startRow)) {
            s.startStatus = r.to;
            s.startCovered = r.covered;
            s.startFen = r.fen;
            s.startDay = r.day;
            s.startRow = r.id;
        }
    }
    if (!changes)
        return;
    // The month's rows household by household in effective order, each after the state before it.
    std::sort(monthRows.begin(), monthRows.end(), [](const MonthRow &a, const MonthRow &b) {
        return std::tie(a.row.household, a.row.day, a.row.id) < std::tie(b.row.household, b.row.day, b.row.id);
    });
    qint64 current = -1;
    Status beforeStatus = Status::None;
    int beforeCovered = 0;
    qint64 beforeFen = 0;
    for (const MonthRow &m : std::as_const(monthRows)) {
        const StatusHistoryReader::Row &r = m.row;
        if (r.household != current) {
            current = r.household;
            const HouseholdState &s = (*states)[current];
            beforeStatus = s.startStatus;
            beforeCovered = s.startCovered;
            beforeFen = s.startFen;
        }
        Change c {r.household, r.from, r.to, StatusHistoryReader::dateOf(r.day), m.reason, r.covered, r.fen};
        if (isOutOf(c) && beforeStatus != Status::None) {
            c.covered = beforeCovered;
            c.fen = beforeFen;
        }
        if (c.from != c.to)
            changes->append(c);
        beforeStatus = r.to;
        beforeCovered = r.covered;
        beforeFen = r.fen;
    }
}

// Age in whole years at a day from a stored (normalised) ID number's birth date, without the full check (the
// data checks report bad numbers): -1 when the number gives no birth date on or before the day.
int ageFromId(const char *id, int bytes, int day)
{
    if (bytes != 18)
        return -1;
    const auto digits = [id](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i) {
            if (id[i] < '0' || id[i] > '9')
                return -1;
            v = v * 10 + (id[i] - '0');
        }
        return v;
    };
    const int year = digits(6, 4), month = digits(10, 2), dayOfMonth = digits(12, 2);
    if (year < 1 || !QDate::isValid(year, month, dayOfMonth))
        return -1;
    const int birth = year * 10000 + month * 100 + dayOfMonth;
    return birth > day ? -1 : (day - birth) / 10000;
}

} // namespace

ReportComputations::ReportComputations(Database &db)
    : m_db(db)
{ }

ReportTable ReportComputations::officialTable(const QString &id, const QString &title, const Period &month) const
{
    const Office office = OfficeRepository(m_db).office();
    ReportTable t;
    t.id = id;
    t.title = office.name + title;
    t.period = month;
    t.periodText = zhMonth(month);
    t.unit = office.name;
    t.date = m_db.today();
    t.unitHead = office.unitHead;
    t.reviewer = office.reviewer;
    t.preparer = office.preparer;
    t.phone = office.phone;
    return t;
}

ReportTable ReportComputations::monthly(const Period &month) const
{
    ReportTable t = officialTable(QStringLiteral("monthly"), QStringLiteral("农村最低生活保障对象月报表"), month);
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("village"), QStringLiteral("村（居）委会"), Kind::Text, 14},
        {QStringLiteral("households"), QStringLiteral("低保户数（户）"), Kind::Integer, 9},
        {QStringLiteral("covered_persons"), QStringLiteral("合计"), Kind::Integer, 8},
        {QStringLiteral("elderly"), QStringLiteral("老年人（60岁及以上）"), Kind::Integer, 10},
        {QStringLiteral("adults"), QStringLiteral("成年人"), Kind::Integer, 8},
        {QStringLiteral("minors"), QStringLiteral("未成年人（18岁以下）"), Kind::Integer, 10},
        {QStringLiteral("severely_disabled"), QStringLiteral("重度残疾人"), Kind::Integer, 9},
        {QStringLiteral("added_households"), QStringLiteral("户数"), Kind::Integer, 7},
        {QStringLiteral("added_persons"), QStringLiteral("人数"), Kind::Integer, 7},
        {QStringLiteral("left_households"), QStringLiteral("户数"), Kind::Integer, 7},
        {QStringLiteral("left_persons"), QStringLiteral("人数"), Kind::Integer, 7},
        {QStringLiteral("benefit_total"), QStringLiteral("本月保障金总额（元）"), Kind::Money, 14},
        {QStringLiteral("benefit_average"), QStringLiteral("月人均补差（元）"), Kind::Money, 10},
        {QStringLiteral("standard"), QStringLiteral("保障标准（元/人·月）"), Kind::Money, 10}};
    t.header = {{QStringLiteral("序号"), 0, 0, 3, 1}, {QStringLiteral("村（居）委会"), 0, 1, 3, 1},
        {QStringLiteral("低保户数（户）"), 0, 2, 3, 1}, {QStringLiteral("保障人数（人）"), 0, 3, 1, 5},
        {QStringLiteral("合计"), 1, 3, 2, 1}, {QStringLiteral("其中"), 1, 4, 1, 4},
        {QStringLiteral("老年人（60岁及以上）"), 2, 4, 1, 1}, {QStringLiteral("成年人"), 2, 5, 1, 1},
        {QStringLiteral("未成年人（18岁以下）"), 2, 6, 1, 1}, {QStringLiteral("重度残疾人"), 2, 7, 1, 1},
        {QStringLiteral("本月新增"), 0, 8, 1, 2}, {QStringLiteral("户数"), 1, 8, 2, 1},
        {QStringLiteral("人数"), 1, 9, 2, 1}, {QStringLiteral("本月减少"), 0, 10, 1, 2},
        {QStringLiteral("户数"), 1, 10, 2, 1}, {QStringLiteral("人数"), 1, 11, 2, 1},
        {QStringLiteral("本月保障金总额（元）"), 0, 12, 3, 1}, {QStringLiteral("月人均补差（元）"), 0, 13, 3, 1},
        {QStringLiteral("保障标准（元/人·月）"), 0, 14, 3, 1}};
    const QSqlDatabase db = m_db.connection();
    const QDate end = month.lastDay();

    HouseholdStates states(db);
    QList<Change> changes;
    readHistory(db, month, &states, &changes);

    struct Figures
    {
        qint64 households = 0, covered = 0, elderly = 0, adults = 0, minors = 0, severe = 0;
        qint64 addedHouseholds = 0, addedPersons = 0, leftHouseholds = 0, leftPersons = 0, fen = 0;
    };
    {
        SqliteStatement q(db, "SELECT id, village_id FROM household");
        while (q.step()) {
            if (HouseholdState *state = states.find(q.int64(0)))
                state->villageId = q.int64(1);
        }
    }
    QHash<qint64, Figures> byVillage;
    states.forEach([&byVillage](const HouseholdState &s) {
        if (s.status != Status::Active)
            return;
        Figures &f = byVillage[s.villageId];
        ++f.households;
        f.covered += s.covered;
        f.fen += s.fen;
    });
    for (const Change &c : std::as_const(changes)) {
        Figures &f = byVillage[states[c.householdId].villageId];
        if (isInto(c)) {
            ++f.addedHouseholds;
            f.addedPersons += c.covered;
        } else if (isOutOf(c)) {
            ++f.leftHouseholds;
            f.leftPersons += c.covered;
        }
    }
    // Covered members at the month's end, by age at the month's end and severe disability. A member who died
    // or left after the month was still covered in it. Member records carry no date of joining, so a member
    // added after the month's end would count in it too: the covered persons of the status history at the
    // month's end bound each household's members, taken in the order they were recorded (the newest, added
    // later, are left out). Covered persons without a member record (a roster that lists only the head with
    // the household's declared figures) are in 合计 but in no age group; a note says how many.
    int unknownAge = 0;
    qint64 counted = 0;
    {
        SqliteStatement q(db,
            "SELECT household_id, id_number, covered, disability_kind, disability_grade, deceased_date, left_date "
            "FROM person ORDER BY id");
        const QByteArray endText = end.toString(Qt::ISODate).toLatin1();
        const int endDay = StatusHistoryReader::dayNumber(end);
        while (q.step()) {
            HouseholdState *state = states.find(q.int64(0));
            if (!state || state->status != Status::Active)
                continue;
            if (!q.isNull(6) && qstrncmp(q.utf8(6), endText.constData(), 10) <= 0)
                continue; // left by the month's end
            const bool died = !q.isNull(5);
            if (died && qstrncmp(q.utf8(5), endText.constData(), 10) <= 0)
                continue;
            if (q.int64(2) == 0 && !died)
                continue; // not covered
            if (state->members >= state->covered)
                continue; // joined after the month's end
            ++state->members;
            ++counted;
            Figures &f = byVillage[state->villageId];
            const int age = ageFromId(q.utf8(1), q.bytes(1), endDay);
            if (age < 0)
                ++unknownAge;
            else if (age >= 60)
                ++f.elderly;
            else if (age < 18)
                ++f.minors;
            else
                ++f.adults;
            if (q.bytes(3) == 4 && memcmp(q.utf8(3), "none", 4) == 0)
                continue; // most members: no disability to read
            DisabilityKind kind = DisabilityKind::None;
            DisabilityGrade grade = DisabilityGrade::None;
            fromText(q.text(3), &kind);
            fromText(q.text(4), &grade);
            if (isSevereDisability(kind, grade))
                ++f.severe;
        }
    }
    const std::optional<BenefitStandard> standard = OfficeRepository(m_db).standardAt(end);
    const QVariant standardFen = standard ? QVariant(standard->monthlyPerPerson.fen()) : QVariant();
    const auto average = [](qint64 fen, qint64 persons) {
        return persons > 0 ? QVariant(qint64(std::llround(double(fen) / double(persons)))) : QVariant();
    };
    Figures total;
    int serial = 0;
    for (const Village &v : OfficeRepository(m_db).villages()) {
        const Figures f = byVillage.value(v.id);
        total.households += f.households;
        total.covered += f.covered;
        total.elderly += f.elderly;
        total.adults += f.adults;
        total.minors += f.minors;
        total.severe += f.severe;
        total.addedHouseholds += f.addedHouseholds;
        total.addedPersons += f.addedPersons;
        total.leftHouseholds += f.leftHouseholds;
        total.leftPersons += f.leftPersons;
        total.fen += f.fen;
        t.rows << dataRow(
            {++serial, v.name, f.households, f.covered, f.elderly, f.adults, f.minors, f.severe, f.addedHouseholds,
                f.addedPersons, f.leftHouseholds, f.leftPersons, f.fen, average(f.fen, f.covered), standardFen});
    }
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), total.households, total.covered, total.elderly,
        total.adults, total.minors, total.severe, total.addedHouseholds, total.addedPersons, total.leftHouseholds,
        total.leftPersons, total.fen, average(total.fen, total.covered), standardFen});
    t.notes << QStringLiteral("1. 户数、人数为%1月末在保数，保障金总额为月末在保家庭月保障金之和，月人均补差"
                              "为保障金总额除以保障人数；年龄按月末计算。2. 本月新增含恢复保障，本月减少含停保、退保"
                              "（人数为变动时的保障人数），月内先停保后恢复的家庭增减各计一次。")
                   .arg(month.month());
    int note = 3;
    if (unknownAge > 0)
        t.notes << QStringLiteral("%1. 有%2名保障对象身份证号码无法识别出生日期，未计入年龄分组。")
                       .arg(note++)
                       .arg(unknownAge);
    if (const qint64 unrecorded = total.covered - counted; unrecorded > 0)
        t.notes << QStringLiteral(
            "%1. 有%2名保障对象未登记家庭成员信息，计入保障人数合计，未计入年龄分组和重度残疾人。")
                       .arg(note++)
                       .arg(unrecorded);
    return t;
}

ReportTable ReportComputations::changes(const Period &month) const
{
    ReportTable t
        = officialTable(QStringLiteral("changes"), QStringLiteral("农村最低生活保障对象增减变动明细表"), month);
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("change"), QStringLiteral("变动类型"), Kind::Text, 8},
        {QStringLiteral("village"), QStringLiteral("村（居）委会"), Kind::Text, 12},
        {QStringLiteral("head_name"), QStringLiteral("户主姓名"), Kind::Text, 9},
        {QStringLiteral("head_id_number"), QStringLiteral("身份证号码"), Kind::Text, 20},
        {QStringLiteral("members"), QStringLiteral("家庭人口"), Kind::Integer, 7},
        {QStringLiteral("covered_persons"), QStringLiteral("保障人数"), Kind::Integer, 7},
        {QStringLiteral("amount"), QStringLiteral("月保障金（元）"), Kind::Money, 11},
        {QStringLiteral("date"), QStringLiteral("变动日期"), Kind::Text, 11},
        {QStringLiteral("reason"), QStringLiteral("变动原因"), Kind::Text, 22, true}};
    const QSqlDatabase db = m_db.connection();
    HouseholdStates states(db);
    QList<Change> changes;
    readHistory(db, month, &states, &changes);
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) { return a.date < b.date; });

    struct Who
    {
        QString village, name, id;
        int members = 0;
    };
    QHash<qint64, Who> who;
    {
        SqliteStatement q(db,
            "SELECT h.id, v.name, p.name, p.id_number, h.member_count FROM household h "
            "JOIN village v ON v.id = h.village_id LEFT JOIN person p ON p.id = h.head_person_id");
        while (q.step())
            who.insert(q.int64(0), {q.text(1), q.text(2), q.text(3), int(q.int64(4))});
    }
    const auto kindOf = [](const Change &c) {
        if (c.to == Status::Active)
            return c.from == Status::Suspended ? QStringLiteral("恢复保障") : QStringLiteral("新增");
        return c.to == Status::Suspended ? QStringLiteral("停保") : QStringLiteral("退保");
    };
    int serial = 0;
    for (const bool into : {true, false}) {
        t.rows << groupRow(
            int(t.columns.size()), 1, into ? QStringLiteral("一、本月增加") : QStringLiteral("二、本月减少"));
        qint64 households = 0, persons = 0, fen = 0;
        for (const Change &c : std::as_const(changes)) {
            if (into ? !isInto(c) : !isOutOf(c))
                continue;
            const Who w = who.value(c.householdId);
            ++households;
            persons += c.covered;
            fen += c.fen;
            // The household size is today's; a household whose members all died has none left, yet it left
            // with its covered persons.
            t.rows << dataRow({++serial, kindOf(c), w.village, w.name, w.id, qMax(w.members, c.covered), c.covered,
                c.fen, zhDate(c.date), c.reason});
        }
        t.rows << totalRow({QVariant(), QStringLiteral("小计"), QStringLiteral("%1户").arg(households), QVariant(),
            QVariant(), QVariant(), persons, fen, QVariant(), QVariant()});
    }
    return t;
}

ReportTable ReportComputations::roster(const Period &month, qint64 villageId) const
{
    ReportTable t = officialTable(QStringLiteral("roster"), QStringLiteral("农村最低生活保障对象花名册"), month);
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("head_name"), QStringLiteral("户主姓名"), Kind::Text, 9},
        {QStringLiteral("head_id_number"), QStringLiteral("身份证号码"), Kind::Text, 20},
        {QStringLiteral("members"), QStringLiteral("家庭人口"), Kind::Integer, 7},
        {QStringLiteral("covered_persons"), QStringLiteral("保障人数"), Kind::Integer, 7},
        {QStringLiteral("category"), QStringLiteral("保障类别"), Kind::Text, 7},
        {QStringLiteral("amount"), QStringLiteral("月保障金（元）"), Kind::Money, 11},
        {QStringLiteral("start"), QStringLiteral("享受起始年月"), Kind::Text, 10},
        {QStringLiteral("address"), QStringLiteral("家庭住址"), Kind::Text, 24, true}};
    const QSqlDatabase db = m_db.connection();
    HouseholdStates states(db);
    readHistory(db, month, &states, nullptr);
    SqliteStatement q(db,
        "SELECT h.id, h.village_id, v.name, p.name, p.id_number, h.member_count, h.category, "
        "h.start_period, h.address FROM household h JOIN village v ON v.id = h.village_id "
        "LEFT JOIN person p ON p.id = h.head_person_id ORDER BY v.code, h.id");
    qint64 currentVillage = -1;
    qint64 vh = 0, vp = 0, vc = 0, vf = 0, th = 0, tp = 0, tc = 0, tf = 0;
    QString villageName;
    int serial = 0;
    const auto subtotal = [&] {
        if (currentVillage < 0)
            return;
        t.rows << totalRow({QVariant(), QStringLiteral("小计"), QStringLiteral("%1户").arg(vh), vp, vc, QVariant(), vf,
            QVariant(), QVariant()});
    };
    while (q.step()) {
        if (villageId > 0 && q.int64(1) != villageId)
            continue;
        const HouseholdState *state = states.find(q.int64(0));
        if (!state || state->status != Status::Active)
            continue;
        if (q.int64(1) != currentVillage) {
            subtotal();
            currentVillage = q.int64(1);
            villageName = q.text(2);
            vh = vp = vc = vf = 0;
            t.rows << groupRow(int(t.columns.size()), 1, villageName);
        }
        Category category = Category::Ordinary;
        fromText(q.text(6), &category);
        // The household size is today's (member records carry no date of joining): never below the covered
        // persons at the month's end.
        const int members = qMax(int(q.int64(5)), state->covered);
        ++vh;
        ++th;
        vp += members;
        tp += members;
        vc += state->covered;
        tc += state->covered;
        vf += state->fen;
        tf += state->fen;
        t.rows << dataRow({++serial, q.text(3), q.text(4), members, state->covered, zhLabel(category), state->fen,
            q.text(7), q.text(8)});
    }
    subtotal();
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), QStringLiteral("%1户").arg(th), tp, tc, QVariant(), tf,
        QVariant(), QVariant()});
    if (villageId > 0) {
        if (villageName.isEmpty()) // no household on dibao there: the title still names the village
            villageName = OfficeRepository(m_db).village(villageId).value_or(Village()).name;
        if (!villageName.isEmpty())
            t.title += QStringLiteral("（%1）").arg(villageName);
    }
    return t;
}

ReportTable ReportComputations::disclosure() const
{
    const Office office = OfficeRepository(m_db).office();
    ReportTable t = officialTable(QStringLiteral("disclosure"), QString(), Period());
    t.title = QStringLiteral("农村低保信息公开网址和电话统计表");
    t.landscape = false;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("unit"), QStringLiteral("单位"), Kind::Text, 16, true},
        {QStringLiteral("url"), QStringLiteral("信息公开网址"), Kind::Text, 28, true},
        {QStringLiteral("hotline"), QStringLiteral("监督举报电话"), Kind::Text, 14},
        {QStringLiteral("contact"), QStringLiteral("联系人"), Kind::Text, 9},
        {QStringLiteral("phone"), QStringLiteral("联系电话"), Kind::Text, 14}};
    t.rows << dataRow({1, office.name, office.disclosureUrl, office.hotline, office.preparer, office.phone});
    return t;
}
