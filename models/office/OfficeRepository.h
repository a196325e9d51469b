#pragma once

#include "core/Outcome.h"
#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class Database;

// The office (填报单位): its name and code, address, contacts and signatories, and its villages. The benefit
// standards and category top-ups are kept by StandardRepository (office/StandardRepository.h).
class OfficeRepository
{
    Q_DECLARE_TR_FUNCTIONS(OfficeRepository)

public:
    explicit OfficeRepository(Database &db);

    Outcome<bool> isConfigured() const; // an office row exists
    Outcome<Office> office() const; // an office not set up yet reads as empty fields
    // Saves every field (trimmed); refuses what problems() finds, naming the field. Unchanged: nothing written.
    Result saveOffice(const Office &office);
    // What is wrong with the office's fields, each with the field (name, divisionCode, disclosureUrl, hotline,
    // phone) for inline display; empty when it can be saved.
    static QList<Result> problems(const Office &office);

    // First start: the office, its villages and (when given) its first benefit standard in one transaction (a
    // half set-up township would ask again on the next start).
    Result setUp(const Office &office, QList<Village> &villages, BenefitStandard *standard = nullptr);

    Outcome<QList<Village>> villages() const; // by code
    Outcome<Village> village(qint64 id) const; // rejected when there is no such village
    Outcome<std::optional<Village>> villageByName(const QString &name) const; // none: no village of that name
    // A village as a clerk names it on the command line: by its name, else by its 12-digit code.
    Outcome<std::optional<Village>> villageByNameOrCode(const QString &text) const;
    Result addVillage(Village &village);
    // Adds villages by name with codes that continue the township's: the first 9 digits of its division code and a
    // 3-digit sequence after the highest of those on file (001, 002, …), as an import or `init --village` adds the
    // villages they name. Returns them with their ids and codes; rejected past the 999th.
    Outcome<QList<Village>> addVillagesNamed(const QStringList &names);

    // The benefit standards (StandardRepository's, for the callers that know the office only).
    Outcome<QList<BenefitStandard>> standards() const;
    // The standard in force on a date (the latest effective on or before it; none: no standard yet).
    Outcome<std::optional<BenefitStandard>> standardAt(const QDate &date) const;
    Result addStandard(BenefitStandard &standard);

    // 12 digits; township digit (7th) is 0-3. Returns an empty string when valid, else the reason.
    static QString divisionCodeProblem(const QString &code);
    // An http(s) address or a bare host name with a path (www.example.gov.cn/xxgk); empty text is valid.
    static QString disclosureUrlProblem(const QString &url);
    // A telephone number needs at least 3 digits (12345, 0591-22861234 转 8); empty text is valid.
    static QString phoneProblem(const QString &phone);
    // A village's name without 村民委员会, 居委会…: what 张庄村 and 张庄村民委员会 have in common.
    static QString villageBaseName(const QString &name);

private:
    Database &m_db;
};
