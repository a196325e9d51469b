#pragma once

#include <QList>
#include <QString>

// The roster's enumerations. Each value has a stable key (stored in the database and in JSON),
// a Chinese label (what files and forms say) and an English label; label() gives the one of the
// current UI language through the translator.
namespace Domain {

enum class HouseholdStatus { Applying, Active, Suspended, Exited, Rejected }; // 申请中 在保 停保 退保 未通过
enum class Category { Ordinary, ClassA, ClassB, ClassC }; // 分类施保类别
enum class Relation {
    Head,
    Spouse,
    Son,
    Daughter,
    Father,
    Mother,
    Grandson,
    Granddaughter,
    SonInLaw,
    DaughterInLaw,
    Grandfather,
    Grandmother,
    Sibling,
    Other, // 其他: a word the program could not place; the member keeps the word (Person::relationText)
    // The group words of roster files and GB/T 4761's one-digit codes: 子女 父母 孙子女 祖父母
    Child,
    Parent,
    Grandchild,
    Grandparent,
    ParentInLaw, // 公婆、岳父母
    SiblingInLaw, // 嫂、弟媳、姐夫、妹夫
    Relative, // 其他亲属: 伯父 叔父 舅父 姨母 侄子 外甥 …
    NonRelative // 非亲属
};
// Other: a disability the program could not place (the words stay in Person::disabilityText).
enum class DisabilityKind { None, Visual, Hearing, Speech, Physical, Intellectual, Mental, Multiple, Other };
enum class DisabilityGrade { None, Grade1, Grade2, Grade3, Grade4 };
enum class Health { Healthy, Weak, Chronic, Serious };
enum class LabourAbility { Full, Partial, None };

// The campaign's ledgers (专项治理台账).
// 七个环节: 认定条件 信息核对 入户调查 审核审批 公开监督 查处问题 规范管理
enum class Link { Eligibility, Verification, HomeVisit, ReviewApproval, Disclosure, Investigation, Management };
// 五类问题: 低保违法腐败 低保违规错保 兜底保障漏保 整体纳入低保 不良工作作风
enum class ProblemType { Corruption, WrongfulInclusion, WrongfulExclusion, GroupInclusion, WorkStyle };
enum class InspectionResult { Compliant, Problem, NotApplicable }; // 符合 存在问题 不适用
enum class RectificationStatus { Open, InProgress, Done, SignedOff }; // 未整改 整改中 已整改 已销号
// 电话 来信 来访 网络 惠民资金网 上级转办
enum class ComplaintChannel { Phone, Letter, Visit, Online, FundsSite, Referred };
enum class Finding { Substantiated, PartlySubstantiated, Unsubstantiated, NoEvidence }; // 属实 部分属实 不属实 查无实据
// 党纪处分 政务处分 组织处理 移送司法
enum class Handling { PartyDiscipline, AdministrativeSanction, OrganisationalAction, JudicialReferral };
// Where a rectification or a typical case came from: 自行发现 自查自纠 举报线索
enum class LedgerSource { Manual, Inspection, Complaint };

struct EnumText
{
    const char *key;
    const char *zh;
    const char *en; // source text for tr(), context "Domain"
};

template<typename E> QList<E> allValues();

template<typename E> QString key(E value);
template<typename E> QString zhLabel(E value);
template<typename E> QString enLabel(E value);
// Label in the UI language (translated English source).
template<typename E> QString label(E value);
// Finds a value by key, Chinese label, English label or a common synonym; false if none matches.
template<typename E> bool fromText(const QString &text, E *out);

// A grade-1/2 disability, or grade-3 intellectual or mental: the campaign's "severely disabled" (重度残疾).
bool isSevereDisability(DisabilityKind kind, DisabilityGrade grade);

// Reasons the program itself writes into the records (a status change, a member leaving). They are the records'
// words, Chinese whatever the interface's language, like the official forms that print them (变动情况表).
namespace RecordedReason {
QString registered(); // 登记: a household's first status
QString deceased(); // 死亡: a member who died
QString allMembersDeceased(); // 家庭成员均已死亡: a household closed by its last member's death
QString importedFrom(const QString &fileName); // 从 FILE 导入
QString formerHead(); // 原户主: the relation of a head who died
QString memberAdded(); // 新增家庭成员
QString figuresChanged(); // 保障金额或保障人数调整
QString removedFromHousehold(); // 迁出
// 导入时已停保, 导入时已退保, 导入时未通过: a status a roster file gave without its reason; empty for the others.
QString importedWithStatus(HouseholdStatus status);
} // namespace RecordedReason

} // namespace Domain
