#include "roster/MemberActionDialog.h"

#include "core/IdNumber.h"
#include "roster/MemberChanges.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/MoneySpinBox.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

MemberActionDialog::MemberActionDialog(
    Database &db, const Household &household, const Person &person, Action action, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_household(household)
    , m_person(person)
    , m_action(action)
    , m_dateEdit(new DateEdit(db.today(), this))
    , m_messageBar(new MessageBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("memberActionDialog"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setMaximumDate(db.today());
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
            // The spouse first, then the adults from the oldest: who usually takes over.
            QList<Person> candidates;
            for (const Person &p : household.currentMembers()) {
                if (p.id != person.id)
                    candidates.append(p);
            }
            const QDate today = db.today();
            std::stable_sort(candidates.begin(), candidates.end(), [&today](const Person &a, const Person &b) {
                const auto rank = [&today](const Person &p) {
                    const int age = IdNumber::parse(p.idNumber).ageAt(today);
                    return std::pair(p.relation == Domain::Relation::Spouse ? 0 : (age >= 18 ? 1 : 2), -age);
                };
                return rank(a) < rank(b);
            });
            for (const Person &p : std::as_const(candidates)) {
                const int age = IdNumber::parse(p.idNumber).ageAt(today);
                m_newHeadCombo->addItem(age >= 0 ? tr("%1 (%2, %3 years)").arg(p.name, p.displayRelation()).arg(age)
                                                 : tr("%1 (%2)").arg(p.name, p.displayRelation()),
                    p.id);
                m_newHeadCombo->setItemData(m_newHeadCombo->count() - 1, age, Qt::UserRole + 1);
            }
            if (m_newHeadCombo->count() > 0) {
                form->addRow(tr("New &head:"), m_newHeadCombo);
                m_newHeadNoteLabel = new QLabel(this);
                m_newHeadNoteLabel->setObjectName(QStringLiteral("newHeadNoteLabel"));
                m_newHeadNoteLabel->setWordWrap(true);
                form->addRow(QString(), m_newHeadNoteLabel);
                connect(m_newHeadCombo, &QComboBox::currentIndexChanged, this, &MemberActionDialog::revalidate);
            } else {
                form->addRow(QString(), new QLabel(tr("The last member: the household will exit dibao."), this));
            }
        }
        if (household.currentMembers().size() > 1 || household.memberCount > 1) {
            m_amountSpin = new MoneySpinBox(this);
            m_amountSpin->setObjectName(QStringLiteral("amountSpinBox"));
            m_amountSpin->setMoneyRange(Money::fromFen(-9999999), Money::fromFen(9999999));
            m_amountSpin->setMoney(household.monthlyAmount);
            form->addRow(tr("Monthly &amount from then:"), m_amountSpin);
            connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, &MemberActionDialog::revalidate);
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

    m_figuresLabel = new QLabel(this);
    m_figuresLabel->setObjectName(QStringLiteral("figuresLabel"));
    m_figuresLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_figuresLabel);
    layout->addWidget(m_messageBar);
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
    // Unread, nothing is offered to move to (the move cannot be made without a household chosen).
    for (const RosterRow &row : RosterQueries(m_db).rows(filter, 0, 30).valueOr({})) {
        if (row.householdId == m_household.id)
            continue;
        m_targetCombo->addItem(
            tr("%1, %2 (%3)").arg(row.headName, row.villageName, IdNumber::masked(row.headIdNumber)), row.householdId);
    }
    revalidate();
}

void MemberActionDialog::revalidate()
{
    // What the household's figures become.
    const bool covered = m_person.covered && !m_person.deceasedDate.isValid();
    QStringList figures;
    figures << tr("household size %1 → %2").arg(m_household.memberCount).arg(qMax(0, m_household.memberCount - 1));
    if (covered)
        figures
            << tr("covered persons %1 → %2").arg(m_household.coveredCount).arg(qMax(0, m_household.coveredCount - 1));
    if (m_amountSpin && m_amountSpin->money() != m_household.monthlyAmount)
        figures << tr("monthly amount %1 → %2 yuan")
                       .arg(m_household.monthlyAmount.toDisplayString(), m_amountSpin->money().toDisplayString());
    m_figuresLabel->setText(tr("The household of %1: %2.").arg(m_household.headName(), figures.join(tr("; "))));
    if (m_newHeadNoteLabel) {
        const int age = m_newHeadCombo->currentData(Qt::UserRole + 1).toInt();
        m_newHeadNoteLabel->setText(age >= 0 && age < 18
                ? tr("%1 is %2 years old: a minor is head only when no adult lives in the household.")
                      .arg(m_newHeadCombo->currentText().section(u' ', 0, 0))
                      .arg(age)
                : QString());
        m_newHeadNoteLabel->setVisible(!m_newHeadNoteLabel->text().isEmpty());
    }
    QString problem;
    if (m_action == Action::Move && m_targetCombo->currentData().toLongLong() <= 0)
        problem = tr("Household: find the household the member moves to.");
    else if (m_reasonEdit && m_reasonEdit->text().trimmed().isEmpty())
        problem = tr("Reason: say why the member leaves.");
    else if (m_amountSpin && m_amountSpin->money().isNegative())
        problem = tr("Monthly amount: it cannot be negative.");
    m_messageBar->showProblem(problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void MemberActionDialog::accept()
{
    RosterRepository repository(m_db);
    bool confirmed = false;
    if (!MessageBoxes::confirmCorrection(
            this, repository.correctionImpact(m_household.id, m_dateEdit->date()), &confirmed))
        return;
    Result result;
    qint64 other = 0;
    switch (m_action) {
    case Action::RecordDeath: {
        std::optional<Money> amount;
        if (m_amountSpin)
            amount = m_amountSpin->money();
        result = MemberChanges(m_db).recordDeath(m_person.id, m_dateEdit->date(),
            m_newHeadCombo ? m_newHeadCombo->currentData().toLongLong() : 0, amount, confirmed);
        break;
    }
    case Action::Remove:
        result = MemberChanges(m_db).removeMember(
            m_person.id, m_dateEdit->date(), m_reasonEdit->text().trimmed(), confirmed);
        break;
    case Action::Move:
        other = m_targetCombo->currentData().toLongLong();
        result = MemberChanges(m_db).moveMember(
            m_person.id, other, m_dateEdit->date(), m_reasonEdit->text().trimmed(), confirmed);
        break;
    }
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    emit saved(m_household.id, other);
    QDialog::accept();
}
