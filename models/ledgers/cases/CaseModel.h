#pragma once

#include "ledgers/LedgerTableModel.h"
#include "ledgers/LedgerTypes.h"
#include "ledgers/cases/CaseRepository.h"

class Database;

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
