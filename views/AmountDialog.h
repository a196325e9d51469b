#pragma once

#include "RosterTypes.h"

#include <QDialog>

class Database;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;

// Sets a household's monthly benefit from a date, with the reason (kept in the status history).
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
    void updateHint();

    Database &m_db;
    Household m_household;
    QDoubleSpinBox *m_amountSpin;
    QDateEdit *m_dateEdit;
    QLineEdit *m_reasonEdit;
    QLabel *m_hintLabel;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
