// Roster benchmark (issue 2): on one database, in this process alone,
//  - the time to open the database and show the first roster page in a table view,
//  - search-as-you-type latency over 50 name and ID-number prefixes taken from the data,
//  - the peak memory of the process.
//
//   bench_roster --db FILE [--column LABEL] [--suffix @2000]
//
// Prints BenchSupport JSON lines. Without --suffix the figures carry the targets (they are
// the 80,000-household ones); with a suffix they are extra figures without targets.

#include "BenchSupport.h"
#include "roster/RosterModel.h"
#include "roster/RosterQueries.h"
#include "storage/Database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

using BenchSupport::msSince;
using BenchSupport::option;
using BenchSupport::PaintWatcher;

namespace {

// What a clerk types into the search box: surnames (陈), the start of a name (林秀), the county's
// region code (350121, which matches nearly everyone), region + birth year (3501211960) and
// region + birth date. Taken from households spread evenly over the roster, through the
// repository, so the same seed gives the same prefixes on every machine.
QStringList searchPrefixes(Database &db, int count)
{
    const RosterQueries repository(db);
    const RosterFilter all;
    const int households = repository.totals(all).value().households;
    constexpr int KindsPerHousehold = 5;
    const int samples = (count + KindsPerHousehold - 1) / KindsPerHousehold;
    QStringList prefixes;
    for (int k = 0; k < samples && households > 0; ++k) {
        const int offset = int(qint64(2 * k + 1) * households / (2 * samples));
        const QList<RosterRow> rows = repository.rows(all, offset, 1).valueOr({});
        if (rows.isEmpty())
            continue;
        const QString name = rows.first().headName;
        const QString id = rows.first().headIdNumber;
        prefixes << name.left(1) << name.left(2) << id.left(6) << id.left(10) << id.left(14);
    }
    prefixes.removeAll(QString());
    return prefixes.mid(0, count);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString path = option(args, QStringLiteral("--db"));
    const QString suffix = option(args, QStringLiteral("--suffix"));
    QString column = option(args, QStringLiteral("--column"));
    if (path.isEmpty()) {
        err << "usage: bench_roster --db FILE [--column LABEL] [--suffix @SIZE]" << Qt::endl;
        return 1;
    }
    if (column.isEmpty())
        column = suffix.isEmpty() ? QStringLiteral("value") : suffix.mid(1);
    const bool withTargets = suffix.isEmpty();
    const auto target = [&](double value) { return withTargets ? std::optional<double>(value) : std::nullopt; };

    // Open the database and show the first page.
    QElapsedTimer timer;
    timer.start();
    Database db;
    if (const Result opened = db.open(path); !opened) {
        err << "bench_roster: " << path << ": " << opened.message() << Qt::endl;
        return 3;
    }
    const double openedMs = msSince(timer);
    RosterModel model(db);
    if (model.rowCount() == 0)
        model.reload();
    const double modelMs = msSince(timer);
    QTableView view;
    view.setModel(&model);
    view.resize(1280, 800);
    PaintWatcher watcher;
    view.viewport()->installEventFilter(&watcher);
    view.show();
    while (!watcher.painted && timer.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double firstPageMs = msSince(timer);
    if (!watcher.painted || model.rowCount() == 0) {
        err << "bench_roster: the roster of " << path << " did not show (" << model.rowCount() << " rows)" << Qt::endl;
        return 3;
    }
    const RosterTotals everything = model.totals();
    err << "bench_roster: " << path << ": " << everything.households << " households, " << everything.persons
        << " persons; first page " << firstPageMs << " ms (open " << openedMs << ", model " << modelMs - openedMs
        << ", view " << firstPageMs - modelMs << ")" << Qt::endl;

    // Search as you type: each prefix replaces the previous one, as the search box does; the view
    // repaints between keystrokes, outside the timing.
    const QStringList prefixes = searchPrefixes(db, 50);
    QList<double> latencies;
    QList<std::pair<double, QString>> timed;
    int empty = 0;
    for (const QString &prefix : prefixes) {
        RosterFilter filter = model.filter();
        filter.search = prefix;
        QElapsedTimer search;
        search.start();
        model.setFilter(filter);
        const double ms = msSince(search);
        latencies.append(ms);
        timed.append({ms, prefix});
        if (model.totals().households == 0)
            ++empty;
        QCoreApplication::processEvents();
    }
    std::sort(timed.begin(), timed.end(), std::greater<>());
    err << "bench_roster: " << prefixes.size() << " searches; the slowest distinct prefixes:";
    QStringList shown;
    for (const auto &[ms, prefix] : std::as_const(timed)) {
        if (shown.size() == 5)
            break;
        if (shown.contains(prefix))
            continue;
        err << (shown.isEmpty() ? " \"" : ", \"") << prefix << "\" " << qRound(ms) << " ms";
        shown.append(prefix);
    }
    err << Qt::endl;
    if (empty > 0)
        err << "bench_roster: warning: " << empty << " of the prefixes, all taken from the roster, found nothing"
            << Qt::endl;
    if (prefixes.size() < 50)
        err << "bench_roster: warning: only " << prefixes.size() << " prefixes" << Qt::endl;

    using BenchSupport::emitResult;
    emitResult(
        QStringLiteral("roster.first_page_ms") + suffix, firstPageMs, QStringLiteral("ms"), target(1000), column);
    emitResult(QStringLiteral("roster.search_p50_ms") + suffix, BenchSupport::percentile(latencies, 50),
        QStringLiteral("ms"), std::nullopt, column);
    emitResult(QStringLiteral("roster.search_p95_ms") + suffix, BenchSupport::percentile(latencies, 95),
        QStringLiteral("ms"), target(30), column);
    emitResult(QStringLiteral("roster.peak_rss_mb") + suffix, BenchSupport::peakRssMb(), QStringLiteral("MB"),
        target(250), column);
    return 0;
}
