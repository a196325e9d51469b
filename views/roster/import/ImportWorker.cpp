#include "roster/import/ImportWorker.h"

#include "storage/Database.h"

ImportWorker::ImportWorker(const QString &databasePath, const QString &operatorName)
    : m_path(databasePath)
    , m_operator(operatorName)
{ }

ImportWorker::~ImportWorker() = default;

Result ImportWorker::open()
{
    if (m_db && m_db->isOpen())
        return Result::success();
    m_db = std::make_unique<Database>();
    m_db->setOperatorName(m_operator);
    if (Result r = m_db->open(m_path); !r)
        return r;
    m_importer = std::make_unique<RosterImporter>(*m_db);
    m_importer->setProgress([this](int done, int total) {
        Q_EMIT progress(done, total);
        return !m_cancel.load();
    });
    return Result::success();
}

void ImportWorker::preview(const QString &path, const ImportOptions &options)
{
    m_cancel = false;
    if (const Result opened = open(); !opened) {
        ImportPreview failed;
        failed.file = path;
        ImportIssue issue;
        issue.file = path;
        issue.reason = opened.message();
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
        Q_EMIT applied(Result::rejected(tr("Nothing to import.")));
        return;
    }
    Q_EMIT applied(m_importer->apply());
}
