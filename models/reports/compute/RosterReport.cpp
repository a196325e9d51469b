#include "reports/compute/RosterReport.h"

#include "core/Domain.h"
#include "office/OfficeRepository.h"
#include "reports/compute/HouseholdStates.h"
#include "reports/compute/MonthMovements.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;
using Status = StatusHistoryReader::Status;

Outcome<ReportTable> RosterReport::table(const Period &month, const ReportOptions &options) const
{
    const qint64 villageId = options.villageId;
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
    if (Result r = MonthMovements::read(m_db, month, &states, nullptr); !r)
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
