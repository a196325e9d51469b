#pragma once

#include "core/Result.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// Self-inspection (自查自纠): checklist templates (versioned — an edit makes a new version, past
// inspections keep theirs) and inspection runs with an answer per item. A closed run is read-only.
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)

public:
    explicit InspectionRepository(Database &db);

    // Every version of every template, newest first; items not loaded.
    QList<ChecklistTemplate> templates() const;
    // One version with its items in order.
    std::optional<ChecklistTemplate> checklistTemplate(qint64 id) const;
    // The newest version of a template code (default: the shipped one's code).
    std::optional<ChecklistTemplate> latestTemplate(const QString &code = {}) const;
    // Saves the items as a new version of checklist.code (version = newest + 1); sets id, version and the
    // items' ids. Rejects empty wording, duplicate codes, items without a link.
    Result saveTemplateVersion(ChecklistTemplate &checklist);

    QList<Inspection> inspections() const; // newest first
    std::optional<Inspection> inspection(qint64 id) const;
    // templateId 0: the newest version of the shipped template. Name and date are required.
    Result createInspection(Inspection &inspection);
    Result updateInspection(const Inspection &inspection); // refused once closed
    Result closeInspection(qint64 id);

    // One answer per item of the run's template, in item order; unanswered items have no result.
    // Households and evidence included.
    QList<InspectionAnswer> answers(qint64 inspectionId) const;
    std::optional<InspectionAnswer> answer(qint64 answerId) const;
    // Creates or updates the answer for (inspectionId, itemId), with its households. A problem needs a
    // description; refused once the run is closed.
    Result saveAnswer(InspectionAnswer &answer);
    InspectionProgress progress(qint64 inspectionId) const;

    // The run and item an answer belongs to, in words ("2026年自查 · HD03"), for ledgers that link to it.
    QString describeAnswer(qint64 answerId) const;

private:
    Result checkOpen(qint64 inspectionId) const;
    Database &m_db;
};
