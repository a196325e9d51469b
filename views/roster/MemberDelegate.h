#pragma once

#include <QStyledItemDelegate>

// Editors of the members table: lists for relation, covered, disability, health and labour ability
// (the model's edit role holds the enum value), plain text for name and ID number.
class MemberDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit MemberDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
