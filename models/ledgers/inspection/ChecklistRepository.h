#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// The self-inspection's checklists (检查清单), versioned: an edit makes a new version, and past inspections keep
// theirs.
class ChecklistRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistRepository)

public:
    explicit ChecklistRepository(Database &db);

    // Every version of every template, newest first; items not loaded.
    Outcome<QList<ChecklistTemplate>> templates() const;
    // One version with its items in order; rejected when there is none.
    Outcome<ChecklistTemplate> checklistTemplate(qint64 id) const;
    // The newest version of a template code (default: the shipped one's code); rejected when there is none.
    Outcome<ChecklistTemplate> latestTemplate(const QString &code = {}) const;
    // Saves the items as a new version of checklist.code (version = newest + 1); sets id, version and the
    // items' ids. Rejects empty wording, duplicate codes, items without a link.
    Result saveTemplateVersion(ChecklistTemplate &checklist);

private:
    Database &m_db;
};
