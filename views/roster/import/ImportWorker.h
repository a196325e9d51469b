#pragma once

#include "exchange/roster/RosterImporter.h"

#include <QObject>

#include <atomic>
#include <memory>

class Database;

// Runs a roster import off the GUI thread on its own connection to the same database file.
class ImportWorker : public QObject
{
    Q_OBJECT

public:
    ImportWorker(const QString &databasePath, const QString &operatorName);
    ~ImportWorker() override;

    // Safe to call from any thread: the running step stops at its next check and writes nothing.
    void cancel() { m_cancel = true; }

public Q_SLOTS:
    void preview(const QString &path, const ImportOptions &options);
    void apply();

Q_SIGNALS:
    void progress(int done, int total);
    void previewReady(const ImportPreview &preview);
    // The import written, or why not (rejected: the file or the roster refused it; failed: the database).
    void applied(const Result &result);

private:
    Result open();

    QString m_path;
    QString m_operator;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<RosterImporter> m_importer;
    std::atomic<bool> m_cancel = false;
};
