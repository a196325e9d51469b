#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

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

// Live queries over the roster that sit beside checklist items (DESIGN.md §2's typical anomalies).
// A check finds households; the item's answer stays the clerk's. Checks look at households on
// dibao now (在保 and 停保).
class DataChecks
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    explicit DataChecks(Database &db);

    // invalid_id, duplicate_id, covered_above_members, amount_above_standard, deceased_covered,
    // review_overdue, able_bodied_household.
    static QStringList keys();
    static QString title(const QString &key); // translated, e.g. "Invalid or missing ID numbers"

    // The households the check finds on `today` (the database clock's day when invalid), in roster
    // order; an unknown key finds nothing.
    QList<DataCheckHit> run(const QString &key, const QDate &today = {}) const;

private:
    Database &m_db;
};
