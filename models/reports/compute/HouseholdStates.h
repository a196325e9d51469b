#pragma once

#include "reports/compute/StatusHistoryReader.h"

#include <QHash>

#include <vector>

class QSqlDatabase;

// A household's state at a day, from the status history: the last change effective on or before it (the
// latest effective date; of one day, the last recorded).
struct HouseholdState
{
    using Status = StatusHistoryReader::Status;

    Status status = Status::None;
    int covered = 0;
    qint64 fen = 0;
    int paidFrom = 0; // yyyymm: the first month the benefit in force is payable
    qint64 villageId = 0; // monthly() only
    int members = 0; // monthly(): member records counted so far into the age groups
    // readHistory(): the history row the state comes from, and the state before the month.
    int day = 0;
    qint64 row = 0;
    Status startStatus = Status::None;
    int startCovered = 0;
    qint64 startFen = 0;
    int startDay = 0;
    qint64 startRow = 0;
};

// The households' states by id. Household ids are SQLite row ids, dense from the first: a vector indexed by
// id, so the history, household and person tables (read in id order) find theirs without hashing; a hash
// for ids outside the range, or if the ids are sparse.
class HouseholdStates
{
public:
    using Status = StatusHistoryReader::Status;

    explicit HouseholdStates(const QSqlDatabase &db);

    HouseholdState &operator[](qint64 id)
    {
        const qint64 i = id - m_first;
        return i >= 0 && i < qint64(m_dense.size()) ? m_dense[size_t(i)] : m_sparse[id];
    }

    // The state of a household with history up to the day, or null.
    HouseholdState *find(qint64 id)
    {
        const qint64 i = id - m_first;
        HouseholdState *s = nullptr;
        if (i >= 0 && i < qint64(m_dense.size())) {
            s = &m_dense[size_t(i)];
        } else if (const auto it = m_sparse.find(id); it != m_sparse.end()) {
            s = &*it;
        }
        return s && s->status != Status::None ? s : nullptr;
    }

    template<typename Visit> void forEach(const Visit &visit) const
    {
        for (const HouseholdState &s : m_dense) {
            if (s.status != Status::None)
                visit(s);
        }
        for (const HouseholdState &s : m_sparse) {
            if (s.status != Status::None)
                visit(s);
        }
    }

private:
    qint64 m_first = 0;
    std::vector<HouseholdState> m_dense;
    QHash<qint64, HouseholdState> m_sparse;
};
