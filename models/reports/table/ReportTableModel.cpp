#include "reports/table/ReportTableModel.h"

#include <QFont>

#include <algorithm>

ReportTableModel::ReportTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ReportTableModel::setTable(const ReportTable &table)
{
    beginResetModel();
    m_table = table;
    m_headerPaths.clear();
    const QList<ReportHeaderCell> cells = m_table.headerCells();
    for (int c = 0; c < m_table.columns.size(); ++c) {
        QList<ReportHeaderCell> over;
        for (const ReportHeaderCell &cell : cells) {
            if (cell.column <= c && c < cell.column + cell.columnSpan)
                over.append(cell);
        }
        std::sort(over.begin(), over.end(), [](const auto &a, const auto &b) { return a.row < b.row; });
        QStringList path;
        for (const ReportHeaderCell &cell : std::as_const(over))
            path << cell.text;
        if (path.isEmpty())
            path << m_table.columns.at(c).header;
        m_headerPaths.append(path);
    }
    endResetModel();
}

void ReportTableModel::clear()
{
    setTable(ReportTable());
}

QStringList ReportTableModel::headerPath(int column) const
{
    return m_headerPaths.value(column);
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ReportRow &row = m_table.rows.at(index.row());
    const ReportColumn &column = m_table.columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        // A group row (a village's name over its households) is one cell spanning the row in the view.
        if (row.kind == ReportRow::Kind::Group && index.column() == 0) {
            for (int c = 0; c < m_table.columns.size(); ++c) {
                const QString text = m_table.cellText(index.row(), c);
                if (!text.isEmpty())
                    return text;
            }
        }
        return m_table.cellText(index.row(), index.column());
    case Qt::ToolTipRole:
        if (column.wrap)
            return m_table.cellText(index.row(), index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (row.kind == ReportRow::Kind::Group)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        if (column.kind != ReportColumn::Kind::Text)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int((row.kind == ReportRow::Kind::Total ? Qt::AlignHCenter : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.kind != ReportRow::Kind::Data) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RowKindRole:
        return int(row.kind);
    case ValueRole:
        return row.cells.value(index.column());
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_table.rows.size())
            return section + 1;
        return {};
    }
    if (section < 0 || section >= m_table.columns.size())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return m_headerPaths.at(section).join(u'\n');
    case Qt::ToolTipRole:
        return m_headerPaths.at(section).join(u'-');
    case ColumnKeyRole:
        return m_table.columns.at(section).key;
    default:
        return {};
    }
}
