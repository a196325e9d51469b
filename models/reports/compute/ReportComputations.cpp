// ReportComputations: the roster's tables (月报表, 变动情况表, 花名册, 公示信息), read from the status history and the
// roster. The campaign ledgers' tables are in ReportLedgerTables.cpp.
#include "reports/compute/ReportComputations.h"

#include "core/Domain.h"
#include "office/OfficeRepository.h"
#include "reports/compute/HouseholdStates.h"
#include "reports/compute/ReportRows.h"
#include "reports/compute/StatusHistoryReader.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

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

// A month's movements in and out of the roster, household by household: a household that becomes active (新增,
// 恢复保障) or stops being active (停保, 退保), with the covered persons it joins with or leaves with; and the covered
// persons an active household gains or loses (a birth, a death, a member moving in or out), so that last month's
// persons + the month's additions − its exits = this month's persons.
struct Change
{
    enum class Kind { Into, OutOf, PersonsIn, PersonsOut };
    Kind kind = Kind::Into;
    qint64 householdId = 0;
    Status from = Status::None;
    Status to = Status::None;
    QDate date;
    QString reason;
    int covered = 0; // persons joining or leaving
    qint64 fen = 0;
};

bool isAddition(const Change &c)
{
    return c.kind == Change::Kind::Into || c.kind == Change::Kind::PersonsIn;
}

// Reads the history up to the month's end once (StatusHistoryReader): states at the end, and the month's changes.
Result readHistory(const Database &database, const Period &month, HouseholdStates *states, QList<Change> *changes)
{
    const int first = StatusHistoryReader::dayNumber(month.firstDay());
    StatusHistoryReader history(database.connection(), month.lastDay());
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
            s.paidFrom = r.paidFrom;
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
    if (history.failed())
        return database.readFailure(history.lastError());
    if (!changes)
        return Result::success();
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
        const bool wasActive = beforeStatus == Status::Active;
        const bool isActive = r.to == Status::Active;
        Change c {Change::Kind::Into, r.household, beforeStatus, r.to, StatusHistoryReader::dateOf(r.day), m.reason,
            r.covered, r.fen};
        if (!wasActive && isActive) {
            changes->append(c);
        } else if (wasActive && !isActive) {
            // It leaves with the persons it had (a household whose last member died has none left in its row).
            c.kind = Change::Kind::OutOf;
            c.covered = beforeCovered;
            c.fen = beforeFen;
            changes->append(c);
        } else if (wasActive && r.covered != beforeCovered) {
            c.kind = r.covered > beforeCovered ? Change::Kind::PersonsIn : Change::Kind::PersonsOut;
            c.covered = std::abs(r.covered - beforeCovered);
            changes->append(c);
        }
        beforeStatus = r.to;
        beforeCovered = r.covered;
        beforeFen = r.fen;
    }
    return Result::success();
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

Outcome<ReportTable> ReportComputations::officialTable(
    const QString &id, const QString &title, const Period &month) const
{
    const Outcome<Office> read = OfficeRepository(m_db).office();
    if (!read)
        return read.result();
    const Office &office = *read;
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

Outcome<ReportTable> ReportComputations::monthly(const Period &month) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("monthly"), QStringLiteral("农村最低生活保障对象月报表"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
    const QSqlDatabase db = m_db.connection();
    const QDate end = month.lastDay();
    const int monthNumber = StatusHistoryReader::monthNumber(month);

    HouseholdStates states(db);
    QList<Change> changes;
    if (Result r = readHistory(m_db, month, &states, &changes); !r)
        return r;

    struct Figures
    {
        qint64 households = 0, covered = 0, elderly = 0, adults = 0, minors = 0, unregistered = 0, severe = 0;
        qint64 addedHouseholds = 0, addedPersons = 0, leftHouseholds = 0, leftPersons = 0, fen = 0;
    };
    {
        SqliteStatement q(db, "SELECT id, village_id FROM household");
        while (q.step()) {
            if (HouseholdState *state = states.find(q.int64(0)))
                state->villageId = q.int64(1);
        }
        if (q.failed())
            return m_db.readFailure(q.lastError());
    }
    // Households and persons in force at the month's end; the benefit payable for the month (a household approved
    // in the month is paid from the next).
    QHash<qint64, Figures> byVillage;
    states.forEach([&byVillage, monthNumber](const HouseholdState &s) {
        if (s.status != Status::Active)
            return;
        Figures &f = byVillage[s.villageId];
        ++f.households;
        f.covered += s.covered;
        if (s.paidFrom <= monthNumber)
            f.fen += s.fen;
    });
    for (const Change &c : std::as_const(changes)) {
        Figures &f = byVillage[states[c.householdId].villageId];
        switch (c.kind) {
        case Change::Kind::Into:
            ++f.addedHouseholds;
            f.addedPersons += c.covered;
            break;
        case Change::Kind::OutOf:
            ++f.leftHouseholds;
            f.leftPersons += c.covered;
            break;
        case Change::Kind::PersonsIn:
            f.addedPersons += c.covered;
            break;
        case Change::Kind::PersonsOut:
            f.leftPersons += c.covered;
            break;
        }
    }
    // Covered members at the month's end, by age at the month's end and severe disability: members who had joined
    // by then and had not left or died, the covered ones (a member who died after the month was covered in it). At
    // most the covered persons of the status history at the month's end count in a household, taken in the order
    // they were recorded. Covered persons without such a record (a roster that lists only the head with the
    // household's declared figures, a birth date the ID number does not give) are 未登记到人, so that the age
    // groups always add up to the covered persons.
    {
        SqliteStatement q(db,
            "SELECT household_id, id_number, covered, disability_kind, disability_grade, deceased_date, left_date, "
            "joined_date FROM person ORDER BY id");
        const QByteArray endText = end.toString(Qt::ISODate).toLatin1();
        const int endDay = StatusHistoryReader::dayNumber(end);
        while (q.step()) {
            HouseholdState *state = states.find(q.int64(0));
            if (!state || state->status != Status::Active)
                continue;
            if (!q.isNull(6) && qstrncmp(q.utf8(6), endText.constData(), 10) <= 0)
                continue; // left by the month's end
            if (!q.isNull(7) && qstrncmp(q.utf8(7), endText.constData(), 10) > 0)
                continue; // joined after the month's end
            const bool died = !q.isNull(5);
            if (died && qstrncmp(q.utf8(5), endText.constData(), 10) <= 0)
                continue;
            if (q.int64(2) == 0 && !died)
                continue; // not covered
            if (state->members >= state->covered)
                continue; // more records than covered persons: the history's figure holds
            const int age = ageFromId(q.utf8(1), q.bytes(1), endDay);
            if (age < 0)
                continue; // no usable birth date: counted as 未登记到人 below
            ++state->members;
            Figures &f = byVillage[state->villageId];
            if (age >= 60)
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
        if (q.failed())
            return m_db.readFailure(q.lastError());
    }
    for (Figures &f : byVillage)
        f.unregistered = f.covered - f.elderly - f.adults - f.minors;

    const OfficeRepository offices(m_db);
    const Outcome<std::optional<BenefitStandard>> readStandard = offices.standardAt(end);
    if (!readStandard)
        return readStandard.result();
    const std::optional<BenefitStandard> &standard = readStandard.value();
    const QVariant standardFen = standard ? QVariant(standard->monthlyPerPerson.fen()) : QVariant();
    const auto average = [](qint64 fen, qint64 persons) {
        return persons > 0 ? QVariant(qint64(std::llround(double(fen) / double(persons)))) : QVariant();
    };
    const Outcome<QList<Village>> villages = offices.villages();
    if (!villages)
        return villages.result();
    Figures total;
    for (const Village &v : *villages) {
        const Figures f = byVillage.value(v.id);
        total.households += f.households;
        total.covered += f.covered;
        total.elderly += f.elderly;
        total.adults += f.adults;
        total.minors += f.minors;
        total.unregistered += f.unregistered;
        total.severe += f.severe;
        total.addedHouseholds += f.addedHouseholds;
        total.addedPersons += f.addedPersons;
        total.leftHouseholds += f.leftHouseholds;
        total.leftPersons += f.leftPersons;
        total.fen += f.fen;
    }
    // 未登记到人 is a column only when some covered persons are not registered by age.
    const bool unregisteredColumn = total.unregistered > 0;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("village"), QStringLiteral("村（居）委会"), Kind::Text, 14},
        {QStringLiteral("households"), QStringLiteral("低保户数（户）"), Kind::Integer, 9},
        {QStringLiteral("covered_persons"), QStringLiteral("合计"), Kind::Integer, 8},
        {QStringLiteral("elderly"), QStringLiteral("老年人（60岁及以上）"), Kind::Integer, 10},
        {QStringLiteral("adults"), QStringLiteral("成年人"), Kind::Integer, 8},
        {QStringLiteral("minors"), QStringLiteral("未成年人（18岁以下）"), Kind::Integer, 10}};
    if (unregisteredColumn)
        t.columns << ReportColumn {QStringLiteral("unregistered"), QStringLiteral("未登记到人"), Kind::Integer, 8};
    t.columns << ReportColumn {QStringLiteral("severely_disabled"), QStringLiteral("重度残疾人"), Kind::Integer, 9}
              << ReportColumn {QStringLiteral("added_households"), QStringLiteral("户数"), Kind::Integer, 7}
              << ReportColumn {QStringLiteral("added_persons"), QStringLiteral("人数"), Kind::Integer, 7}
              << ReportColumn {QStringLiteral("left_households"), QStringLiteral("户数"), Kind::Integer, 7}
              << ReportColumn {QStringLiteral("left_persons"), QStringLiteral("人数"), Kind::Integer, 7}
              << ReportColumn {QStringLiteral("benefit_total"), QStringLiteral("本月保障金总额（元）"), Kind::Money, 14}
              << ReportColumn {QStringLiteral("benefit_average"), QStringLiteral("月人均补差（元）"), Kind::Money, 10}
              << ReportColumn {QStringLiteral("standard"), QStringLiteral("保障标准（元/人·月）"), Kind::Money, 10};
    const int u = unregisteredColumn ? 1 : 0; // columns after the age groups move right by one
    t.header = {{QStringLiteral("序号"), 0, 0, 3, 1}, {QStringLiteral("村（居）委会"), 0, 1, 3, 1},
        {QStringLiteral("低保户数（户）"), 0, 2, 3, 1}, {QStringLiteral("保障人数（人）"), 0, 3, 1, 5 + u},
        {QStringLiteral("合计"), 1, 3, 2, 1}, {QStringLiteral("其中"), 1, 4, 1, 4 + u},
        {QStringLiteral("老年人（60岁及以上）"), 2, 4, 1, 1}, {QStringLiteral("成年人"), 2, 5, 1, 1},
        {QStringLiteral("未成年人（18岁以下）"), 2, 6, 1, 1}};
    if (unregisteredColumn)
        t.header << ReportHeaderCell {QStringLiteral("未登记到人"), 2, 7, 1, 1};
    t.header << ReportHeaderCell {QStringLiteral("重度残疾人"), 2, 7 + u, 1, 1}
             << ReportHeaderCell {QStringLiteral("本月新增"), 0, 8 + u, 1, 2}
             << ReportHeaderCell {QStringLiteral("户数"), 1, 8 + u, 2, 1}
             << ReportHeaderCell {QStringLiteral("人数"), 1, 9 + u, 2, 1}
             << ReportHeaderCell {QStringLiteral("本月减少"), 0, 10 + u, 1, 2}
             << ReportHeaderCell {QStringLiteral("户数"), 1, 10 + u, 2, 1}
             << ReportHeaderCell {QStringLiteral("人数"), 1, 11 + u, 2, 1}
             << ReportHeaderCell {QStringLiteral("本月保障金总额（元）"), 0, 12 + u, 3, 1}
             << ReportHeaderCell {QStringLiteral("月人均补差（元）"), 0, 13 + u, 3, 1}
             << ReportHeaderCell {QStringLiteral("保障标准（元/人·月）"), 0, 14 + u, 3, 1};
    const auto cells = [&](const QVariant &serial, const QString &name, const Figures &f) {
        QVariantList row {serial, name, f.households, f.covered, f.elderly, f.adults, f.minors};
        if (unregisteredColumn)
            row << f.unregistered;
        row << f.severe << f.addedHouseholds << f.addedPersons << f.leftHouseholds << f.leftPersons << f.fen
            << average(f.fen, f.covered) << standardFen;
        return row;
    };
    int serial = 0;
    for (const Village &v : *villages)
        t.rows << dataRow(cells(++serial, v.name, byVillage.value(v.id)));
    t.rows << totalRow(cells(QVariant(), QStringLiteral("合计"), total));
    t.notes << QStringLiteral("1. 户数、人数为%1月末在保数；本月保障金总额为本月应发放的保障金（当月审批的家庭自次月起"
                              "发放），月人均补差为保障金总额除以保障人数；年龄按月末计算。")
                   .arg(month.month());
    t.notes << QStringLiteral(
        "2. 本月新增含新纳入和恢复保障的家庭，以及在保家庭增加的保障人口（出生、迁入等）；本月减少含"
        "停保、退保的家庭（人数为变动前的保障人数），以及在保家庭减少的保障人口（死亡、迁出等）；"
        "上月末人数＋本月新增人数－本月减少人数＝本月末人数，户数同。");
    if (unregisteredColumn)
        t.notes << QStringLiteral(
            "3. 未登记到人：%1名保障对象未登记家庭成员信息或身份证号码无法识别出生日期，计入保障人数"
            "合计，未计入年龄分组和重度残疾人。")
                       .arg(total.unregistered);
    return form;
}

Outcome<ReportTable> ReportComputations::changes(const Period &month) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("changes"), QStringLiteral("农村最低生活保障对象增减变动明细表"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
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
    if (Result r = readHistory(m_db, month, &states, &changes); !r)
        return r;
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
        if (q.failed())
            return m_db.readFailure(q.lastError());
    }
    const auto kindOf = [](const Change &c) {
        switch (c.kind) {
        case Change::Kind::Into:
            return c.from == Status::Suspended ? QStringLiteral("恢复保障") : QStringLiteral("新增");
        case Change::Kind::OutOf:
            return c.to == Status::Suspended ? QStringLiteral("停保") : QStringLiteral("退保");
        case Change::Kind::PersonsIn:
            return QStringLiteral("增加人口");
        case Change::Kind::PersonsOut:
            return QStringLiteral("减少人口");
        }
        return QString();
    };
    int serial = 0;
    for (const bool into : {true, false}) {
        t.rows << groupRow(
            int(t.columns.size()), 1, into ? QStringLiteral("一、本月增加") : QStringLiteral("二、本月减少"));
        qint64 households = 0, persons = 0, fen = 0;
        for (const Change &c : std::as_const(changes)) {
            if (into != isAddition(c))
                continue;
            const Who w = who.value(c.householdId);
            persons += c.covered;
            if (c.kind == Change::Kind::Into || c.kind == Change::Kind::OutOf) {
                ++households;
                fen += c.fen; // a change of persons keeps its household's amount out of the sum
            }
            // The household size is today's; a household whose members all died has none left, yet it left
            // with its covered persons.
            t.rows << dataRow({++serial, kindOf(c), w.village, w.name, w.id, qMax(w.members, c.covered), c.covered,
                c.fen, zhDate(c.date), c.reason});
        }
        t.rows << totalRow({QVariant(), QStringLiteral("小计"), QStringLiteral("%1户").arg(households), QVariant(),
            QVariant(), QVariant(), persons, fen, QVariant(), QVariant()});
    }
    return form;
}

Outcome<ReportTable> ReportComputations::roster(const Period &month, qint64 villageId) const
{
    Outcome<ReportTable> form
        = officialTable(QStringLiteral("roster"), QStringLiteral("农村最低生活保障对象花名册"), month);
    if (!form)
        return form.result();
    ReportTable &t = *form;
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
    if (Result r = readHistory(m_db, month, &states, nullptr); !r)
        return r;
    SqliteStatement q(db,
        "SELECT h.id, h.village_id, v.name, p.name, p.id_number, h.member_count, h.category, "
        "h.start_period, h.address FROM household h JOIN village v ON v.id = h.village_id "
        "LEFT JOIN person p ON p.id = h.head_person_id ORDER BY v.code, h.id");
    qint64 currentVillage = -1;
    qint64 vh = 0, vp = 0, vc = 0, vf = 0, th = 0, tp = 0, tc = 0, tf = 0;
    const int monthNumber = StatusHistoryReader::monthNumber(month);
    qint64 notYetPaid = 0, notYetPaidFen = 0;
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
        if (state->paidFrom > monthNumber) {
            ++notYetPaid;
            notYetPaidFen += state->fen;
        }
        t.rows << dataRow({++serial, q.text(3), q.text(4), members, state->covered, zhLabel(category), state->fen,
            q.text(7), q.text(8)});
    }
    if (q.failed())
        return m_db.readFailure(q.lastError());
    subtotal();
    t.rows << totalRow({QVariant(), QStringLiteral("合计"), QStringLiteral("%1户").arg(th), tp, tc, QVariant(), tf,
        QVariant(), QVariant()});
    if (notYetPaid > 0)
        t.notes << QStringLiteral(
            "1. 月保障金合计含本月审批或恢复保障、次月起发放的%1户%2元；本月应发放的保障金见月报表。")
                       .arg(notYetPaid)
                       .arg(ReportTable::formatValue(notYetPaidFen, Kind::Money));
    if (villageId > 0) {
        if (villageName.isEmpty()) { // no household on dibao there: the title still names the village
            const Outcome<Village> village = OfficeRepository(m_db).village(villageId);
            if (!village)
                return village.result();
            villageName = village->name;
        }
        t.title += QStringLiteral("（%1）").arg(villageName);
    }
    return form;
}

Outcome<ReportTable> ReportComputations::disclosure() const
{
    const Outcome<Office> office = OfficeRepository(m_db).office();
    if (!office)
        return office.result();
    Outcome<ReportTable> form = officialTable(QStringLiteral("disclosure"), QString(), Period());
    if (!form)
        return form.result();
    ReportTable &t = *form;
    t.title = QStringLiteral("农村低保信息公开网址和电话统计表");
    t.landscape = false;
    t.columns = {{QStringLiteral("serial"), QStringLiteral("序号"), Kind::Integer, 5},
        {QStringLiteral("unit"), QStringLiteral("单位"), Kind::Text, 16, true},
        {QStringLiteral("url"), QStringLiteral("信息公开网址"), Kind::Text, 28, true},
        {QStringLiteral("hotline"), QStringLiteral("监督举报电话"), Kind::Text, 14},
        {QStringLiteral("contact"), QStringLiteral("联系人"), Kind::Text, 9},
        {QStringLiteral("phone"), QStringLiteral("联系电话"), Kind::Text, 14}};
    t.rows << dataRow({1, office->name, office->disclosureUrl, office->hotline, office->preparer, office->phone});
    return form;
}
