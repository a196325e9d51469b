#include "backup/BackupJob.h"

#include <QThread>

BackupJob::BackupJob(QObject *parent)
    : QObject(parent)
{ }

BackupJob::~BackupJob()
{
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

bool BackupJob::isRunning() const
{
    return m_running;
}

bool BackupJob::start(std::function<Result()> task, std::function<void(const Result &)> then)
{
    if (m_running)
        return false;
    if (m_thread)
        m_thread->wait();
    delete m_thread;
    m_running = true;
    m_thread = QThread::create([this, task = std::move(task), then = std::move(then)] {
        const Result result = task();
        // Delivered in the job's thread; the job outlives this thread (its destructor waits for it).
        QMetaObject::invokeMethod(
            this,
            [this, result, then] {
                m_running = false;
                if (then)
                    then(result);
                emit finished(result);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}
