#include "reports/render/ReportCsvWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace {

QByteArray csvLine(const QStringList &fields)
{
    QStringList quoted;
    quoted.reserve(fields.size());
    for (const QString &f : fields) {
        if (f.contains(u',') || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r'))
            quoted << u'"' + QString(f).replace(u'"', QStringLiteral("\"\"")) + u'"';
        else
            quoted << f;
    }
    return quoted.join(u',').toUtf8() + "\r\n";
}

} // namespace

QStringList ReportCsvWriter::signatureCells(const ReportTable &table, int columns)
{
    QStringList cells
        = {QStringLiteral("单位负责人：%1").arg(table.unitHead), QStringLiteral("审核人：%1").arg(table.reviewer),
            QStringLiteral("填表人：%1").arg(table.preparer), QStringLiteral("联系电话：%1").arg(table.phone)};
    while (cells.size() < columns)
        cells << QString();
    return cells;
}

QStringList ReportCsvWriter::columnNames(const ReportTable &table)
{
    QList<ReportHeaderCell> cells = table.headerCells();
    std::stable_sort(
        cells.begin(), cells.end(), [](const ReportHeaderCell &a, const ReportHeaderCell &b) { return a.row < b.row; });
    QStringList names;
    for (int c = 0; c < table.columns.size(); ++c) {
        QStringList parts;
        for (const ReportHeaderCell &cell : cells) {
            if (c < cell.column || c >= cell.column + qMax(cell.columnSpan, 1))
                continue;
            const QString text = cell.text.simplified();
            if (!text.isEmpty() && (parts.isEmpty() || parts.last() != text))
                parts << text;
        }
        names << (parts.isEmpty() ? table.columns.at(c).header : parts.join(u'-'));
    }
    return names;
}

Result ReportCsvWriter::write(const ReportTable &table, const QString &path)
{
    if (!QFileInfo(path).absoluteDir().exists())
        return Result::failed(tr("%1: the folder does not exist").arg(path));
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly))
        return Result::failed(tr("%1: cannot write the file (%2)").arg(path, file.errorString()));
    bool ok = file.write("\xEF\xBB\xBF") == 3; // BOM: Excel and WPS then read UTF-8 as Chinese
    ok = ok && file.write(csvLine(columnNames(table))) >= 0;
    QStringList fields;
    for (int r = 0; ok && r < table.rows.size(); ++r) {
        if (table.rows.at(r).kind == ReportRow::Kind::Group)
            continue; // a heading, not a record: the rows under it carry their own columns
        fields.clear();
        for (int c = 0; c < table.columns.size(); ++c)
            fields << table.cellText(r, c);
        ok = file.write(csvLine(fields)) >= 0;
    }
    ok = ok && file.write(csvLine(signatureCells(table, int(table.columns.size())))) >= 0;
    ok = ok && file.flush() && file.error() == QFileDevice::NoError;
    file.close();
    if (!ok) {
        QFile::remove(part);
        return Result::failed(tr("%1: the file could not be written completely (disk full?)").arg(path));
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Result::failed(tr("%1: the finished file could not be moved into place").arg(path));
    }
    return Result::success();
}
