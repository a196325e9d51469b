#include "ledgers/LedgerTableModel.h"

LedgerTableModel::LedgerTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{ }

int LedgerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int LedgerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

qint64 LedgerTableModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int LedgerTableModel::rowOf(qint64 id) const
{
    return id > 0 ? int(m_ids.indexOf(id)) : -1;
}

QColor LedgerTableModel::color(Tint tint)
{
    switch (tint) {
    case Tint::Overdue:
        return {0x8b, 0x00, 0x00}; // dark red
    case Tint::Open:
        return {0xb2, 0x6a, 0x00};
    case Tint::Working:
        return {0x15, 0x65, 0xc0};
    case Tint::Done:
        return {0x1b, 0x6e, 0x20};
    case Tint::Transferred:
        return {0x6a, 0x1b, 0x9a};
    case Tint::Finished:
        break;
    }
    return {0x75, 0x75, 0x75};
}

QString LedgerTableModel::dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString LedgerTableModel::oneLine(const QString &text)
{
    return QString(text).replace(u'\n', u' ');
}
