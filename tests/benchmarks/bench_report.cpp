// Merges the JSON lines of the benchmark runners into bench-results.json and prints one table:
// a row per figure (the name without its "@size" suffix), a column per data set, then the target.
//
//   bench_report [--out bench-results.json] RESULTS.jsonl…
//
// Lines that are not JSON objects with a name and a numeric value are ignored with a warning.
// A name seen twice keeps its last value. Exits 1 when no result was found at all.

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <optional>

namespace {

struct Entry
{
    QString name;
    double value = 0;
    QString unit;
    std::optional<double> target;
    QString column;
};

QString baseName(const QString &name)
{
    const qsizetype at = name.indexOf(u'@');
    return at < 0 ? name : name.left(at);
}

QString number(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude < 10 ? 2 : magnitude < 1000 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

// Columns a terminal gives a string: East Asian wide characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const char32_t c : text.toUcs4()) {
        const bool wide = (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
            || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
            || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
        width += wide ? 2 : 1;
    }
    return width;
}

QString pad(const QString &text, int width, bool right = false)
{
    const QString fill(qMax(0, width - displayWidth(text)), u' ');
    return right ? fill + text : text + fill;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    QString outPath = QStringLiteral("bench-results.json");
    if (const qsizetype i = args.indexOf(QStringLiteral("--out")); i >= 0 && i + 1 < args.size()) {
        outPath = args.at(i + 1);
        args.remove(i, 2);
    }
    QTextStream err(stderr);
    QTextStream out(stdout);

    QList<Entry> entries;
    for (const QString &path : std::as_const(args)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            err << "bench_report: cannot read " << path << ": " << file.errorString() << Qt::endl;
            continue;
        }
        int lineNumber = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            ++lineNumber;
            if (line.isEmpty())
                continue;
            const QJsonObject object = QJsonDocument::fromJson(line).object();
            if (!object.value(QLatin1String("name")).isString() || !object.value(QLatin1String("value")).isDouble()) {
                err << "bench_report: " << path << ":" << lineNumber << ": not a result, ignored: " << line << Qt::endl;
                continue;
            }
            Entry entry;
            entry.name = object.value(QLatin1String("name")).toString();
            entry.value = object.value(QLatin1String("value")).toDouble();
            entry.unit = object.value(QLatin1String("unit")).toString();
            if (object.value(QLatin1String("target")).isDouble())
                entry.target = object.value(QLatin1String("target")).toDouble();
            entry.column = object.value(QLatin1String("column")).toString();
            const auto same
                = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) { return e.name == entry.name; });
            if (same != entries.end())
                *same = entry;
            else
                entries.append(entry);
        }
    }
    if (entries.isEmpty()) {
        err << "bench_report: no results" << Qt::endl;
        return 1;
    }

    // bench-results.json: the contract of DESIGN.md §6, keys in its order, without the table-only "column".
    QByteArray json = "[\n";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        const auto text = [](const QString &s) {
            const QByteArray array = QJsonDocument(QJsonArray {s}).toJson(QJsonDocument::Compact);
            return array.mid(1, array.size() - 2); // the string without the brackets
        };
        json += "  {\"name\": " + text(e.name) + ", \"value\": " + QByteArray::number(e.value, 'g', 12) + ", \"unit\": "
            + text(e.unit) + ", \"target\": " + (e.target ? QByteArray::number(*e.target, 'g', 12) : QByteArray("null"))
            + "}" + (i + 1 < entries.size() ? ",\n" : "\n");
    }
    json += "]\n";
    QSaveFile save(outPath);
    if (!save.open(QIODevice::WriteOnly) || save.write(json) < 0 || !save.commit()) {
        err << "bench_report: cannot write " << outPath << ": " << save.errorString() << Qt::endl;
        return 1;
    }

    // The table.
    QStringList rows;
    QStringList columns;
    for (const Entry &e : std::as_const(entries)) {
        if (!rows.contains(baseName(e.name)))
            rows.append(baseName(e.name));
        if (!columns.contains(e.column))
            columns.append(e.column);
    }
    const QString metricHeading = QStringLiteral("figure");
    const QString targetHeading = QStringLiteral("target");
    QList<QStringList> table; // rows × (metric, columns…, target, verdict)
    table.append(QStringList {metricHeading} + columns + QStringList {targetHeading, QString()});
    for (const QString &row : std::as_const(rows)) {
        QStringList cells {row};
        QString target;
        QString verdict;
        for (const QString &column : std::as_const(columns)) {
            QString cell;
            for (const Entry &e : std::as_const(entries)) {
                if (baseName(e.name) != row || e.column != column)
                    continue;
                cell = number(e.value) + u' ' + e.unit;
                if (e.target) {
                    target = QStringLiteral("≤ ") + QString::number(*e.target, 'g', 12) + u' ' + e.unit;
                    verdict = e.value <= *e.target ? QStringLiteral("ok") : QStringLiteral("MISSED");
                }
            }
            cells.append(cell.isEmpty() ? QStringLiteral("–") : cell);
        }
        cells << (target.isEmpty() ? QStringLiteral("–") : target) << verdict;
        table.append(cells);
    }
    QList<int> widths(table.first().size(), 0);
    for (const QStringList &cells : std::as_const(table))
        for (qsizetype c = 0; c < cells.size(); ++c)
            widths[c] = qMax(widths[c], displayWidth(cells[c]));
    for (qsizetype r = 0; r < table.size(); ++r) {
        QString line;
        for (qsizetype c = 0; c < table[r].size(); ++c) {
            const bool numeric = c > 0 && c < table[r].size() - 1 && r > 0;
            line += pad(table[r][c], widths[c], numeric) + QStringLiteral("  ");
        }
        out << line.trimmed() << Qt::endl;
        if (r == 0) {
            int total = 0;
            for (int w : std::as_const(widths))
                total += w + 2;
            out << QString(total - 2, u'-') << Qt::endl;
        }
    }
    out << Qt::endl << "Results written to " << outPath << Qt::endl;
    return 0;
}
