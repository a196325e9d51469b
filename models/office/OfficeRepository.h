#pragma once

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

    bool isConfigured() const; // an office row exists
    Office office() const;
    // Saves every field (trimmed); refuses what problems() finds, naming the field. Unchanged: nothing written.
    Result saveOffice(const Office &office);
    // What is wrong with the office's fields, each with the field (name, divisionCode, disclosureUrl, hotline,
    // phone) for inline display; empty when it can be saved.
    static QList<Result> problems(const Office &office);

    // First start: the office, its villages and (when given) its first benefit standard in one transaction (a
    // half set-up township would ask again on the next start).
    Result setUp(const Office &office, QList<Village> &villages, BenefitStandard *standard = nullptr);

    QList<Village> villages() const;
    std::optional<Village> village(qint64 id) const;
    std::optional<Village> villageByName(const QString &name) const;
    Result addVillage(Village &village);
    // Adds villages by name with the codes after the largest on file (the township's code and 001, 002, …), as an
    // import adds the villages its file names; *ids gets each name's new id.
    Result addVillagesNamed(const QStringList &names, QHash<QString, qint64> *ids);

    // The benefit standards (StandardRepository's, for the callers that know the office only).
    QList<BenefitStandard> standards() const;
    // The standard in force on a date (the latest effective on or before it).
    std::optional<BenefitStandard> standardAt(const QDate &date) const;
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
