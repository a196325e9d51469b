#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QAbstractTableModel>

class Database;

// The history of benefit standards (低保标准), oldest first; the one in force this month is bold. A thin adapter
// over StandardRepository, read afresh by reload().
class BenefitStandardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { FromColumn, AmountColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, FenRole, InForceRole };

    explicit BenefitStandardModel(Database &db, QObject *parent = nullptr);

    void reload();
    // Whether the last reload() could read the rows: a read that failed shows no rows and says why, never "none".
    const Result &readResult() const { return m_read; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Database &m_db;
    QList<BenefitStandard> m_standards;
    Result m_read;
    qint64 m_inForceId = 0;
};
