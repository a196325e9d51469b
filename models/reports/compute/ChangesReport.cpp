#include "reports/compute/ChangesReport.h"

#include "core/Domain.h"
#include "reports/compute/HouseholdStates.h"
#include "reports/compute/MonthMovements.h"
#include "reports/compute/ReportRows.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>

#include <algorithm>

using namespace Domain;
using namespace ReportRows;
using Kind = ReportColumn::Kind;
using MonthMovements::Change;
using Status = StatusHistoryReader::Status;

Outcome<ReportTable> ChangesReport::table(const Period &month, const ReportOptions &) const
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
    if (Result r = MonthMovements::read(m_db, month, &states, &changes); !r)
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
            if (into != MonthMovements::isAddition(c))
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
