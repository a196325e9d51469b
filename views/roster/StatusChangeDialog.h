#pragma once

#include "roster/RosterTypes.h"

#include <QDialog>

class Database;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class MessageBar;
class QLabel;
class QLineEdit;

// 审批 / 停保 / 退保 / 恢复: only the transitions of the procedure are offered.
class StatusChangeDialog : public QDialog
{
    Q_OBJECT

public:
    StatusChangeDialog(Database &db, const Household &household, QWidget *parent = nullptr);

    // Whether the household's status can change at all.
    bool hasChoices() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 householdId);

private:
    void revalidate();
    Domain::HouseholdStatus target() const;

    Database &m_db;
    Household m_household;
    QComboBox *m_statusCombo;
    QDateEdit *m_dateEdit;
    QLineEdit *m_reasonEdit;
    MessageBar *m_messageBar; // what keeps the form from being saved
    QDialogButtonBox *m_buttons;
};
