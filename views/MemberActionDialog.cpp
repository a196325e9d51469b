#include "MemberActionDialog.h"

#include "Database.h"
#include "IdNumber.h"
#include "RosterRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MemberActionDialog::MemberActionDialog(
    Database &db, const Household &household, const Person &person, Action action, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_household(household)
    , m_person(person)
    , m_action(action)
    , m_dateEdit(new QDateEdit(db.today(), this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberActionDialog"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(db.today());
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("Member:"), new QLabel(tr("%1 (%2)").arg(person.name, IdNumber::masked(person.idNumber)), this));
    switch (action) {
    case Action::RecordDeath:
        setWindowTitle(tr("Record the death of %1").arg(person.name));
        form->addRow(tr("Date of &death:"), m_dateEdit);
        if (person.isHead()) {
            m_newHeadCombo = new QComboBox(this);
            m_newHeadCombo->setObjectName(QStringLiteral("newHeadComboBox"));
            for (const Person &p : household.currentMembers()) {
                if (p.id != person.id)
                    m_newHeadCombo->addItem(p.name, p.id);
            }
            if (m_newHeadCombo->count() > 0)
                form->addRow(tr("New &head:"), m_newHeadCombo);
            else
                form->addRow(QString(), new QLabel(tr("The last member: the household will exit dibao."), this));
        }
        break;
    case Action::Remove:
        setWindowTitle(tr("Remove %1 from the household").arg(person.name));
        form->addRow(tr("Left &on:"), m_dateEdit);
        break;
    case Action::Move:
        setWindowTitle(tr("Move %1 to another household").arg(person.name));
        m_targetSearchEdit = new QLineEdit(this);
        m_targetSearchEdit->setObjectName(QStringLiteral("targetSearchLineEdit"));
        m_targetSearchEdit->setPlaceholderText(tr("Name or ID number of the head"));
        m_targetCombo = new QComboBox(this);
        m_targetCombo->setObjectName(QStringLiteral("targetComboBox"));
        form->addRow(tr("&Find household:"), m_targetSearchEdit);
        form->addRow(tr("Move &to:"), m_targetCombo);
        form->addRow(tr("Moved &on:"), m_dateEdit);
        connect(m_targetSearchEdit, &QLineEdit::textChanged, this, &MemberActionDialog::searchTargets);
        connect(m_targetCombo, &QComboBox::currentIndexChanged, this, &MemberActionDialog::revalidate);
        break;
    }
    if (action != Action::RecordDeath) {
        m_reasonEdit = new QLineEdit(this);
        m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
        form->addRow(tr("&Reason:"), m_reasonEdit);
        connect(m_reasonEdit, &QLineEdit::textChanged, this, &MemberActionDialog::revalidate);
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MemberActionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    revalidate();
}

void MemberActionDialog::searchTargets(const QString &text)
{
    m_targetCombo->clear();
    if (text.trimmed().isEmpty()) {
        revalidate();
        return;
    }
    RosterFilter filter;
    filter.search = text.trimmed();
    for (const RosterRow &row : RosterRepository(m_db).rows(filter, 0, 30)) {
        if (row.householdId == m_household.id)
            continue;
        m_targetCombo->addItem(
            tr("%1, %2 (%3)").arg(row.headName, row.villageName, IdNumber::masked(row.headIdNumber)), row.householdId);
    }
    revalidate();
}

void MemberActionDialog::revalidate()
{
    QString problem;
    if (m_action == Action::Move && m_targetCombo->currentData().toLongLong() <= 0)
        problem = tr("Household: find the household the member moves to.");
    else if (m_reasonEdit && m_reasonEdit->text().trimmed().isEmpty())
        problem = tr("Reason: say why the member leaves.");
    m_errorLabel->setText(problem);
    m_errorLabel->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void MemberActionDialog::accept()
{
    RosterRepository repository(m_db);
    Result result;
    qint64 other = 0;
    switch (m_action) {
    case Action::RecordDeath:
        result = repository.recordDeath(
            m_person.id, m_dateEdit->date(), m_newHeadCombo ? m_newHeadCombo->currentData().toLongLong() : 0);
        break;
    case Action::Remove:
        result = repository.removeMember(m_person.id, m_dateEdit->date(), m_reasonEdit->text().trimmed());
        break;
    case Action::Move:
        other = m_targetCombo->currentData().toLongLong();
        result = repository.moveMember(m_person.id, other, m_dateEdit->date(), m_reasonEdit->text().trimmed());
        break;
    }
    if (!result) {
        m_errorLabel->setText(result.message());
        m_errorLabel->setVisible(true);
        return;
    }
    emit saved(m_household.id, other);
    QDialog::accept();
}
