#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

// The roster's columns as spreadsheets name them (花名册表头), and the mapping of a sheet's columns
// to them. A mapping can be saved as a named profile (导入方案) for the next file from the same source.
class RosterColumns
{
    Q_DECLARE_TR_FUNCTIONS(RosterColumns)

public:
    enum class Field {
        Ignore,
        // household
        Village,
        HeadName,
        HeadIdNumber,
        MemberCount,
        CoveredCount,
        Category,
        Amount,
        StartPeriod,
        Status,
        StatusDate, // 状态变更日期: when the household took its status (停保, 退保 …)
        StatusReason, // 变更原因
        Address,
        Phone,
        BankAccount,
        RegisteredPoor,
        Note,
        // member
        Name,
        IdNumber,
        Relation,
        Covered,
        DisabilityKind,
        DisabilityGrade,
        Disability, // kind and grade in one column: 残疾情况
        DisabilityCertificate, // 残疾人证号
        Health,
        LabourAbility,
        // checked against the ID number, not stored
        Sex,
        BirthDate,
        SerialNumber,
    };

    static QList<Field> allFields();
    // Stable key for profiles and JSON ("id_number").
    static QString key(Field field);
    static Field fromKey(const QString &key);
    // The name shown to the clerk, translated ("ID number" / 身份证号码).
    static QString label(Field field);
    // The Chinese header this program writes on export.
    static QString exportHeader(Field field);
    // A yes/no field's value as this program writes it (是/否).
    static QString yesNo(bool value);

    // 身份证号码（18位） → 身份证号码18位: spaces, line breaks, brackets and their contents' units removed.
    static QString normaliseHeader(const QString &header);
    // The field a header names, or Ignore.
    static Field match(const QString &header);
};

// Column index → field, with the headers as the sheet wrote them.
struct ColumnMapping
{
    QHash<int, RosterColumns::Field> fields;
    QHash<int, QString> headers;
    QList<int> byField; // Field → column (-1), rebuilt by reindex(); columnOf() is on every cell's path
    void reindex();

    int columnOf(RosterColumns::Field field) const; // -1 if unmapped
    bool has(RosterColumns::Field field) const { return columnOf(field) >= 0; }
    QString headerOf(RosterColumns::Field field) const;

    // Applies a profile (normalised header text → field key, so it fits any column order) on top of the automatic
    // mapping of these headers.
    static ColumnMapping fromHeaders(const QHash<int, QString> &headers, const QString &profileJson = {});
};
