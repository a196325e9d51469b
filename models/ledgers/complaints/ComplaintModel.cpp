#include "ledgers/complaints/ComplaintModel.h"

#include "storage/Database.h"

using namespace Domain;

ComplaintModel::ComplaintModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void ComplaintModel::reload(const ComplaintFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_today = m_db.today();
    setRowsOf(ComplaintRepository(m_db).complaints(filter), &m_rows);
    endResetModel();
}

ComplaintModel::State ComplaintModel::state(const Complaint &complaint, const QDate &today)
{
    if (complaint.isClosed())
        return State::Closed;
    if (complaint.isOverdue(today))
        return State::Overdue;
    return complaint.transferredDate.isValid() ? State::Transferred : State::InProgress;
}

QString ComplaintModel::stateText(State state)
{
    switch (state) {
    case State::InProgress:
        //: a complaint being handled: 办理中
        return tr("In progress");
    case State::Transferred:
        //: passed to the discipline-inspection body: 已移交
        return tr("Transferred");
    case State::Closed:
        //: 已办结
        return tr("Closed");
    case State::Overdue:
        //: 逾期
        return tr("Overdue");
    }
    return {};
}

QString ComplaintModel::stateKey(State state)
{
    switch (state) {
    case State::InProgress:
        return QStringLiteral("in_progress");
    case State::Transferred:
        return QStringLiteral("transferred");
    case State::Closed:
        return QStringLiteral("closed");
    case State::Overdue:
        return QStringLiteral("overdue");
    }
    return {};
}

QVariant ComplaintModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Complaint &c = m_rows.at(index.row());
    const State s = state(c, m_today);
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NumberColumn:
            return index.row() + 1;
        case ReceivedColumn:
            return dateText(c.receivedDate);
        case ChannelColumn:
            return label(c.channel);
        case ReporterColumn:
            return c.maskedReporter();
        case SubjectColumn:
            return c.subjectText;
        case VillageColumn:
            return c.villageName;
        case ProblemTypeColumn:
            return c.problemType ? label(*c.problemType) : QString();
        case SummaryColumn:
            return oneLine(c.summary);
        case HandlerColumn:
            return c.handler;
        case DueColumn:
            return dateText(c.dueDate);
        case StateColumn:
            return stateText(s);
        case FindingColumn:
            return c.finding ? label(*c.finding) : QString();
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SummaryColumn)
            return c.summary;
        if (index.column() == StateColumn && c.transferredDate.isValid())
            return tr("Transferred on %1 to %2").arg(dateText(c.transferredDate), c.transferBody);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (s == State::Overdue)
            return color(Tint::Overdue);
        if (index.column() == StateColumn) {
            switch (s) {
            case State::InProgress:
                return color(Tint::Working);
            case State::Transferred:
                return color(Tint::Transferred);
            case State::Closed:
                return color(Tint::Done);
            case State::Overdue:
                return color(Tint::Overdue);
            }
        }
        return {};
    case IdRole:
        return c.id;
    case StateKeyRole:
        return stateKey(s);
    case OverdueRole:
        return s == State::Overdue;
    default:
        return {};
    }
}

QVariant ComplaintModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NumberColumn:
        return tr("No.");
    case ReceivedColumn:
        return tr("Received");
    case ChannelColumn:
        return tr("Channel");
    case ReporterColumn:
        return tr("Reporter");
    case SubjectColumn:
        return tr("Subject");
    case VillageColumn:
        return tr("Village");
    case ProblemTypeColumn:
        return tr("Problem type");
    case SummaryColumn:
        return tr("Summary");
    case HandlerColumn:
        return tr("Handler");
    case DueColumn:
        return tr("Due");
    case StateColumn:
        return tr("Status");
    case FindingColumn:
        return tr("Finding");
    case ColumnCount:
        break;
    }
    return {};
}
