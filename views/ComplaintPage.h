#pragma once

#include <QPointer>
#include <QWidget>

class ComplaintModel;
class Database;
class MessageBar;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

// 举报线索: the ledger of complaints and tips with filters (state, village, search), the time limit for
// handling (办结时限, days), and new / edit. Reporters are masked in the list. Enter or a double click
// edits; Ins or Ctrl+N receives a new complaint.
class ComplaintPage : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintPage(Database &db, QWidget *parent = nullptr);

    ComplaintModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }
    qint64 currentId() const;
    bool select(qint64 complaintId);

public Q_SLOTS:
    // Re-reads the ledger with the current filters, keeping the selection.
    void reload();
    void newComplaint();
    void editComplaint();

Q_SIGNALS:
    // A complaint (or a rectification opened from one) was written.
    void countsChanged();
    // The clerk asked to export the ledger (群众举报问题线索台账) in the official layout.
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadVillages();
    void updateStatusLine();
    void updateActions();
    void afterSave(qint64 complaintId);
    void saveDueDays(int days);
    void openDialog(QDialog *dialog);

    Database &m_db;
    ComplaintModel *m_model;
    MessageBar *m_messageBar;
    QComboBox *m_stateCombo;
    QComboBox *m_villageCombo;
    QLineEdit *m_searchEdit;
    QSpinBox *m_dueDaysSpin;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_exportButton;
    QTimer *m_searchTimer;
    QPointer<QDialog> m_dialog;
};
