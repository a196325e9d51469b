#pragma once

#include "core/Domain.h"
#include "core/Money.h"
#include "core/Period.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// Plain values of the campaign's ledgers (专项治理台账), as the repositories read and write them.
// Every write is audited like a roster change.

struct ChecklistItem // 自查清单的一项
{
    qint64 id = 0;
    qint64 templateId = 0;
    int position = 0;
    QString code; // RD01, HD02…; unique within a template
    Domain::Link link = Domain::Link::Eligibility;
    QList<Domain::ProblemType> problemTypes; // the problems the item guards against
    QString text; // Chinese: a yes/no check, "yes" meaning compliant
    QString textEn;
    QString dataCheck; // a DataChecks key, or empty
    // The item's wording in the UI language.
    QString displayText() const;
};

struct ChecklistTemplate // 自查清单（版本）
{
    qint64 id = 0;
    QString code; // the same for every version of one template
    int version = 1;
    QString name;
    QString nameEn;
    QDateTime createdAt;
    QList<ChecklistItem> items;
    QString displayName() const;
};

struct Evidence // 佐证材料: a file copied into the database
{
    enum class Owner { Answer, Rectification, Complaint };
    qint64 id = 0;
    Owner owner = Owner::Answer;
    qint64 ownerId = 0;
    QString fileName; // without folder
    QString sha256; // hex
    qint64 size = 0;
    QDateTime addedAt;
    QString operatorName;
};

struct InspectionAnswer // 一项的检查结果
{
    qint64 id = 0;
    qint64 inspectionId = 0;
    qint64 itemId = 0;
    std::optional<Domain::InspectionResult> result; // empty: not answered yet
    QString description; // the problem found
    QString responsible; // 责任人
    QList<qint64> householdIds; // affected households
    QList<Evidence> evidence;
};

struct Inspection // 自查自纠（一次）
{
    qint64 id = 0;
    qint64 templateId = 0;
    QString name;
    Period period; // the month it covers
    QDate date;
    QString participants;
    QDateTime closedAt; // invalid while open
    QString closedBy;
    bool isClosed() const { return closedAt.isValid(); }
};

// Answered / total, and problems by link and by type, for a run's progress.
struct InspectionProgress
{
    int total = 0;
    int answered = 0;
    int compliant = 0;
    int problems = 0;
    int notApplicable = 0;
    QList<int> problemsByLink; // indexed by Domain::Link
    QList<int> problemsByType; // indexed by Domain::ProblemType
};

struct Rectification // 整改台账的一条
{
    qint64 id = 0;
    QString problem;
    Domain::LedgerSource source = Domain::LedgerSource::Manual;
    qint64 sourceId = 0; // inspection answer or complaint id
    QString sourceText; // what the source was, in words (filled when read)
    QString measures; // 整改措施
    QString responsible; // 责任人
    QDate deadline; // 整改时限
    Domain::RectificationStatus status = Domain::RectificationStatus::Open;
    QDate completedDate; // 完成时间
    QString completionNote; // 整改情况
    QString reviewer; // 销号人
    QDate signedOffDate; // 销号日期
    QDate createdDate;
    QList<qint64> householdIds;
    QList<Evidence> evidence;
    // Past its deadline and not yet rectified, on the given day.
    bool isOverdue(const QDate &today) const;
};

struct ComplaintStep // 办理过程的一步
{
    qint64 id = 0;
    QDate date;
    QString text;
    QString operatorName;
};

struct Complaint // 群众举报问题线索
{
    qint64 id = 0;
    QDate receivedDate;
    Domain::ComplaintChannel channel = Domain::ComplaintChannel::Phone;
    bool anonymous = false;
    QString reporterName;
    QString reporterContact;
    qint64 householdId = 0; // the subject, when on the roster
    qint64 personId = 0;
    QString subjectText; // the subject in words (always filled for display)
    qint64 villageId = 0;
    QString villageName; // filled when read
    std::optional<Domain::ProblemType> problemType;
    QString summary;
    QString handler; // 承办人
    QDate dueDate; // 办结时限
    QDate transferredDate; // 移交纪检监察
    QString transferBody;
    QString transferReference;
    std::optional<Domain::Finding> finding; // 核查结论
    QDate feedbackDate; // 反馈举报人
    QString feedbackMethod;
    QDate closedDate; // 办结
    QList<ComplaintStep> steps;
    QList<Evidence> evidence;
    bool isClosed() const { return closedDate.isValid(); }
    bool isOverdue(const QDate &today) const { return !isClosed() && dueDate.isValid() && today > dueDate; }
    // True when the handler's name appears in the subject or the summary (回避: the handler should not handle a
    // complaint about themselves).
    bool handlerNamedIn() const;
    // The reporter as lists show it: 匿名, or the name with all but its first character masked.
    QString maskedReporter() const;
};

struct TypicalCase // 典型案例
{
    qint64 id = 0;
    Period month; // the month it is reported for (due on the 3rd of the next)
    QString title;
    QString summary;
    std::optional<Domain::ProblemType> problemType;
    QString persons; // 涉及人员
    QList<Domain::Handling> handling; // 处理方式
    Money fundsRecovered; // 追回资金
    Domain::LedgerSource source = Domain::LedgerSource::Manual;
    qint64 sourceId = 0;
    QString sourceText;
};

struct CalendarItem // 报送事项
{
    qint64 id = 0;
    QString code;
    QString title;
    QString titleEn;
    bool monthly = false; // every month on `day`; otherwise every year on month/day
    int month = 0;
    int day = 1;
    QString note;
    bool active = true;
    QString displayTitle() const;
    // The due dates of this item in a year.
    QList<QDate> dueDatesIn(int year) const;
};

struct CalendarEntry // 一次报送
{
    CalendarItem item;
    QDate dueDate;
    QDate submittedDate; // invalid: not submitted
    QString submittedBy;
    QString fileName;
    bool beforeTracking = false; // due before the calendar was kept here: neither submitted nor overdue
    bool isSubmitted() const { return submittedDate.isValid(); }
    bool isOverdue(const QDate &today) const { return !isSubmitted() && !beforeTracking && today > dueDate; }
};
