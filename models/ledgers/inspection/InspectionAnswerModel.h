#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QAbstractTableModel>
#include <QHash>

class Database;

// The answers of one self-inspection run (自查自纠), one row per checklist item in item order: the item,
// the clerk's answer and the live count of the item's data check (computed once per reload, not per paint).
class InspectionAnswerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        CodeColumn, // 编号
        LinkColumn, // 环节
        ItemColumn, // 检查内容
        ResultColumn, // 结果
        DescriptionColumn, // 问题描述
        HouseholdsColumn, // 涉及户数
        EvidenceColumn, // 佐证
        ResponsibleColumn, // 责任人
        DataCheckColumn, // 数据核查
        ColumnCount
    };
    enum Role {
        ItemIdRole = Qt::UserRole,
        AnswerIdRole, // 0 while the item has no stored answer
        DataCheckKeyRole, // empty when the item has no check
        DataCheckCountRole, // households the check finds; -1 without a check, or when it could not be run
        LinkRole, // int(Domain::Link)
        ResultKeyRole, // a Domain::InspectionResult key, or unansweredKey()
        SearchTextRole, // code, wording (both languages), description and responsible person
    };

    explicit InspectionAnswerModel(Database &db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows a run (0: none) and reads it.
    void setInspection(qint64 inspectionId);
    qint64 inspectionId() const { return m_inspectionId; }
    // Reads the answers again and reruns the data checks.
    void reload();
    // Reads one item's answer again after it was saved (the data checks are not rerun).
    void refreshItem(qint64 itemId);
    // Whether the last reload() or refreshItem() could read the run: a reload that failed shows no rows and says
    // why, never an empty checklist; a refresh that failed keeps the row as it was.
    const Result &readResult() const { return m_read; }

    int rowOfItem(qint64 itemId) const;
    ChecklistItem itemAt(int row) const;
    InspectionAnswer answerAt(int row) const;
    int dataCheckCount(const QString &key) const { return m_checkCounts.value(key, -1); }

    // The key ResultKeyRole gives for an item not answered yet.
    static QString unansweredKey();

private:
    struct Row
    {
        ChecklistItem item;
        InspectionAnswer answer;
    };
    // The run's checklist and answers into m_rows, the data checks counted; the read's failure, if any.
    Result readRows();
    QVariant displayData(const Row &row, int column) const;
    QString searchText(const Row &row) const;

    Database &m_db;
    qint64 m_inspectionId = 0;
    QList<Row> m_rows;
    QHash<QString, int> m_checkCounts;
    QHash<QString, QString> m_checkFailures; // a check that could not be run → why (shown in its tooltip)
    Result m_read;
};
