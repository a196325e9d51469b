#pragma once

#include <QPointer>
#include <QWidget>

class CaseModel;
class Database;
class MessageBar;
class QDateEdit;
class QDialog;
class QLabel;
class QPushButton;
class QTableView;

// 典型案例: the typical cases, all or those of one month, with new / edit / delete. Enter or a double
// click edits; Ins or Ctrl+N adds; Delete deletes (after asking).
class CasePage : public QWidget
{
    Q_OBJECT

public:
    explicit CasePage(Database &db, QWidget *parent = nullptr);

    CaseModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }
    qint64 currentId() const;
    bool select(qint64 caseId);

    // The special value of the month filter: every month.
    static QDate allMonths();

public Q_SLOTS:
    // Re-reads the cases with the month filter, keeping the selection.
    void reload();
    void newCase();
    void editCase();
    void deleteCase();

Q_SIGNALS:
    // A case was written or deleted.
    void countsChanged();
    // The clerk asked to export the cases (典型案例) in the official layout.
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatusLine();
    void updateActions();
    void afterSave(qint64 caseId);
    void openDialog(QDialog *dialog);

    Database &m_db;
    CaseModel *m_model;
    MessageBar *m_messageBar;
    QDateEdit *m_monthEdit;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_deleteButton;
    QPushButton *m_exportButton;
    QPointer<QDialog> m_dialog;
};
