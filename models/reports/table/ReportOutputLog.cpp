#include "reports/table/ReportOutputLog.h"

#include "reports/table/ReportTable.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

ReportOutputLog::ReportOutputLog(Database &db)
    : m_db(db)
{ }

Result ReportOutputLog::record(const ReportTable &table, const QString &format, const QString &fileName)
{
    if (!table.period.isValid())
        return Result::success();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO report_output (report, period, format, output_at, operator, file_name) "
                             "VALUES (?,?,?,?,?,?)"));
    const QString file = fileName.isEmpty() ? QString() : QFileInfo(fileName).fileName();
    q.addBindValue(table.id);
    q.addBindValue(table.period.toString());
    q.addBindValue(format);
    q.addBindValue(m_db.now().toString(Qt::ISODateWithMs));
    q.addBindValue(m_db.operatorName());
    q.addBindValue(file);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject n;
    n[QStringLiteral("report")] = table.id;
    n[QStringLiteral("period")] = table.period.toString();
    n[QStringLiteral("format")] = format;
    if (!file.isEmpty())
        n[QStringLiteral("file")] = file;
    if (!AuditLog(m_db).append(
            QStringLiteral("output"), QStringLiteral("report"), q.lastInsertId().toLongLong(), 0, {}, n, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Outcome<QList<Period>> ReportOutputLog::reportedMonths(const Period &from, const Period &to) const
{
    QList<Period> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT DISTINCT period FROM report_output WHERE period >= ? AND period <= ? "
                                  "ORDER BY period")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(from.toString());
    q.addBindValue(to.toString());
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next())
        out.append(Period::parse(q.value(0).toString()));
    return out;
}
