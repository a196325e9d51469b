#pragma once

#include "core/Outcome.h"
#include "roster/RosterTypes.h"
#include "roster/StatusTimeline.h"

#include <QCoreApplication>

class Database;
class QJsonObject;
class QSqlQuery;

// The steps the roster's writes (RosterRepository, MemberChanges, StatusTransitions) are made of, inside the
// caller's transaction: a member read for a change, the audit record, a member's row, the declared counts, a status
// applied, a dated change placed in the status history, and the check of a change reaching into past months.
class RosterWriteSteps
{
    Q_DECLARE_TR_FUNCTIONS(RosterWriteSteps)

public:
    explicit RosterWriteSteps(Database &db);

    // A member with the household it belongs to; rejected when there is none.
    Outcome<Person> person(qint64 personId) const;
    // What a dated change would reach into; rejected when it needs confirming and was not confirmed.
    Outcome<CorrectionImpact> checkCorrection(qint64 householdId, const QDate &date, bool confirmed) const;

    Result audit(const QString &action, const QString &entity, qint64 entityId, qint64 householdId,
        const QJsonObject &oldValue, const QJsonObject &newValue);
    Result insertPerson(Person &person);
    // Moves the declared counts by the given deltas, never below the member records, covered never above
    // members; and points head_person_id at the current head.
    Result adjustCounts(qint64 householdId, int memberDelta, int coveredDelta);
    // The household's status from a date, in the status history and on the household, audited.
    Result applyStatus(const Household &household, Domain::HouseholdStatus to, const QDate &date, const QString &reason,
        int coveredDelta = 0);
    // Places a change in the status history and keeps the household's amount at its latest row's.
    Result placeChange(qint64 householdId, const QDate &date, const StatusTimeline::Change &change);

    // A member's own columns, in the order name, id_number, relation, covered, disability_kind, disability_grade,
    // health, labour_ability, deceased_date, joined_date, relation_text, disability_text, disability_certificate,
    // name_key: the same in an INSERT and an UPDATE.
    static void bindMemberColumns(QSqlQuery &q, const Person &p);
    // Missing, in the future, or before 1900.
    static bool isBadDate(const QDate &date, const QDate &today);
    // The audit record of a change reaching into past months says which.
    static void markCorrection(QJsonObject &record, const CorrectionImpact &impact);

private:
    Database &m_db;
};
