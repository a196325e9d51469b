#pragma once

#include "core/Result.h"
#include "office/BenefitCeiling.h"

#include <QAbstractTableModel>

class Database;

// The category top-ups (分类施保) by category and month, with what each gives per person under the standard in
// force from its month. A thin adapter over StandardRepository, read afresh by reload().
class CategorySupplementModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CategoryColumn, FromColumn, TopUpColumn, PerPersonColumn, NoteColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole, CategoryKeyRole, PerPersonFenRole };

    explicit CategorySupplementModel(Database &db, QObject *parent = nullptr);

    void reload();
    // Whether the last reload() could read the rows: a read that failed shows no rows and says why, never "none".
    const Result &readResult() const { return m_read; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "30 % of the standard" or "120.00 yuan", in the UI's language.
    static QString topUpText(const CategorySupplement &supplement);

private:
    Database &m_db;
    QList<CategorySupplement> m_supplements;
    Result m_read;
    QList<std::optional<Money>> m_perPerson; // under the standard in force from the top-up's month
};
