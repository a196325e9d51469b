#pragma once

#include "ledgers/LedgerTableModel.h"
#include "ledgers/LedgerTypes.h"
#include "ledgers/complaints/ComplaintRepository.h"

class Database;

// 群众举报问题线索台账. The reporter is masked here; only the record shows the name in full.
class ComplaintModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column {
        NumberColumn,
        ReceivedColumn,
        ChannelColumn,
        ReporterColumn,
        SubjectColumn,
        VillageColumn,
        ProblemTypeColumn,
        SummaryColumn,
        HandlerColumn,
        DueColumn,
        StateColumn,
        FindingColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, StateKeyRole, OverdueRole };
    // The handling state a list shows: 办理中 / 已移交 / 已办结 / 逾期.
    enum class State { InProgress, Transferred, Closed, Overdue };

    explicit ComplaintModel(Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload(const ComplaintFilter &filter);
    void reload() override { reload(m_filter); }
    ComplaintFilter filter() const { return m_filter; }
    const Complaint &complaint(int row) const { return m_rows.at(row); }

    static State state(const Complaint &complaint, const QDate &today);
    static QString stateText(State state);
    static QString stateKey(State state); // in_progress, transferred, closed, overdue

private:
    Database &m_db;
    ComplaintFilter m_filter;
    QList<Complaint> m_rows;
    QDate m_today;
};
