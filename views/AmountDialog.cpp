#include "AmountDialog.h"

#include "Database.h"
#include "RosterRepository.h"
#include "office/BenefitCeiling.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

AmountDialog::AmountDialog(Database &db, const Household &household, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_household(household)
    , m_amountSpin(new QDoubleSpinBox(this))
    , m_dateEdit(new QDateEdit(db.today(), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_hintLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("amountDialog"));
    setWindowTitle(tr("Monthly benefit of the household of %1").arg(household.headName()));
    m_amountSpin->setObjectName(QStringLiteral("amountSpinBox"));
    m_amountSpin->setDecimals(2);
    m_amountSpin->setRange(0, 99999.99);
    m_amountSpin->setSuffix(tr(" yuan"));
    m_amountSpin->setGroupSeparatorShown(true);
    m_amountSpin->setValue(household.monthlyAmount.toYuan());
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(db.today());
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    m_hintLabel->setObjectName(QStringLiteral("ceilingHintLabel"));
    m_hintLabel->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Current amount:"), new QLabel(tr("%1 yuan").arg(household.monthlyAmount.toDisplayString()), this));
    form->addRow(tr("&New amount:"), m_amountSpin);
    form->addRow(QString(), m_hintLabel);
    form->addRow(tr("&From:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AmountDialog::updateHint);
    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, &AmountDialog::revalidate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &AmountDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateHint();
    revalidate();
}

void AmountDialog::updateHint()
{
    // The ceiling of the month the new amount applies from (models/office/BenefitCeiling).
    const Period month = Period::fromDate(m_dateEdit->date());
    const std::optional<BenefitCeiling::PerPerson> perPerson
        = BenefitCeiling(m_db).perPerson(m_household.category, month);
    QString hint;
    if (perPerson && perPerson->topUp.fen() > 0)
        hint = tr("In %1: (standard %2 yuan + %3 top-up %4 yuan) per person per month × %5 covered persons = at "
                  "most %6 yuan")
                   .arg(month.toString(), perPerson->standard.monthlyPerPerson.toDisplayString(),
                       Domain::label(m_household.category), perPerson->topUp.toDisplayString())
                   .arg(m_household.coveredCount)
                   .arg((perPerson->total() * m_household.coveredCount).toDisplayString());
    else if (perPerson)
        hint = tr("In %1: standard %2 yuan per person per month × %3 covered persons = at most %4 yuan")
                   .arg(month.toString(), perPerson->standard.monthlyPerPerson.toDisplayString())
                   .arg(m_household.coveredCount)
                   .arg((perPerson->total() * m_household.coveredCount).toDisplayString());
    m_hintLabel->setText(hint);
    m_hintLabel->setVisible(!hint.isEmpty());
}

void AmountDialog::revalidate()
{
    QString problem;
    if (m_reasonEdit->text().trimmed().isEmpty())
        problem = tr("Reason: say why the amount changes.");
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void AmountDialog::accept()
{
    const Money amount = Money::fromFen(qRound64(m_amountSpin->value() * 100.0));
    const Result result = RosterRepository(m_db).setMonthlyAmount(
        m_household.id, amount, m_dateEdit->date(), m_reasonEdit->text().trimmed());
    if (!result) {
        m_errorLabel->setText(result.message());
        m_errorLabel->setVisible(true);
        return;
    }
    emit saved(m_household.id);
    QDialog::accept();
}
