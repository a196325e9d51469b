#pragma once

#include "ledgers/LedgerTypes.h"

#include <QDialog>

class Database;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class MoneySpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Result;

// One typical case (典型案例) for the monthly report upward: the month it is reported for (by default the
// previous one: cases are due on the 3rd of the next month), title, summary, problem type, persons
// involved, handling, funds recovered and where it came from (a complaint or a self-inspection problem,
// picked from the ledgers). OK saves; a refusal shows in the message bar and the dialog stays open.
// Object names: monthDateEdit, titleLineEdit, summaryTextEdit, problemTypeComboBox, personsLineEdit,
// handlingCheckBox_<key> (party_discipline, administrative, organisational, judicial), fundsSpinBox, sourceComboBox,
// sourceRecordComboBox, messageBar, buttonBox.
class CaseDialog : public QDialog
{
    Q_OBJECT

public:
    // caseId 0 adds a new case.
    CaseDialog(Database &db, qint64 caseId, QWidget *parent = nullptr);

    qint64 caseId() const { return m_item.id; }
    // The case as the fields describe it.
    TypicalCase typicalCase() const;

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void saved(qint64 caseId);

private:
    void buildUi();
    void load(const TypicalCase &typicalCase);
    void fillSourceRecords();
    void updateDueHint();
    void markChanged();
    void showResult(const Result &result);

    Database &m_db;
    TypicalCase m_item;
    QDateEdit *m_monthEdit = nullptr;
    QLabel *m_dueHintLabel = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    QPlainTextEdit *m_summaryEdit = nullptr;
    QComboBox *m_problemTypeCombo = nullptr;
    QLineEdit *m_personsEdit = nullptr;
    QList<QCheckBox *> m_handlingChecks; // in the order of Domain::Handling
    MoneySpinBox *m_fundsSpin = nullptr;
    QComboBox *m_sourceCombo = nullptr;
    QComboBox *m_sourceRecordCombo = nullptr;
    MessageBar *m_messageBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_loading = false;
    bool m_modified = false;
};
