#pragma once

#include "ledgers/LedgerTypes.h"

#include <QSortFilterProxyModel>

#include <optional>

// Filters the answers by link, by result (unansweredKey() for items not answered) and by a search over the
// item's code, wording, description and responsible person.
class InspectionAnswerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit InspectionAnswerFilterModel(QObject *parent = nullptr);

    void setLinkFilter(std::optional<Domain::Link> link);
    // Empty: any result.
    void setResultFilter(const QString &resultKey);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<Domain::Link> m_link;
    QString m_resultKey;
    QString m_search;
};
