#pragma once

#include <QPointer>
#include <QWidget>

class Database;
class LedgerTableModel;
class MessageBar;
class QDialog;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

// What the ledger pages (整改台账, 举报线索, 典型案例) share: a message bar, a row of filters, a row of
// buttons (New, Edit, the page's own, Export), the ledger's table with one row selected, and a status line.
// Enter or a double click edits; Ins or Ctrl+N adds; Delete deletes where the page allows it. Reloading keeps
// the selected item; after a dialog saved, the page selects what it saved or says that the filters hide it.
//
// A page adds its filters and buttons in its constructor, then calls reload().
class LedgerPage : public QWidget
{
    Q_OBJECT

public:
    MessageBar *messageBar() const { return m_messageBar; }
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }
    qint64 currentId() const;
    bool select(qint64 id);

public Q_SLOTS:
    // Re-reads the ledger with the current filters, keeping the selection.
    void reload();

Q_SIGNALS:
    // An item was written or deleted: the overview and the other ledgers refresh.
    void countsChanged();
    // The clerk asked to export the ledger in the official layout.
    void exportRequested();

protected:
    // The names a page gives its parts (object names are what tests and style sheets find them by) and its
    // words for them.
    struct Parts
    {
        QString page; // "rectificationPage"
        QString table; // "rectificationTable"
        QString item; // "Rectification": the buttons are newRectificationButton, editRectificationButton
        QString newActionText; // the Ins / Ctrl+N action
        QString newToolTip;
        QString editToolTip;
        int keyColumn = 0; // the column a selected row shows as current
        QString editText = {}; // the Edit button's words, when not "Edit..."
    };

    LedgerPage(Database &db, LedgerTableModel *model, const Parts &parts, QWidget *parent);

    Database &database() const { return m_db; }
    LedgerTableModel *ledgerModel() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *editButton() const { return m_editButton; }
    // The row of filters, above the buttons; empty until the page fills it.
    QHBoxLayout *filterBar() const { return m_filterBar; }
    // A button of the page's own, after New and Edit.
    QPushButton *addButton(const QString &text, const QString &objectName);
    // A widget at the right end of the buttons, before Export.
    void addBeforeExport(QWidget *widget);
    // A search box's typing reloads the page a moment after the clerk stops.
    void reloadWhenTyped(QLineEdit *lineEdit);

    // Reads the model again with the page's filters.
    virtual void reloadModel() = 0;
    // The line under the table (totals and how many rows are shown).
    virtual QString statusText() const = 0;
    // The message after a save whose item the filters hide.
    virtual QString hiddenAfterSaveText() const = 0;
    virtual void newItem() = 0;
    virtual void editItem() = 0;
    // The Delete key: false when the page does not delete (the key then goes to the table).
    virtual bool deleteItem() { return false; }
    // Enables the buttons for the selected row (Edit: a row is selected).
    virtual void updateActions();

    void openDialog(QDialog *dialog);
    // After a dialog saved the item with this id.
    void afterSave(qint64 id);

    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Database &m_db;
    bool m_readFailed = false;
    LedgerTableModel *m_model;
    int m_keyColumn;
    MessageBar *m_messageBar;
    QHBoxLayout *m_filterBar;
    QHBoxLayout *m_actionBar;
    QTableView *m_view;
    QLabel *m_statusLabel;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_exportButton;
    QTimer *m_searchTimer;
    int m_ownButtons = 0;
    QPointer<QDialog> m_dialog;
};
