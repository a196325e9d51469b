#include "roster/AuditHistoryModel.h"

#include "core/Domain.h"
#include "core/IdNumber.h"
#include "core/Money.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

AuditHistoryModel::AuditHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int AuditHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditHistoryModel::actionLabel(const QString &action)
{
    if (action == QLatin1String("create"))
        return tr("Registered");
    if (action == QLatin1String("update"))
        return tr("Edited");
    if (action == QLatin1String("status"))
        return tr("Status changed");
    if (action == QLatin1String("amount"))
        return tr("Amount changed");
    if (action == QLatin1String("member_add"))
        return tr("Member added");
    if (action == QLatin1String("member_update"))
        return tr("Member edited");
    if (action == QLatin1String("member_remove"))
        return tr("Member left");
    if (action == QLatin1String("member_move"))
        return tr("Member moved in");
    if (action == QLatin1String("death"))
        return tr("Death recorded");
    if (action == QLatin1String("head_change"))
        return tr("Head changed");
    return action;
}

namespace {

QString fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("AuditHistoryModel", "name")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("AuditHistoryModel", "ID number")},
        {QStringLiteral("relation"), QT_TRANSLATE_NOOP("AuditHistoryModel", "relation")},
        {QStringLiteral("covered"), QT_TRANSLATE_NOOP("AuditHistoryModel", "covered")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("AuditHistoryModel", "status")},
        {QStringLiteral("category"), QT_TRANSLATE_NOOP("AuditHistoryModel", "category")},
        {QStringLiteral("monthly_amount_fen"), QT_TRANSLATE_NOOP("AuditHistoryModel", "monthly amount")},
        {QStringLiteral("address"), QT_TRANSLATE_NOOP("AuditHistoryModel", "address")},
        {QStringLiteral("member_count"), QT_TRANSLATE_NOOP("AuditHistoryModel", "household size")},
        {QStringLiteral("covered_count"), QT_TRANSLATE_NOOP("AuditHistoryModel", "covered persons")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("AuditHistoryModel", "phone")},
        {QStringLiteral("bank_account"), QT_TRANSLATE_NOOP("AuditHistoryModel", "bank account")},
        {QStringLiteral("start_period"), QT_TRANSLATE_NOOP("AuditHistoryModel", "benefit since")},
        {QStringLiteral("village_id"), QT_TRANSLATE_NOOP("AuditHistoryModel", "village")},
        {QStringLiteral("registered_poor"), QT_TRANSLATE_NOOP("AuditHistoryModel", "registered poor")},
        {QStringLiteral("note"), QT_TRANSLATE_NOOP("AuditHistoryModel", "note")},
        {QStringLiteral("date"), QT_TRANSLATE_NOOP("AuditHistoryModel", "date")},
        {QStringLiteral("reason"), QT_TRANSLATE_NOOP("AuditHistoryModel", "reason")},
        {QStringLiteral("deceased_date"), QT_TRANSLATE_NOOP("AuditHistoryModel", "date of death")},
        {QStringLiteral("left_date"), QT_TRANSLATE_NOOP("AuditHistoryModel", "left on")},
        {QStringLiteral("left_reason"), QT_TRANSLATE_NOOP("AuditHistoryModel", "reason for leaving")},
        {QStringLiteral("head"), QT_TRANSLATE_NOOP("AuditHistoryModel", "head")},
        {QStringLiteral("health"), QT_TRANSLATE_NOOP("AuditHistoryModel", "health")},
        {QStringLiteral("labour_ability"), QT_TRANSLATE_NOOP("AuditHistoryModel", "labour ability")},
        {QStringLiteral("disability_kind"), QT_TRANSLATE_NOOP("AuditHistoryModel", "disability")},
        {QStringLiteral("disability_grade"), QT_TRANSLATE_NOOP("AuditHistoryModel", "disability grade")},
    };
    const char *text = labels.value(key);
    return text ? QCoreApplication::translate("AuditHistoryModel", text) : key;
}

QString valueText(const QString &key, const QJsonValue &v)
{
    using namespace Domain;
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("—");
    if (key == QLatin1String("monthly_amount_fen"))
        return Money::fromFen(qint64(v.toDouble())).toDisplayString();
    if (key == QLatin1String("id_number"))
        return IdNumber::masked(v.toString());
    if (v.isBool())
        return v.toBool() ? AuditHistoryModel::tr("yes") : AuditHistoryModel::tr("no");
    QString s = v.isString() ? v.toString() : QString::number(v.toDouble());
    if (key == QLatin1String("status")) {
        HouseholdStatus st;
        return fromText(s, &st) ? label(st) : s;
    }
    if (key == QLatin1String("category")) {
        Category c;
        return fromText(s, &c) ? label(c) : s;
    }
    if (key == QLatin1String("relation")) {
        Relation r;
        return fromText(s, &r) ? label(r) : s;
    }
    return s;
}

} // namespace

QString AuditHistoryModel::describeChange(const AuditRecord &record)
{
    const QJsonObject oldValue = QJsonDocument::fromJson(record.oldValue.toUtf8()).object();
    const QJsonObject newValue = QJsonDocument::fromJson(record.newValue.toUtf8()).object();
    QStringList parts;
    if (record.action == QLatin1String("create") || record.action == QLatin1String("member_add")
        || record.action == QLatin1String("member_move")) {
        if (newValue.contains(QStringLiteral("name")))
            parts << newValue.value(QStringLiteral("name")).toString();
        if (newValue.contains(QStringLiteral("members")))
            parts << tr("%n member(s)", nullptr, int(newValue.value(QStringLiteral("members")).toArray().size()));
        if (newValue.contains(QStringLiteral("monthly_amount_fen")))
            parts << tr("monthly amount %1")
                         .arg(valueText(QStringLiteral("monthly_amount_fen"),
                             newValue.value(QStringLiteral("monthly_amount_fen"))));
        return parts.join(separator());
    }
    QStringList keys = oldValue.keys();
    for (const QString &k : newValue.keys()) {
        if (!keys.contains(k))
            keys << k;
    }
    for (const QString &k : keys) {
        if (oldValue.contains(k))
            //: a field changed: 字段：旧值 → 新值
            parts << tr("%1: %2 → %3")
                         .arg(fieldLabel(k), valueText(k, oldValue.value(k)), valueText(k, newValue.value(k)));
        else
            //: a field set: 字段：值
            parts << tr("%1: %2").arg(fieldLabel(k), valueText(k, newValue.value(k)));
    }
    if (oldValue.contains(QStringLiteral("name")) && !newValue.contains(QStringLiteral("name")))
        parts.prepend(oldValue.value(QStringLiteral("name")).toString());
    return parts.join(separator());
}

QString AuditHistoryModel::separator()
{
    //: between the changes of one record: ；
    return tr("; ");
}

QVariant AuditHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_records.size())
        return {};
    const AuditRecord &r = m_records.at(index.row());
    if (role == SeqRole)
        return r.seq;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case TimeColumn:
        return r.at.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case OperatorColumn:
        return r.operatorName;
    case ActionColumn:
        return actionLabel(r.action);
    case ChangeColumn:
        return describeChange(r);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant AuditHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case OperatorColumn:
        return tr("Operator");
    case ActionColumn:
        return tr("Action");
    case ChangeColumn:
        return tr("Change");
    case ColumnCount:
        break;
    }
    return {};
}

void AuditHistoryModel::setRecords(const QList<AuditRecord> &records)
{
    beginResetModel();
    m_records = records;
    endResetModel();
}
