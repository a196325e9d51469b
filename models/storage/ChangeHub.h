#pragma once

#include <QObject>
#include <QSet>

#include <memory>

// What changed in an office's database, announced after each commit: pages and charts subscribe to it instead of
// being wired to each other by hand. One hub per database file, shared by every connection to it in the process
// (a worker thread's import on its own connection is heard by the window). Repositories announce inside their
// transaction (Database::announce()); the hub hears nothing of a transaction rolled back.
class ChangeHub : public QObject
{
    Q_OBJECT

public:
    enum class Area {
        Office, // the office, villages, standards, top-ups
        Roster, // households, members, their histories
        Inspection,
        Rectifications,
        Complaints,
        Cases,
        Calendar,
        Reports, // tables printed or exported
        Everything, // the whole file changed (a restored backup)
    };
    Q_ENUM(Area)

    // The hub of a database file (its canonical path); made on first use.
    static std::shared_ptr<ChangeHub> forFile(const QString &path);

    // Emits changed() for each area with the ids of the records that changed in it (empty: unknown, or many). Safe to
    // call from any thread: subscribers in other threads get it queued.
    void publish(Area area, const QSet<qint64> &ids);

Q_SIGNALS:
    void changed(ChangeHub::Area area, const QSet<qint64> &ids);

private:
    ChangeHub() = default;
};
