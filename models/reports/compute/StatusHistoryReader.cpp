#include "reports/compute/StatusHistoryReader.h"

#include <cstring>

StatusHistoryReader::StatusHistoryReader(const QSqlDatabase &db, const QDate &until)
    : m_query(db,
        "SELECT id, household_id, from_status, to_status, effective_date, covered_count, monthly_amount_fen, reason, "
        "paid_from FROM status_history WHERE effective_date <= ?")
{
    m_query.bind(1, until.toString(Qt::ISODate));
}

bool StatusHistoryReader::next()
{
    if (!m_query.step())
        return false;
    m_row.id = m_query.int64(0);
    m_row.household = m_query.int64(1);
    m_row.from = m_query.isNull(2) ? Status::None : statusOf(m_query.utf8(2), m_query.bytes(2));
    m_row.to = statusOf(m_query.utf8(3), m_query.bytes(3));
    m_row.day = dayNumber(m_query.utf8(4), m_query.bytes(4));
    m_row.covered = int(m_query.int64(5));
    m_row.fen = m_query.int64(6);
    m_row.paidFrom = m_query.isNull(8) ? 0 : monthNumber(m_query.utf8(8), m_query.bytes(8));
    return true;
}

int StatusHistoryReader::dayNumber(const char *iso, int bytes)
{
    if (bytes < 10)
        return 0;
    int v = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (iso[i] < '0' || iso[i] > '9')
            return 0;
        v = v * 10 + (iso[i] - '0');
    }
    return v;
}

int StatusHistoryReader::monthNumber(const char *text, int bytes)
{
    if (bytes < 7 || text[4] != '-')
        return 0;
    int v = 0;
    for (int i : {0, 1, 2, 3, 5, 6}) {
        if (text[i] < '0' || text[i] > '9')
            return 0;
        v = v * 10 + (text[i] - '0');
    }
    return v;
}

StatusHistoryReader::Status StatusHistoryReader::statusOf(const char *text, int bytes)
{
    const auto is = [text, bytes](const char *word) {
        return bytes == int(qstrlen(word)) && memcmp(text, word, size_t(bytes)) == 0;
    };
    if (is("active"))
        return Status::Active;
    if (is("suspended"))
        return Status::Suspended;
    if (is("exited"))
        return Status::Exited;
    if (is("applying"))
        return Status::Applying;
    return is("rejected") ? Status::Rejected : Status::None;
}
