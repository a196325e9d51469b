#pragma once

#include <QByteArray>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

// Copies the write-ahead log into the database file on a thread of its own, once a commit has left it longer
// than a threshold. SQLite's automatic checkpoint does that copy (and its fsync) inside the commit that crossed
// the threshold, so the clerk waited for it: about a third of a second after importing 30,000 households. A
// commit is durable in the log already; the copy only keeps the log short.
//
// The checkpoint is SQLite's PASSIVE one, on a connection of its own: it never waits for, nor blocks, this
// program's readers and writers or another program's.
class WalCheckpointer
{
public:
    // Takes over the connection's WAL hook (SQLite's automatic checkpoint is then off for it).
    explicit WalCheckpointer(sqlite3 *db, int thresholdPages = 1000);
    // Waits for a checkpoint under way, then gives the connection its automatic checkpoint back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    // Returns when no checkpoint is pending or under way.
    void waitUntilIdle();

private:
    static int onCommit(void *self, sqlite3 *db, const char *schema, int pages);
    void run();

    sqlite3 *m_db;
    QByteArray m_path; // the database file, as SQLite names it
    int m_threshold;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_pending = false;
    bool m_running = false;
    bool m_stopping = false;
    std::thread m_thread; // started at the first checkpoint
};
