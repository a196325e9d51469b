#pragma once

#include "roster/RosterQueries.h"

#include <QAbstractTableModel>

#include <chrono>

class Database;

// The roster table: one row per household, fetched from SQL a page at a time so that a
// 200,000-person roster opens and filters without freezing the window.
class RosterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        VillageColumn,
        HeadNameColumn,
        IdNumberColumn,
        StatusColumn,
        CategoryColumn,
        MembersColumn,
        CoveredColumn,
        AmountColumn,
        StartPeriodColumn,
        ReviewDueColumn,
        AddressColumn,
        ColumnCount
    };
    enum Role { HouseholdIdRole = Qt::UserRole, StatusKeyRole, AmountFenRole, FullIdNumberRole };

    explicit RosterModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    RosterFilter filter() const { return m_filter; }
    void setFilter(const RosterFilter &filter);
    // Totals for everything the filter matches, not only the rows fetched so far.
    RosterTotals totals() const { return m_totals; }
    // 350121********123X unless full display is switched on.
    bool showFullIdNumbers() const { return m_showFullId; }
    void setShowFullIdNumbers(bool on);
    qint64 householdIdAt(int row) const;
    int rowOfHousehold(qint64 householdId) const;

    static constexpr int PageSize = 200;

public Q_SLOTS:
    // Re-reads the current filter (after a write).
    void reload();
    // Whether the last read of rows succeeded: a failure shows no rows and says why, never "no households".
    const Result &readResult() const { return m_read; }
    // When the last reload() began: a change announced before it is already shown.
    std::chrono::steady_clock::time_point reloadedAt() const { return m_reloadedAt; }

Q_SIGNALS:
    void totalsChanged();

private:
    Database &m_db;
    RosterQueries m_queries;
    RosterFilter m_filter;
    RosterTotals m_totals;
    QList<RosterRow> m_rows;
    bool m_showFullId = false;
    std::chrono::steady_clock::time_point m_reloadedAt;
    Result m_read;
};
