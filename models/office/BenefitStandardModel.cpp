#include "office/BenefitStandardModel.h"

#include "office/BenefitCeiling.h"
#include "office/StandardRepository.h"
#include "storage/Database.h"

#include <QFont>

BenefitStandardModel::BenefitStandardModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

void BenefitStandardModel::reload()
{
    beginResetModel();
    Outcome<QList<BenefitStandard>> standards = StandardRepository(m_db).standards();
    m_read = standards.result();
    m_standards = standards ? std::move(standards).value() : QList<BenefitStandard>();
    const std::optional<BenefitStandard> current
        = BenefitCeiling(m_standards, {}).standardIn(Period::fromDate(m_db.today()));
    m_inForceId = current ? current->id : 0;
    endResetModel();
}

int BenefitStandardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_standards.size());
}

int BenefitStandardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BenefitStandardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BenefitStandard &s = m_standards.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case FromColumn:
            return Period::fromDate(s.effectiveDate).toString();
        case AmountColumn:
            return s.monthlyPerPerson.toDisplayString();
        case NoteColumn:
            return s.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::FontRole:
        if (s.id == m_inForceId) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        break;
    case Qt::ToolTipRole:
        if (s.id == m_inForceId)
            return tr("In force this month");
        break;
    case IdRole:
        return s.id;
    case FenRole:
        return s.monthlyPerPerson.fen();
    case InForceRole:
        return s.id == m_inForceId;
    default:
        break;
    }
    return {};
}

QVariant BenefitStandardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case FromColumn:
        //: Column: the month a benefit standard applies from
        return tr("From");
    case AmountColumn:
        return tr("Yuan per person per month");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
