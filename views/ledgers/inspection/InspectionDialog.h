#pragma once

#include "ledgers/LedgerTypes.h"

#include <QDialog>

class Database;
class MessageBar;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

// Creates or edits a self-inspection run (自查自纠): name (default "YYYY年自查自纠"), the month it covers,
// the date, who took part, and the checklist version (newest preselected; fixed once the run exists).
// OK saves through InspectionRepository; a refusal shows in the message bar and the dialog stays open.
// Object names: nameLineEdit, periodDateEdit, dateEdit, participantsLineEdit, templateComboBox, messageBar,
// buttonBox.
class InspectionDialog : public QDialog
{
    Q_OBJECT

public:
    // inspectionId 0 creates a new run.
    InspectionDialog(Database &db, qint64 inspectionId, QWidget *parent = nullptr);

    qint64 inspectionId() const { return m_inspection.id; }
    // The run as the fields describe it.
    Inspection inspection() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 inspectionId);

private:
    Database &m_db;
    Inspection m_inspection;
    MessageBar *m_messageBar;
    QLineEdit *m_nameEdit;
    QDateEdit *m_periodEdit;
    QDateEdit *m_dateEdit;
    QLineEdit *m_participantsEdit;
    QComboBox *m_templateCombo;
    QDialogButtonBox *m_buttons;
};
