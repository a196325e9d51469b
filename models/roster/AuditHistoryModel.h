#pragma once

#include "roster/RosterTypes.h"

#include <QAbstractTableModel>

// A household's history from the audit log: when, who, what, old → new.
class AuditHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, OperatorColumn, ActionColumn, ChangeColumn, ColumnCount };
    enum Role { SeqRole = Qt::UserRole };

    explicit AuditHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setRecords(const QList<AuditRecord> &records);
    // "status: active → suspended; monthly amount: 300.00 → 0.00", translated field names.
    static QString describeChange(const AuditRecord &record);
    static QString actionLabel(const QString &action);
    // Between the changes of one record ("; ", "；" in Chinese).
    static QString separator();

private:
    QList<AuditRecord> m_records;
};
