#pragma once

#include <QPointer>
#include <QWidget>

class Database;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class RectificationModel;

// 整改台账: the rectification ledger with filters (status, overdue only, search), the items in the
// official columns, and new / edit / sign-off. Enter or a double click edits; Ins or Ctrl+N adds.
class RectificationPage : public QWidget
{
    Q_OBJECT

public:
    explicit RectificationPage(Database &db, QWidget *parent = nullptr);

    RectificationModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }
    qint64 currentId() const;
    bool select(qint64 rectificationId);

public Q_SLOTS:
    // Re-reads the ledger with the current filters, keeping the selection.
    void reload();
    void newRectification();
    void editRectification();
    void signOffRectification();

Q_SIGNALS:
    // A rectification was written: the overview and the other ledgers refresh.
    void countsChanged();
    // The clerk asked to export the ledger (整改台账) in the official layout.
    void exportRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateStatusLine();
    void updateActions();
    void afterSave(qint64 rectificationId);
    void openDialog(QDialog *dialog);

    Database &m_db;
    RectificationModel *m_model;
    MessageBar *m_messageBar;
    QComboBox *m_statusCombo;
    QCheckBox *m_overdueCheck;
    QLineEdit *m_searchEdit;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_signOffButton;
    QPushButton *m_exportButton;
    QTimer *m_searchTimer;
    QPointer<QDialog> m_dialog;
};
