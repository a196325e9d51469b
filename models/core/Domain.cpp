#include "core/Domain.h"

#include <QCoreApplication>

namespace Domain {
namespace {

// clang-format off
const EnumText kStatus[] = {
    {"applying", "申请中", QT_TRANSLATE_NOOP("Domain", "Applying")},
    {"active", "在保", QT_TRANSLATE_NOOP("Domain", "Active")},
    {"suspended", "停保", QT_TRANSLATE_NOOP("Domain", "Suspended")},
    {"exited", "退保", QT_TRANSLATE_NOOP("Domain", "Exited")},
    {"rejected", "未通过", QT_TRANSLATE_NOOP("Domain", "Rejected")},
};
const EnumText kCategory[] = {
    {"ordinary", "一般", QT_TRANSLATE_NOOP("Domain", "Ordinary")},
    {"A", "A类", QT_TRANSLATE_NOOP("Domain", "Class A")},
    {"B", "B类", QT_TRANSLATE_NOOP("Domain", "Class B")},
    {"C", "C类", QT_TRANSLATE_NOOP("Domain", "Class C")},
};
const EnumText kRelation[] = {
    {"head", "户主", QT_TRANSLATE_NOOP("Domain", "Head")},
    {"spouse", "配偶", QT_TRANSLATE_NOOP("Domain", "Spouse")},
    {"son", "子", QT_TRANSLATE_NOOP("Domain", "Son")},
    {"daughter", "女", QT_TRANSLATE_NOOP("Domain", "Daughter")},
    {"father", "父亲", QT_TRANSLATE_NOOP("Domain", "Father")},
    {"mother", "母亲", QT_TRANSLATE_NOOP("Domain", "Mother")},
    {"grandson", "孙子", QT_TRANSLATE_NOOP("Domain", "Grandson")},
    {"granddaughter", "孙女", QT_TRANSLATE_NOOP("Domain", "Granddaughter")},
    {"son_in_law", "女婿", QT_TRANSLATE_NOOP("Domain", "Son-in-law")},
    {"daughter_in_law", "儿媳", QT_TRANSLATE_NOOP("Domain", "Daughter-in-law")},
    {"grandfather", "祖父", QT_TRANSLATE_NOOP("Domain", "Grandfather")},
    {"grandmother", "祖母", QT_TRANSLATE_NOOP("Domain", "Grandmother")},
    {"sibling", "兄弟姐妹", QT_TRANSLATE_NOOP("Domain", "Sibling")},
    {"other", "其他", QT_TRANSLATE_NOOP("Domain", "Other")},
    {"child", "子女", QT_TRANSLATE_NOOP("Domain", "Child")},
    {"parent", "父母", QT_TRANSLATE_NOOP("Domain", "Parent")},
    {"grandchild", "孙子女", QT_TRANSLATE_NOOP("Domain", "Grandchild")},
    {"grandparent", "祖父母", QT_TRANSLATE_NOOP("Domain", "Grandparent")},
    {"parent_in_law", "配偶的父母", QT_TRANSLATE_NOOP("Domain", "Parent-in-law")},
    {"sibling_in_law", "兄弟姐妹的配偶", QT_TRANSLATE_NOOP("Domain", "Sibling-in-law")},
    {"relative", "其他亲属", QT_TRANSLATE_NOOP("Domain", "Other relative")},
    {"non_relative", "非亲属", QT_TRANSLATE_NOOP("Domain", "Not related")},
};
const EnumText kDisabilityKind[] = {
    {"none", "无", QT_TRANSLATE_NOOP("Domain", "None")},
    {"visual", "视力残疾", QT_TRANSLATE_NOOP("Domain", "Visual")},
    {"hearing", "听力残疾", QT_TRANSLATE_NOOP("Domain", "Hearing")},
    {"speech", "言语残疾", QT_TRANSLATE_NOOP("Domain", "Speech")},
    {"physical", "肢体残疾", QT_TRANSLATE_NOOP("Domain", "Physical")},
    {"intellectual", "智力残疾", QT_TRANSLATE_NOOP("Domain", "Intellectual")},
    {"mental", "精神残疾", QT_TRANSLATE_NOOP("Domain", "Mental")},
    {"multiple", "多重残疾", QT_TRANSLATE_NOOP("Domain", "Multiple")},
    {"other", "其他残疾", QT_TRANSLATE_NOOP("Domain", "Other disability")},
};
const EnumText kDisabilityGrade[] = {
    {"none", "无", QT_TRANSLATE_NOOP("Domain", "None")},
    {"1", "一级", QT_TRANSLATE_NOOP("Domain", "Grade 1")},
    {"2", "二级", QT_TRANSLATE_NOOP("Domain", "Grade 2")},
    {"3", "三级", QT_TRANSLATE_NOOP("Domain", "Grade 3")},
    {"4", "四级", QT_TRANSLATE_NOOP("Domain", "Grade 4")},
};
const EnumText kHealth[] = {
    {"healthy", "健康", QT_TRANSLATE_NOOP("Domain", "Healthy")},
    {"weak", "体弱", QT_TRANSLATE_NOOP("Domain", "Frail")},
    {"chronic", "慢性病", QT_TRANSLATE_NOOP("Domain", "Chronic illness")},
    {"serious", "重病", QT_TRANSLATE_NOOP("Domain", "Serious illness")},
};
const EnumText kLabour[] = {
    {"full", "有劳动能力", QT_TRANSLATE_NOOP("Domain", "Able to work")},
    {"partial", "部分丧失劳动能力", QT_TRANSLATE_NOOP("Domain", "Partly unable to work")},
    {"none", "无劳动能力", QT_TRANSLATE_NOOP("Domain", "Unable to work")},
};
const EnumText kLink[] = {
    {"eligibility", "认定条件", QT_TRANSLATE_NOOP("Domain", "Eligibility criteria")},
    {"verification", "信息核对", QT_TRANSLATE_NOOP("Domain", "Information cross-checks")},
    {"home_visit", "入户调查", QT_TRANSLATE_NOOP("Domain", "Home visits")},
    {"review_approval", "审核审批", QT_TRANSLATE_NOOP("Domain", "Review and approval")},
    {"disclosure", "公开监督", QT_TRANSLATE_NOOP("Domain", "Disclosure and supervision")},
    {"investigation", "查处问题", QT_TRANSLATE_NOOP("Domain", "Investigating problems")},
    {"management", "规范管理", QT_TRANSLATE_NOOP("Domain", "Standardised management")},
};
const EnumText kProblemType[] = {
    {"corruption", "低保违法腐败", QT_TRANSLATE_NOOP("Domain", "Corruption")},
    {"wrongful_inclusion", "低保违规错保", QT_TRANSLATE_NOOP("Domain", "Wrongful inclusion")},
    {"wrongful_exclusion", "兜底保障漏保", QT_TRANSLATE_NOOP("Domain", "Wrongful exclusion")},
    {"group_inclusion", "整体纳入低保", QT_TRANSLATE_NOOP("Domain", "Inclusion as a group")},
    {"work_style", "不良工作作风", QT_TRANSLATE_NOOP("Domain", "Bad work style")},
};
const EnumText kInspectionResult[] = {
    {"compliant", "符合", QT_TRANSLATE_NOOP("Domain", "Compliant")},
    {"problem", "存在问题", QT_TRANSLATE_NOOP("Domain", "Problem found")},
    {"na", "不适用", QT_TRANSLATE_NOOP("Domain", "Not applicable")},
};
const EnumText kRectificationStatus[] = {
    {"open", "未整改", QT_TRANSLATE_NOOP("Domain", "Not started")},
    {"in_progress", "整改中", QT_TRANSLATE_NOOP("Domain", "In progress")},
    {"done", "已整改", QT_TRANSLATE_NOOP("Domain", "Rectified")},
    {"signed_off", "已销号", QT_TRANSLATE_NOOP("Domain", "Signed off")},
};
const EnumText kChannel[] = {
    {"phone", "电话", QT_TRANSLATE_NOOP("Domain", "Telephone")},
    {"letter", "来信", QT_TRANSLATE_NOOP("Domain", "Letter")},
    {"visit", "来访", QT_TRANSLATE_NOOP("Domain", "In person")},
    {"online", "网络", QT_TRANSLATE_NOOP("Domain", "Online")},
    {"funds_site", "惠民资金网", QT_TRANSLATE_NOOP("Domain", "Benefit-fund disclosure site")},
    {"referred", "上级转办", QT_TRANSLATE_NOOP("Domain", "Referred from above")},
};
const EnumText kFinding[] = {
    {"substantiated", "属实", QT_TRANSLATE_NOOP("Domain", "Substantiated")},
    {"partly", "部分属实", QT_TRANSLATE_NOOP("Domain", "Partly substantiated")},
    {"unsubstantiated", "不属实", QT_TRANSLATE_NOOP("Domain", "Unsubstantiated")},
    {"no_evidence", "查无实据", QT_TRANSLATE_NOOP("Domain", "No evidence found")},
};
const EnumText kHandling[] = {
    {"party_discipline", "党纪处分", QT_TRANSLATE_NOOP("Domain", "Party disciplinary action")},
    {"administrative", "政务处分", QT_TRANSLATE_NOOP("Domain", "Administrative sanction")},
    {"organisational", "组织处理", QT_TRANSLATE_NOOP("Domain", "Organisational measures")},
    {"judicial", "移送司法", QT_TRANSLATE_NOOP("Domain", "Referred to judicial authorities")},
};
const EnumText kLedgerSource[] = {
    {"manual", "自行发现", QT_TRANSLATE_NOOP("Domain", "Found by the office")},
    {"inspection", "自查自纠", QT_TRANSLATE_NOOP("Domain", "Self-inspection")},
    {"complaint", "举报线索", QT_TRANSLATE_NOOP("Domain", "Complaint or tip")},
};

struct Synonym { const char *text; int value; };
const Synonym kStatusSynonyms[] = {{"保障中", 1}, {"正常", 1}, {"暂停", 2}, {"终止", 3}, {"退出", 3},
                                   {"注销", 3}, {"不予批准", 4}, {"审核中", 0}};
const Synonym kCategorySynonyms[] = {{"A", 1}, {"B", 2}, {"C", 3}, {"一类", 1}, {"二类", 2}, {"三类", 3},
                                     {"普通", 0}, {"无", 0}, {"一般户", 0}};
const Synonym kRelationSynonyms[] = {{"本人", 0}, {"妻", 1}, {"夫", 1}, {"妻子", 1}, {"丈夫", 1},
                                     {"儿子", 2}, {"长子", 2}, {"次子", 2}, {"女儿", 3}, {"长女", 3},
                                     {"次女", 3}, {"父", 4}, {"母", 5}, {"孙", 6}, {"外孙子", 6},
                                     {"外孙女", 7}, {"儿媳妇", 9}, {"媳", 9}, {"兄", 12}, {"弟", 12},
                                     {"姐", 12}, {"妹", 12}, {"哥哥", 12}, {"弟弟", 12}, {"姐姐", 12},
                                     {"妹妹", 12}, {"祖母、外祖母", 11}, {"外祖父", 10}, {"外祖母", 11}};
const Synonym kGradeSynonyms[] = {{"1级", 1}, {"2级", 2}, {"3级", 3}, {"4级", 4}, {"壹级", 1},
                                  {"贰级", 2}, {"叁级", 3}, {"肆级", 4}, {"", 0}};
const Synonym kKindSynonyms[] = {{"视力", 1}, {"听力", 2}, {"言语", 3}, {"肢体", 4}, {"智力", 5},
                                 {"精神", 6}, {"多重", 7}, {"", 0}};
const Synonym kHealthSynonyms[] = {{"良好", 0}, {"一般", 1}, {"患病", 2}, {"大病", 3}, {"重大疾病", 3},
                                   {"重病患者", 3}};
const Synonym kLabourSynonyms[] = {{"健全", 0}, {"普通劳动力", 0}, {"有", 0}, {"弱劳动力", 1},
                                   {"半劳动力", 1}, {"丧失劳动能力", 2}, {"无", 2}};
const Synonym kNoSynonyms[] = {{"\x01", -1}}; // never matches typed text
const Synonym kResultSynonyms[] = {{"是", 0}, {"否", 1}, {"有问题", 1}, {"无", 2}};
const Synonym kChannelSynonyms[] = {{"信访", 1}, {"来电", 0}, {"12345", 0}, {"网上", 3}, {"转办", 5}};
// clang-format on

template<typename E> struct Table;
#define DIBAO_ENUM_TABLE(E, texts, synonyms)                                                                           \
    template<> struct Table<E>                                                                                         \
    {                                                                                                                  \
        static const EnumText *begin() { return std::begin(texts); }                                                   \
        static int size() { return int(std::size(texts)); }                                                            \
        static const Synonym *synBegin() { return std::begin(synonyms); }                                              \
        static int synSize() { return int(std::size(synonyms)); }                                                      \
    };
DIBAO_ENUM_TABLE(HouseholdStatus, kStatus, kStatusSynonyms)
DIBAO_ENUM_TABLE(Category, kCategory, kCategorySynonyms)
DIBAO_ENUM_TABLE(Relation, kRelation, kRelationSynonyms)
DIBAO_ENUM_TABLE(DisabilityKind, kDisabilityKind, kKindSynonyms)
DIBAO_ENUM_TABLE(DisabilityGrade, kDisabilityGrade, kGradeSynonyms)
DIBAO_ENUM_TABLE(Health, kHealth, kHealthSynonyms)
DIBAO_ENUM_TABLE(LabourAbility, kLabour, kLabourSynonyms)
DIBAO_ENUM_TABLE(Link, kLink, kNoSynonyms)
DIBAO_ENUM_TABLE(ProblemType, kProblemType, kNoSynonyms)
DIBAO_ENUM_TABLE(InspectionResult, kInspectionResult, kResultSynonyms)
DIBAO_ENUM_TABLE(RectificationStatus, kRectificationStatus, kNoSynonyms)
DIBAO_ENUM_TABLE(ComplaintChannel, kChannel, kChannelSynonyms)
DIBAO_ENUM_TABLE(Finding, kFinding, kNoSynonyms)
DIBAO_ENUM_TABLE(Handling, kHandling, kNoSynonyms)
DIBAO_ENUM_TABLE(LedgerSource, kLedgerSource, kNoSynonyms)
#undef DIBAO_ENUM_TABLE

template<typename E> const EnumText &textOf(E value)
{
    const int i = int(value);
    return Table<E>::begin()[(i >= 0 && i < Table<E>::size()) ? i : 0];
}

} // namespace

template<typename E> QList<E> allValues()
{
    QList<E> out;
    for (int i = 0; i < Table<E>::size(); ++i)
        out.append(E(i));
    return out;
}

template<typename E> QString key(E value)
{
    return QString::fromLatin1(textOf(value).key);
}

template<typename E> QString zhLabel(E value)
{
    return QString::fromUtf8(textOf(value).zh);
}

template<typename E> QString enLabel(E value)
{
    return QString::fromLatin1(textOf(value).en);
}

template<typename E> QString label(E value)
{
    return QCoreApplication::translate("Domain", textOf(value).en);
}

template<typename E> bool fromText(const QString &input, E *out)
{
    const QString text = input.trimmed();
    for (int i = 0; i < Table<E>::size(); ++i) {
        const EnumText &t = Table<E>::begin()[i];
        if (text == QLatin1String(t.key) || text == QString::fromUtf8(t.zh)
            || text.compare(QLatin1String(t.en), Qt::CaseInsensitive) == 0) {
            *out = E(i);
            return true;
        }
    }
    for (int i = 0; i < Table<E>::synSize(); ++i) {
        const Synonym &s = Table<E>::synBegin()[i];
        if (s.value >= 0 && text == QString::fromUtf8(s.text)) {
            *out = E(s.value);
            return true;
        }
    }
    return false;
}

#define DIBAO_ENUM_INSTANTIATE(E)                                                                                      \
    template QList<E> allValues<E>();                                                                                  \
    template QString key<E>(E);                                                                                        \
    template QString zhLabel<E>(E);                                                                                    \
    template QString enLabel<E>(E);                                                                                    \
    template QString label<E>(E);                                                                                      \
    template bool fromText<E>(const QString &, E *); // NOLINT(bugprone-macro-parentheses): a type, not a value
DIBAO_ENUM_INSTANTIATE(HouseholdStatus)
DIBAO_ENUM_INSTANTIATE(Category)
DIBAO_ENUM_INSTANTIATE(Relation)
DIBAO_ENUM_INSTANTIATE(DisabilityKind)
DIBAO_ENUM_INSTANTIATE(DisabilityGrade)
DIBAO_ENUM_INSTANTIATE(Health)
DIBAO_ENUM_INSTANTIATE(LabourAbility)
DIBAO_ENUM_INSTANTIATE(Link)
DIBAO_ENUM_INSTANTIATE(ProblemType)
DIBAO_ENUM_INSTANTIATE(InspectionResult)
DIBAO_ENUM_INSTANTIATE(RectificationStatus)
DIBAO_ENUM_INSTANTIATE(ComplaintChannel)
DIBAO_ENUM_INSTANTIATE(Finding)
DIBAO_ENUM_INSTANTIATE(Handling)
DIBAO_ENUM_INSTANTIATE(LedgerSource)
#undef DIBAO_ENUM_INSTANTIATE

bool isSevereDisability(DisabilityKind kind, DisabilityGrade grade)
{
    if (kind == DisabilityKind::None)
        return false;
    if (grade == DisabilityGrade::Grade1 || grade == DisabilityGrade::Grade2)
        return true;
    return grade == DisabilityGrade::Grade3 && (kind == DisabilityKind::Intellectual || kind == DisabilityKind::Mental);
}

namespace RecordedReason {

QString registered()
{
    return QStringLiteral("登记");
}

QString deceased()
{
    return QStringLiteral("死亡");
}

QString allMembersDeceased()
{
    return QStringLiteral("家庭成员均已死亡");
}

QString importedFrom(const QString &fileName)
{
    return QStringLiteral("从 %1 导入").arg(fileName);
}

QString formerHead()
{
    return QStringLiteral("原户主");
}

QString memberAdded()
{
    return QStringLiteral("新增家庭成员");
}

QString figuresChanged()
{
    return QStringLiteral("保障金额或保障人数调整");
}

QString removedFromHousehold()
{
    return QStringLiteral("迁出");
}

QString importedWithStatus(HouseholdStatus status)
{
    switch (status) {
    case HouseholdStatus::Suspended:
        return QStringLiteral("导入时已停保");
    case HouseholdStatus::Exited:
        return QStringLiteral("导入时已退保");
    case HouseholdStatus::Rejected:
        return QStringLiteral("导入时未通过");
    default:
        return {};
    }
}

} // namespace RecordedReason

} // namespace Domain
