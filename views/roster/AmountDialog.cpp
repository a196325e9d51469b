#include "roster/AmountDialog.h"

#include "office/BenefitCeiling.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/MoneySpinBox.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

AmountDialog::AmountDialog(Database &db, const Household &household, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_household(household)
    , m_amountSpin(new MoneySpinBox(this))
    , m_memberCountSpin(new QSpinBox(this))
    , m_coveredCountSpin(new QSpinBox(this))
    , m_ceilingLabel(new QLabel(this))
    , m_summaryLabel(new QLabel(this))
    , m_dateEdit(new DateEdit(db.today(), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("amountDialog"));
    setWindowTitle(tr("Benefit and persons of the household of %1").arg(household.headName()));
    m_amountSpin->setObjectName(QStringLiteral("amountSpinBox"));
    // Below zero is typed as it is and refused with a message, never turned into 0.00 silently.
    m_amountSpin->setMoneyRange(Money::fromFen(-9999999), Money::fromFen(9999999));
    m_amountSpin->setMoney(household.monthlyAmount);
    const int records = int(household.currentMembers().size());
    m_memberCountSpin->setObjectName(QStringLiteral("memberCountSpinBox"));
    m_memberCountSpin->setRange(0, 99);
    m_memberCountSpin->setValue(household.memberCount);
    m_memberCountSpin->setToolTip(tr("At least the %n member(s) on record", nullptr, records));
    m_coveredCountSpin->setObjectName(QStringLiteral("coveredCountSpinBox"));
    m_coveredCountSpin->setRange(0, 99);
    m_coveredCountSpin->setValue(household.coveredCount);
    m_ceilingLabel->setObjectName(QStringLiteral("ceilingHintLabel"));
    m_ceilingLabel->setWordWrap(true);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(db.today());
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("Current amount:"), new QLabel(tr("%1 yuan").arg(household.monthlyAmount.toDisplayString()), this));
    form->addRow(tr("&New amount:"), m_amountSpin);
    form->addRow(QString(), m_ceilingLabel);
    form->addRow(tr("Household si&ze:"), m_memberCountSpin);
    form->addRow(tr("C&overed persons:"), m_coveredCountSpin);
    form->addRow(tr("&From:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_buttons);

    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, &AmountDialog::revalidate);
    connect(m_memberCountSpin, &QSpinBox::valueChanged, this, &AmountDialog::revalidate);
    connect(m_coveredCountSpin, &QSpinBox::valueChanged, this, &AmountDialog::revalidate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &AmountDialog::revalidate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &AmountDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

Money AmountDialog::amount() const
{
    return m_amountSpin->money();
}

void AmountDialog::revalidate()
{
    const int covered = m_coveredCountSpin->value();
    // The ceiling of the month the new figures apply from (models/office/BenefitCeiling).
    const Period month = Period::fromDate(m_dateEdit->date());
    const Outcome<BenefitCeiling> rule = BenefitCeiling::read(m_db);
    const std::optional<BenefitCeiling::PerPerson> perPerson
        = rule ? rule->perPerson(m_household.category, month) : std::nullopt;
    QString ceiling;
    if (!rule)
        ceiling = tr("The standard in force could not be read: %1").arg(rule.result().message());
    else if (perPerson && perPerson->topUp.fen() > 0)
        ceiling = tr("In %1: (standard %2 yuan + %3 top-up %4 yuan) per person per month × %5 covered persons = at "
                     "most %6 yuan")
                      .arg(month.toString(), perPerson->standard.monthlyPerPerson.toDisplayString(),
                          Domain::label(m_household.category), perPerson->topUp.toDisplayString())
                      .arg(covered)
                      .arg((perPerson->total() * covered).toDisplayString());
    else if (perPerson)
        ceiling = tr("In %1: standard %2 yuan per person per month × %3 covered persons = at most %4 yuan")
                      .arg(month.toString(), perPerson->standard.monthlyPerPerson.toDisplayString())
                      .arg(covered)
                      .arg((perPerson->total() * covered).toDisplayString());
    m_ceilingLabel->setText(ceiling);
    m_ceilingLabel->setVisible(!ceiling.isEmpty());

    // What the save changes, old → new.
    QStringList changes;
    if (amount() != m_household.monthlyAmount)
        changes << tr("monthly amount %1 → %2 yuan")
                       .arg(m_household.monthlyAmount.toDisplayString(), amount().toDisplayString());
    if (m_memberCountSpin->value() != m_household.memberCount)
        changes << tr("household size %1 → %2").arg(m_household.memberCount).arg(m_memberCountSpin->value());
    if (covered != m_household.coveredCount)
        changes << tr("covered persons %1 → %2").arg(m_household.coveredCount).arg(covered);
    m_summaryLabel->setText(changes.isEmpty()
            ? tr("Nothing changes yet.")
            : tr("Saving changes: %1, from %2.").arg(changes.join(tr("; ")), m_dateEdit->date().toString(Qt::ISODate)));

    QString problem;
    if (m_amountSpin->money().isNegative())
        problem = tr("New amount: the monthly amount cannot be negative.");
    else if (m_memberCountSpin->value() < qMax(1, int(m_household.currentMembers().size())))
        problem = tr("Household size: at least the %1 members on record.")
                      .arg(qMax(1, int(m_household.currentMembers().size())));
    else if (covered > m_memberCountSpin->value())
        problem = tr("Covered persons: at most the household size (%1).").arg(m_memberCountSpin->value());
    else if (!changes.isEmpty() && m_reasonEdit->text().trimmed().isEmpty())
        problem = tr("Reason: say why the figures change.");
    m_messageBar->showProblem(problem);
    m_amountSpin->setProperty("invalid", m_amountSpin->money().isNegative());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && !changes.isEmpty());
}

void AmountDialog::accept()
{
    RosterRepository repository(m_db);
    bool confirmed = false;
    if (!MessageBoxes::confirmCorrection(
            this, repository.correctionImpact(m_household.id, m_dateEdit->date()), &confirmed))
        return;
    StatusTransitions::Figures figures;
    figures.amount = amount();
    figures.members = m_memberCountSpin->value();
    figures.covered = m_coveredCountSpin->value();
    const Result result = StatusTransitions(m_db).changeFigures(
        m_household.id, figures, m_dateEdit->date(), m_reasonEdit->text().trimmed(), confirmed);
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    emit saved(m_household.id);
    QDialog::accept();
}
