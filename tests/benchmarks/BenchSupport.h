#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QElapsedTimer;

#include <optional>

// What every benchmark runner shares: one way to print a result and to read the peak memory.
namespace BenchSupport {

// Prints one result as a JSON line on stdout, the format bench_report reads:
// {"name": "roster.first_page_ms", "value": 123.4, "unit": "ms", "target": 1000, "column": "80,000 户"}.
// "column" is the table column the figure goes in (e.g. the data size); it is not written to
// bench-results.json. A target is an upper bound; none where the issues name none.
void emitResult(
    const QString &name, double value, const QString &unit, std::optional<double> target, const QString &column);

// Peak resident set size of this process so far, in MiB.
double peakRssMb();

// Nearest-rank percentile (p in 0..100) of a list of samples; 0 for an empty list.
double percentile(QList<double> samples, double p);

// The value after "--name" in the arguments; empty when it is not there.
QString option(const QStringList &args, const QString &name);
// Milliseconds since the timer started, with the nanosecond clock's precision.
double msSince(const QElapsedTimer &timer);

// Notes when the watched widget (or its viewport) has been painted.
class PaintWatcher : public QObject
{
public:
    bool painted = false;
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace BenchSupport
