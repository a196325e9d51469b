// Roster exchange benchmark: export of a demo roster, and import of the exported file into a new
// township database. One measurement per process, so that the peak memory is that step's own.
//
//   bench_exchange --mode export --db DEMO.sqlite --out FILE.xlsx|FILE.csv --column LABEL
//   bench_exchange --mode import --file FILE --db NEW.sqlite --column LABEL [--target MS]
#include "BenchSupport.h"
#include "exchange/roster/RosterExporter.h"
#include "exchange/roster/RosterImporter.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("mode"), QStringLiteral("export or import"), QStringLiteral("mode")},
        {QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("path")},
        {QStringLiteral("out"), QStringLiteral("export file"), QStringLiteral("path")},
        {QStringLiteral("file"), QStringLiteral("file to import"), QStringLiteral("path")},
        {QStringLiteral("column"), QStringLiteral("table column"), QStringLiteral("label")},
        {QStringLiteral("target"), QStringLiteral("import target in ms (4 × the sqlite3 floor)"),
            QStringLiteral("ms")}});
    parser.process(app);
    const QString mode = parser.value(QStringLiteral("mode"));
    const QString column = parser.value(QStringLiteral("column"));
    Database db;
    db.setOperatorName(QStringLiteral("bench"));
    if (const Result r = db.open(parser.value(QStringLiteral("db"))); !r) {
        std::fprintf(stderr, "bench_exchange: %s\n", qPrintable(r.message()));
        return 3;
    }
    if (mode == QLatin1String("export")) {
        const QString out = parser.value(QStringLiteral("out"));
        const QString format = QFileInfo(out).suffix().toLower();
        QElapsedTimer timer;
        timer.start();
        RosterExporter::Summary summary;
        if (const Result r = RosterExporter(db).exportRoster(out, RosterFilter(), &summary); !r) {
            std::fprintf(stderr, "bench_exchange: %s\n", qPrintable(r.message()));
            return 3;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        std::fprintf(stderr, "    exported %d households, %d members to %s\n", summary.households, summary.members,
            qPrintable(out));
        BenchSupport::emitResult(QStringLiteral("export.%1_ms").arg(format), ms, QStringLiteral("ms"),
            format == QLatin1String("xlsx") ? std::optional<double>(5000) : std::nullopt, column);
        BenchSupport::emitResult(QStringLiteral("export.%1_peak_rss_mb").arg(format), BenchSupport::peakRssMb(),
            QStringLiteral("MB"), std::nullopt, column);
        return 0;
    }
    if (mode == QLatin1String("import")) {
        const QString file = parser.value(QStringLiteral("file"));
        const QString format = QFileInfo(file).suffix().toLower();
        Office office;
        office.name = QStringLiteral("基准镇");
        office.divisionCode = QStringLiteral("350121101000");
        if (!OfficeRepository(db).isConfigured().value() && !OfficeRepository(db).saveOffice(office))
            return 3;
        QElapsedTimer timer;
        timer.start();
        RosterImporter importer(db);
        ImportOptions options;
        options.createVillages = true;
        const ImportPreview preview = importer.preview(file, options);
        if (!preview.isAcceptable()) {
            std::fprintf(stderr, "bench_exchange: %lld problems, first: %s\n", qlonglong(preview.issues.size()),
                preview.issues.isEmpty() ? "" : qPrintable(preview.issues.first().text()));
            return 2;
        }
        const double previewMs = double(timer.nsecsElapsed()) / 1e6;
        if (const Result r = importer.apply(); !r) {
            std::fprintf(stderr, "bench_exchange: %s\n", qPrintable(r.message()));
            return 3;
        }
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        // The write-ahead log is copied into the file after the import, off the clerk's way: its own figure.
        db.waitForCheckpoint();
        const double checkpointMs = double(timer.nsecsElapsed()) / 1e6 - ms;
        std::fprintf(stderr,
            "    imported %d households, %d members (read and check %.0f ms, write %.0f ms; "
            "log copied into the file %.0f ms later)\n",
            preview.households, preview.members, previewMs, ms - previewMs, checkpointMs);
        const std::optional<double> target = format == QLatin1String("xlsx") && parser.isSet(QStringLiteral("target"))
            ? std::optional<double>(parser.value(QStringLiteral("target")).toDouble())
            : std::nullopt;
        BenchSupport::emitResult(QStringLiteral("import.%1_ms").arg(format), ms, QStringLiteral("ms"), target, column);
        BenchSupport::emitResult(QStringLiteral("import.%1_checkpoint_ms").arg(format), checkpointMs,
            QStringLiteral("ms"), std::nullopt, column);
        BenchSupport::emitResult(format == QLatin1String("xlsx") ? QStringLiteral("import.peak_rss_mb")
                                                                 : QStringLiteral("import.%1_peak_rss_mb").arg(format),
            BenchSupport::peakRssMb(), QStringLiteral("MB"),
            format == QLatin1String("xlsx") ? std::optional<double>(300) : std::nullopt, column);
        return 0;
    }
    std::fprintf(stderr, "bench_exchange: --mode export or import\n");
    return 1;
}
