#include "ledgers/LedgerTableModels.h"

#include "storage/Database.h"

#include <QColor>

using namespace Domain;

namespace {

const QColor kOverdue(0x8b, 0x00, 0x00); // dark red
const QColor kOpen(0xb2, 0x6a, 0x00);
const QColor kWorking(0x15, 0x65, 0xc0);
const QColor kDone(0x1b, 0x6e, 0x20);
const QColor kFinished(0x75, 0x75, 0x75);
const QColor kTransferred(0x6a, 0x1b, 0x9a);

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

template<typename Item> QList<qint64> idsOf(const QList<Item> &rows)
{
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const Item &item : rows)
        ids.append(item.id);
    return ids;
}

// Long texts are shown on one line in the table; the tooltip holds them in full.
QString oneLine(const QString &text)
{
    return QString(text).replace(u'\n', u' ');
}

} // namespace

// ---------------------------------------------------------------------------------------------------
// LedgerTableModel

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

// ---------------------------------------------------------------------------------------------------
// RectificationModel

RectificationModel::RectificationModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void RectificationModel::reload(const RectificationFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_today = m_db.today();
    m_rows = RectificationRepository(m_db).rectifications(filter);
    setIds(idsOf(m_rows));
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
            return kOverdue;
        if (index.column() == StatusColumn) {
            switch (r.status) {
            case RectificationStatus::Open:
                return kOpen;
            case RectificationStatus::InProgress:
                return kWorking;
            case RectificationStatus::Done:
                return kDone;
            case RectificationStatus::SignedOff:
                return kFinished;
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

// ---------------------------------------------------------------------------------------------------
// ComplaintModel

ComplaintModel::ComplaintModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void ComplaintModel::reload(const ComplaintFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_today = m_db.today();
    m_rows = ComplaintRepository(m_db).complaints(filter);
    setIds(idsOf(m_rows));
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
            return kOverdue;
        if (index.column() == StateColumn) {
            switch (s) {
            case State::InProgress:
                return kWorking;
            case State::Transferred:
                return kTransferred;
            case State::Closed:
                return kDone;
            case State::Overdue:
                return kOverdue;
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

// ---------------------------------------------------------------------------------------------------
// CaseModel

CaseModel::CaseModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void CaseModel::reload(const Period &month)
{
    beginResetModel();
    m_month = month;
    m_rows = CaseRepository(m_db).cases(month);
    setIds(idsOf(m_rows));
    endResetModel();
}

Money CaseModel::fundsTotal() const
{
    Money total;
    for (const TypicalCase &c : m_rows)
        total += c.fundsRecovered;
    return total;
}

QVariant CaseModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TypicalCase &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case MonthColumn:
            return c.month.isValid() ? c.month.toString() : QString();
        case TitleColumn:
            return c.title;
        case ProblemTypeColumn:
            return c.problemType ? label(*c.problemType) : QString();
        case PersonsColumn:
            return c.persons;
        case HandlingColumn: {
            QStringList kinds;
            for (Handling h : c.handling)
                kinds << label(h);
            //: separator of a list of handling kinds: 、
            return kinds.join(tr(", "));
        }
        case FundsColumn:
            return c.fundsRecovered.toDisplayString();
        case SourceColumn:
            return c.sourceText.isEmpty() ? label(c.source) : c.sourceText;
        case ColumnCount:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return c.summary;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == FundsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case IdRole:
        return c.id;
    case FundsFenRole:
        return c.fundsRecovered.fen();
    default:
        return {};
    }
}

QVariant CaseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return LedgerTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case MonthColumn:
        return tr("Month");
    case TitleColumn:
        return tr("Title");
    case ProblemTypeColumn:
        return tr("Problem type");
    case PersonsColumn:
        return tr("Persons involved");
    case HandlingColumn:
        return tr("Handling");
    case FundsColumn:
        return tr("Funds recovered (yuan)");
    case SourceColumn:
        return tr("Source");
    case ColumnCount:
        break;
    }
    return {};
}
