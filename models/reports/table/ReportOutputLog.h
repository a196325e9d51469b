#pragma once

#include "core/Outcome.h"

#include <QCoreApplication>

class Database;
class Period;
struct ReportTable;

// Which official tables of which months were printed or exported (报表输出记录): a change dated into a month
// already reported asks first (StatusTimeline::impactOf()), since the paper on file no longer matches.
class ReportOutputLog
{
    Q_DECLARE_TR_FUNCTIONS(ReportOutputLog)

public:
    explicit ReportOutputLog(Database &db);

    // format: pdf, xlsx, csv or print; fileName: where it went (empty for a printer). Tables without a month are not
    // recorded. Audited.
    Result record(const ReportTable &table, const QString &format, const QString &fileName = {});
    Outcome<QList<Period>> reportedMonths(const Period &from, const Period &to) const;

private:
    Database &m_db;
};
