#pragma once

#include "ledgers/LedgerTypes.h"

#include <QDate>
#include <QDialog>
#include <QPointer>

class Database;
class EvidenceWidget;
class HouseholdCompleter;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class Result;

// One complaint or tip (举报线索): how it came in, whom it concerns, who handles it by when; then its dated
// log of steps, a transfer to the discipline-inspection body (移交纪检监察), the finding (核查结论), the
// feedback to the reporter and the closing (办结). The reporter is shown in full here (lists mask it).
// The actions (add step, transfer, close, open a rectification) save the form first. Closed complaints
// open read-only. Object names: receivedDateEdit, channelComboBox, anonymousCheckBox, reporterNameLineEdit,
// reporterContactLineEdit, subjectLineEdit, villageComboBox, problemTypeComboBox, summaryTextEdit, handlerLineEdit,
// dueDateEdit, stepDateEdit, stepTextEdit, addStepButton, stepList, transferDateEdit, transferBodyLineEdit,
// transferReferenceLineEdit, transferButton, findingComboBox, feedbackDateEdit, feedbackMethodLineEdit, closeButton,
// rectifyButton, evidenceWidget, messageBar, recusalBar (the 回避 warning), buttonBox.
class ComplaintDialog : public QDialog
{
    Q_OBJECT

public:
    // complaintId 0 receives a new complaint.
    ComplaintDialog(Database &db, qint64 complaintId, QWidget *parent = nullptr);

    qint64 complaintId() const { return m_item.id; }
    bool isReadOnly() const { return m_readOnly; }
    // The complaint as the fields describe it.
    Complaint complaint() const;
    // The rectification dialog opened from here, while it is open.
    QDialog *currentDialog() const { return m_dialog; }
    // The household chosen as the subject (0: none).
    qint64 subjectHouseholdId() const { return m_householdId; }

    // The special value of the optional date fields (shown as "none").
    static QDate noDate() { return QDate(2000, 1, 1); }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    // Saves without closing; true when saved.
    bool save();
    void addStep();
    void transfer();
    void closeComplaint();
    // Opens a rectification drafted from this complaint.
    void openRectification();

Q_SIGNALS:
    // The complaint (or a rectification opened from it) was written.
    void saved(qint64 complaintId);

private:
    void buildUi();
    void load(const Complaint &complaint);
    void setReadOnly(bool readOnly);
    void markChanged();
    void updateRecusalWarning();
    void updateReporterState();
    void receivedDateChanged();
    void householdPicked(qint64 householdId, const QString &headName, const QString &village);
    void showResult(const Result &result);
    // Saves when new or changed; false (with the message shown) when the save was refused.
    bool ensureSaved();
    // Re-reads the stored complaint after an action, keeping what is typed in the step field.
    void reloadStored();

    Database &m_db;
    Complaint m_item;
    int m_dueDays = 30;
    qint64 m_householdId = 0;
    QString m_householdName; // the subject text the household was picked as
    QDateEdit *m_receivedDateEdit = nullptr;
    QComboBox *m_channelCombo = nullptr;
    QCheckBox *m_anonymousCheck = nullptr;
    QLineEdit *m_reporterNameEdit = nullptr;
    QLineEdit *m_reporterContactEdit = nullptr;
    QLineEdit *m_subjectEdit = nullptr;
    QLabel *m_subjectHouseholdLabel = nullptr;
    HouseholdCompleter *m_householdCompleter = nullptr;
    QComboBox *m_villageCombo = nullptr;
    QComboBox *m_problemTypeCombo = nullptr;
    QPlainTextEdit *m_summaryEdit = nullptr;
    QLineEdit *m_handlerEdit = nullptr;
    QDateEdit *m_dueDateEdit = nullptr;
    QListWidget *m_stepList = nullptr;
    QDateEdit *m_stepDateEdit = nullptr;
    QLineEdit *m_stepTextEdit = nullptr;
    QPushButton *m_addStepButton = nullptr;
    QDateEdit *m_transferDateEdit = nullptr;
    QLineEdit *m_transferBodyEdit = nullptr;
    QLineEdit *m_transferReferenceEdit = nullptr;
    QPushButton *m_transferButton = nullptr;
    QLabel *m_transferLabel = nullptr;
    QComboBox *m_findingCombo = nullptr;
    QDateEdit *m_feedbackDateEdit = nullptr;
    QLineEdit *m_feedbackMethodEdit = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPushButton *m_rectifyButton = nullptr;
    QLabel *m_closedLabel = nullptr;
    EvidenceWidget *m_evidence = nullptr;
    MessageBar *m_messageBar = nullptr;
    MessageBar *m_recusalBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QDialog> m_dialog;
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_modified = false;
    bool m_dueEdited = false; // the clerk set the due date: it no longer follows the date received
};
