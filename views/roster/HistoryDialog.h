#pragma once

#include <QDialog>

class AuditHistoryModel;
class Database;
class MessageBar;
class QTableView;
class QTableWidget;

// A household's history: every recorded change (audit log) and its status changes.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Database &db, qint64 householdId, QWidget *parent = nullptr);

    AuditHistoryModel *auditModel() const { return m_auditModel; }
    MessageBar *messageBar() const { return m_messageBar; }

public Q_SLOTS:
    void reload();

private:
    Database &m_db;
    qint64 m_householdId;
    AuditHistoryModel *m_auditModel;
    QTableView *m_auditView;
    QTableWidget *m_statusTable;
    MessageBar *m_messageBar;
};
