#include "ChartData.h"

#include "ComplaintRepository.h"
#include "Database.h"
#include "OfficeRepository.h"
#include "SqliteStatement.h"

#include <QHash>

#include <algorithm>
#include <tuple>
#include <vector>

namespace {

// yyyy-mm-dd as the number yyyymmdd, so that dates compare as integers without building QDates.
int dayNumber(const char *text, int bytes)
{
    if (bytes < 10)
        return 0;
    const auto digits = [text](int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; ++i)
            v = v * 10 + (text[i] - '0');
        return v;
    };
    return digits(0, 4) * 10000 + digits(5, 2) * 100 + digits(8, 2);
}

int dayNumber(const QDate &date)
{
    return date.year() * 10000 + date.month() * 100 + date.day();
}

struct Figures
{
    qint64 households = 0;
    qint64 covered = 0;
    qint64 fen = 0;
};

} // namespace

ChartData ChartData::read(Database &db, int months)
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
    }
    for (const ::Village &v : OfficeRepository(db).villages())
        data.villages.append({v.id, v.name, byVillage.value(v.id)});

    data.months = trend(db, Period::fromDate(db.today()), months);

    for (Domain::Category category : Domain::allValues<Domain::Category>())
        data.categories.append({category, byCategory.value(Domain::key(category))});

    const LedgerCounts complaints = ComplaintRepository(db).counts();
    data.complaintsOpen = complaints.open;
    data.complaintsClosed = complaints.total - complaints.open;
    const LedgerCounts rectifications = RectificationRepository(db).counts();
    data.rectificationsOpen = rectifications.open;
    data.rectificationsDone = rectifications.total - rectifications.open;
    return data;
}

QList<ChartData::Month> ChartData::trend(Database &db, const Period &lastMonth, int months)
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
        ends.append(dayNumber(m.period.lastDay()));

    // A household's state holds from its row's effective date until the next row's: its figures count at every
    // month end in that stretch. Added as differences per month end and summed up at the end, so that one
    // ordered pass through the history does it (as ReportComputations::monthly reads it for one month).
    QList<Figures> diff(months + 1);
    const auto add = [&](int from, int to, const Figures &f, bool active) {
        if (!active || from == to)
            return;
        const auto first = std::lower_bound(ends.cbegin(), ends.cend(), from);
        const auto last = std::lower_bound(ends.cbegin(), ends.cend(), to);
        const auto a = first - ends.cbegin();
        const auto b = last - ends.cbegin();
        if (a >= b)
            return;
        diff[a].households += f.households;
        diff[a].covered += f.covered;
        diff[a].fen += f.fen;
        diff[b].households -= f.households;
        diff[b].covered -= f.covered;
        diff[b].fen -= f.fen;
    };
    // Read in the table's order and sorted here: SQLite's ORDER BY household_id, effective_date, id costs five
    // times the scan on 80,000 households.
    struct Row
    {
        qint64 household;
        int day;
        qint64 id;
        bool active;
        Figures figures;
    };
    std::vector<Row> rows;
    {
        SqliteStatement q(connection,
            "SELECT household_id, effective_date, id, to_status, covered_count, monthly_amount_fen "
            "FROM status_history WHERE effective_date <= ?");
        q.bind(1, out.constLast().period.lastDay().toString(Qt::ISODate));
        while (q.step()) {
            rows.push_back({q.int64(0), dayNumber(q.utf8(1), q.bytes(1)), q.int64(2),
                q.bytes(3) == 6 && qstrncmp(q.utf8(3), "active", 6) == 0, {1, q.int64(4), q.int64(5)}});
        }
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::tie(a.household, a.day, a.id) < std::tie(b.household, b.day, b.id);
    });
    constexpr int kForever = 99999999;
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row &row = rows[i];
        const bool last = i + 1 == rows.size() || rows[i + 1].household != row.household;
        add(row.day, last ? kForever : rows[i + 1].day, row.figures, row.active);
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
