#include "reports/compute/MonthlyReport.h"

#include "core/Domain.h"
#include "office/OfficeRepository.h"
#include "reports/compute/HouseholdStates.h"
#include "reports/compute/MonthMovements.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>

#include <cmath>
#include <cstring>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;
using MonthMovements::Change;
using Status = StatusHistoryReader::Status;

namespace {

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

Outcome<ReportTable> MonthlyReport::table(const Period &month, const ReportOptions &) const
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
    if (Result r = MonthMovements::read(m_db, month, &states, &changes); !r)
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
