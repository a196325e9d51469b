#include "exchange/roster/ImportIssue.h"

QString ImportIssue::text() const
{
    QString where;
    if (row > 0 && !column.isEmpty())
        where = tr("%1, sheet %2, row %3, column %4").arg(file, sheet).arg(row).arg(column);
    else if (row > 0)
        where = tr("%1, sheet %2, row %3").arg(file, sheet).arg(row);
    else if (!sheet.isEmpty())
        where = tr("%1, sheet %2").arg(file, sheet);
    else
        where = file;
    if (!value.isEmpty())
        return tr("%1 (value \"%2\"): %3").arg(where, value, reason);
    return tr("%1: %2").arg(where, reason);
}

QJsonObject ImportIssue::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("file")] = file;
    o[QStringLiteral("sheet")] = sheet;
    o[QStringLiteral("row")] = row;
    o[QStringLiteral("column")] = column;
    o[QStringLiteral("value")] = value;
    o[QStringLiteral("reason")] = reason;
    o[QStringLiteral("severity")] = severity == Severity::Warning ? QStringLiteral("warning") : QStringLiteral("error");
    o[QStringLiteral("message")] = text();
    return o;
}
