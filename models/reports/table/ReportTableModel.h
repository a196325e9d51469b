#pragma once

#include "reports/table/ReportTable.h"

#include <QAbstractTableModel>

// A computed report on screen: one row per table row, one column per leaf column, as the forms print the
// cells. The multi-level header shows as its levels one under another (保障人数（人） / 其中 / 老年人…), with
// the levels joined by "-" as the tooltip. Total rows are bold, group rows bold and spanning (see Role).
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        RowKindRole = Qt::UserRole, // int(ReportRow::Kind)
        ValueRole, // the raw value: qint64 (money in fen), double, QString or null
        ColumnKeyRole, // the column's key (header data)
    };

    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    void clear();
    const ReportTable &table() const { return m_table; }
    // The header levels over a leaf column, top first (one level for a one-row header).
    QStringList headerPath(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
    QList<QStringList> m_headerPaths;
};
