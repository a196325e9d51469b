#include "shell/CollatorSortProxyModel.h"

#include <QLocale>

CollatorSortProxyModel::CollatorSortProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_collator(QLocale(QLocale::Chinese, QLocale::China))
{
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

bool CollatorSortProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(sortRole());
    const QVariant r = right.data(sortRole());
    const bool numeric
        = l.typeId() == QMetaType::Int || l.typeId() == QMetaType::LongLong || l.typeId() == QMetaType::Double;
    if (numeric && l.typeId() == r.typeId())
        return QSortFilterProxyModel::lessThan(left, right);
    return m_collator.compare(l.toString(), r.toString()) < 0;
}
