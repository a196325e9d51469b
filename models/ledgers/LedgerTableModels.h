#pragma once

#include "ledgers/LedgerTypes.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"

#include <QAbstractTableModel>

class Database;

// The ledgers' tables as the official ledgers lay them out: thin adapters over the repositories,
// read afresh by reload(). Overdue rows are drawn dark red; "today" is the database's clock.

// What the ledger pages need of every ledger table: one row per item, found by its id, and a fresh read.
class LedgerTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    // The id of the item in a row (0 outside the rows); the row of an item (-1 when the filter hides it).
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    // Reads the rows again with the filter last given.
    virtual void reload() = 0;

protected:
    LedgerTableModel(int columns, QObject *parent);
    // Each read gives the ids of its rows, in order, between beginResetModel() and endResetModel().
    void setIds(QList<qint64> ids) { m_ids = std::move(ids); }

private:
    int m_columns;
    QList<qint64> m_ids;
};

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

// 典型案例
class CaseModel : public LedgerTableModel
{
    Q_OBJECT

public:
    enum Column {
        MonthColumn,
        TitleColumn,
        ProblemTypeColumn,
        PersonsColumn,
        HandlingColumn,
        FundsColumn,
        SourceColumn,
        ColumnCount
    };
    enum Role { IdRole = Qt::UserRole, FundsFenRole };

    explicit CaseModel(Database &db, QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // An invalid month shows every case.
    void reload(const Period &month);
    void reload() override { reload(m_month); }
    Period month() const { return m_month; }
    const TypicalCase &typicalCase(int row) const { return m_rows.at(row); }
    Money fundsTotal() const;

private:
    Database &m_db;
    Period m_month;
    QList<TypicalCase> m_rows;
};
