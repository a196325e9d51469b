#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QWidget>

class Database;
class QDateEdit;
class MoneySpinBox;
class QLabel;
class QLineEdit;

// A benefit standard to add: the month it applies from, yuan per person per month and a note, with its problems
// beside the fields (StandardRepository::validate: no amount, a month that has one).
class StandardInput : public QWidget
{
    Q_OBJECT

public:
    explicit StandardInput(Database &db, QWidget *parent = nullptr);

    BenefitStandard standard() const;
    void setMonth(const Period &month);
    // The problems of what is entered (StandardRepository::validate).
    QList<Result> problems() const;
    // The same, shown beside the fields once edited, or all when asked.
    QList<Result> revalidate(bool showAll = false);
    // Shows a refusal from saving beside its field.
    void showResult(const Result &result);
    // Empty again for the next standard (the month stays).
    void clear();

Q_SIGNALS:
    void edited();

private:
    Database &m_db;
    QDateEdit *m_monthEdit;
    MoneySpinBox *m_amountSpin;
    QLineEdit *m_noteEdit;
    QLabel *m_monthProblem;
    QLabel *m_amountProblem;
    bool m_monthTouched = false;
    bool m_amountTouched = false;
};
