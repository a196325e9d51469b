// Official reports benchmark (issue 5): on one database, in this process alone,
//  - computing the monthly report (低保对象月报) for the previous month: the first (cold) run and the
//    median of five,
//  - rendering that table as PDF and as XLSX,
//  - opening the overview page (figures, campaign, charts) until it has painted.
//
//   bench_tables --db FILE --out DIR [--column LABEL] [--suffix @2000]
//
// Prints BenchSupport JSON lines; without --suffix the figures carry the targets.

#include "BenchSupport.h"
#include "overview/OverviewPage.h"
#include "reports/compute/ReportCatalog.h"
#include "reports/render/ReportPainter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QTextStream>

#include <algorithm>
#include <optional>

using BenchSupport::msSince;
using BenchSupport::option;
using BenchSupport::PaintWatcher;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments();
    const QString path = option(args, QStringLiteral("--db"));
    const QString outDir = option(args, QStringLiteral("--out"));
    const QString suffix = option(args, QStringLiteral("--suffix"));
    QString column = option(args, QStringLiteral("--column"));
    if (path.isEmpty() || outDir.isEmpty()) {
        err << "usage: bench_tables --db FILE --out DIR [--column LABEL] [--suffix @SIZE]" << Qt::endl;
        return 1;
    }
    if (column.isEmpty())
        column = suffix.isEmpty() ? QStringLiteral("value") : suffix.mid(1);
    const bool withTargets = suffix.isEmpty();
    const auto target = [&](double value) { return withTargets ? std::optional<double>(value) : std::nullopt; };
    QDir().mkpath(outDir);

    Database db;
    if (const Result opened = db.open(path); !opened) {
        err << "bench_tables: " << path << ": " << opened.message() << Qt::endl;
        return 3;
    }
    const Period month = Period::fromDate(db.today()).previous();
    const ReportCatalog catalog(db);
    QList<double> runs;
    ReportTable table;
    for (int i = 0; i < 6; ++i) {
        QElapsedTimer t;
        t.start();
        if (const Result r = catalog.compute(QStringLiteral("monthly"), month, {}, &table); !r) {
            err << "bench_tables: " << r.message() << Qt::endl;
            return 3;
        }
        runs << msSince(t);
    }
    const double cold = runs.takeFirst();
    err << "bench_tables: monthly report for " << month.toString() << ": " << table.rows.size() << " rows, cold "
        << cold << " ms" << Qt::endl;

    QElapsedTimer pdf;
    pdf.start();
    if (const Result r = ReportPainter::writePdf(table, QDir(outDir).filePath(QStringLiteral("monthly.pdf"))); !r) {
        err << "bench_tables: PDF: " << r.message() << Qt::endl;
        return 3;
    }
    const double pdfMs = msSince(pdf);
    QElapsedTimer xlsx;
    xlsx.start();
    if (const Result r = ReportXlsxWriter::write(table, QDir(outDir).filePath(QStringLiteral("monthly.xlsx"))); !r) {
        err << "bench_tables: XLSX: " << r.message() << Qt::endl;
        return 3;
    }
    const double xlsxMs = msSince(xlsx);

    // The overview page as the window shows it first: built, shown, painted.
    QElapsedTimer open;
    open.start();
    OverviewPage page(db);
    page.resize(1280, 800);
    PaintWatcher watcher;
    page.installEventFilter(&watcher);
    page.show();
    while (!watcher.painted && open.elapsed() < 60'000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const double overviewMs = msSince(open);

    using BenchSupport::emitResult;
    emitResult(QStringLiteral("report.monthly_compute_ms") + suffix, BenchSupport::percentile(runs, 50),
        QStringLiteral("ms"), target(300), column);
    emitResult(
        QStringLiteral("report.monthly_compute_cold_ms") + suffix, cold, QStringLiteral("ms"), std::nullopt, column);
    emitResult(QStringLiteral("report.monthly_pdf_ms") + suffix, pdfMs, QStringLiteral("ms"), target(2000), column);
    emitResult(QStringLiteral("report.monthly_xlsx_ms") + suffix, xlsxMs, QStringLiteral("ms"), target(2000), column);
    emitResult(QStringLiteral("overview.open_ms") + suffix, overviewMs, QStringLiteral("ms"), target(1000), column);
    return 0;
}
