#pragma once

#include "ledgers/LedgerTypes.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class Database;
class EvidenceWidget;
class MessageBar;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class Result;

// Edits one rectification (整改台账的一条): a new one (id 0, e.g. a draft from a checklist problem or a
// complaint) or an existing one. OK saves through RectificationRepository; a refusal is shown in the
// dialog's message bar, naming the field, and the dialog stays open. Signed-off items open read-only.
// Widgets carry object names for tests: problemTextEdit, measuresTextEdit, responsibleLineEdit, deadlineDateEdit,
// statusComboBox, createdDateEdit, completedDateEdit, completionNoteTextEdit, signOffButton, evidenceWidget
// (EvidenceWidget), messageBar, buttonBox. The sign-off dialog is signOffDialog with reviewerLineEdit, signOffDateEdit
// and signOffButtonBox.
class RectificationDialog : public QDialog
{
    Q_OBJECT

public:
    RectificationDialog(Database &db, const Rectification &rectification, QWidget *parent = nullptr);

    // The saved item's id (0 until saved).
    qint64 rectificationId() const;
    bool isReadOnly() const { return m_readOnly; }
    // The small sign-off dialog while it is open (tests drive it).
    QDialog *signOffDialog() const { return m_signOffDialog; }

    // The special value of the optional date fields (shown as "none").
    static QDate noDate() { return QDate(2000, 1, 1); }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    // Saves without closing (Apply); true when saved.
    bool save();
    // 销号: saves pending changes, then asks the reviewer's name and the date.
    void signOff();

Q_SIGNALS:
    // Written to the database (created, changed or signed off).
    void saved(qint64 rectificationId);

private:
    void buildUi();
    void load(const Rectification &rectification);
    Rectification fromFields() const;
    void updateCompletionState();
    void setReadOnly(bool readOnly);
    void markChanged();
    void showResult(const Result &result);
    void finishSignOff(const QString &reviewer, const QDate &date);

    Database &m_db;
    Rectification m_item;
    QPlainTextEdit *m_problemEdit = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_householdsLabel = nullptr;
    QPlainTextEdit *m_measuresEdit = nullptr;
    QLineEdit *m_responsibleEdit = nullptr;
    QDateEdit *m_deadlineEdit = nullptr;
    QDateEdit *m_createdDateEdit = nullptr;
    QComboBox *m_statusCombo = nullptr;
    QDateEdit *m_completedDateEdit = nullptr;
    QPlainTextEdit *m_completionNoteEdit = nullptr;
    QLabel *m_signOffLabel = nullptr;
    QPushButton *m_signOffButton = nullptr;
    EvidenceWidget *m_evidence = nullptr;
    MessageBar *m_messageBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QDialog> m_signOffDialog;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_modified = false;
};
