#include "AmountDialog.h"

#include "Database.h"
#include "OfficeRepository.h"
#include "RosterRepository.h"

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

    QString hint;
    if (const std::optional<BenefitStandard> standard = OfficeRepository(db).standardAt(db.today())) {
        const Money ceiling = standard->monthlyPerPerson * household.coveredCount;
        hint = tr("Standard %1 yuan per person per month × %2 covered persons = at most %3 yuan")
                   .arg(standard->monthlyPerPerson.toDisplayString())
                   .arg(household.coveredCount)
                   .arg(ceiling.toDisplayString());
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Current amount:"), new QLabel(tr("%1 yuan").arg(household.monthlyAmount.toDisplayString()), this));
    form->addRow(tr("&New amount:"), m_amountSpin);
    if (!hint.isEmpty())
        form->addRow(QString(), new QLabel(hint, this));
    form->addRow(tr("&From:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);

    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, &AmountDialog::revalidate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &AmountDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AmountDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
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
