#include "roster/MemberModel.h"

#include "core/IdNumber.h"

#include <QBrush>
#include <QColor>
#include <QFontMetrics>

using namespace Domain;

MemberModel::MemberModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MemberModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_members.size())
        return {};
    const Person &p = m_members.at(index.row());
    const IdNumber id = IdNumber::parse(p.idNumber);
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        const bool edit = role == Qt::EditRole;
        switch (Column(index.column())) {
        case NameColumn:
            return p.name;
        case IdNumberColumn:
            return (edit || m_showFullId || !id.isValid()) ? p.idNumber : IdNumber::masked(id.text());
        case SexColumn:
            return id.isValid() ? (id.sex() == IdNumber::Sex::Male ? tr("Male") : tr("Female")) : QString();
        case AgeColumn:
            return id.isValid() ? QVariant(id.ageAt(m_referenceDate)) : QVariant();
        case RelationColumn:
            return edit ? QVariant(int(p.relation)) : QVariant(p.displayRelation());
        case CoveredColumn:
            return edit ? QVariant(p.covered) : QVariant(p.covered ? tr("Yes") : tr("No"));
        case DisabilityColumn:
            return edit ? QVariant(int(p.disabilityKind))
                        : QVariant(p.disabilityKind == DisabilityKind::Other && !p.disabilityText.isEmpty()
                                ? p.disabilityText
                                : label(p.disabilityKind));
        case DisabilityGradeColumn:
            return edit ? QVariant(int(p.disabilityGrade)) : QVariant(label(p.disabilityGrade));
        case HealthColumn:
            return edit ? QVariant(int(p.health)) : QVariant(label(p.health));
        case LabourColumn:
            return edit ? QVariant(int(p.labourAbility)) : QVariant(label(p.labourAbility));
        case StateColumn:
            if (p.deceasedDate.isValid())
                return tr("Deceased %1").arg(p.deceasedDate.toString(Qt::ISODate));
            if (!p.isCurrent())
                return tr("Left %1 (%2)").arg(p.leftDate.toString(Qt::ISODate), p.leftReason);
            return tr("Member");
        case ColumnCount:
            break;
        }
        return {};
    }
    switch (role) {
    case Qt::ForegroundRole:
        if (!p.isCurrent())
            return QBrush(QColor(0x75, 0x75, 0x75));
        if (index.column() == IdNumberColumn && !p.idNumber.isEmpty() && !id.isValid())
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    case Qt::ToolTipRole:
    case ErrorRole:
        if (index.column() == IdNumberColumn && !p.idNumber.isEmpty() && !id.isValid())
            return id.errorText();
        return {};
    case PersonIdRole:
        return p.id;
    case FullIdNumberRole:
        return p.idNumber;
    default:
        return {};
    }
}

QVariant MemberModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case IdNumberColumn:
        return tr("ID number");
    case SexColumn:
        return tr("Sex");
    case AgeColumn:
        return tr("Age");
    case RelationColumn:
        return tr("Relation to head");
    case CoveredColumn:
        return tr("Covered");
    case DisabilityColumn:
        return tr("Disability");
    case DisabilityGradeColumn:
        return tr("Disability grade");
    case HealthColumn:
        return tr("Health");
    case LabourColumn:
        return tr("Labour ability");
    case StateColumn:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

Qt::ItemFlags MemberModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable || !index.isValid() || !m_members.at(index.row()).isCurrent())
        return f;
    switch (Column(index.column())) {
    case SexColumn:
    case AgeColumn:
    case StateColumn:
        return f; // derived from the ID number or the history
    default:
        return f | Qt::ItemIsEditable;
    }
}

bool MemberModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    Person &p = m_members[index.row()];
    QList<int> columns = {index.column()};
    switch (Column(index.column())) {
    case NameColumn:
        p.name = value.toString().trimmed();
        break;
    case IdNumberColumn: {
        const IdNumber id = IdNumber::parse(value.toString());
        p.idNumber = id.isValid() ? id.text() : IdNumber::normalise(value.toString());
        columns << SexColumn << AgeColumn;
        break;
    }
    case RelationColumn:
        if (Relation(value.toInt()) != p.relation) {
            p.relation = Relation(value.toInt());
            p.relationText.clear(); // the file's word described the relation before
        }
        break;
    case CoveredColumn:
        p.covered = value.toBool();
        break;
    case DisabilityColumn:
        p.disabilityKind = DisabilityKind(value.toInt());
        if (p.disabilityKind == DisabilityKind::None)
            p.disabilityGrade = DisabilityGrade::None;
        columns << DisabilityGradeColumn;
        break;
    case DisabilityGradeColumn:
        p.disabilityGrade = DisabilityGrade(value.toInt());
        break;
    case HealthColumn:
        p.health = Health(value.toInt());
        break;
    case LabourColumn:
        p.labourAbility = LabourAbility(value.toInt());
        break;
    default:
        return false;
    }
    for (int c : columns)
        Q_EMIT dataChanged(this->index(index.row(), c), this->index(index.row(), c), {Qt::DisplayRole, Qt::EditRole});
    return true;
}

bool MemberModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_members.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        Person p;
        p.relation = m_members.isEmpty() && i == 0 ? Relation::Head : Relation::Other;
        m_members.insert(row + i, p);
    }
    endInsertRows();
    return true;
}

bool MemberModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_members.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_members.remove(row, count);
    endRemoveRows();
    return true;
}

void MemberModel::setMembers(const QList<Person> &members)
{
    beginResetModel();
    m_members = members;
    endResetModel();
}

void MemberModel::setShowFullIdNumbers(bool on)
{
    if (m_showFullId == on)
        return;
    m_showFullId = on;
    if (!m_members.isEmpty())
        Q_EMIT dataChanged(
            index(0, IdNumberColumn), index(int(m_members.size()) - 1, IdNumberColumn), {Qt::DisplayRole});
}

int MemberModel::sexColumnWidth(const QFontMetrics &metrics)
{
    int widest = 0;
    for (const QString &word : {tr("Male"), tr("Female"), tr("Sex")})
        widest = qMax(widest, metrics.horizontalAdvance(word));
    return widest + 24; // the cell's margins and a sort arrow
}
