#pragma once

#include "roster/RosterTypes.h"

#include <QJsonObject>
#include <QVariant>

class QSqlQuery;

// Row <-> value conversions shared by the roster's storage code (models/ only).
namespace RosterRecords {

QVariant dateValue(const QDate &date); // NULL for an invalid date
QDate dateFrom(const QVariant &value);
QJsonObject personJson(const Person &person);
QJsonObject householdJson(const Household &household);
// Household columns (aliases h for household, v for village) matching householdFrom().
extern const char *const kHouseholdColumns;
// Reads the kHouseholdColumns starting at column `first` of the current row; no members.
Household householdFrom(const QSqlQuery &query, int first = 0);
// Column list matching personFrom().
extern const char *const kPersonColumns;
// Reads the kPersonColumns starting at column `first` of the current row.
Person personFrom(const QSqlQuery &query, int first = 0);

// The status history a new household starts with: its history as given (Household::history, oldest first), or one
// row of its status at its status date. Each row has its from, to, date, reason, figures and paidFrom set; the
// first sets the amount and covered persons, the later ones carry them on.
QList<StatusChange> openingHistory(const Household &household, const QString &reason);
// A history row's reason for a member's change names the member: 死亡（林阿婆）.
QString memberReason(const QString &reason, const QString &memberName);
// The first month a benefit approved on a date is payable: the month after (the procedure pays from then).
Period paidFromApproval(const QDate &date);

template<typename E> E enumOr(const QVariant &value, E fallback)
{
    E out = fallback;
    Domain::fromText(value.toString(), &out);
    return out;
}

} // namespace RosterRecords
