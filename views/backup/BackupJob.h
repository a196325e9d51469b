#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QThread;

// Runs one backup task (create, verify, restore) on a thread of its own, so that the window keeps painting while
// a database of 100 MB is copied and checked. The task works through its own connections (BackupService).
class BackupJob : public QObject
{
    Q_OBJECT

public:
    explicit BackupJob(QObject *parent = nullptr);
    // Waits for a task under way.
    ~BackupJob() override;

    // Starts task; then runs in the job's thread with its result. False if a task is under way.
    bool start(std::function<Result()> task, std::function<void(const Result &)> then);
    bool isRunning() const;

Q_SIGNALS:
    // After then() has run.
    void finished(const Result &result);

private:
    QPointer<QThread> m_thread;
    bool m_running = false;
};
