#pragma once

#include "ledgers/LedgerTypes.h"

#include <QJsonObject>

class QSqlQuery;

// The self-inspection's rows as records, and its records as the audit log keeps them.
namespace InspectionRows {

// A row of checklist_item (id, template_id, position, code, link, problem_types, text, text_en, data_check).
ChecklistItem itemFrom(const QSqlQuery &q);
// A row of checklist_template (id, code, version, name, name_en, created_at).
ChecklistTemplate templateFrom(const QSqlQuery &q);
// A row of inspection (id, template_id, name, period, inspection_date, participants, closed_at, closed_by).
Inspection inspectionFrom(const QSqlQuery &q);
// An answer's id, result, description and responsible person from the columns starting at first.
void readAnswerRow(const QSqlQuery &q, int first, InspectionAnswer *a);

QJsonObject inspectionJson(const Inspection &i);
QJsonObject answerJson(const InspectionAnswer &a, const QString &itemCode);

} // namespace InspectionRows
