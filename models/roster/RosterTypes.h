#pragma once

#include "core/Domain.h"
#include "core/Money.h"
#include "core/Period.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain values of the roster, as the repositories read and write them.

struct Office // 乡镇民政办 / 填报单位
{
    QString name; // 乡镇名称
    QString divisionCode; // 12-digit statistical division code
    QString county; // 所属县（市、区）
    QString address; // 地址
    QString phone; // 联系电话
    QString hotline; // 监督举报电话
    QString disclosureUrl; // 信息公开网址
    QString unitHead; // 单位负责人
    QString reviewer; // 审核人
    QString preparer; // 填表人
};

struct Village // 村（居）委会
{
    qint64 id = 0;
    QString code; // 12-digit division code
    QString name;
};

struct Person // 家庭成员
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    QString idNumber; // normalised 18 characters
    Domain::Relation relation = Domain::Relation::Other;
    QString relationText; // the word a roster file used (长子, 外孙女, 40), where it is not the label of `relation`
    bool covered = true; // 保障对象
    Domain::DisabilityKind disabilityKind = Domain::DisabilityKind::None;
    Domain::DisabilityGrade disabilityGrade = Domain::DisabilityGrade::None;
    QString disabilityText; // as a roster file wrote it (三级（智力）), where it is not the labels
    QString disabilityCertificate; // 残疾人证号: the ID number, the kind digit and the grade digit
    Domain::Health health = Domain::Health::Healthy;
    Domain::LabourAbility labourAbility = Domain::LabourAbility::Full;
    QDate deceasedDate;
    QDate joinedDate; // membership began (born, moved in); invalid: since the household's start
    QDate leftDate; // membership ended (moved, left, died)
    QString leftReason;
    QString note;

    bool isCurrent() const { return !leftDate.isValid(); }
    bool isHead() const { return relation == Domain::Relation::Head; }
    // The relation as the records say it: the file's own word where there is one, else the label.
    QString displayRelation() const;
};

struct StatusChange // 状态变更
{
    qint64 id = 0;
    qint64 householdId = 0;
    std::optional<Domain::HouseholdStatus> from; // empty for the first record
    Domain::HouseholdStatus to = Domain::HouseholdStatus::Applying;
    QDate date;
    QString reason;
    Money monthlyAmount;
    int coveredCount = 0;
    // Whether this row sets the amount / covered persons, or carries on those of the rows before (a status change).
    bool setsAmount = true;
    bool setsCovered = true;
    Period paidFrom; // the first month the benefit in force is payable
    QDateTime recordedAt;
    QString operatorName;
};

struct Household // 户 / 低保家庭
{
    qint64 id = 0;
    qint64 villageId = 0;
    QString villageName;
    qint64 headPersonId = 0;
    Domain::HouseholdStatus status = Domain::HouseholdStatus::Applying;
    Domain::Category category = Domain::Category::Ordinary;
    QString address;
    QString phone;
    QString bankAccount;
    Money monthlyAmount; // 月保障金
    // 家庭人口 and 保障人口: declared figures. A roster file often lists only the head, so they can exceed the
    // member records; they are never below them. 0 when creating means "count the member records".
    int memberCount = 0;
    int coveredCount = 0;
    Period startPeriod; // 开始保障年月
    QDate statusDate; // date of the last status change
    QDate reviewDate; // 复核: the last periodic review
    bool registeredPoor = false; // 建档立卡贫困户
    QString note;
    QList<Person> members; // current members first; former members follow with leftDate set
    // When creating: the household's past as a roster file tells it (started in 2014, suspended in 2024), oldest
    // first; each entry's to, date, reason and paidFrom are used. Empty: one entry, status at statusDate.
    QList<StatusChange> history;

    QString headName() const;
    QString headIdNumber() const;
    QList<Person> currentMembers() const;
};

struct BenefitStandard // 低保标准
{
    qint64 id = 0;
    QDate effectiveDate;
    Money monthlyPerPerson; // yuan per person per month, in fen
    QString note;
};

struct CategorySupplement // 分类施保: a category's top-up per covered person and month, from a month on
{
    qint64 id = 0;
    Domain::Category category = Domain::Category::ClassA;
    Period from;
    Money amount; // a fixed amount, when sharePermille is not set
    std::optional<int> sharePermille; // or a share of the standard in force, in ‰ (300 = 30 %)
    QString note;

    // The top-up per covered person under a standard.
    Money perPerson(Money standard) const;
};

struct AuditRecord // 操作日志
{
    qint64 seq = 0;
    QDateTime at;
    QString operatorName;
    QString action; // create / update / status / member_add / ...
    QString entity; // household / person / office / village / standard
    qint64 entityId = 0;
    qint64 householdId = 0;
    QString oldValue; // JSON
    QString newValue; // JSON
    QString prevHash;
    QString hash;
};
