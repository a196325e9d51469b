#include "ledgers/inspection/InspectionAnswerFilterModel.h"

#include "ledgers/inspection/InspectionAnswerModel.h"

InspectionAnswerFilterModel::InspectionAnswerFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void InspectionAnswerFilterModel::setLinkFilter(std::optional<Domain::Link> link)
{
    if (m_link == link)
        return;
    m_link = link;
    invalidateFilter();
}

void InspectionAnswerFilterModel::setResultFilter(const QString &resultKey)
{
    if (m_resultKey == resultKey)
        return;
    m_resultKey = resultKey;
    invalidateFilter();
}

void InspectionAnswerFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool InspectionAnswerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_link && index.data(InspectionAnswerModel::LinkRole).toInt() != int(*m_link))
        return false;
    if (!m_resultKey.isEmpty() && index.data(InspectionAnswerModel::ResultKeyRole).toString() != m_resultKey)
        return false;
    if (!m_search.isEmpty()
        && !index.data(InspectionAnswerModel::SearchTextRole).toString().contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}
