#pragma once

#include "core/Outcome.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QDate>

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
    // Whether the last reload() could read the rows: a read that failed shows no rows and says why, never "none".
    const Result &readResult() const { return m_read; }

protected:
    LedgerTableModel(int columns, QObject *parent);
    // Each read gives the ids of its rows, in order, between beginResetModel() and endResetModel().
    void setIds(QList<qint64> ids) { m_ids = std::move(ids); }
    // The rows a read gave, or none and the reason (readResult()).
    template<typename Item> void setRowsOf(Outcome<QList<Item>> read, QList<Item> *rows)
    {
        m_read = read.result();
        *rows = read.isOk() ? std::move(read).value() : QList<Item>();
        setIdsOf(*rows);
    }
    template<typename Item> void setIdsOf(const QList<Item> &rows)
    {
        QList<qint64> ids;
        ids.reserve(rows.size());
        for (const Item &item : rows)
            ids.append(item.id);
        m_ids = std::move(ids);
    }

    // The ledgers' colours: overdue rows dark red, states each their own.
    enum class Tint { Overdue, Open, Working, Done, Finished, Transferred };
    static QColor color(Tint tint);
    // A date as ISO text, empty when not set; a long text on one line (the tooltip holds it in full).
    static QString dateText(const QDate &date);
    static QString oneLine(const QString &text);

private:
    int m_columns;
    QList<qint64> m_ids;
    Result m_read;
};
