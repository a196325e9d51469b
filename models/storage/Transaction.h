#pragma once

#include "core/Result.h"
#include "storage/Database.h"

// Scope guard: rolls back unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database &db)
        : m_db(db)
    { }
    ~Transaction()
    {
        if (m_open)
            m_db.rollback();
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool begin(Result *error)
    {
        m_open = m_db.begin(error);
        return m_open;
    }
    bool commit(Result *error)
    {
        if (!m_open)
            return false;
        m_open = false;
        return m_db.commit(error);
    }

private:
    Database &m_db;
    bool m_open = false;
};
