#include "ChartData.h"

#include "ComplaintRepository.h"
#include "Database.h"
#include "SqliteStatement.h"

#include <QHash>

#include <algorithm>

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

    {
        SqliteStatement q(connection,
            "SELECT v.id, v.name, count(h.id) FROM village v "
            "LEFT JOIN household h ON h.village_id = v.id AND h.status = 'active' GROUP BY v.id ORDER BY v.code");
        while (q.step())
            data.villages.append({q.int64(0), q.text(1), int(q.int64(2))});
    }

    // The month ends, oldest first.
    months = std::max(months, 1);
    QList<int> ends;
    Period period = Period::fromDate(db.today());
    for (int i = 0; i < months; ++i) {
        data.months.prepend({period});
        period = period.previous();
    }
    for (const Month &m : std::as_const(data.months))
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
    {
        SqliteStatement q(connection,
            "SELECT household_id, to_status, effective_date, covered_count, monthly_amount_fen FROM status_history "
            "WHERE effective_date <= ? ORDER BY household_id, effective_date, id");
        q.bind(1, data.months.constLast().period.lastDay().toString(Qt::ISODate));
        constexpr int kForever = 99999999;
        qint64 household = -1;
        int since = 0;
        bool active = false;
        Figures state;
        while (q.step()) {
            const qint64 id = q.int64(0);
            const int day = dayNumber(q.utf8(2), q.bytes(2));
            if (id != household) {
                add(since, kForever, state, active);
                household = id;
            } else {
                add(since, day, state, active);
            }
            since = day;
            active = q.bytes(1) == 6 && qstrncmp(q.utf8(1), "active", 6) == 0;
            state = {1, q.int64(3), q.int64(4)};
        }
        add(since, kForever, state, active);
    }
    Figures running;
    for (int i = 0; i < months; ++i) {
        running.households += diff.at(i).households;
        running.covered += diff.at(i).covered;
        running.fen += diff.at(i).fen;
        Month &m = data.months[i];
        m.households = int(running.households);
        m.coveredPersons = int(running.covered);
        m.monthlyFen = running.fen;
    }

    QHash<QString, int> byCategory;
    {
        SqliteStatement q(
            connection, "SELECT category, count(*) FROM household WHERE status = 'active' GROUP BY category");
        while (q.step())
            byCategory.insert(q.text(0), int(q.int64(1)));
    }
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
