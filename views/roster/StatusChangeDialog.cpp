#include "roster/StatusChangeDialog.h"

#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using Domain::HouseholdStatus;

StatusChangeDialog::StatusChangeDialog(Database &db, const Household &household, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_household(household)
    , m_statusCombo(new QComboBox(this))
    , m_dateEdit(new DateEdit(db.today(), this))
    , m_reasonEdit(new QLineEdit(this))
    , m_messageBar(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("statusChangeDialog"));
    setWindowTitle(tr("Change status of the household of %1").arg(household.headName()));
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    for (HouseholdStatus to : Domain::allValues<HouseholdStatus>()) {
        if (StatusTransitions::canChangeStatus(household.status, to))
            m_statusCombo->addItem(Domain::label(to), int(to));
    }
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(db.today());
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("Current status:"), new QLabel(Domain::label(household.status), this));
    form->addRow(tr("&New status:"), m_statusCombo);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&Reason:"), m_reasonEdit);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_buttons);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &StatusChangeDialog::revalidate);
    connect(m_reasonEdit, &QLineEdit::textChanged, this, &StatusChangeDialog::revalidate);
    connect(m_dateEdit, &QDateEdit::dateChanged, this, &StatusChangeDialog::revalidate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

bool StatusChangeDialog::hasChoices() const
{
    return m_statusCombo->count() > 0;
}

HouseholdStatus StatusChangeDialog::target() const
{
    return HouseholdStatus(m_statusCombo->currentData().toInt());
}

void StatusChangeDialog::revalidate()
{
    QString problem;
    if (!hasChoices())
        problem = tr("The status of this household cannot be changed.");
    else if (StatusTransitions::needsReason(m_household.status, target()) && m_reasonEdit->text().trimmed().isEmpty())
        problem = tr("Reason: give the reason for the change to %1.").arg(Domain::label(target()));
    else if (m_household.statusDate.isValid() && m_dateEdit->date() < m_household.statusDate)
        problem = tr("Date: the last status change was on %1; the new one cannot be earlier.")
                      .arg(m_household.statusDate.toString(Qt::ISODate));
    m_messageBar->showProblem(problem);
    m_reasonEdit->setPlaceholderText(
        StatusTransitions::needsReason(m_household.status, target()) ? tr("required") : tr("optional"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void StatusChangeDialog::accept()
{
    if (!hasChoices())
        return;
    RosterRepository repository(m_db);
    bool confirmed = false;
    if (!MessageBoxes::confirmCorrection(
            this, repository.correctionImpact(m_household.id, m_dateEdit->date()), &confirmed))
        return;
    const Result result = StatusTransitions(m_db).changeStatus(
        m_household.id, target(), m_dateEdit->date(), m_reasonEdit->text().trimmed(), confirmed);
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    emit saved(m_household.id);
    QDialog::accept();
}
