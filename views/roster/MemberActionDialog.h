#pragma once

#include "roster/RosterTypes.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class MoneySpinBox;
class MessageBar;
class QLabel;
class QLineEdit;

// The member actions of the roster: record a death, remove a member, move a member to another
// household. Asks only what the action needs (date, reason, new head, target household) and says what changes in
// the household's figures; a death also asks whether the monthly amount changes.
class MemberActionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Action { RecordDeath, Remove, Move };

    MemberActionDialog(
        Database &db, const Household &household, const Person &person, Action action, QWidget *parent = nullptr);

    Action action() const { return m_action; }

public Q_SLOTS:
    void accept() override;
    // Fills the target list with households whose name or ID number starts with the text.
    void searchTargets(const QString &text);

Q_SIGNALS:
    // The households that changed (the target of a move as well).
    void saved(qint64 householdId, qint64 otherHouseholdId);

private:
    void revalidate();

    Database &m_db;
    Household m_household;
    Person m_person;
    Action m_action;
    QDateEdit *m_dateEdit;
    QLineEdit *m_reasonEdit = nullptr;
    QComboBox *m_newHeadCombo = nullptr;
    QLabel *m_newHeadNoteLabel = nullptr;
    MoneySpinBox *m_amountSpin = nullptr; // the household's amount from the death on
    QLabel *m_figuresLabel = nullptr;
    QLineEdit *m_targetSearchEdit = nullptr;
    QComboBox *m_targetCombo = nullptr;
    MessageBar *m_messageBar; // what keeps the form from being saved
    QDialogButtonBox *m_buttons;
};
