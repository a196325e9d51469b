#pragma once

#include "core/Result.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

class QSqlDatabase;

// What a new database starts with for the campaign: the shipped self-inspection checklist
// (resources/checklists/default.json) and the notice's reporting calendar (resources/calendar/default.json).
class LedgerDefaults
{
    Q_DECLARE_TR_FUNCTIONS(LedgerDefaults)

public:
    // Inserts both inside the caller's transaction (the schema migration).
    static Result install(const QSqlDatabase &db, const QDateTime &now);

    // A checklist template from its JSON form (the shipped file's shape); rejects a malformed one,
    // naming the item and field.
    static Result templateFromJson(const QJsonObject &json, ChecklistTemplate *out);
    static QJsonObject templateToJson(const ChecklistTemplate &checklist);
    static ChecklistTemplate defaultTemplate();
    static QList<CalendarItem> defaultCalendar();
};
