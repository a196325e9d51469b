#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

// Self-inspection (自查自纠): inspection runs, each on a version of a checklist (ChecklistRepository), with an answer
// per item. A closed run is read-only.
class InspectionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InspectionRepository)

public:
    explicit InspectionRepository(Database &db);

    Outcome<QList<Inspection>> inspections() const; // newest first
    Outcome<Inspection> inspection(qint64 id) const; // rejected when there is none
    // templateId 0: the newest version of the shipped template. Name and date are required.
    Result createInspection(Inspection &inspection);
    Result updateInspection(const Inspection &inspection); // refused once closed
    Result closeInspection(qint64 id);

    // One answer per item of the run's template, in item order; unanswered items have no result.
    // Households and evidence included.
    Outcome<QList<InspectionAnswer>> answers(qint64 inspectionId) const;
    Outcome<InspectionAnswer> answer(qint64 answerId) const; // rejected when there is none
    // Creates or updates the answer for (inspectionId, itemId), with its households. A problem needs a
    // description; refused once the run is closed.
    Result saveAnswer(InspectionAnswer &answer);
    Outcome<InspectionProgress> progress(qint64 inspectionId) const;

    // The run and item an answer belongs to, in words ("2026年自查 · HD03"), for ledgers that link to it.
    // Rejected when the answer is no longer on file.
    Outcome<QString> describeAnswer(qint64 answerId) const;

private:
    // The run, when it exists and is still open (*run: as stored).
    Result checkOpen(qint64 inspectionId, Inspection *run = nullptr) const;
    // The checklist a run is to use: the chosen one, or the newest shipped one (id 0); refused with the field.
    Result checkTemplate(qint64 *templateId) const;
    Database &m_db;
};
