#pragma once

#include "roster/RosterTypes.h"

#include <QDialog>

class Database;
class QDateEdit;
class QDialogButtonBox;
class MoneySpinBox;
class MessageBar;
class QLabel;
class QLineEdit;
class QSpinBox;

// 调整保障金额和人数: sets a household's monthly benefit, household size and covered persons from a date, with the
// reason (kept in the status history), showing each old value beside the new one. A change dated into months
// already reported asks to be confirmed as a correction.
class AmountDialog : public QDialog
{
    Q_OBJECT

public:
    AmountDialog(Database &db, const Household &household, QWidget *parent = nullptr);

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void saved(qint64 householdId);

private:
    void revalidate();
    Money amount() const;

    Database &m_db;
    Household m_household;
    MoneySpinBox *m_amountSpin;
    QSpinBox *m_memberCountSpin;
    QSpinBox *m_coveredCountSpin;
    QLabel *m_ceilingLabel;
    QLabel *m_summaryLabel;
    QDateEdit *m_dateEdit;
    QLineEdit *m_reasonEdit;
    MessageBar *m_messageBar; // what keeps the form from being saved
    QDialogButtonBox *m_buttons;
};
