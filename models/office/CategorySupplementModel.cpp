#include "office/CategorySupplementModel.h"

#include "office/StandardRepository.h"

#include <QLocale>

CategorySupplementModel::CategorySupplementModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
    reload();
}

QString CategorySupplementModel::topUpText(const CategorySupplement &s)
{
    if (s.sharePermille)
        return tr("%1 % of the standard").arg(QLocale().toString(double(*s.sharePermille) / 10.0, 'g', 4));
    return tr("%1 yuan").arg(s.amount.toDisplayString());
}

void CategorySupplementModel::reload()
{
    beginResetModel();
    StandardRepository repository(m_db);
    const Outcome<QList<BenefitStandard>> standards = repository.standards();
    Outcome<QList<CategorySupplement>> supplements = repository.supplements();
    m_read = !standards ? standards.result() : supplements.result();
    m_supplements = standards && supplements ? std::move(supplements).value() : QList<CategorySupplement>();
    const BenefitCeiling ceiling(standards.valueOr({}), m_supplements);
    m_perPerson.clear();
    for (const CategorySupplement &s : std::as_const(m_supplements)) {
        const std::optional<BenefitStandard> standard = ceiling.standardIn(s.from);
        m_perPerson.append(standard ? std::optional(s.perPerson(standard->monthlyPerPerson)) : std::nullopt);
    }
    endResetModel();
}

int CategorySupplementModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_supplements.size());
}

int CategorySupplementModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CategorySupplementModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CategorySupplement &s = m_supplements.at(index.row());
    const std::optional<Money> perPerson = m_perPerson.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case CategoryColumn:
            return Domain::label(s.category);
        case FromColumn:
            return s.from.toString();
        case TopUpColumn:
            return topUpText(s);
        case PerPersonColumn:
            return perPerson ? perPerson->toDisplayString() : tr("(no standard yet)");
        case NoteColumn:
            return s.note;
        case ColumnCount:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == PerPersonColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case IdRole:
        return s.id;
    case CategoryKeyRole:
        return Domain::key(s.category);
    case PerPersonFenRole:
        return perPerson ? QVariant(perPerson->fen()) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant CategorySupplementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CategoryColumn:
        return tr("Category");
    case FromColumn:
        //: Column: the month a top-up applies from
        return tr("From");
    case TopUpColumn:
        return tr("Top-up");
    case PerPersonColumn:
        return tr("Yuan per person per month");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}
