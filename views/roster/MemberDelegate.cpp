#include "roster/MemberDelegate.h"

#include "core/Domain.h"
#include "roster/MemberModel.h"

#include <QComboBox>
#include <QLineEdit>

namespace {
template<typename E> void addValues(QComboBox *combo)
{
    for (E value : Domain::allValues<E>())
        combo->addItem(Domain::label(value), int(value));
}
} // namespace

MemberDelegate::MemberDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QWidget *MemberDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    switch (index.column()) {
    case MemberModel::RelationColumn:
        addValues<Domain::Relation>(combo);
        break;
    case MemberModel::CoveredColumn:
        combo->addItem(tr("Yes"), true);
        combo->addItem(tr("No"), false);
        break;
    case MemberModel::DisabilityColumn:
        addValues<Domain::DisabilityKind>(combo);
        break;
    case MemberModel::DisabilityGradeColumn:
        addValues<Domain::DisabilityGrade>(combo);
        break;
    case MemberModel::HealthColumn:
        addValues<Domain::Health>(combo);
        break;
    case MemberModel::LabourColumn:
        addValues<Domain::LabourAbility>(combo);
        break;
    default: {
        delete combo;
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor)) {
            line->setObjectName(index.column() == MemberModel::IdNumberColumn ? QStringLiteral("idNumberLineEdit")
                                                                              : QStringLiteral("nameLineEdit"));
            if (index.column() == MemberModel::IdNumberColumn)
                line->setMaxLength(24); // room for spaces a clerk may type; the model normalises
        }
        return editor;
    }
    }
    combo->setObjectName(QStringLiteral("memberComboBox"));
    // A choice from a list is final: commit at once, so the checks run before leaving the cell.
    connect(combo, &QComboBox::activated, this,
        [this, combo] { emit const_cast<MemberDelegate *>(this)->commitData(combo); });
    return combo;
}

void MemberDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const QVariant value = index.data(Qt::EditRole);
        const int found = index.column() == MemberModel::CoveredColumn ? combo->findData(value.toBool())
                                                                       : combo->findData(value.toInt());
        combo->setCurrentIndex(qMax(0, found));
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void MemberDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
