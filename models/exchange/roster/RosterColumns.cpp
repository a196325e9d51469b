#include "exchange/roster/RosterColumns.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using Field = RosterColumns::Field;

namespace {

struct FieldInfo
{
    Field field;
    const char *key;
    const char *label; // English source, context RosterColumns
    const char *header; // Chinese header written on export
    const char *synonyms; // '|'-separated normalised headers
};

// clang-format off
const FieldInfo kFields[] = {
    {Field::Ignore, "ignore", QT_TRANSLATE_NOOP("RosterColumns", "(not imported)"), "", ""},
    {Field::Village, "village", QT_TRANSLATE_NOOP("RosterColumns", "Village"), "村(居)名称",
     "村(居)名称|村居名称|村居|所在村|村名|村|村委会|村(居)委会|村居委会|村(社区)|所属村|行政村|村(居)"},
    {Field::HeadName, "head_name", QT_TRANSLATE_NOOP("RosterColumns", "Head of household"), "户主姓名",
     "户主姓名|户主|户主名称|申请人|申请人姓名"},
    {Field::HeadIdNumber, "head_id_number", QT_TRANSLATE_NOOP("RosterColumns", "Head's ID number"), "户主身份证号码",
     "户主身份证号码|户主身份证号|户主身份证|户主公民身份号码|申请人身份证号码|申请人身份证号"},
    {Field::MemberCount, "member_count", QT_TRANSLATE_NOOP("RosterColumns", "Household size"), "家庭人口",
     "家庭人口|家庭人口数|家庭人数|户人口|人口数|总人口|家庭成员数"},
    {Field::CoveredCount, "covered_count", QT_TRANSLATE_NOOP("RosterColumns", "Covered persons"), "保障人口",
     "保障人口|保障人数|享受人数|享受人口|保障对象人数|低保人数|享受低保人数|救助人数"},
    {Field::Category, "category", QT_TRANSLATE_NOOP("RosterColumns", "Category"), "保障类别",
     "保障类别|分类施保类别|分类施保|类别|低保类别|保障类型|施保类别"},
    {Field::Amount, "amount", QT_TRANSLATE_NOOP("RosterColumns", "Monthly amount (yuan)"), "月保障金额（元）",
     "月保障金额|保障金额|月补差金额|补差金额|月保障金|保障金|月救助金额|救助金额|月发放金额|发放金额|月低保金|低保金|金额"},
    {Field::StartPeriod, "start_period", QT_TRANSLATE_NOOP("RosterColumns", "Benefit since (month)"), "开始保障年月",
     "开始保障年月|起始保障年月|享受年月|保障起始年月|开始享受年月|起始年月|享受时间|保障开始时间|开始保障时间|纳入时间|纳入年月"},
    {Field::Status, "status", QT_TRANSLATE_NOOP("RosterColumns", "Status"), "保障状态",
     "保障状态|状态|救助状态|低保状态"},
    {Field::StatusDate, "status_date", QT_TRANSLATE_NOOP("RosterColumns", "Status since (date)"), "状态变更日期",
     "状态变更日期|状态变更时间|变更日期|变更时间|状态日期|停保日期|退保日期|停发日期|终止日期|终止保障日期|退出日期|"
     "注销日期|停保时间|退保时间|停保年月|退保年月|变更年月|停发年月"},
    {Field::StatusReason, "status_reason", QT_TRANSLATE_NOOP("RosterColumns", "Reason for the status"), "变更原因",
     "变更原因|状态变更原因|停保原因|退保原因|停发原因|退出原因|终止原因|注销原因|变更理由|停保理由|退保理由"},
    {Field::Address, "address", QT_TRANSLATE_NOOP("RosterColumns", "Address"), "家庭住址",
     "家庭住址|住址|地址|居住地址|家庭地址|现住址"},
    {Field::Phone, "phone", QT_TRANSLATE_NOOP("RosterColumns", "Phone"), "联系电话",
     "联系电话|电话|手机|手机号码|联系方式|电话号码"},
    {Field::BankAccount, "bank_account", QT_TRANSLATE_NOOP("RosterColumns", "Bank account"), "银行账号",
     "银行账号|银行卡号|账号|发放账号|社保卡号|一卡通账号|存折账号|银行帐号|帐号"},
    {Field::RegisteredPoor, "registered_poor", QT_TRANSLATE_NOOP("RosterColumns", "Registered poor household"),
     "是否建档立卡贫困户", "是否建档立卡贫困户|建档立卡贫困户|建档立卡|是否建档立卡|是否脱贫户|脱贫户"},
    {Field::Note, "note", QT_TRANSLATE_NOOP("RosterColumns", "Note"), "备注", "备注|说明|附注"},
    {Field::Name, "name", QT_TRANSLATE_NOOP("RosterColumns", "Name"), "姓名",
     "姓名|成员姓名|家庭成员姓名|保障对象姓名|对象姓名|名字"},
    {Field::IdNumber, "id_number", QT_TRANSLATE_NOOP("RosterColumns", "ID number"), "身份证号码",
     "身份证号码|身份证号|公民身份号码|身份证|证件号码|成员身份证号码|成员身份证号|身份证件号码|公民身份证号码|证件号|"
     "成员公民身份号码|成员身份证|家庭成员身份证号码|家庭成员身份证号|家庭成员公民身份号码"},
    {Field::Relation, "relation", QT_TRANSLATE_NOOP("RosterColumns", "Relation to head"), "与户主关系",
     "与户主关系|与户主的关系|关系|家庭关系|与申请人关系"},
    {Field::Covered, "covered", QT_TRANSLATE_NOOP("RosterColumns", "Covered"), "是否保障对象",
     "是否保障对象|是否享受|是否享受低保|保障对象|是否纳入保障|是否保障"},
    {Field::DisabilityKind, "disability_kind", QT_TRANSLATE_NOOP("RosterColumns", "Disability"), "残疾类别",
     "残疾类别|残疾类型|残疾种类"},
    {Field::DisabilityGrade, "disability_grade", QT_TRANSLATE_NOOP("RosterColumns", "Disability grade"), "残疾等级",
     "残疾等级|残疾级别"},
    {Field::Disability, "disability", QT_TRANSLATE_NOOP("RosterColumns", "Disability (kind and grade)"), "残疾情况",
     "残疾情况|残疾状况|残疾类别及等级|残疾类别等级|残疾类别和等级|残疾类型及等级|残疾类型和等级|残疾类型等级|"
     "残疾种类及等级|残疾等级及类别|残疾类别级别"},
    {Field::DisabilityCertificate, "disability_certificate",
     QT_TRANSLATE_NOOP("RosterColumns", "Disability certificate number"), "残疾人证号",
     "残疾人证号|残疾证号|残疾证号码|残疾人证号码|残疾证编号|残疾人证编号|第二代残疾人证号|残疾证|残疾人证"},
    {Field::Health, "health", QT_TRANSLATE_NOOP("RosterColumns", "Health"), "健康状况", "健康状况|健康状态|身体状况"},
    {Field::LabourAbility, "labour_ability", QT_TRANSLATE_NOOP("RosterColumns", "Labour ability"), "劳动能力",
     "劳动能力|劳动能力状况|劳动力状况"},
    {Field::Sex, "sex", QT_TRANSLATE_NOOP("RosterColumns", "Sex"), "性别", "性别"},
    {Field::BirthDate, "birth_date", QT_TRANSLATE_NOOP("RosterColumns", "Date of birth"), "出生日期",
     "出生日期|出生年月|出生年月日"},
    {Field::SerialNumber, "serial", QT_TRANSLATE_NOOP("RosterColumns", "Serial number"), "序号", "序号|编号|户序号"},
};
// clang-format on

const FieldInfo &infoOf(Field f)
{
    for (const FieldInfo &i : kFields) {
        if (i.field == f)
            return i;
    }
    return kFields[0];
}

} // namespace

QList<Field> RosterColumns::allFields()
{
    QList<Field> out;
    for (const FieldInfo &i : kFields)
        out.append(i.field);
    return out;
}

QString RosterColumns::key(Field f)
{
    return QString::fromLatin1(infoOf(f).key);
}

Field RosterColumns::fromKey(const QString &key)
{
    for (const FieldInfo &i : kFields) {
        if (key == QLatin1String(i.key))
            return i.field;
    }
    return Field::Ignore;
}

QString RosterColumns::label(Field f)
{
    return QCoreApplication::translate("RosterColumns", infoOf(f).label);
}

QString RosterColumns::exportHeader(Field f)
{
    return QString::fromUtf8(infoOf(f).header);
}

QString RosterColumns::yesNo(bool value)
{
    return value ? QStringLiteral("是") : QStringLiteral("否");
}

QString RosterColumns::normaliseHeader(const QString &header)
{
    QString s = header;
    s.replace(QChar(0xFF08), u'(').replace(QChar(0xFF09), u')');
    static const QRegularExpression noise(QStringLiteral("\\s|\\*|:|："));
    s.remove(noise);
    // Units and notes in brackets: 月保障金额(元), 身份证号码(18位).
    static const QRegularExpression unit(
        QStringLiteral("\\((元|人|位|18位|个|年月|yyyy-mm|\\d+位)\\)$"), QRegularExpression::CaseInsensitiveOption);
    s.remove(unit);
    return s;
}

Field RosterColumns::match(const QString &header)
{
    const QString h = normaliseHeader(header);
    if (h.isEmpty())
        return Field::Ignore;
    static const QHash<QString, Field> index = [] {
        QHash<QString, Field> out;
        for (const FieldInfo &i : kFields) {
            const QStringList names = QString::fromUtf8(i.synonyms).split(u'|', Qt::SkipEmptyParts);
            for (const QString &n : names)
                out.insert(normaliseHeader(n), i.field);
        }
        return out;
    }();
    return index.value(h, Field::Ignore);
}

void ColumnMapping::reindex()
{
    byField = QList<int>(int(Field::SerialNumber) + 1, -1);
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (byField[int(it.value())] < 0 || it.key() < byField[int(it.value())])
            byField[int(it.value())] = it.key();
    }
}

int ColumnMapping::columnOf(Field f) const
{
    if (int(f) < byField.size())
        return byField[int(f)];
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.value() == f)
            return it.key();
    }
    return -1;
}

QString ColumnMapping::headerOf(Field f) const
{
    const int c = columnOf(f);
    return c >= 0 ? headers.value(c) : RosterColumns::label(f);
}

ColumnMapping ColumnMapping::fromHeaders(const QHash<int, QString> &headers, const QString &profileJson)
{
    ColumnMapping m;
    m.headers = headers;
    const QJsonObject profile = QJsonDocument::fromJson(profileJson.toUtf8()).object();
    QList<int> columns = headers.keys();
    std::sort(columns.begin(), columns.end());
    for (int c : columns) {
        const QString h = RosterColumns::normaliseHeader(headers.value(c));
        Field f = profile.contains(h) ? RosterColumns::fromKey(profile.value(h).toString()) : RosterColumns::match(h);
        if (f != Field::Ignore && m.has(f))
            f = Field::Ignore; // the first column of a field wins
        if (f != Field::Ignore)
            m.fields.insert(c, f);
    }
    m.reindex();
    return m;
}
