#include "roster/RosterExportJob.h"

#include "storage/Database.h"

#include <QThread>

RosterExportJob::RosterExportJob(const Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{ }

RosterExportJob::~RosterExportJob()
{
    if (m_thread)
        m_thread->wait();
    delete m_thread;
}

bool RosterExportJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool RosterExportJob::start(const QString &path, const RosterFilter &filter)
{
    if (isRunning())
        return false;
    delete m_thread;
    const QString databasePath = m_db.path();
    const QString operatorName = m_db.operatorName();
    m_thread = QThread::create([this, databasePath, operatorName, path, filter] {
        Database db;
        db.setOperatorName(operatorName);
        Result result = db.open(databasePath);
        RosterExporter::Summary summary;
        if (result)
            result = RosterExporter(db).exportRoster(path, filter, &summary);
        // Delivered in the job's thread; the job outlives this thread (its destructor waits for it).
        QMetaObject::invokeMethod(
            this, [this, result, summary, path] { emit finished(result, summary, path); }, Qt::QueuedConnection);
    });
    m_thread->start();
    return true;
}
