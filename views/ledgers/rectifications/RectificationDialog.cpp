#include "ledgers/rectifications/RectificationDialog.h"

#include "ledgers/EvidenceWidget.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "office/OfficeRepository.h"
#include "roster/RosterRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Domain;

namespace {

QPlainTextEdit *textEdit(const QString &objectName, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * lines + 14);
    return edit;
}

} // namespace

RectificationDialog::RectificationDialog(Database &db, const Rectification &rectification, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("rectificationDialog"));
    buildUi();
    load(rectification);
}

qint64 RectificationDialog::rectificationId() const
{
    return m_item.id;
}

void RectificationDialog::buildUi()
{
    const auto dateEdit = [this](const QString &objectName) {
        auto *edit = new DateEdit(this);
        edit->setObjectName(objectName);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(noDate());
        //: an optional date that is not set
        edit->setSpecialValueText(tr("none"));
        return edit;
    };
    m_problemEdit = textEdit(QStringLiteral("problemTextEdit"), 3, this);
    m_problemEdit->setPlaceholderText(tr("The problem found, as the ledger states it"));
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName(QStringLiteral("sourceLabel"));
    m_sourceLabel->setWordWrap(true);
    m_householdsLabel = new QLabel(this);
    m_householdsLabel->setObjectName(QStringLiteral("householdsLabel"));
    m_householdsLabel->setWordWrap(true);
    m_measuresEdit = textEdit(QStringLiteral("measuresTextEdit"), 3, this);
    m_responsibleEdit = new QLineEdit(this);
    m_responsibleEdit->setObjectName(QStringLiteral("responsibleLineEdit"));
    m_deadlineEdit = dateEdit(QStringLiteral("deadlineDateEdit"));
    m_createdDateEdit = dateEdit(QStringLiteral("createdDateEdit"));
    m_createdDateEdit->setSpecialValueText(QString());
    m_createdDateEdit->setMaximumDate(m_db.today());
    m_createdDateEdit->setToolTip(tr("When the problem was entered in the ledger; the deadline cannot be earlier"));
    m_statusCombo = new QComboBox(this);
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_completedDateEdit = dateEdit(QStringLiteral("completedDateEdit"));
    m_completionNoteEdit = textEdit(QStringLiteral("completionNoteTextEdit"), 2, this);
    m_completionNoteEdit->setPlaceholderText(tr("What was done (整改情况)"));
    m_signOffLabel = new QLabel(this);
    m_signOffLabel->setObjectName(QStringLiteral("signOffLabel"));
    m_signOffButton = new QPushButton(tr("Si&gn off..."), this);
    m_signOffButton->setObjectName(QStringLiteral("signOffButton"));
    m_signOffButton->setToolTip(tr("The reviewer confirms the rectification (销号); the item is then read-only"));
    m_evidence = new EvidenceWidget(m_db, this);
    m_evidence->setObjectName(QStringLiteral("evidenceWidget"));
    m_messageBar = new MessageBar(this);
    m_buttons = new QDialogButtonBox(this); // buttons set by setReadOnly
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Problem:"), m_problemEdit);
    form->addRow(tr("Source:"), m_sourceLabel);
    form->addRow(tr("Households:"), m_householdsLabel);
    form->addRow(tr("&Measures:"), m_measuresEdit);
    form->addRow(tr("&Responsible:"), m_responsibleEdit);
    form->addRow(tr("E&ntered on:"), m_createdDateEdit);
    form->addRow(tr("&Deadline:"), m_deadlineEdit);
    form->addRow(tr("&Status:"), m_statusCombo);

    auto *completion = new QGroupBox(tr("Completion"), this);
    auto *completionForm = new QFormLayout(completion);
    completionForm->addRow(tr("&Completed on:"), m_completedDateEdit);
    completionForm->addRow(tr("&What was done:"), m_completionNoteEdit);
    auto *signOffRow = new QHBoxLayout;
    signOffRow->addWidget(m_signOffLabel, 1);
    signOffRow->addWidget(m_signOffButton);
    completionForm->addRow(tr("Sign-off:"), signOffRow);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidence);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(completion);
    layout->addWidget(evidenceBox, 1);
    layout->addWidget(m_buttons);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }"));
    ScreenFit::resize(this, QSize(640, 700));

    connect(m_problemEdit, &QPlainTextEdit::textChanged, this, &RectificationDialog::markChanged);
    connect(m_measuresEdit, &QPlainTextEdit::textChanged, this, &RectificationDialog::markChanged);
    connect(m_completionNoteEdit, &QPlainTextEdit::textChanged, this, &RectificationDialog::markChanged);
    connect(m_responsibleEdit, &QLineEdit::textChanged, this, &RectificationDialog::markChanged);
    connect(m_deadlineEdit, &QDateEdit::dateChanged, this, &RectificationDialog::markChanged);
    connect(m_createdDateEdit, &QDateEdit::dateChanged, this, &RectificationDialog::markChanged);
    connect(m_completedDateEdit, &QDateEdit::dateChanged, this, &RectificationDialog::markChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateCompletionState();
        markChanged();
    });
    connect(m_signOffButton, &QPushButton::clicked, this, &RectificationDialog::signOff);
    connect(m_evidence, &EvidenceWidget::problem, m_messageBar, &MessageBar::showResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RectificationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RectificationDialog::reject);
}

void RectificationDialog::load(const Rectification &r)
{
    m_loading = true;
    m_item = r;
    setWindowTitle(r.id == 0 ? tr("New rectification") : tr("Rectification No. %1").arg(r.id));
    m_problemEdit->setPlainText(r.problem);
    m_sourceLabel->setText(r.sourceText.isEmpty() ? label(r.source) : r.sourceText);
    QStringList names;
    RosterRepository roster(m_db);
    for (qint64 householdId : r.householdIds) {
        const Outcome<Household> household = roster.household(householdId);
        names << (household ? tr("household of %1").arg(household->headName())
                            : tr("household %1 (no longer readable)").arg(householdId));
    }
    m_householdsLabel->setText(names.isEmpty() ? tr("none") : names.join(tr(", ")));
    m_measuresEdit->setPlainText(r.measures);
    m_responsibleEdit->setText(r.responsible);
    m_deadlineEdit->setDate(r.deadline.isValid() ? r.deadline : noDate());
    m_createdDateEdit->setDate(r.createdDate.isValid() ? r.createdDate : m_db.today());
    // Entered once: a saved item keeps its date.
    m_createdDateEdit->setEnabled(r.id == 0);

    m_statusCombo->clear();
    if (r.status == RectificationStatus::SignedOff) {
        m_statusCombo->addItem(label(r.status), int(r.status));
    } else {
        for (RectificationStatus status : allValues<RectificationStatus>()) {
            if (status != RectificationStatus::SignedOff)
                m_statusCombo->addItem(label(status), int(status));
        }
    }
    m_statusCombo->setCurrentIndex(qMax(0, m_statusCombo->findData(int(r.status))));
    m_completedDateEdit->setDate(r.completedDate.isValid() ? r.completedDate : noDate());
    m_completedDateEdit->setMaximumDate(m_db.today());
    m_completionNoteEdit->setPlainText(r.completionNote);
    m_signOffLabel->setText(r.signedOffDate.isValid()
            //: 销号人 … 于 … 销号
            ? tr("Signed off by %1 on %2").arg(r.reviewer, r.signedOffDate.toString(Qt::ISODate))
            : tr("Not signed off"));
    m_evidence->setOwner(Evidence::Owner::Rectification, r.id);
    m_evidence->setToolTip(r.id == 0 ? tr("Save the rectification first to attach evidence") : QString());
    setReadOnly(r.status == RectificationStatus::SignedOff);
    updateCompletionState();
    m_loading = false;
    m_modified = false;
}

void RectificationDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QPlainTextEdit *edit : {m_problemEdit, m_measuresEdit, m_completionNoteEdit})
        edit->setReadOnly(readOnly);
    m_responsibleEdit->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> {m_deadlineEdit, m_statusCombo, m_signOffButton})
        w->setEnabled(!readOnly);
    m_evidence->setReadOnly(readOnly);
    // Only when the state changes: Apply's own click may be what got here, and recreating it would delete it.
    const bool wasReadOnly = m_buttons->button(QDialogButtonBox::Close) != nullptr;
    if (readOnly != wasReadOnly || !m_buttons->button(QDialogButtonBox::Apply)) {
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
    if (readOnly)
        m_messageBar->showInfo(tr("This rectification is signed off and can no longer be changed."));
}

void RectificationDialog::updateCompletionState()
{
    // Completion is recorded once the problem is rectified; before that the fields stay empty.
    const bool done = RectificationStatus(m_statusCombo->currentData().toInt()) == RectificationStatus::Done;
    const bool editable = done && !m_readOnly;
    m_completedDateEdit->setEnabled(editable);
    m_completionNoteEdit->setEnabled(done || m_readOnly);
    m_completionNoteEdit->setReadOnly(!editable);
    if (editable && !m_loading && m_completedDateEdit->date() == noDate())
        m_completedDateEdit->setDate(m_db.today());
}

void RectificationDialog::markChanged()
{
    if (!m_loading)
        m_modified = true;
}

Rectification RectificationDialog::fromFields() const
{
    Rectification r = m_item;
    r.problem = m_problemEdit->toPlainText().trimmed();
    r.measures = m_measuresEdit->toPlainText().trimmed();
    r.responsible = m_responsibleEdit->text().trimmed();
    r.deadline = m_deadlineEdit->date() == noDate() ? QDate() : m_deadlineEdit->date();
    if (r.id == 0)
        r.createdDate = m_createdDateEdit->date();
    r.status = RectificationStatus(m_statusCombo->currentData().toInt());
    const bool done = r.status == RectificationStatus::Done;
    r.completedDate = done && m_completedDateEdit->date() != noDate() ? m_completedDateEdit->date() : QDate();
    r.completionNote = done ? m_completionNoteEdit->toPlainText().trimmed() : QString();
    return r;
}

void RectificationDialog::showResult(const Result &result)
{
    m_messageBar->showResult(result);
    const QString field = result.field();
    const auto mark = [&field](QWidget *widget, const char *name) {
        FieldMark::setInvalid(widget, !field.isEmpty() && field.startsWith(QLatin1String(name)));
    };
    mark(m_problemEdit, "problem");
    mark(m_measuresEdit, "measures");
    mark(m_responsibleEdit, "responsible");
    mark(m_deadlineEdit, "deadline");
    mark(m_createdDateEdit, "createdDate");
    mark(m_statusCombo, "status");
    mark(m_completedDateEdit, "completed");
}

bool RectificationDialog::save()
{
    if (m_readOnly)
        return false;
    Rectification r = fromFields();
    RectificationRepository repository(m_db);
    const Result result = r.id == 0 ? repository.create(r) : repository.update(r);
    if (!result) {
        // Nothing typed is lost: the dialog stays open.
        showResult(result);
        return false;
    }
    showResult(result);
    const Outcome<Rectification> stored = repository.rectification(r.id);
    load(stored ? *stored : r);
    emit saved(m_item.id);
    return true;
}

void RectificationDialog::accept()
{
    if (m_readOnly || save())
        QDialog::accept();
}

void RectificationDialog::reject()
{
    if (m_modified && !m_readOnly
        && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to this rectification?")))
        return;
    QDialog::reject();
}

void RectificationDialog::signOff()
{
    if (m_readOnly || (m_signOffDialog && m_signOffDialog->isVisible()))
        return;
    if ((m_item.id == 0 || m_modified) && !save())
        return;

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("signOffDialog"));
    dialog->setWindowTitle(tr("Sign off the rectification"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The office's reviewer as the default name (none when the office cannot be read: the clerk types it).
    auto *reviewerEdit = new QLineEdit(OfficeRepository(m_db).office().valueOr(Office()).reviewer, dialog);
    reviewerEdit->setObjectName(QStringLiteral("reviewerLineEdit"));
    auto *dateEdit = new DateEdit(m_db.today(), dialog);
    dateEdit->setObjectName(QStringLiteral("signOffDateEdit"));
    dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    dateEdit->setCalendarPopup(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->setObjectName(QStringLiteral("signOffButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign off"));
    auto *hint = new QLabel(tr("The reviewer (分管领导) confirms that the problem is rectified. "
                               "A signed-off item can no longer be changed."),
        dialog);
    hint->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reviewer:"), reviewerEdit);
    form->addRow(tr("&Date:"), dateEdit);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(dialog, &QDialog::accepted, this,
        [this, reviewerEdit, dateEdit] { finishSignOff(reviewerEdit->text().trimmed(), dateEdit->date()); });
    m_signOffDialog = dialog;
    dialog->open();
}

void RectificationDialog::finishSignOff(const QString &reviewer, const QDate &date)
{
    RectificationRepository repository(m_db);
    const Result result = repository.signOff(m_item.id, reviewer, date);
    if (!result) {
        showResult(result);
        return;
    }
    if (const Outcome<Rectification> stored = repository.rectification(m_item.id))
        load(*stored);
    emit saved(m_item.id);
}
