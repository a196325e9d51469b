#include "ledgers/complaints/ComplaintDialog.h"

#include "ledgers/EvidenceWidget.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationDialog.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "roster/HouseholdCompleter.h"
#include "roster/RosterRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/ScreenFit.h"
#include "shell/VillageChoices.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Domain;

namespace {

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    b->setAutoDefault(false); // Enter in a field saves the dialog, not the nearest action
    return b;
}

} // namespace

ComplaintDialog::ComplaintDialog(Database &db, qint64 complaintId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("complaintDialog"));
    const Outcome<int> dueDays = ComplaintRepository(db).dueDays();
    m_dueDays = dueDays.valueOr(m_dueDays); // unread: the usual 30 days, and the message bar says why
    buildUi();
    if (!dueDays)
        m_messageBar->showResult(dueDays.result());
    const Outcome<Complaint> stored
        = complaintId > 0 ? ComplaintRepository(db).complaint(complaintId) : Outcome<Complaint>(Complaint());
    Complaint complaint = stored.valueOr(Complaint());
    if (complaint.id == 0) {
        complaint.receivedDate = db.today();
        complaint.dueDate = ComplaintRepository::dueDateFor(db.today(), m_dueDays);
    }
    load(complaint);
    if (!stored) { // not opened as a new complaint: nothing can be saved
        setReadOnly(true);
        m_messageBar->showResult(stored.result());
    }
}

void ComplaintDialog::buildUi()
{
    const auto dateEdit = [this](const QString &objectName, bool optional) {
        auto *edit = new DateEdit(this);
        edit->setObjectName(objectName);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate());
        if (optional)
            //: an optional date that is not set
            edit->setSpecialValueText(tr("none"));
        return edit;
    };
    const QDate today = m_db.today();

    // The complaint as received.
    m_receivedDateEdit = dateEdit(QStringLiteral("receivedDateEdit"), false);
    m_receivedDateEdit->setMaximumDate(today);
    m_channelCombo = new QComboBox(this);
    m_channelCombo->setObjectName(QStringLiteral("channelComboBox"));
    for (ComplaintChannel channel : allValues<ComplaintChannel>())
        m_channelCombo->addItem(label(channel), int(channel));
    m_anonymousCheck = new QCheckBox(tr("&Anonymous"), this);
    m_anonymousCheck->setObjectName(QStringLiteral("anonymousCheckBox"));
    m_reporterNameEdit = lineEdit(QStringLiteral("reporterNameLineEdit"), this);
    m_reporterContactEdit = lineEdit(QStringLiteral("reporterContactLineEdit"), this);
    m_reporterContactEdit->setPlaceholderText(tr("Phone or address, for the feedback"));
    m_subjectEdit = lineEdit(QStringLiteral("subjectLineEdit"), this);
    m_subjectEdit->setPlaceholderText(tr("Whom the complaint is about; type a name or ID number to pick a household"));
    m_subjectHouseholdLabel = new QLabel(this);
    m_subjectHouseholdLabel->setObjectName(QStringLiteral("subjectHouseholdLabel"));
    m_householdCompleter = new HouseholdCompleter(m_db, m_subjectEdit);
    m_villageCombo = new QComboBox(this);
    m_villageCombo->setObjectName(QStringLiteral("villageComboBox"));
    m_villageCombo->addItem(tr("(no village)"), qint64(0));
    const Result villagesRead = addVillageChoices(m_villageCombo, m_db);
    m_problemTypeCombo = new QComboBox(this);
    m_problemTypeCombo->setObjectName(QStringLiteral("problemTypeComboBox"));
    m_problemTypeCombo->addItem(tr("(not classified)"), -1);
    for (ProblemType type : allValues<ProblemType>())
        m_problemTypeCombo->addItem(label(type), int(type));
    m_summaryEdit = new QPlainTextEdit(this);
    m_summaryEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setPlaceholderText(tr("What the reporter says (主要内容)"));
    m_handlerEdit = lineEdit(QStringLiteral("handlerLineEdit"), this);
    m_dueDateEdit = dateEdit(QStringLiteral("dueDateEdit"), false);
    m_dueDateEdit->setToolTip(tr("%n day(s) after the date received unless you change it", nullptr, m_dueDays));

    // Handling.
    m_stepList = new QListWidget(this);
    m_stepList->setObjectName(QStringLiteral("stepList"));
    m_stepList->setWordWrap(true);
    m_stepDateEdit = dateEdit(QStringLiteral("stepDateEdit"), false);
    m_stepDateEdit->setMaximumDate(today);
    m_stepTextEdit = lineEdit(QStringLiteral("stepTextEdit"), this);
    m_stepTextEdit->setPlaceholderText(tr("What was done: a visit, a call, a check of the records..."));
    m_addStepButton = button(tr("Add &step"), QStringLiteral("addStepButton"), this);
    m_transferDateEdit = dateEdit(QStringLiteral("transferDateEdit"), false);
    m_transferDateEdit->setMaximumDate(today);
    m_transferBodyEdit = lineEdit(QStringLiteral("transferBodyLineEdit"), this);
    m_transferReferenceEdit = lineEdit(QStringLiteral("transferReferenceLineEdit"), this);
    m_transferReferenceEdit->setPlaceholderText(tr("Letter or receipt number"));
    m_transferButton = button(tr("&Transfer"), QStringLiteral("transferButton"), this);
    m_transferLabel = new QLabel(this);
    m_transferLabel->setObjectName(QStringLiteral("transferLabel"));
    m_transferLabel->setWordWrap(true);
    m_findingCombo = new QComboBox(this);
    m_findingCombo->setObjectName(QStringLiteral("findingComboBox"));
    m_findingCombo->addItem(tr("(not yet established)"), -1);
    for (Finding finding : allValues<Finding>())
        m_findingCombo->addItem(label(finding), int(finding));
    m_feedbackDateEdit = dateEdit(QStringLiteral("feedbackDateEdit"), true);
    m_feedbackDateEdit->setMaximumDate(today);
    m_feedbackMethodEdit = lineEdit(QStringLiteral("feedbackMethodLineEdit"), this);
    m_feedbackMethodEdit->setPlaceholderText(tr("By phone, in writing, in person..."));
    m_closeButton = button(tr("C&lose complaint"), QStringLiteral("closeButton"), this);
    m_closeButton->setToolTip(tr("Close (办结): needs the finding; the complaint is then read-only"));
    m_rectifyButton = button(tr("Open rect&ification..."), QStringLiteral("rectifyButton"), this);
    m_rectifyButton->setToolTip(tr("Enter the problem found in the rectification ledger (整改台账)"));
    m_closedLabel = new QLabel(this);
    m_closedLabel->setObjectName(QStringLiteral("closedLabel"));

    m_evidence = new EvidenceWidget(m_db, this);
    m_evidence->setObjectName(QStringLiteral("evidenceWidget"));
    m_messageBar = new MessageBar(this);
    m_messageBar->showResult(villagesRead); // a village list that could not be read says so
    m_recusalBar = new MessageBar(this);
    m_recusalBar->setObjectName(QStringLiteral("recusalBar"));
    m_buttons = new QDialogButtonBox(this); // buttons set by setReadOnly
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *received = new QGroupBox(tr("Complaint"), this);
    auto *receivedForm = new QFormLayout(received);
    receivedForm->addRow(tr("&Received on:"), m_receivedDateEdit);
    receivedForm->addRow(tr("C&hannel:"), m_channelCombo);
    receivedForm->addRow(QString(), m_anonymousCheck);
    receivedForm->addRow(tr("Reporter's &name:"), m_reporterNameEdit);
    receivedForm->addRow(tr("Reporter's c&ontact:"), m_reporterContactEdit);
    receivedForm->addRow(tr("Su&bject:"), m_subjectEdit);
    receivedForm->addRow(QString(), m_subjectHouseholdLabel);
    receivedForm->addRow(tr("&Village:"), m_villageCombo);
    receivedForm->addRow(tr("&Problem type:"), m_problemTypeCombo);
    receivedForm->addRow(tr("S&ummary:"), m_summaryEdit);
    receivedForm->addRow(tr("Han&dler:"), m_handlerEdit);
    receivedForm->addRow(tr("Due b&y:"), m_dueDateEdit);

    auto *steps = new QGroupBox(tr("Handling log"), this);
    auto *stepRow = new QHBoxLayout;
    stepRow->addWidget(m_stepDateEdit);
    stepRow->addWidget(m_stepTextEdit, 1);
    stepRow->addWidget(m_addStepButton);
    auto *stepLayout = new QVBoxLayout(steps);
    stepLayout->addWidget(m_stepList, 1);
    stepLayout->addLayout(stepRow);
    auto *transferBox = new QGroupBox(tr("Transfer to the discipline-inspection body (移交纪检监察)"), this);
    auto *transferForm = new QFormLayout(transferBox);
    auto *transferRow = new QHBoxLayout;
    transferRow->addWidget(m_transferDateEdit);
    transferRow->addStretch();
    transferRow->addWidget(m_transferButton);
    auto *transferDateLabel = new QLabel(tr("Dat&e:"), this); // a row of a layout has no buddy of its own
    transferDateLabel->setBuddy(m_transferDateEdit);
    transferForm->addRow(transferDateLabel, transferRow);
    transferForm->addRow(tr("To:"), m_transferBodyEdit);
    transferForm->addRow(tr("Reference:"), m_transferReferenceEdit);
    transferForm->addRow(QString(), m_transferLabel);

    auto *conclusion = new QGroupBox(tr("Conclusion"), this);
    auto *conclusionForm = new QFormLayout(conclusion);
    conclusionForm->addRow(tr("&Finding:"), m_findingCombo);
    conclusionForm->addRow(tr("Feedback to the reporter on:"), m_feedbackDateEdit);
    conclusionForm->addRow(tr("Feedback &method:"), m_feedbackMethodEdit);
    auto *closeRow = new QHBoxLayout;
    closeRow->addWidget(m_closedLabel, 1);
    closeRow->addWidget(m_rectifyButton);
    closeRow->addWidget(m_closeButton);
    conclusionForm->addRow(closeRow);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);

    auto *right = new QVBoxLayout;
    right->addWidget(steps, 1);
    right->addWidget(transferBox);
    right->addWidget(conclusion);
    auto *columns = new QHBoxLayout;
    columns->addWidget(received, 1);
    columns->addLayout(right, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_recusalBar);
    layout->addLayout(columns, 3);
    layout->addWidget(evidenceBox, 1);
    layout->addWidget(m_buttons);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }"));
    ScreenFit::resize(this, QSize(1040, 760));

    for (QLineEdit *edit : {m_reporterNameEdit, m_reporterContactEdit, m_feedbackMethodEdit})
        connect(edit, &QLineEdit::textChanged, this, &ComplaintDialog::markChanged);
    for (QLineEdit *edit : {m_subjectEdit, m_handlerEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            markChanged();
            updateRecusalWarning();
        });
    }
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, [this] {
        markChanged();
        updateRecusalWarning();
    });
    for (QComboBox *combo : {m_channelCombo, m_villageCombo, m_problemTypeCombo, m_findingCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &ComplaintDialog::markChanged);
    connect(m_anonymousCheck, &QCheckBox::toggled, this, [this] {
        updateReporterState();
        markChanged();
    });
    connect(m_receivedDateEdit, &QDateEdit::dateChanged, this, &ComplaintDialog::receivedDateChanged);
    connect(m_dueDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        m_dueEdited = true;
        markChanged();
    });
    connect(m_feedbackDateEdit, &QDateEdit::dateChanged, this, &ComplaintDialog::markChanged);
    connect(m_subjectEdit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_householdId > 0 && text.trimmed() != m_householdName) {
            m_householdId = 0;
            m_subjectHouseholdLabel->setText(tr("Not linked to a household of the roster"));
        }
    });
    connect(m_householdCompleter, &HouseholdCompleter::picked, this, &ComplaintDialog::householdPicked);
    connect(m_addStepButton, &QPushButton::clicked, this, &ComplaintDialog::addStep);
    connect(m_transferButton, &QPushButton::clicked, this, &ComplaintDialog::transfer);
    connect(m_closeButton, &QPushButton::clicked, this, &ComplaintDialog::closeComplaint);
    connect(m_rectifyButton, &QPushButton::clicked, this, &ComplaintDialog::openRectification);
    connect(m_evidence, &EvidenceWidget::problem, m_messageBar, &MessageBar::showResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ComplaintDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ComplaintDialog::reject);
}

void ComplaintDialog::load(const Complaint &c)
{
    m_loading = true;
    m_item = c;
    setWindowTitle(c.id == 0 ? tr("New complaint") : tr("Complaint No. %1").arg(c.id));
    const QDate today = m_db.today();
    m_receivedDateEdit->setDate(c.receivedDate.isValid() ? c.receivedDate : today);
    m_channelCombo->setCurrentIndex(qMax(0, m_channelCombo->findData(int(c.channel))));
    m_anonymousCheck->setChecked(c.anonymous);
    m_reporterNameEdit->setText(c.reporterName);
    m_reporterContactEdit->setText(c.reporterContact);
    m_subjectEdit->setText(c.subjectText);
    m_householdId = c.householdId;
    m_householdName = c.subjectText;
    m_householdCompleter->setPickedText(c.subjectText);
    QString linked = tr("Not linked to a household of the roster");
    if (c.householdId > 0) {
        const Outcome<Household> household = RosterRepository(m_db).household(c.householdId);
        linked = household ? tr("On the roster: household of %1, %2").arg(household->headName(), household->villageName)
                           : tr("Linked to household %1 of the roster, which cannot be read: %2")
                                 .arg(c.householdId)
                                 .arg(household.result().message());
    }
    m_subjectHouseholdLabel->setText(linked);
    m_villageCombo->setCurrentIndex(qMax(0, m_villageCombo->findData(c.villageId)));
    m_problemTypeCombo->setCurrentIndex(qMax(0, c.problemType ? m_problemTypeCombo->findData(int(*c.problemType)) : 0));
    m_summaryEdit->setPlainText(c.summary);
    m_handlerEdit->setText(c.handler);
    m_dueDateEdit->setDate(
        c.dueDate.isValid() ? c.dueDate : ComplaintRepository::dueDateFor(m_receivedDateEdit->date(), m_dueDays));
    m_dueEdited = c.id > 0 && c.dueDate != ComplaintRepository::dueDateFor(c.receivedDate, m_dueDays);

    QList<ComplaintStep> steps = c.steps;
    std::stable_sort(
        steps.begin(), steps.end(), [](const ComplaintStep &a, const ComplaintStep &b) { return a.date < b.date; });
    m_stepList->clear();
    for (const ComplaintStep &step : steps) {
        const QString who = step.operatorName.isEmpty() ? QString() : tr(" (%1)").arg(step.operatorName);
        auto *item = new QListWidgetItem(
            QStringLiteral("%1  %2%3").arg(step.date.toString(Qt::ISODate), step.text, who), m_stepList);
        item->setData(Qt::UserRole, step.id);
    }
    if (m_stepDateEdit->date() == noDate() || c.id == 0)
        m_stepDateEdit->setDate(today);

    const bool transferred = c.transferredDate.isValid();
    m_transferDateEdit->setDate(transferred ? c.transferredDate : today);
    //: the default body a complaint is transferred to
    m_transferBodyEdit->setText(transferred ? c.transferBody : tr("Discipline inspection and supervision body"));
    m_transferReferenceEdit->setText(transferred ? c.transferReference : QString());
    m_transferLabel->setText(
        transferred ? tr("Transferred on %1.").arg(c.transferredDate.toString(Qt::ISODate)) : tr("Not transferred."));

    m_findingCombo->setCurrentIndex(qMax(0, c.finding ? m_findingCombo->findData(int(*c.finding)) : 0));
    m_feedbackDateEdit->setDate(c.feedbackDate.isValid() ? c.feedbackDate : noDate());
    m_feedbackMethodEdit->setText(c.feedbackMethod);
    m_closedLabel->setText(c.isClosed() ? tr("Closed on %1.").arg(c.closedDate.toString(Qt::ISODate)) : QString());
    m_evidence->setOwner(Evidence::Owner::Complaint, c.id);

    setReadOnly(c.isClosed());
    updateReporterState();
    updateRecusalWarning();
    m_loading = false;
    m_modified = false;
}

void ComplaintDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    const bool transferred = m_item.transferredDate.isValid();
    for (QLineEdit *edit :
        {m_reporterNameEdit, m_reporterContactEdit, m_subjectEdit, m_handlerEdit, m_feedbackMethodEdit, m_stepTextEdit})
        edit->setReadOnly(readOnly);
    m_summaryEdit->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_receivedDateEdit, m_channelCombo, m_anonymousCheck,
             m_villageCombo, m_problemTypeCombo, m_dueDateEdit, m_stepDateEdit, m_addStepButton, m_findingCombo,
             m_feedbackDateEdit, m_closeButton})
        w->setEnabled(!readOnly);
    for (QLineEdit *edit : {m_transferBodyEdit, m_transferReferenceEdit})
        edit->setReadOnly(readOnly || transferred);
    m_transferDateEdit->setEnabled(!readOnly && !transferred);
    m_transferButton->setEnabled(!readOnly && !transferred);
    m_evidence->setReadOnly(readOnly);
    // Only when the state changes: Apply's own click may be what got here, and recreating it would delete it.
    const bool wasReadOnly = m_buttons->button(QDialogButtonBox::Close) != nullptr;
    if (readOnly != wasReadOnly || (!readOnly && !m_buttons->button(QDialogButtonBox::Apply))) {
        m_buttons->setStandardButtons(readOnly
                ? QDialogButtonBox::Close
                : QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
        if (!readOnly) {
            connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] {
                if (save())
                    m_messageBar->showInfo(tr("Saved."));
            });
        }
    }
}

void ComplaintDialog::updateReporterState()
{
    // An anonymous complaint has no reporter to name or to answer.
    const bool named = !m_anonymousCheck->isChecked();
    m_reporterNameEdit->setEnabled(named);
    m_reporterContactEdit->setEnabled(named);
}

void ComplaintDialog::updateRecusalWarning()
{
    const Complaint c = complaint();
    if (c.handlerNamedIn()) {
        //: 回避: the handler must not handle a complaint that names them
        m_recusalBar->showMessage(MessageBar::Level::Warning,
            tr("The handler %1 is named in this complaint. A person named in a complaint must not handle it (回避): "
               "choose another handler.")
                .arg(c.handler));
    } else {
        m_recusalBar->dismiss();
    }
}

void ComplaintDialog::receivedDateChanged()
{
    if (m_loading)
        return;
    if (!m_dueEdited) {
        const QSignalBlocker blocker(m_dueDateEdit);
        m_dueDateEdit->setDate(ComplaintRepository::dueDateFor(m_receivedDateEdit->date(), m_dueDays));
    }
    markChanged();
}

void ComplaintDialog::markChanged()
{
    if (!m_loading)
        m_modified = true;
}

void ComplaintDialog::householdPicked(qint64 householdId, const QString &headName, const QString &village)
{
    m_householdId = householdId;
    m_householdName = headName;
    m_subjectEdit->setText(m_householdName);
    const int villageIndex = m_villageCombo->findText(village);
    if (villageIndex >= 0)
        m_villageCombo->setCurrentIndex(villageIndex);
    m_subjectHouseholdLabel->setText(tr("On the roster: household of %1, %2").arg(m_householdName, village));
    markChanged();
}

Complaint ComplaintDialog::complaint() const
{
    Complaint c = m_item;
    c.receivedDate = m_receivedDateEdit->date();
    c.channel = ComplaintChannel(m_channelCombo->currentData().toInt());
    c.anonymous = m_anonymousCheck->isChecked();
    c.reporterName = c.anonymous ? QString() : m_reporterNameEdit->text().trimmed();
    c.reporterContact = c.anonymous ? QString() : m_reporterContactEdit->text().trimmed();
    c.subjectText = m_subjectEdit->text().trimmed();
    if (m_householdId != m_item.householdId)
        c.personId = 0; // the person belonged to the household no longer chosen
    c.householdId = m_householdId;
    c.villageId = m_villageCombo->currentData().toLongLong();
    c.villageName = c.villageId > 0 ? m_villageCombo->currentText() : QString();
    const int type = m_problemTypeCombo->currentData().toInt();
    c.problemType = type < 0 ? std::nullopt : std::optional(ProblemType(type));
    c.summary = m_summaryEdit->toPlainText().trimmed();
    c.handler = m_handlerEdit->text().trimmed();
    c.dueDate = m_dueDateEdit->date();
    const int finding = m_findingCombo->currentData().toInt();
    c.finding = finding < 0 ? std::nullopt : std::optional(Finding(finding));
    c.feedbackDate = m_feedbackDateEdit->date() == noDate() ? QDate() : m_feedbackDateEdit->date();
    c.feedbackMethod = m_feedbackMethodEdit->text().trimmed();
    return c;
}

void ComplaintDialog::showResult(const Result &result)
{
    m_messageBar->showResult(result);
    const QString field = result.field();
    const auto mark = [&field](QWidget *widget, const char *name) {
        FieldMark::setInvalid(widget, !field.isEmpty() && field == QLatin1String(name));
    };
    mark(m_receivedDateEdit, "receivedDate");
    mark(m_reporterNameEdit, "reporterName");
    mark(m_subjectEdit, "subject");
    mark(m_villageCombo, "village");
    mark(m_summaryEdit, "summary");
    mark(m_dueDateEdit, "dueDate");
    mark(m_stepDateEdit, "date");
    mark(m_stepTextEdit, "text");
    mark(m_transferDateEdit, "transferredDate");
    mark(m_transferBodyEdit, "transferBody");
    mark(m_findingCombo, "finding");
    mark(m_feedbackDateEdit, "feedbackDate");
}

bool ComplaintDialog::save()
{
    if (m_readOnly)
        return false;
    Complaint c = complaint();
    ComplaintRepository repository(m_db);
    const Result result = c.id == 0 ? repository.create(c) : repository.update(c);
    showResult(result);
    if (!result)
        return false; // nothing typed is lost: the dialog stays open
    m_item.id = c.id;
    reloadStored();
    emit saved(m_item.id);
    return true;
}

bool ComplaintDialog::ensureSaved()
{
    if (m_readOnly)
        return m_item.id > 0;
    if (m_item.id == 0 || m_modified)
        return save();
    return true;
}

void ComplaintDialog::reloadStored()
{
    const Outcome<Complaint> stored = ComplaintRepository(m_db).complaint(m_item.id);
    if (!stored) {
        m_messageBar->showError(tr("The complaint could not be read back; close the dialog and open it again."));
        return;
    }
    // The inputs of the next step and of a transfer are not part of the record: keep what is typed.
    const QDate stepDate = m_stepDateEdit->date();
    const QString stepText = m_stepTextEdit->text();
    const QDate transferDate = m_transferDateEdit->date();
    const QString body = m_transferBodyEdit->text();
    const QString reference = m_transferReferenceEdit->text();
    load(*stored);
    m_stepDateEdit->setDate(stepDate);
    m_stepTextEdit->setText(stepText);
    if (!stored->transferredDate.isValid()) {
        m_transferDateEdit->setDate(transferDate);
        m_transferBodyEdit->setText(body);
        m_transferReferenceEdit->setText(reference);
    }
}

void ComplaintDialog::accept()
{
    if (m_readOnly || save())
        QDialog::accept();
}

void ComplaintDialog::reject()
{
    if (m_modified && !m_readOnly && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to this complaint?")))
        return;
    QDialog::reject();
}

void ComplaintDialog::addStep()
{
    if (m_readOnly || !ensureSaved())
        return;
    ComplaintStep step;
    step.date = m_stepDateEdit->date();
    step.text = m_stepTextEdit->text().trimmed();
    const Result result = ComplaintRepository(m_db).addStep(m_item.id, step);
    showResult(result);
    if (!result)
        return;
    m_stepTextEdit->clear();
    reloadStored();
    m_stepTextEdit->setFocus();
    emit saved(m_item.id);
}

void ComplaintDialog::transfer()
{
    if (m_readOnly || !ensureSaved())
        return;
    const Result result = ComplaintRepository(m_db).transfer(
        m_item.id, m_transferDateEdit->date(), m_transferBodyEdit->text(), m_transferReferenceEdit->text());
    showResult(result);
    if (!result)
        return;
    reloadStored();
    m_messageBar->showInfo(tr("Transferred to %1.").arg(m_item.transferBody));
    emit saved(m_item.id);
}

void ComplaintDialog::closeComplaint()
{
    if (m_readOnly || !ensureSaved())
        return;
    const Result result = ComplaintRepository(m_db).close(m_item.id, m_db.today());
    showResult(result);
    if (!result)
        return;
    reloadStored();
    m_messageBar->showInfo(tr("The complaint is closed (办结) and can no longer be changed."));
    emit saved(m_item.id);
}

void ComplaintDialog::openRectification()
{
    if (m_dialog)
        return;
    if (!ensureSaved())
        return;
    const Rectification draft = RectificationRepository(m_db).draftFromComplaint(m_item.id);
    auto *dialog = new RectificationDialog(m_db, draft, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RectificationDialog::saved, this, [this] { emit saved(m_item.id); });
    m_dialog = dialog;
    dialog->open();
}
