#pragma once

#include "core/Money.h"

#include <QDoubleSpinBox>

// A spin box for an amount of money: two decimals, grouped, " yuan" after it. Its amount is read and set as Money
// (integer fen), from the digits it shows: what the clerk sees is what is stored, with no arithmetic in floating
// point on the way (DESIGN.md: money is never a double).
class MoneySpinBox : public QDoubleSpinBox
{
    Q_OBJECT

public:
    explicit MoneySpinBox(QWidget *parent = nullptr);

    Money money() const;
    void setMoney(Money amount);
    void setMoneyRange(Money minimum, Money maximum);
};
