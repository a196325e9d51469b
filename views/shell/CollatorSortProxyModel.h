#pragma once

#include <QCollator>
#include <QSortFilterProxyModel>

// Sorts names the way a Chinese reader expects (pinyin order through QCollator zh_CN) and numbers
// by value.
class CollatorSortProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CollatorSortProxyModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QCollator m_collator;
};
