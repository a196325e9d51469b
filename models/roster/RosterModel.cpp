#include "roster/RosterModel.h"

#include "core/IdNumber.h"
#include "storage/Database.h"

#include <QColor>

using namespace Domain;

RosterModel::RosterModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_queries(db)
{
    reload();
}

int RosterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RosterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RosterRow &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case VillageColumn:
            return r.villageName;
        case HeadNameColumn:
            return r.headName;
        case IdNumberColumn:
            return m_showFullId ? r.headIdNumber : IdNumber::masked(r.headIdNumber);
        case StatusColumn:
            return label(r.status);
        case CategoryColumn:
            return label(r.category);
        case MembersColumn:
            return r.memberCount;
        case CoveredColumn:
            return r.coveredCount;
        case AmountColumn:
            return r.monthlyAmount.toDisplayString();
        case StartPeriodColumn:
            return r.startPeriod.toString();
        case ReviewDueColumn:
            return r.reviewDue.toString(Qt::ISODate);
        case AddressColumn:
            return r.address;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ReviewDueColumn && r.reviewDue.isValid())
            return r.reviewInterval == 6 ? tr("Reviewed every 6 months: a member is able-bodied")
                                         : tr("Reviewed every 12 months: no member is able-bodied");
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MembersColumn || index.column() == CoveredColumn || index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ReviewDueColumn && r.reviewDue.isValid() && r.reviewDue < m_db.today())
            return QColor(0xc6, 0x28, 0x28); // overdue
        if (index.column() == StatusColumn) {
            switch (r.status) {
            case HouseholdStatus::Active:
                return QColor(0x1b, 0x6e, 0x20);
            case HouseholdStatus::Suspended:
                return QColor(0xb2, 0x6a, 0x00);
            case HouseholdStatus::Exited:
            case HouseholdStatus::Rejected:
                return QColor(0x75, 0x75, 0x75);
            case HouseholdStatus::Applying:
                return QColor(0x15, 0x65, 0xc0);
            }
        }
        return {};
    case HouseholdIdRole:
        return r.householdId;
    case StatusKeyRole:
        return key(r.status);
    case AmountFenRole:
        return r.monthlyAmount.fen();
    case FullIdNumberRole:
        return r.headIdNumber;
    default:
        return {};
    }
}

QVariant RosterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case VillageColumn:
        return tr("Village");
    case HeadNameColumn:
        return tr("Head of household");
    case IdNumberColumn:
        return tr("ID number");
    case StatusColumn:
        return tr("Status");
    case CategoryColumn:
        return tr("Category");
    case MembersColumn:
        return tr("Household size");
    case CoveredColumn:
        return tr("Covered");
    case AmountColumn:
        return tr("Monthly amount (yuan)");
    case StartPeriodColumn:
        return tr("Benefit since");
    case ReviewDueColumn:
        //: 复核到期: when the household's periodic review is due
        return tr("Review due");
    case AddressColumn:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

bool RosterModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_totals.households;
}

void RosterModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    Outcome<QList<RosterRow>> read = m_queries.rows(m_filter, int(m_rows.size()), PageSize);
    if (!read) {
        // Stop asking; the rows read so far stay, and the page says why the rest are missing.
        m_read = read.result();
        m_totals.households = int(m_rows.size());
        Q_EMIT totalsChanged();
        return;
    }
    const QList<RosterRow> more = std::move(read).value();
    if (more.isEmpty()) {
        // The roster shrank under us (another window wrote): stop asking.
        m_totals.households = int(m_rows.size());
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size()) - 1);
    m_rows.append(more);
    endInsertRows();
}

void RosterModel::sort(int column, Qt::SortOrder order)
{
    RosterFilter f = m_filter;
    switch (Column(column)) {
    case VillageColumn:
        f.sort = RosterFilter::Sort::Village;
        break;
    case HeadNameColumn:
    case IdNumberColumn:
        f.sort = RosterFilter::Sort::HeadName;
        break;
    case StatusColumn:
        f.sort = RosterFilter::Sort::Status;
        break;
    case MembersColumn:
    case CoveredColumn:
        f.sort = RosterFilter::Sort::Members;
        break;
    case AmountColumn:
        f.sort = RosterFilter::Sort::Amount;
        break;
    case StartPeriodColumn:
        f.sort = RosterFilter::Sort::StartPeriod;
        break;
    default:
        f.sort = RosterFilter::Sort::Default;
        break;
    }
    f.descending = order == Qt::DescendingOrder;
    setFilter(f);
}

void RosterModel::setFilter(const RosterFilter &filter)
{
    m_filter = filter;
    reload();
}

void RosterModel::reload()
{
    m_reloadedAt = std::chrono::steady_clock::now();
    beginResetModel();
    Outcome<QList<RosterRow>> read = m_queries.rows(m_filter, 0, PageSize);
    m_read = read.result();
    Outcome<RosterTotals> totals = read ? m_queries.totals(m_filter) : Outcome<RosterTotals>(read.result());
    if (!totals)
        m_read = totals.result();
    if (read && totals) {
        m_totals = *totals;
        m_rows = std::move(read).value();
    } else {
        m_totals = {}; // nothing read: no rows, no figures (never zeros presented as the roster's)
        m_rows.clear();
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

void RosterModel::setShowFullIdNumbers(bool on)
{
    if (m_showFullId == on)
        return;
    m_showFullId = on;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, IdNumberColumn), index(int(m_rows.size()) - 1, IdNumberColumn), {Qt::DisplayRole});
}

qint64 RosterModel::householdIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).householdId : 0;
}

int RosterModel::rowOfHousehold(qint64 householdId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).householdId == householdId)
            return i;
    }
    return -1;
}
