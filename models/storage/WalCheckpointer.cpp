#include "storage/WalCheckpointer.h"

#include <sqlite3.h>

WalCheckpointer::WalCheckpointer(sqlite3 *db, int thresholdPages)
    : m_db(db)
    , m_threshold(thresholdPages)
{
    if (const char *file = sqlite3_db_filename(db, "main"))
        m_path = file;
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        m_pending = false;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    sqlite3_wal_autocheckpoint(m_db, m_threshold);
}

void WalCheckpointer::waitUntilIdle()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_pending && !m_running; });
}

// Called by SQLite in the committing thread, after the commit, with the log's length in pages.
int WalCheckpointer::onCommit(void *self, sqlite3 *, const char *, int pages)
{
    auto *c = static_cast<WalCheckpointer *>(self);
    if (pages < c->m_threshold || c->m_path.isEmpty())
        return SQLITE_OK;
    std::lock_guard lock(c->m_mutex);
    if (c->m_stopping)
        return SQLITE_OK;
    c->m_pending = true;
    if (!c->m_thread.joinable())
        c->m_thread = std::thread(&WalCheckpointer::run, c);
    c->m_changed.notify_all();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_pending || m_stopping; });
        if (m_stopping)
            return;
        m_pending = false;
        m_running = true;
        lock.unlock();
        sqlite3 *own = nullptr;
        if (sqlite3_open_v2(m_path.constData(), &own, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            // The copy is synced as the program's own connection would sync it.
            sqlite3_exec(own, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
            sqlite3_wal_checkpoint_v2(own, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close_v2(own); // a no-op on null
        lock.lock();
        m_running = false;
        m_changed.notify_all();
    }
}
