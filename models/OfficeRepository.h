#pragma once

#include "Result.h"
#include "RosterTypes.h"

#include <QCoreApplication>

class Database;

// The office (填报单位), its villages and the benefit standards.
class OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRepository)

public:
    explicit OfficeRepository(Database &db);

    bool isConfigured() const; // an office row exists
    Office office() const;
    Result saveOffice(const Office &office);

    // First start: the office and its villages in one transaction (a half set-up township would
    // ask again on the next start).
    Result setUp(const Office &office, QList<Village> &villages);

    QList<Village> villages() const;
    std::optional<Village> village(qint64 id) const;
    std::optional<Village> villageByName(const QString &name) const;
    Result addVillage(Village &village);
    Result renameVillage(qint64 id, const QString &name);

    QList<BenefitStandard> standards() const;
    // The standard in force on a date (the latest effective on or before it).
    std::optional<BenefitStandard> standardAt(const QDate &date) const;
    Result addStandard(BenefitStandard &standard);

    // 12 digits; township digit (7th) is 0-3. Returns an empty string when valid, else the reason.
    static QString divisionCodeProblem(const QString &code);

private:
    Database &m_db;
};
