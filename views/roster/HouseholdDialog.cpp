#include "roster/HouseholdDialog.h"

#include "core/Result.h"
#include "roster/AmountDialog.h"
#include "roster/MemberDelegate.h"
#include "roster/MemberModel.h"
#include "roster/RosterRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/MoneySpinBox.h"
#include "shell/ScreenFit.h"
#include "shell/VillageChoices.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
// The special "not set" value of the start month.
const QDate kNoStartMonth(2000, 1, 1);

} // namespace

HouseholdDialog::HouseholdDialog(Database &db, qint64 householdId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_memberModel(new MemberModel(this))
{
    setObjectName(QStringLiteral("householdDialog"));
    m_memberModel->setEditable(true);
    m_memberModel->setShowFullIdNumbers(true); // the clerk is typing them
    m_memberModel->setReferenceDate(db.today());
    buildUi();

    Household household;
    if (householdId > 0) {
        // A household that cannot be read is not opened as a new one: the form stays empty and cannot be saved.
        const Outcome<Household> stored = RosterRepository(db).household(householdId);
        if (stored)
            household = *stored;
        else
            m_readProblem = stored.result();
    }
    if (household.id == 0) {
        Person head;
        head.relation = Domain::Relation::Head;
        household.members = {head};
        household.status = Domain::HouseholdStatus::Applying;
    }
    load(household);
}

void HouseholdDialog::buildUi()
{
    m_villageCombo = new QComboBox(this);
    m_villageCombo->setObjectName(QStringLiteral("villageComboBox"));
    m_villageCombo->addItem(tr("(choose a village)"), qint64(0));
    if (const Result read = addVillageChoices(m_villageCombo, m_db); !read)
        m_readProblem = Result::failed(tr("The villages could not be read: %1").arg(read.message()));
    m_categoryCombo = new QComboBox(this);
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    for (Domain::Category category : Domain::allValues<Domain::Category>())
        m_categoryCombo->addItem(Domain::label(category), int(category));
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_startPeriodEdit = new DateEdit(this);
    m_startPeriodEdit->setObjectName(QStringLiteral("startPeriodDateEdit"));
    m_startPeriodEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_startPeriodEdit->setMinimumDate(kNoStartMonth);
    m_startPeriodEdit->setSpecialValueText(tr("not set"));
    // 复核: the last periodic review (yearly, or every 6 months for unstable incomes).
    m_reviewDateEdit = new DateEdit(this);
    m_reviewDateEdit->setObjectName(QStringLiteral("reviewDateEdit"));
    m_reviewDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewDateEdit->setCalendarPopup(true);
    m_reviewDateEdit->setMinimumDate(kNoStartMonth);
    m_reviewDateEdit->setSpecialValueText(tr("not reviewed"));
    m_reviewDateEdit->setToolTip(tr("The date of the last periodic review (复核) of this household"));
    m_amountSpin = new MoneySpinBox(this);
    m_amountSpin->setObjectName(QStringLiteral("amountSpinBox"));
    // Below zero is typed as it is and refused on the field, never turned into 0.00 silently.
    m_amountSpin->setMoneyRange(Money::fromFen(-9999999), Money::fromFen(9999999));
    // Household size and covered persons: a roster often records only some members by name.
    m_memberCountSpin = new QSpinBox(this);
    m_memberCountSpin->setObjectName(QStringLiteral("memberCountSpinBox"));
    m_memberCountSpin->setRange(0, 99);
    m_memberCountSpin->setSpecialValueText(tr("as entered below"));
    m_coveredCountSpin = new QSpinBox(this);
    m_coveredCountSpin->setObjectName(QStringLiteral("coveredCountSpinBox"));
    m_coveredCountSpin->setRange(0, 99);
    m_coveredCountSpin->setSpecialValueText(tr("as marked below"));
    m_addressEdit = new QLineEdit(this);
    m_addressEdit->setObjectName(QStringLiteral("addressLineEdit"));
    m_phoneEdit = new QLineEdit(this);
    m_phoneEdit->setObjectName(QStringLiteral("phoneLineEdit"));
    m_bankAccountEdit = new QLineEdit(this);
    m_bankAccountEdit->setObjectName(QStringLiteral("bankAccountLineEdit"));
    m_registeredPoorCheck = new QCheckBox(tr("Registered poor household"), this);
    m_registeredPoorCheck->setObjectName(QStringLiteral("registeredPoorCheckBox"));
    m_noteEdit = new QPlainTextEdit(this);
    m_noteEdit->setObjectName(QStringLiteral("noteTextEdit"));
    m_noteEdit->setMaximumHeight(m_noteEdit->fontMetrics().height() * 3 + 12);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonEdit->setPlaceholderText(tr("Why the household changes (kept in its history)"));
    m_changeDateEdit = new DateEdit(m_db.today(), this);
    m_changeDateEdit->setObjectName(QStringLiteral("changeDateEdit"));
    m_changeDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_changeDateEdit->setCalendarPopup(true);
    m_changeDateEdit->setMaximumDate(m_db.today());
    m_changeDateEdit->setToolTip(tr("The date members joined or left (births, moves)"));
    m_figuresButton = new QPushButton(tr("Ad&just..."), this);
    m_figuresButton->setObjectName(QStringLiteral("adjustFiguresButton"));
    m_figuresButton->setToolTip(tr("Change the monthly benefit, household size or covered persons from a date, "
                                   "with the reason"));

    m_memberView = new QTableView(this);
    m_memberView->setObjectName(QStringLiteral("memberTableView"));
    m_memberView->setModel(m_memberModel);
    m_memberView->setItemDelegate(new MemberDelegate(m_memberView));
    m_memberView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_memberView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_memberView->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_memberView->verticalHeader()->hide();
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    m_memberView->setColumnWidth(MemberModel::NameColumn, 90);
    m_memberView->setColumnWidth(MemberModel::IdNumberColumn, 170);
    m_memberView->setColumnWidth(MemberModel::SexColumn, MemberModel::sexColumnWidth(m_memberView->fontMetrics()));
    m_memberView->setColumnWidth(MemberModel::AgeColumn, 50);
    m_memberView->setColumnWidth(MemberModel::RelationColumn, 110);
    m_addMemberButton = new QPushButton(tr("&Add member"), this);
    m_addMemberButton->setObjectName(QStringLiteral("addMemberButton"));
    m_removeMemberButton = new QPushButton(tr("&Remove member"), this);
    m_removeMemberButton->setObjectName(QStringLiteral("removeMemberButton"));

    m_messageBar = new MessageBar(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Village:"), m_villageCombo);
    left->addRow(tr("Ca&tegory:"), m_categoryCombo);
    left->addRow(tr("&Status:"), m_statusCombo);
    left->addRow(tr("Benefit &from (month):"), m_startPeriodEdit);
    auto *amountRow = new QHBoxLayout;
    amountRow->addWidget(m_amountSpin, 1);
    amountRow->addWidget(m_figuresButton);
    auto *amountLabel = new QLabel(tr("&Monthly benefit:"), this); // a row of a layout has no buddy of its own
    amountLabel->setBuddy(m_amountSpin);
    left->addRow(amountLabel, amountRow);
    left->addRow(tr("Household si&ze:"), m_memberCountSpin);
    left->addRow(tr("C&overed persons:"), m_coveredCountSpin);
    auto *right = new QFormLayout;
    right->addRow(tr("A&ddress:"), m_addressEdit);
    right->addRow(tr("&Phone:"), m_phoneEdit);
    right->addRow(tr("&Bank account:"), m_bankAccountEdit);
    right->addRow(tr("Last revie&w:"), m_reviewDateEdit);
    right->addRow(QString(), m_registeredPoorCheck);
    right->addRow(tr("&Note:"), m_noteEdit);
    auto *fields = new QHBoxLayout;
    fields->addLayout(left, 1);
    fields->addLayout(right, 1);

    auto *members = new QGroupBox(tr("Members"), this);
    auto *memberButtons = new QHBoxLayout;
    memberButtons->addWidget(m_addMemberButton);
    memberButtons->addWidget(m_removeMemberButton);
    memberButtons->addStretch();
    auto *memberLayout = new QVBoxLayout(members);
    memberLayout->addWidget(m_memberView);
    memberLayout->addLayout(memberButtons);

    m_reasonForm = new QFormLayout;
    m_reasonForm->addRow(tr("Reason for the &change:"), m_reasonEdit);
    m_reasonForm->addRow(tr("Members joined or left &on:"), m_changeDateEdit);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fields);
    layout->addWidget(members, 1);
    layout->addLayout(m_reasonForm);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_buttons);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }"));
    ScreenFit::resize(this, QSize(900, 600));

    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, &HouseholdDialog::markChanged);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, &HouseholdDialog::markChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateStartPeriodState();
        markChanged();
    });
    connect(m_startPeriodEdit, &QDateEdit::dateChanged, this, &HouseholdDialog::markChanged);
    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, &HouseholdDialog::markChanged);
    connect(m_memberCountSpin, &QSpinBox::valueChanged, this, &HouseholdDialog::markChanged);
    connect(m_coveredCountSpin, &QSpinBox::valueChanged, this, &HouseholdDialog::markChanged);
    for (QLineEdit *edit : {m_addressEdit, m_phoneEdit, m_bankAccountEdit, m_reasonEdit})
        connect(edit, &QLineEdit::textChanged, this, &HouseholdDialog::markChanged);
    connect(m_registeredPoorCheck, &QCheckBox::toggled, this, &HouseholdDialog::markChanged);
    connect(m_reviewDateEdit, &QDateEdit::dateChanged, this, &HouseholdDialog::markChanged);
    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, &HouseholdDialog::markChanged);
    connect(m_memberModel, &MemberModel::dataChanged, this, &HouseholdDialog::markChanged);
    connect(m_memberModel, &MemberModel::rowsInserted, this, &HouseholdDialog::markChanged);
    connect(m_memberModel, &MemberModel::rowsRemoved, this, &HouseholdDialog::markChanged);
    connect(m_memberModel, &MemberModel::modelReset, this, &HouseholdDialog::markChanged);
    connect(m_addMemberButton, &QPushButton::clicked, this, &HouseholdDialog::addMember);
    connect(m_removeMemberButton, &QPushButton::clicked, this, &HouseholdDialog::removeMember);
    connect(m_figuresButton, &QPushButton::clicked, this, &HouseholdDialog::adjustFigures);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HouseholdDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HouseholdDialog::reject);
}

void HouseholdDialog::load(const Household &household)
{
    m_loading = true;
    m_original = household;
    setWindowTitle(isCreating() ? tr("New household") : tr("Household of %1").arg(household.headName()));

    m_statusCombo->clear();
    if (isCreating()) {
        // A new household is an application, or one already approved being entered from paper.
        m_statusCombo->addItem(
            Domain::label(Domain::HouseholdStatus::Applying), int(Domain::HouseholdStatus::Applying));
        m_statusCombo->addItem(Domain::label(Domain::HouseholdStatus::Active), int(Domain::HouseholdStatus::Active));
    } else {
        m_statusCombo->addItem(Domain::label(household.status), int(household.status));
        m_statusCombo->setEnabled(false);
        m_statusCombo->setToolTip(tr("Change the status with the Change status button of the roster"));
    }
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(int(household.status))));
    const int village = m_villageCombo->findData(household.villageId);
    m_villageCombo->setCurrentIndex(qMax(0, village));
    m_categoryCombo->setCurrentIndex(qMax(0, m_categoryCombo->findData(int(household.category))));
    m_startPeriodEdit->setDate(household.startPeriod.isValid() ? household.startPeriod.firstDay() : kNoStartMonth);
    m_amountSpin->setMoney(household.monthlyAmount);
    m_memberCountSpin->setValue(household.memberCount);
    m_coveredCountSpin->setValue(household.coveredCount);
    m_addressEdit->setText(household.address);
    m_phoneEdit->setText(household.phone);
    m_bankAccountEdit->setText(household.bankAccount);
    m_registeredPoorCheck->setChecked(household.registeredPoor);
    m_reviewDateEdit->setDate(household.reviewDate.isValid() ? household.reviewDate : kNoStartMonth);
    m_noteEdit->setPlainText(household.note);
    m_reasonForm->setRowVisible(m_reasonEdit, !isCreating());
    m_reasonForm->setRowVisible(m_changeDateEdit, !isCreating());
    // An existing household's amount, size and covered persons change through 调整 only, which shows the old and
    // new values and takes a reason; here they follow the member edits.
    for (QAbstractSpinBox *spin : {static_cast<QAbstractSpinBox *>(m_amountSpin),
             static_cast<QAbstractSpinBox *>(m_memberCountSpin), static_cast<QAbstractSpinBox *>(m_coveredCountSpin)})
        spin->setReadOnly(!isCreating());
    m_figuresButton->setVisible(!isCreating());

    QList<Person> current;
    m_formerMembers.clear();
    for (const Person &person : household.members) {
        if (person.isCurrent())
            current.append(person);
        else
            m_formerMembers.append(person);
    }
    m_memberModel->setMembers(current);
    m_loading = false;
    m_modified = false;
    updateStartPeriodState();
    revalidate();
}

void HouseholdDialog::setVillage(qint64 villageId)
{
    const int index = m_villageCombo->findData(villageId);
    if (index >= 0)
        m_villageCombo->setCurrentIndex(index);
}

Household HouseholdDialog::household() const
{
    Household h = m_original;
    h.villageId = m_villageCombo->currentData().toLongLong();
    h.villageName = h.villageId > 0 ? m_villageCombo->currentText() : QString();
    h.category = Domain::Category(m_categoryCombo->currentData().toInt());
    if (isCreating())
        h.status = Domain::HouseholdStatus(m_statusCombo->currentData().toInt());
    const QDate start = m_startPeriodEdit->date();
    h.startPeriod = start == kNoStartMonth ? Period() : Period::fromDate(start);
    h.monthlyAmount = m_amountSpin->money();
    h.memberCount = m_memberCountSpin->value();
    h.coveredCount = m_coveredCountSpin->value();
    h.address = m_addressEdit->text().trimmed();
    h.phone = m_phoneEdit->text().trimmed();
    h.bankAccount = m_bankAccountEdit->text().trimmed();
    h.registeredPoor = m_registeredPoorCheck->isChecked();
    h.reviewDate = m_reviewDateEdit->date() == kNoStartMonth ? QDate() : m_reviewDateEdit->date();
    h.note = m_noteEdit->toPlainText().trimmed();
    // Current members first, so a problem's "members[i]" is row i of the table.
    h.members = m_memberModel->members() + m_formerMembers;
    return h;
}

void HouseholdDialog::addMember()
{
    QList<Person> members = m_memberModel->members();
    Person person;
    const bool hasHead = std::any_of(members.cbegin(), members.cend(), [](const Person &p) { return p.isHead(); });
    person.relation = hasHead ? Domain::Relation::Other : Domain::Relation::Head;
    members.append(person);
    m_memberModel->setMembers(members);
    const QModelIndex name = m_memberModel->index(int(members.size()) - 1, MemberModel::NameColumn);
    m_memberView->setCurrentIndex(name);
    m_memberView->setFocus();
    m_memberView->edit(name);
}

void HouseholdDialog::removeMember()
{
    const QModelIndex current = m_memberView->currentIndex();
    if (!current.isValid())
        return;
    m_memberModel->removeRows(current.row(), 1);
}

void HouseholdDialog::markChanged()
{
    if (m_loading)
        return;
    m_modified = true;
    revalidate();
}

void HouseholdDialog::updateStartPeriodState()
{
    // Benefit is paid from a month only once approved; an application has none yet.
    const bool active
        = Domain::HouseholdStatus(m_statusCombo->currentData().toInt()) == Domain::HouseholdStatus::Active;
    if (active && m_startPeriodEdit->date() == kNoStartMonth)
        m_startPeriodEdit->setDate(QDate(m_db.today().year(), m_db.today().month(), 1));
}

void HouseholdDialog::updateCountLimits()
{
    // The declared figures are never below the members entered; 0 (new households) means "count them". An existing
    // household's figures follow its member edits when saved (RosterRepository::afterEdit()).
    if (!isCreating() || m_memberCountSpin->value() == 0)
        return;
    int records = 0, covered = 0;
    for (const Person &p : m_memberModel->members()) {
        ++records;
        covered += p.covered ? 1 : 0;
    }
    const QSignalBlocker a(m_memberCountSpin), b(m_coveredCountSpin);
    m_memberCountSpin->setMinimum(isCreating() ? 0 : qMax(1, records));
    if (m_memberCountSpin->value() > 0 && m_memberCountSpin->value() < records)
        m_memberCountSpin->setValue(records);
    m_coveredCountSpin->setMaximum(qMax(m_memberCountSpin->value(), 0) > 0 ? m_memberCountSpin->value() : 99);
    if (m_coveredCountSpin->value() > 0 && m_coveredCountSpin->value() < covered)
        m_coveredCountSpin->setValue(covered);
}

void HouseholdDialog::revalidate()
{
    if (!m_loading)
        updateCountLimits();
    RosterRepository repository(m_db);
    QList<Result> problems
        = repository.validate(isCreating() ? household() : repository.afterEdit(m_original, household(), {}));
    if (!m_readProblem) // an empty village list or form: say why rather than "choose a village"
        problems.prepend(m_readProblem);
    showProblems(problems);
}

void HouseholdDialog::showProblems(const QList<Result> &problems)
{
    m_problems.clear();
    QStringList fields;
    for (const Result &problem : problems) {
        m_problems << problem.message();
        fields << problem.field();
    }
    m_messageBar->showProblem(m_problems.join(u'\n'));
    // A check that could not read the roster (is this ID number held elsewhere?) is no fault of the form: OK stays, so
    // that the clerk can try again once the database answers; the write checks again and says why if it still fails.
    m_onlyReadFailures = !problems.isEmpty() && m_readProblem.isOk()
        && std::all_of(problems.cbegin(), problems.cend(),
            [](const Result &problem) { return problem.kind() == Result::Kind::Failed; });
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_problems.isEmpty() || m_onlyReadFailures);

    const auto has = [&fields](const QString &prefix) {
        return std::any_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return f.startsWith(prefix); });
    };
    FieldMark::setInvalid(m_villageCombo, has(QStringLiteral("village")));
    FieldMark::setInvalid(m_amountSpin, has(QStringLiteral("amount")));
    FieldMark::setInvalid(m_memberCountSpin, has(QStringLiteral("memberCount")));
    FieldMark::setInvalid(m_coveredCountSpin, has(QStringLiteral("coveredCount")));
    FieldMark::setInvalid(m_startPeriodEdit, has(QStringLiteral("startPeriod")));
    FieldMark::setInvalid(m_memberView, has(QStringLiteral("members")));
}

void HouseholdDialog::accept()
{
    revalidate();
    if (!m_problems.isEmpty() && !m_onlyReadFailures)
        return;
    Household h = household();
    RosterRepository repository(m_db);
    HouseholdEdit edit;
    edit.reason = m_reasonEdit->text().trimmed();
    edit.date = m_changeDateEdit->date();
    if (!isCreating() && !confirmFigures(&edit))
        return;
    const Result result = isCreating() ? repository.createHousehold(h) : repository.updateHousehold(h, edit);
    if (!result) {
        // Nothing is lost: the dialog stays open with what was typed.
        m_messageBar->showResult(result);
        return;
    }
    m_original.id = h.id;
    m_modified = false;
    emit saved(h.id);
    QDialog::accept();
}

bool HouseholdDialog::confirmFigures(HouseholdEdit *edit)
{
    RosterRepository repository(m_db);
    const Household edited = household();
    int added = 0;
    for (const Person &p : edited.members)
        added += (p.id == 0 && p.isCurrent()) ? 1 : 0;
    // A roster that listed only the head declares more persons than it names: a member entered now may be one of
    // them, or someone new.
    const int unrecorded = RosterRepository::unrecordedPersons(m_original);
    if (added > 0 && unrecorded > 0) {
        const QMessageBox::StandardButton answer = MessageBoxes::question(this, tr("New members"),
            tr("The household counts %1 persons, %2 of them without a member record. Are the %n member(s) you "
               "added among those %1 (the household size stays), or new to the household (it grows by %n)?\n\n"
               "Yes: already counted. No: new to the household.",
                nullptr, added)
                .arg(m_original.memberCount)
                .arg(unrecorded),
            QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel)
            return false;
        edit->alreadyCounted = answer == QMessageBox::Yes;
    }
    const Household after = repository.afterEdit(m_original, edited, *edit);
    QStringList changes;
    if (after.memberCount != m_original.memberCount)
        changes << tr("household size %1 → %2").arg(m_original.memberCount).arg(after.memberCount);
    if (after.coveredCount != m_original.coveredCount)
        changes << tr("covered persons %1 → %2").arg(m_original.coveredCount).arg(after.coveredCount);
    if (changes.isEmpty())
        return true;
    if (edit->reason.isEmpty()) {
        m_messageBar->showProblem(
            tr("Reason for the change: say why the household's figures change (%1).").arg(changes.join(tr("; "))));
        m_reasonEdit->setFocus();
        return false;
    }
    if (MessageBoxes::question(this, tr("Save the household"),
            tr("This changes the household's figures from %1: %2.\n\nReason: %3\n\nSave?")
                .arg(edit->date.toString(Qt::ISODate), changes.join(tr("; ")), edit->reason),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes)
        != QMessageBox::Yes)
        return false;
    bool confirmed = false;
    if (!MessageBoxes::confirmCorrection(this, repository.correctionImpact(m_original.id, edit->date), &confirmed))
        return false;
    edit->confirmed = confirmed;
    return true;
}

void HouseholdDialog::adjustFigures()
{
    AmountDialog dialog(m_db, m_original, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Saved: the dialog shows the household's new figures, and keeps what else was typed.
    const Outcome<Household> stored = RosterRepository(m_db).household(m_original.id);
    if (!stored) {
        m_messageBar->showResult(stored.result());
        return;
    }
    m_original.monthlyAmount = stored->monthlyAmount;
    m_original.memberCount = stored->memberCount;
    m_original.coveredCount = stored->coveredCount;
    const bool wasLoading = m_loading;
    m_loading = true;
    m_amountSpin->setMoney(stored->monthlyAmount);
    m_memberCountSpin->setValue(stored->memberCount);
    m_coveredCountSpin->setValue(stored->coveredCount);
    m_loading = wasLoading;
    emit saved(m_original.id);
    revalidate();
}

void HouseholdDialog::reject()
{
    if (m_modified && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to this household?")))
        return;
    QDialog::reject();
}
