#include "roster/import/ImportWorker.h"

#include "storage/Database.h"

ImportWorker::ImportWorker(const QString &databasePath, const QString &operatorName)
    : m_path(databasePath)
    , m_operator(operatorName)
{ }

ImportWorker::~ImportWorker() = default;

bool ImportWorker::open(QString *error)
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<Database>();
    m_db->setOperatorName(m_operator);
    const Result r = m_db->open(m_path);
    if (!r) {
        *error = r.message();
        return false;
    }
    m_importer = std::make_unique<RosterImporter>(*m_db);
    m_importer->setProgress([this](int done, int total) {
        Q_EMIT progress(done, total);
        return !m_cancel.load();
    });
    return true;
}

void ImportWorker::preview(const QString &path, const ImportOptions &options)
{
    m_cancel = false;
    QString error;
    if (!open(&error)) {
        ImportPreview failed;
        failed.file = path;
        ImportIssue issue;
        issue.file = path;
        issue.reason = error;
        failed.issues.append(issue);
        Q_EMIT previewReady(failed);
        return;
    }
    Q_EMIT previewReady(m_importer->preview(path, options));
}

void ImportWorker::apply()
{
    m_cancel = false;
    if (!m_importer) {
        Q_EMIT applied(false, tr("Nothing to import."));
        return;
    }
    const Result r = m_importer->apply();
    Q_EMIT applied(r.isOk(), r.message());
}
