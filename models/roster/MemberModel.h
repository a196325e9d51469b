#pragma once

#include "roster/RosterTypes.h"

#include <QAbstractTableModel>

class QFontMetrics;

// The members of one household, for display beside the roster and editing in the household dialog.
class MemberModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        IdNumberColumn,
        SexColumn,
        AgeColumn,
        RelationColumn,
        CoveredColumn,
        DisabilityColumn,
        DisabilityGradeColumn,
        HealthColumn,
        LabourColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { PersonIdRole = Qt::UserRole, FullIdNumberRole, ErrorRole };

    // The 性别 column's width in a view's font: its longest word and the header, not cut ("Fem…").
    static int sexColumnWidth(const QFontMetrics &metrics);

    explicit MemberModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

    void setMembers(const QList<Person> &members);
    QList<Person> members() const { return m_members; }
    const Person &member(int row) const { return m_members.at(row); }
    void setEditable(bool editable) { m_editable = editable; }
    void setShowFullIdNumbers(bool on);
    void setReferenceDate(const QDate &date) { m_referenceDate = date; }

private:
    QList<Person> m_members;
    bool m_editable = false;
    bool m_showFullId = false;
    QDate m_referenceDate = QDate::currentDate();
};
