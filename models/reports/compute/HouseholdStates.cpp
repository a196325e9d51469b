#include "reports/compute/HouseholdStates.h"

#include "storage/SqliteStatement.h"

HouseholdStates::HouseholdStates(const QSqlDatabase &db)
{
    SqliteStatement q(db, "SELECT min(id), max(id), count(*) FROM household");
    if (q.step() && !q.isNull(0)) {
        m_first = q.int64(0);
        const qint64 span = q.int64(1) - m_first + 1;
        if (span <= 4 * q.int64(2) + 1024)
            m_dense.resize(size_t(span));
    }
}
