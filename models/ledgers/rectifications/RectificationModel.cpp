#include "ledgers/rectifications/RectificationModel.h"

#include "storage/Database.h"

using namespace Domain;

RectificationModel::RectificationModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void RectificationModel::reload(const RectificationFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_today = m_db.today();
    setRowsOf(RectificationRepository(m_db).rectifications(filter), &m_rows);
    endResetModel();
}

QString RectificationModel::statusText(const Rectification &r, const QDate &today)
{
    //: 逾期（整改中）
    return r.isOverdue(today) ? tr("Overdue (%1)").arg(label(r.status)) : label(r.status);
}

QVariant RectificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Rectification &r = m_rows.at(index.row());
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return index.row() + 1;
        case ProblemColumn:
            return oneLine(r.problem);
        case SourceColumn:
            return r.sourceText.isEmpty() ? label(r.source) : r.sourceText; // sourceText names the kind too
        case MeasuresColumn:
            return oneLine(r.measures);
        case ResponsibleColumn:
            return r.responsible;
        case DeadlineColumn:
            return dateText(r.deadline);
        case StatusColumn:
            return statusText(r, m_today);
        case CompletedColumn:
            return dateText(r.completedDate);
        case ReviewerColumn:
            return r.reviewer;
        case SignedOffColumn:
            return dateText(r.signedOffDate);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == ProblemColumn)
            return r.problem;
        if (index.column() == MeasuresColumn)
            return r.measures;
        if (index.column() == StatusColumn && overdue)
            return tr("The deadline %1 has passed and the problem is not rectified yet.").arg(dateText(r.deadline));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (overdue)
            return color(Tint::Overdue);
        if (index.column() == StatusColumn) {
            switch (r.status) {
            case RectificationStatus::Open:
                return color(Tint::Open);
            case RectificationStatus::InProgress:
                return color(Tint::Working);
            case RectificationStatus::Done:
                return color(Tint::Done);
            case RectificationStatus::SignedOff:
                return color(Tint::Finished);
            }
        }
        return {};
    case IdRole:
        return r.id;
    case StatusKeyRole:
        return overdue ? QStringLiteral("overdue") : key(r.status);
    case OverdueRole:
        return overdue;
    default:
        return {};
    }
}

QVariant RectificationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case ProblemColumn:
        return tr("Problem");
    case SourceColumn:
        return tr("Source");
    case MeasuresColumn:
        return tr("Measures");
    case ResponsibleColumn:
        return tr("Responsible");
    case DeadlineColumn:
        return tr("Deadline");
    case StatusColumn:
        return tr("Status");
    case CompletedColumn:
        return tr("Completed");
    case ReviewerColumn:
        return tr("Signed off by");
    case SignedOffColumn:
        return tr("Sign-off date");
    case ColumnCount:
        break;
    }
    return {};
}
