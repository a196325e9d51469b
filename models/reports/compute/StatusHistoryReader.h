#pragma once

#include "core/Period.h"
#include "storage/SqliteStatement.h"

#include <QDate>
#include <QSqlError>
#include <QString>

class QSqlDatabase;

// The status history as the reports and the charts read it: every row effective on or before a day, in the
// table's order. Reading it ordered would cost the index's random lookups and a sort on 80,000 households; the
// callers sort what they need. Dates come as numbers yyyymmdd and statuses without allocating, since the history
// has a row for every change.
//
// A household's state at a day is its last row effective on or before it: the latest effective date and, of one
// day, the last recorded (isLater()).
class StatusHistoryReader
{
public:
    enum class Status : quint8 { None, Applying, Active, Suspended, Exited, Rejected };
    struct Row
    {
        qint64 id = 0;
        qint64 household = 0;
        int day = 0; // yyyymmdd
        Status from = Status::None;
        Status to = Status::None;
        int covered = 0;
        qint64 fen = 0;
        int paidFrom = 0; // yyyymm: the first month the benefit in force is payable; 0 if none
    };

    StatusHistoryReader(const QSqlDatabase &db, const QDate &until);

    // Steps to the next row; false at the end, or on an error (failed()).
    bool next();
    bool failed() const { return m_query.failed(); }
    QSqlError lastError() const { return m_query.lastError(); }
    const Row &row() const { return m_row; }
    // The current row's reason, read only when asked.
    QString reason() const { return m_query.text(7); }

    // Whether a row (day, id) is later than another; a row id of 0 stands for none.
    static bool isLater(int day, qint64 id, int thanDay, qint64 thanId)
    {
        return thanId == 0 || day > thanDay || (day == thanDay && id > thanId);
    }
    static int dayNumber(const QDate &date) { return date.year() * 10000 + date.month() * 100 + date.day(); }
    // From ISO text, without building a QDate; 0 if malformed.
    static int dayNumber(const char *iso, int bytes);
    static QDate dateOf(int day) { return QDate(day / 10000, day / 100 % 100, day % 100); }
    static Status statusOf(const char *text, int bytes);
    // yyyymm from "yyyy-mm"; 0 if malformed.
    static int monthNumber(const char *text, int bytes);
    static int monthNumber(const Period &period) { return period.year() * 100 + period.month(); }

private:
    SqliteStatement m_query;
    Row m_row;
};
