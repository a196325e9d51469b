#include "reports/compute/ChartData.h"

#include "ledgers/complaints/ComplaintRepository.h"
#include "office/OfficeRepository.h"
#include "reports/compute/StatusHistoryReader.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <tuple>
#include <vector>

namespace {

struct Figures
{
    qint64 households = 0;
    qint64 covered = 0;
    qint64 fen = 0;
};

} // namespace

Outcome<ChartData> ChartData::read(Database &db, int months)
{
    ChartData data;
    const QSqlDatabase connection = db.connection();
    if (!db.isOpen())
        return data;

    // One pass over the active households gives both the villages' and the categories' counts.
    QHash<qint64, int> byVillage;
    QHash<QString, int> byCategory;
    {
        SqliteStatement q(connection,
            "SELECT village_id, category, count(*) FROM household WHERE status = 'active' "
            "GROUP BY village_id, category");
        while (q.step()) {
            byVillage[q.int64(0)] += int(q.int64(2));
            byCategory[q.text(1)] += int(q.int64(2));
        }
        if (q.failed())
            return db.readFailure(q.lastError());
    }
    const Outcome<QList<::Village>> villages = OfficeRepository(db).villages();
    if (!villages)
        return villages.result();
    for (const ::Village &v : *villages)
        data.villages.append({v.id, v.name, byVillage.value(v.id)});

    Outcome<QList<Month>> trendRead = trend(db, Period::fromDate(db.today()), months);
    if (!trendRead)
        return trendRead.result();
    data.months = std::move(trendRead).value();

    for (Domain::Category category : Domain::allValues<Domain::Category>())
        data.categories.append({category, byCategory.value(Domain::key(category))});

    const Outcome<LedgerCounts> complaints = ComplaintRepository(db).counts();
    const Outcome<LedgerCounts> rectifications = RectificationRepository(db).counts();
    if (!complaints || !rectifications)
        return !complaints ? complaints.result() : rectifications.result();
    data.complaintsOpen = complaints->open;
    data.complaintsClosed = complaints->total - complaints->open;
    data.rectificationsOpen = rectifications->open;
    data.rectificationsDone = rectifications->total - rectifications->open;
    return data;
}

Outcome<QList<ChartData::Month>> ChartData::trend(Database &db, const Period &lastMonth, int months)
{
    QList<Month> out;
    if (!db.isOpen() || !lastMonth.isValid())
        return out;
    const QSqlDatabase connection = db.connection();

    // The month ends, oldest first.
    months = std::max(months, 1);
    QList<int> ends;
    Period period = lastMonth;
    for (int i = 0; i < months; ++i) {
        out.prepend({period});
        period = period.previous();
    }
    for (const Month &m : std::as_const(out))
        ends.append(StatusHistoryReader::dayNumber(m.period.lastDay()));

    // A household's state holds from its row's effective date until the next row's: its figures count at every
    // month end in that stretch. Added as differences per month end and summed up at the end, so that one
    // ordered pass through the history does it (as MonthlyReport reads it for one month).
    QList<Figures> diff(months + 1);
    // The month ends in [from, to): their indexes [a, b).
    const auto span = [&ends](int from, int to) {
        const auto a = std::lower_bound(ends.cbegin(), ends.cend(), from) - ends.cbegin();
        const auto b = std::lower_bound(ends.cbegin(), ends.cend(), to) - ends.cbegin();
        return std::pair {a, b};
    };
    // The benefit counts in the months it is payable for (from paidFrom on), as in the monthly report.
    const auto add = [&](int from, int to, const Figures &f, bool active, int paidFrom) {
        if (!active || from == to)
            return;
        if (const auto [a, b] = span(from, to); a < b) {
            diff[a].households += f.households;
            diff[a].covered += f.covered;
            diff[b].households -= f.households;
            diff[b].covered -= f.covered;
        }
        if (const auto [a, b] = span(std::max(from, paidFrom * 100 + 1), to); a < b) {
            diff[a].fen += f.fen;
            diff[b].fen -= f.fen;
        }
    };
    // Read in the table's order and sorted here (StatusHistoryReader).
    struct Row
    {
        qint64 household;
        int day;
        qint64 id;
        bool active;
        int paidFrom;
        Figures figures;
    };
    std::vector<Row> rows;
    StatusHistoryReader history(connection, out.constLast().period.lastDay());
    while (history.next()) {
        const StatusHistoryReader::Row &r = history.row();
        rows.push_back(
            {r.household, r.day, r.id, r.to == StatusHistoryReader::Status::Active, r.paidFrom, {1, r.covered, r.fen}});
    }
    if (history.failed())
        return db.readFailure(history.lastError());
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.household, a.day, a.id) < std::tie(b.household, b.day, b.id);
    });
    constexpr int kForever = 99999999;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const bool last = i + 1 == rows.size() || rows[i + 1].household != row.household;
        add(row.day, last ? kForever : rows[i + 1].day, row.figures, row.active, row.paidFrom);
    }
    Figures running;
    for (int i = 0; i < months; ++i) {
        running.households += diff.at(i).households;
        running.covered += diff.at(i).covered;
        running.fen += diff.at(i).fen;
        Month &m = out[i];
        m.households = int(running.households);
        m.coveredPersons = int(running.covered);
        m.monthlyFen = running.fen;
    }
    return out;
}
