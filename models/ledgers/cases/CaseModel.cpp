#include "ledgers/cases/CaseModel.h"

#include "storage/Database.h"

using namespace Domain;

CaseModel::CaseModel(Database &db, QObject *parent)
    : LedgerTableModel(ColumnCount, parent)
    , m_db(db)
{ }

void CaseModel::reload(const Period &month)
{
    beginResetModel();
    m_month = month;
    setRowsOf(CaseRepository(m_db).cases(month), &m_rows);
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
