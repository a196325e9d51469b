#pragma once

#include "core/Domain.h"
#include "core/Outcome.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

class Database;

// One household a data check found, with why.
struct DataCheckHit
{
    qint64 householdId = 0;
    QString villageName;
    QString headName;
    QString headIdNumber;
    QString detail; // what is wrong, in words ("张三: 身份证号码校验位错误")
};

// What a check found: household id → what is wrong with it (several findings join with "; ").
using DataCheckFindings = QHash<qint64, QStringList>;

// One data check (数据比对): a query over the roster and how to read its result, with what it guards against (the
// link of the seven and the problem types, as the checklist item it sits beside). DataChecks holds them all in one
// registry, runs the queries and turns the findings into hits in roster order; a new check is a class and a line in
// that registry, used by the self-inspection now and by cross-checks next.
class DataCheck
{
public:
    struct Context
    {
        Database &db;
        QDate today; // the day the check is run for
    };

    virtual ~DataCheck();

    virtual QString id() const = 0; // the key checklist items name it by ("invalid_id")
    virtual QString title() const = 0; // translated, e.g. "Invalid or missing ID numbers"
    virtual Domain::Link link() const = 0;
    virtual QList<Domain::ProblemType> problemTypes() const = 0;

    // The SELECTs it reads, run in this order before read() (a query that fails fails the check).
    virtual QStringList queries() const = 0;
    // The households the executed queries show to be wrong, or why they could not be read.
    virtual Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &context) const = 0;

    // Households on dibao now: 在保 and 停保 (the condition on `household h`).
    static QString onDibao();

protected:
    // Current members of households on dibao, in roster order; columns: household id, name, ID number,
    // labour_ability, health, disability_kind, disability_grade, deceased_date.
    static QString currentMembersQuery();
    // Of a row of currentMembersQuery(): the member's age on the day, and whether they count as able-bodied then
    // (ReviewSchedule's rule).
    static int ageOf(const QSqlQuery &member, const QDate &day);
    static bool isAbleBodied(const QSqlQuery &member, int age);
};
