#pragma once

#include "ledgers/LedgerTypes.h"

#include <QDialog>
#include <QPointer>

class Database;
class EvidenceWidget;
class MessageBar;
class QButtonGroup;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class Result;

// Answers one item of a self-inspection run: the item (code, link, problems it guards against, wording)
// and its data check (title, live count, the households it finds); the result 符合 / 存在问题 / 不适用;
// the problem found, the affected households, the responsible person and the evidence files; and
// 开具整改, which opens a rectification drafted from the problem. The rules (a problem needs a
// description, a closed run is read-only) are InspectionRepository's: a refusal shows in the message bar
// and the dialog stays open. Read-only when the run is closed.
// Object names: resultCompliantRadioButton, resultProblemRadioButton, resultNotApplicableRadioButton,
// descriptionTextEdit, responsibleLineEdit, householdList, addHouseholdButton, removeHouseholdButton,
// showHouseholdsButton, dataCheckLabel, evidenceWidget (EvidenceWidget), rectifyButton, readOnlyLabel, messageBar,
// buttonBox (OK, Apply = save and stay, Cancel; Close only when read-only).
class AnswerDialog : public QDialog
{
    Q_OBJECT

public:
    AnswerDialog(Database &db, qint64 inspectionId, qint64 itemId, QWidget *parent = nullptr);

    qint64 answerId() const { return m_answer.id; }
    qint64 itemId() const { return m_item.id; }
    bool isReadOnly() const { return m_readOnly; }
    // The answer as the fields describe it.
    InspectionAnswer answer() const;
    // Preselects a result (the page's quick keys), as if the clerk had clicked it.
    void setResult(Domain::InspectionResult result);
    // The dialog this one opened last while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }

public Q_SLOTS:
    void accept() override;
    void reject() override;
    // Saves without closing; true when saved (or nothing to save).
    bool save();
    // The households the item's data check finds.
    void showDataCheckHouseholds();
    // Picks households from the roster and adds them to the affected ones.
    void addHouseholds();
    void removeHousehold();
    // 开具整改: saves first when needed, then opens the rectification of this problem (a new draft, or the
    // one already opened for it).
    void openRectification();

Q_SIGNALS:
    // The answer (or its evidence) was written.
    void saved(qint64 answerId);
    // A rectification was written from this answer.
    void rectificationSaved(qint64 rectificationId);
    // A household was changed from the lists (the roster refreshes).
    void householdChanged(qint64 householdId);

private:
    void buildUi();
    void load();
    void setHouseholds(const QList<qint64> &ids);
    void markChanged();
    void updateState();
    void showResult(const Result &result);
    void openHousehold(qint64 householdId, QWidget *parent);
    // The rectification already opened from this answer (0: none).
    qint64 findRectification() const;

    Database &m_db;
    Inspection m_inspection;
    ChecklistItem m_item;
    InspectionAnswer m_answer; // as last saved
    bool m_readOnly = false;
    bool m_loading = false;
    bool m_modified = false;
    qint64 m_rectificationId = 0;

    QLabel *m_itemLabel = nullptr;
    QLabel *m_dataCheckLabel = nullptr;
    QPushButton *m_showHouseholdsButton = nullptr;
    QGroupBox *m_dataCheckBox = nullptr;
    QButtonGroup *m_resultGroup = nullptr;
    QRadioButton *m_compliantRadio = nullptr;
    QRadioButton *m_problemRadio = nullptr;
    QRadioButton *m_notApplicableRadio = nullptr;
    QPlainTextEdit *m_descriptionEdit = nullptr;
    QLineEdit *m_responsibleEdit = nullptr;
    QListWidget *m_householdList = nullptr;
    QPushButton *m_addHouseholdButton = nullptr;
    QPushButton *m_removeHouseholdButton = nullptr;
    EvidenceWidget *m_evidence = nullptr;
    QLabel *m_evidenceHint = nullptr;
    QPushButton *m_rectifyButton = nullptr;
    QLabel *m_readOnlyLabel = nullptr;
    MessageBar *m_messageBar = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QDialog> m_dialog;
};
