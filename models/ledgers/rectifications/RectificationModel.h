#pragma once

#include "ledgers/LedgerTableModel.h"
#include "ledgers/LedgerTypes.h"
#include "ledgers/rectifications/RectificationRepository.h"

class Database;

// 整改台账
class RectificationModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn, // 序号
        ProblemColumn,
        SourceColumn,
        MeasuresColumn,
        ResponsibleColumn,
        DeadlineColumn,
        StatusColumn,
        CompletedColumn,
        ReviewerColumn,
        SignedOffColumn,
        ColumnCount
    };
    // StatusKeyRole: the status key, or "overdue".
    enum Role { IdRole = Qt::UserRole, StatusKeyRole, OverdueRole };

    explicit RectificationModel(Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload(const RectificationFilter &filter);
    void reload() override { reload(m_filter); }
    RectificationFilter filter() const { return m_filter; }
    const Rectification &rectification(int row) const { return m_rows.at(row); }

    // The status column's text: the status, or "overdue" with the status.
    static QString statusText(const Rectification &rectification, const QDate &today);

private:
    Database &m_db;
    RectificationFilter m_filter;
    QList<Rectification> m_rows;
    QDate m_today;
};
