#pragma once

#include "core/Result.h"
#include "exchange/roster/RosterExporter.h"

#include <QObject>
#include <QPointer>

class Database;
class QThread;

// Exports the roster on a thread of its own, through its own connection to the database file, so that the
// window keeps painting while a large roster is written (about three seconds for 30,000 households).
class RosterExportJob : public QObject
{
    Q_OBJECT

public:
    // Exports from the file db has open, as db's operator.
    explicit RosterExportJob(const Database &db, QObject *parent = nullptr);
    // Waits for an export under way.
    ~RosterExportJob() override;

    // Starts writing the households the filter shows to path; false if an export is already under way.
    bool start(const QString &path, const RosterFilter &filter);
    bool isRunning() const;

Q_SIGNALS:
    // In the thread that made the job, once the file is written or the export failed.
    void finished(const Result &result, const RosterExporter::Summary &summary, const QString &path);

private:
    const Database &m_db;
    QPointer<QThread> m_thread;
};
