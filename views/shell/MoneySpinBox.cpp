#include "shell/MoneySpinBox.h"

MoneySpinBox::MoneySpinBox(QWidget *parent)
    : QDoubleSpinBox(parent)
{
    setDecimals(2);
    setGroupSeparatorShown(true);
    setSuffix(tr(" yuan"));
}

Money MoneySpinBox::money() const
{
    // The digits the box shows for its value (already rounded to two decimals), read as yuan and fen.
    QString digits = textFromValue(value());
    digits.remove(locale().groupSeparator());
    digits.replace(locale().decimalPoint(), QStringLiteral("."));
    digits.replace(locale().negativeSign(), QStringLiteral("-"));
    Money amount;
    if (Money::parse(digits, &amount))
        return amount;
    return Money::fromFen(qRound64(value() * 100.0)); // a locale whose digits Money does not read
}

void MoneySpinBox::setMoney(Money amount)
{
    setValue(amount.toYuan());
}

void MoneySpinBox::setMoneyRange(Money minimum, Money maximum)
{
    setRange(minimum.toYuan(), maximum.toYuan());
}
