#include "reports/table/ReportTable.h"

#include <QJsonArray>

#include <cmath>

namespace {

const char *const kKinds[] = {"text", "integer", "money", "decimal"};
const char *const kRowKinds[] = {"data", "group", "total"};

template<typename Enum, size_t N> Enum enumFrom(const QString &text, const char *const (&names)[N])
{
    for (size_t i = 0; i < N; ++i) {
        if (text == QLatin1String(names[i]))
            return Enum(i);
    }
    return Enum(0);
}

QJsonValue cellToJson(const QVariant &v, ReportColumn::Kind kind)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (kind) {
    case ReportColumn::Kind::Integer:
    case ReportColumn::Kind::Money:
        return QJsonValue(v.toLongLong()); // exact below 2^53: fen of any township's figures
    case ReportColumn::Kind::Decimal:
        return QJsonValue(v.toDouble());
    case ReportColumn::Kind::Text:
        break;
    }
    return QJsonValue(v.toString());
}

QVariant cellFromJson(const QJsonValue &v, ReportColumn::Kind kind)
{
    if (v.isNull() || v.isUndefined())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Integer:
    case ReportColumn::Kind::Money:
        return QVariant(qint64(v.toDouble()));
    case ReportColumn::Kind::Decimal:
        return QVariant(v.toDouble());
    case ReportColumn::Kind::Text:
        break;
    }
    return QVariant(v.toString());
}

} // namespace

int ReportTable::headerRowCount() const
{
    int rows = 1;
    for (const ReportHeaderCell &c : header)
        rows = qMax(rows, c.row + c.rowSpan);
    return rows;
}

QList<ReportHeaderCell> ReportTable::headerCells() const
{
    if (!header.isEmpty())
        return header;
    QList<ReportHeaderCell> cells;
    for (int c = 0; c < columns.size(); ++c)
        cells.append({columns.at(c).header, 0, c, 1, 1});
    return cells;
}

QString ReportTable::formatValue(const QVariant &value, ReportColumn::Kind kind)
{
    if (value.isNull() || !value.isValid())
        return {};
    switch (kind) {
    case ReportColumn::Kind::Integer:
        return QString::number(value.toLongLong());
    case ReportColumn::Kind::Money: {
        const qint64 fen = value.toLongLong();
        const qint64 a = fen < 0 ? -fen : fen;
        return QStringLiteral("%1%2.%3")
            .arg(fen < 0 ? QStringLiteral("-") : QString())
            .arg(a / 100)
            .arg(a % 100, 2, 10, QLatin1Char('0'));
    }
    case ReportColumn::Kind::Decimal:
        return QString::number(value.toDouble(), 'f', 2);
    case ReportColumn::Kind::Text:
        break;
    }
    return value.toString();
}

QString ReportTable::cellText(int row, int column) const
{
    if (row < 0 || row >= rows.size() || column < 0 || column >= columns.size())
        return {};
    return formatValue(rows.at(row).cells.value(column), columns.at(column).kind);
}

QJsonObject ReportTable::toJson() const
{
    QJsonArray cols;
    for (const ReportColumn &c : columns) {
        cols << QJsonObject {{QStringLiteral("key"), c.key}, {QStringLiteral("header"), c.header},
            {QStringLiteral("kind"), QLatin1String(kKinds[int(c.kind)])}, {QStringLiteral("width"), c.width},
            {QStringLiteral("wrap"), c.wrap}};
    }
    QJsonArray head;
    for (const ReportHeaderCell &h : header) {
        head << QJsonObject {{QStringLiteral("text"), h.text}, {QStringLiteral("row"), h.row},
            {QStringLiteral("column"), h.column}, {QStringLiteral("row_span"), h.rowSpan},
            {QStringLiteral("column_span"), h.columnSpan}};
    }
    QJsonArray body;
    for (const ReportRow &r : rows) {
        QJsonArray cells;
        for (int c = 0; c < columns.size(); ++c)
            cells << cellToJson(r.cells.value(c), columns.at(c).kind);
        body << QJsonObject {
            {QStringLiteral("kind"), QLatin1String(kRowKinds[int(r.kind)])}, {QStringLiteral("cells"), cells}};
    }
    return {{QStringLiteral("id"), id}, {QStringLiteral("title"), title}, {QStringLiteral("table_number"), tableNumber},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("period"), period.isValid() ? period.toString() : QString()},
        {QStringLiteral("period_text"), periodText}, {QStringLiteral("unit"), unit},
        {QStringLiteral("date"), date.toString(Qt::ISODate)}, {QStringLiteral("landscape"), landscape},
        {QStringLiteral("columns"), cols}, {QStringLiteral("header"), head}, {QStringLiteral("rows"), body},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}, {QStringLiteral("unit_head"), unitHead},
        {QStringLiteral("reviewer"), reviewer}, {QStringLiteral("preparer"), preparer},
        {QStringLiteral("phone"), phone}};
}

ReportTable ReportTable::fromJson(const QJsonObject &json)
{
    ReportTable t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.title = json.value(QStringLiteral("title")).toString();
    t.tableNumber = json.value(QStringLiteral("table_number")).toString();
    t.issuer = json.value(QStringLiteral("issuer")).toString();
    t.period = Period::parse(json.value(QStringLiteral("period")).toString());
    t.periodText = json.value(QStringLiteral("period_text")).toString();
    t.unit = json.value(QStringLiteral("unit")).toString();
    t.date = QDate::fromString(json.value(QStringLiteral("date")).toString(), Qt::ISODate);
    t.landscape = json.value(QStringLiteral("landscape")).toBool(true);
    for (const auto &v : json.value(QStringLiteral("columns")).toArray()) {
        const QJsonObject o = v.toObject();
        t.columns.append({o.value(QStringLiteral("key")).toString(), o.value(QStringLiteral("header")).toString(),
            enumFrom<ReportColumn::Kind>(o.value(QStringLiteral("kind")).toString(), kKinds),
            o.value(QStringLiteral("width")).toDouble(10), o.value(QStringLiteral("wrap")).toBool()});
    }
    for (const auto &v : json.value(QStringLiteral("header")).toArray()) {
        const QJsonObject o = v.toObject();
        t.header.append({o.value(QStringLiteral("text")).toString(), o.value(QStringLiteral("row")).toInt(),
            o.value(QStringLiteral("column")).toInt(), o.value(QStringLiteral("row_span")).toInt(1),
            o.value(QStringLiteral("column_span")).toInt(1)});
    }
    for (const auto &v : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject o = v.toObject();
        ReportRow r;
        r.kind = enumFrom<ReportRow::Kind>(o.value(QStringLiteral("kind")).toString(), kRowKinds);
        const QJsonArray cells = o.value(QStringLiteral("cells")).toArray();
        for (int c = 0; c < t.columns.size(); ++c)
            r.cells << cellFromJson(cells.at(c), t.columns.at(c).kind);
        t.rows << r;
    }
    for (const auto &v : json.value(QStringLiteral("notes")).toArray())
        t.notes << v.toString();
    t.unitHead = json.value(QStringLiteral("unit_head")).toString();
    t.reviewer = json.value(QStringLiteral("reviewer")).toString();
    t.preparer = json.value(QStringLiteral("preparer")).toString();
    t.phone = json.value(QStringLiteral("phone")).toString();
    return t;
}

bool ReportTable::operator==(const ReportTable &other) const
{
    return toJson() == other.toJson();
}
