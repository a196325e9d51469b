#include "reports/compute/ReportRows.h"

namespace ReportRows {

QString zhDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

QString zhMonth(const Period &p)
{
    return p.isValid() ? QStringLiteral("%1年%2月").arg(p.year()).arg(p.month()) : QString();
}

ReportRow dataRow(const QVariantList &cells)
{
    return {ReportRow::Kind::Data, cells};
}

ReportRow totalRow(const QVariantList &cells)
{
    return {ReportRow::Kind::Total, cells};
}

ReportRow groupRow(int columns, int at, const QString &text)
{
    QVariantList cells;
    for (int c = 0; c < columns; ++c)
        cells << (c == at ? QVariant(text) : QVariant());
    return {ReportRow::Kind::Group, cells};
}

} // namespace ReportRows
