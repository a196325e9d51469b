#include "ledgers/inspection/AnswerDialog.h"

#include "checks/DataChecks.h"
#include "core/IdNumber.h"
#include "ledgers/EvidenceWidget.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationDialog.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "roster/HouseholdDialog.h"
#include "roster/HouseholdListDialog.h"
#include "roster/RosterRepository.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace {

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

} // namespace

AnswerDialog::AnswerDialog(Database &db, qint64 inspectionId, qint64 itemId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("answerDialog"));
    InspectionRepository repository(db);
    const Outcome<Inspection> inspection = repository.inspection(inspectionId);
    Result read = inspection.result();
    if (inspection) {
        m_inspection = *inspection;
        const Outcome<ChecklistTemplate> checklist = ChecklistRepository(db).checklistTemplate(m_inspection.templateId);
        read = checklist.result();
        for (const ChecklistItem &item : checklist ? checklist->items : QList<ChecklistItem>()) {
            if (item.id == itemId)
                m_item = item;
        }
    }
    m_answer.inspectionId = inspectionId;
    m_answer.itemId = itemId;
    const Outcome<QList<InspectionAnswer>> answers = repository.answers(inspectionId);
    for (const InspectionAnswer &answer : answers.valueOr({})) {
        if (answer.itemId == itemId)
            m_answer = answer;
    }
    if (read)
        read = answers.result();
    // An answer that could not be read is not answered afresh over the stored one.
    m_readOnly = !read || m_inspection.id == 0 || m_item.id == 0 || m_inspection.isClosed();
    buildUi();
    load();
    if (!read)
        m_messageBar->showResult(read); // what could not be read, and why
}

void AnswerDialog::buildUi()
{
    m_itemLabel = new QLabel(this);
    m_itemLabel->setObjectName(QStringLiteral("itemLabel"));
    m_itemLabel->setWordWrap(true);
    m_itemLabel->setTextFormat(Qt::RichText);
    m_itemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_dataCheckBox = new QGroupBox(tr("Data check"), this);
    m_dataCheckLabel = new QLabel(m_dataCheckBox);
    m_dataCheckLabel->setObjectName(QStringLiteral("dataCheckLabel"));
    m_dataCheckLabel->setWordWrap(true);
    m_showHouseholdsButton = button(tr("Show &households..."), QStringLiteral("showHouseholdsButton"), this);
    auto *checkLayout = new QHBoxLayout(m_dataCheckBox);
    checkLayout->addWidget(m_dataCheckLabel, 1);
    checkLayout->addWidget(m_showHouseholdsButton);

    m_compliantRadio = new QRadioButton(Domain::label(Domain::InspectionResult::Compliant), this);
    m_compliantRadio->setObjectName(QStringLiteral("resultCompliantRadioButton"));
    m_problemRadio = new QRadioButton(Domain::label(Domain::InspectionResult::Problem), this);
    m_problemRadio->setObjectName(QStringLiteral("resultProblemRadioButton"));
    m_notApplicableRadio = new QRadioButton(Domain::label(Domain::InspectionResult::NotApplicable), this);
    m_notApplicableRadio->setObjectName(QStringLiteral("resultNotApplicableRadioButton"));
    m_resultGroup = new QButtonGroup(this);
    m_resultGroup->addButton(m_compliantRadio, int(Domain::InspectionResult::Compliant));
    m_resultGroup->addButton(m_problemRadio, int(Domain::InspectionResult::Problem));
    m_resultGroup->addButton(m_notApplicableRadio, int(Domain::InspectionResult::NotApplicable));
    auto *results = new QHBoxLayout;
    results->addWidget(m_compliantRadio);
    results->addWidget(m_problemRadio);
    results->addWidget(m_notApplicableRadio);
    results->addStretch();

    m_descriptionEdit = new QPlainTextEdit(this);
    m_descriptionEdit->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_descriptionEdit->setPlaceholderText(tr("When a problem is found: what, where, which households"));
    m_descriptionEdit->setTabChangesFocus(true);
    m_descriptionEdit->setMaximumHeight(m_descriptionEdit->fontMetrics().height() * 5 + 12);
    m_responsibleEdit = new QLineEdit(this);
    m_responsibleEdit->setObjectName(QStringLiteral("responsibleLineEdit"));

    m_householdList = new QListWidget(this);
    m_householdList->setObjectName(QStringLiteral("householdList"));
    m_householdList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_householdList->setMaximumHeight(m_householdList->fontMetrics().height() * 5 + 12);
    m_addHouseholdButton = button(tr("A&dd..."), QStringLiteral("addHouseholdButton"), this);
    m_removeHouseholdButton = button(tr("Re&move"), QStringLiteral("removeHouseholdButton"), this);
    auto *householdButtons = new QVBoxLayout;
    householdButtons->addWidget(m_addHouseholdButton);
    householdButtons->addWidget(m_removeHouseholdButton);
    householdButtons->addStretch();
    auto *households = new QHBoxLayout;
    households->addWidget(m_householdList, 1);
    households->addLayout(householdButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Result:"), results);
    form->addRow(tr("&Problem found:"), m_descriptionEdit);
    form->addRow(tr("Affected households:"), households);
    form->addRow(tr("R&esponsible:"), m_responsibleEdit);

    auto *evidenceBox = new QGroupBox(tr("Evidence"), this);
    m_evidence = new EvidenceWidget(m_db, evidenceBox);
    m_evidenceHint = new QLabel(tr("Save the answer first (Save button), then attach evidence files."), evidenceBox);
    m_evidenceHint->setObjectName(QStringLiteral("evidenceHintLabel"));
    auto *evidenceLayout = new QVBoxLayout(evidenceBox);
    evidenceLayout->addWidget(m_evidenceHint);
    evidenceLayout->addWidget(m_evidence);

    m_readOnlyLabel = new QLabel(this);
    m_readOnlyLabel->setObjectName(QStringLiteral("readOnlyLabel"));
    m_readOnlyLabel->setWordWrap(true);
    m_readOnlyLabel->setStyleSheet(QStringLiteral("color:#8a6d00;"));
    m_rectifyButton = button(tr("Open &rectification..."), QStringLiteral("rectifyButton"), this);
    m_messageBar = new MessageBar(this);
    m_buttons = new QDialogButtonBox(this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    if (m_readOnly) {
        m_buttons->setStandardButtons(QDialogButtonBox::Close);
    } else {
        m_buttons->setStandardButtons(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel);
        //: Saves the answer and keeps the dialog open
        m_buttons->button(QDialogButtonBox::Apply)->setText(tr("&Save"));
    }
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_rectifyButton);
    bottom->addStretch();
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(m_itemLabel);
    layout->addWidget(m_dataCheckBox);
    layout->addLayout(form);
    layout->addWidget(evidenceBox, 1);
    layout->addLayout(bottom);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }"));
    ScreenFit::resize(this, QSize(760, 680));

    connect(m_resultGroup, &QButtonGroup::idClicked, this, [this] {
        markChanged();
        if (m_problemRadio->isChecked() && m_descriptionEdit->toPlainText().trimmed().isEmpty())
            m_descriptionEdit->setFocus();
    });
    connect(m_descriptionEdit, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_descriptionEdit->toPlainText().trimmed().isEmpty())
            FieldMark::setInvalid(m_descriptionEdit, false);
        markChanged();
    });
    connect(m_responsibleEdit, &QLineEdit::textChanged, this, &AnswerDialog::markChanged);
    connect(m_showHouseholdsButton, &QPushButton::clicked, this, &AnswerDialog::showDataCheckHouseholds);
    connect(m_addHouseholdButton, &QPushButton::clicked, this, &AnswerDialog::addHouseholds);
    connect(m_removeHouseholdButton, &QPushButton::clicked, this, &AnswerDialog::removeHousehold);
    connect(m_householdList, &QListWidget::itemSelectionChanged, this, &AnswerDialog::updateState);
    connect(m_householdList, &QListWidget::itemDoubleClicked, this,
        [this](QListWidgetItem *item) { openHousehold(item->data(Qt::UserRole).toLongLong(), this); });
    connect(m_rectifyButton, &QPushButton::clicked, this, &AnswerDialog::openRectification);
    connect(m_evidence, &EvidenceWidget::problem, m_messageBar, &MessageBar::showResult);
    connect(m_evidence, &EvidenceWidget::changed, this, [this] {
        m_messageBar->dismiss();
        emit saved(m_answer.id);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AnswerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AnswerDialog::reject);
    if (QPushButton *apply = m_buttons->button(QDialogButtonBox::Apply)) {
        connect(apply, &QPushButton::clicked, this, [this] {
            if (save())
                m_messageBar->showInfo(tr("Saved."));
        });
    }
}

void AnswerDialog::load()
{
    m_loading = true;
    setWindowTitle(tr("Item %1 of %2").arg(m_item.code, m_inspection.name));

    QStringList problems;
    for (Domain::ProblemType type : m_item.problemTypes)
        problems << Domain::label(type);
    QString header
        = QStringLiteral("<b>%1</b> · %2").arg(m_item.code.toHtmlEscaped(), Domain::label(m_item.link).toHtmlEscaped());
    if (!problems.isEmpty())
        header += QStringLiteral(" · ") + tr("guards against: %1").arg(problems.join(tr(", "))).toHtmlEscaped();
    m_itemLabel->setText(
        header + QStringLiteral("<p>") + m_item.displayText().toHtmlEscaped() + QStringLiteral("</p>"));

    m_dataCheckBox->setVisible(!m_item.dataCheck.isEmpty());
    if (!m_item.dataCheck.isEmpty()) {
        const Outcome<QList<DataCheckHit>> hits = DataChecks(m_db).run(m_item.dataCheck);
        const int found = hits ? int(hits->size()) : 0;
        if (hits)
            //: %1 is the data check's title
            m_dataCheckLabel->setText(tr("%1: %n household(s) found on the roster today.", nullptr, found)
                                          .arg(DataChecks::title(m_item.dataCheck)));
        else
            //: %1 is the data check's title, %2 why the roster could not be read
            m_dataCheckLabel->setText(tr("%1: the check could not be run. %2")
                                          .arg(DataChecks::title(m_item.dataCheck), hits.result().message()));
        m_dataCheckLabel->setStyleSheet(found > 0 || !hits ? QStringLiteral("color:#b00020;") : QString());
        m_showHouseholdsButton->setEnabled(found > 0);
    }

    if (QAbstractButton *checked = m_answer.result ? m_resultGroup->button(int(*m_answer.result)) : nullptr)
        checked->setChecked(true);
    m_descriptionEdit->setPlainText(m_answer.description);
    m_responsibleEdit->setText(m_answer.responsible);
    setHouseholds(m_answer.householdIds);
    m_evidence->setOwner(Evidence::Owner::Answer, m_answer.id);
    m_evidence->setReadOnly(m_readOnly);
    m_rectificationId = findRectification();

    if (m_readOnly) {
        for (QAbstractButton *radio : m_resultGroup->buttons())
            radio->setEnabled(false);
        m_descriptionEdit->setReadOnly(true);
        m_responsibleEdit->setReadOnly(true);
        m_addHouseholdButton->setEnabled(false);
        m_removeHouseholdButton->setEnabled(false);
        m_readOnlyLabel->setText(m_inspection.isClosed()
                ? tr("This self-inspection was closed on %1; its answers can be read but not changed.")
                      .arg(m_inspection.closedAt.date().toString(QStringLiteral("yyyy-MM-dd")))
                : tr("The item could not be read. Close this window and open it again from the list."));
    }
    m_readOnlyLabel->setVisible(m_readOnly);
    m_loading = false;
    m_modified = false;
    updateState();
}

void AnswerDialog::setHouseholds(const QList<qint64> &ids)
{
    m_householdList->clear();
    RosterRepository roster(m_db);
    for (qint64 id : ids) {
        const Outcome<Household> household = roster.household(id);
        const QString text = household
            ? QStringLiteral("%1 · %2 · %3")
                  .arg(household->villageName, household->headName(), IdNumber::masked(household->headIdNumber()))
            : tr("Household %1 (no longer readable)").arg(id);
        auto *item = new QListWidgetItem(text, m_householdList);
        item->setData(Qt::UserRole, id);
    }
}

InspectionAnswer AnswerDialog::answer() const
{
    InspectionAnswer a = m_answer;
    const int checked = m_resultGroup->checkedId();
    a.result = checked >= 0 ? std::optional(Domain::InspectionResult(checked)) : std::nullopt;
    a.description = m_descriptionEdit->toPlainText().trimmed();
    a.responsible = m_responsibleEdit->text().trimmed();
    a.householdIds.clear();
    for (int row = 0; row < m_householdList->count(); ++row)
        a.householdIds << m_householdList->item(row)->data(Qt::UserRole).toLongLong();
    return a;
}

void AnswerDialog::setResult(Domain::InspectionResult result)
{
    if (m_readOnly)
        return;
    if (QAbstractButton *radio = m_resultGroup->button(int(result))) {
        radio->setChecked(true);
        markChanged();
    }
    if (result == Domain::InspectionResult::Problem)
        m_descriptionEdit->setFocus();
}

void AnswerDialog::markChanged()
{
    if (m_loading || m_readOnly)
        return;
    m_modified = true;
    updateState();
}

void AnswerDialog::updateState()
{
    const bool saved = m_answer.id > 0;
    m_evidence->setEnabled(saved);
    m_evidenceHint->setVisible(!saved && !m_readOnly);
    m_removeHouseholdButton->setEnabled(!m_readOnly && !m_householdList->selectedItems().isEmpty());
    // Opening an existing rectification is always possible; a new one needs a problem (saved on the way).
    const bool storedProblem = saved && m_answer.result == Domain::InspectionResult::Problem;
    if (m_rectificationId > 0) {
        m_rectifyButton->setText(tr("View &rectification..."));
        m_rectifyButton->setEnabled(true);
    } else {
        m_rectifyButton->setText(tr("Open &rectification..."));
        m_rectifyButton->setEnabled(m_readOnly ? storedProblem : m_problemRadio->isChecked());
    }
}

void AnswerDialog::showResult(const Result &result)
{
    m_messageBar->showResult(result);
    const bool description = result.field() == QLatin1String("description");
    FieldMark::setInvalid(m_descriptionEdit, description);
    if (description)
        m_descriptionEdit->setFocus();
}

bool AnswerDialog::save()
{
    if (m_readOnly || (!m_modified && m_answer.id > 0))
        return true;
    InspectionAnswer a = answer();
    const Result result = InspectionRepository(m_db).saveAnswer(a);
    if (!result) {
        showResult(result);
        return false;
    }
    m_answer = a;
    m_modified = false;
    m_messageBar->dismiss();
    FieldMark::setInvalid(m_descriptionEdit, false);
    m_evidence->setOwner(Evidence::Owner::Answer, m_answer.id);
    updateState();
    emit saved(m_answer.id);
    return true;
}

void AnswerDialog::accept()
{
    if (!save())
        return; // the message bar says why; everything typed stays
    QDialog::accept();
}

void AnswerDialog::reject()
{
    if (m_modified && !m_readOnly && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to this answer?")))
        return;
    QDialog::reject();
}

void AnswerDialog::showDataCheckHouseholds()
{
    if (m_item.dataCheck.isEmpty())
        return;
    const Outcome<QList<DataCheckHit>> hits = DataChecks(m_db).run(m_item.dataCheck);
    if (!hits) {
        m_messageBar->showResult(hits.result());
        return;
    }
    HouseholdListDialog dialog(DataChecks::title(m_item.dataCheck), *hits, this);
    connect(&dialog, &HouseholdListDialog::householdActivated, this,
        [this, &dialog](qint64 householdId) { openHousehold(householdId, &dialog); });
    m_dialog = &dialog;
    dialog.exec();
}

void AnswerDialog::addHouseholds()
{
    if (m_readOnly)
        return;
    HouseholdListDialog picker(m_db, this);
    m_dialog = &picker;
    if (picker.exec() != QDialog::Accepted)
        return;
    QList<qint64> ids = answer().householdIds;
    const int before = int(ids.size());
    for (qint64 id : picker.selectedHouseholdIds()) {
        if (!ids.contains(id))
            ids << id;
    }
    if (ids.size() == before)
        return;
    setHouseholds(ids);
    markChanged();
}

void AnswerDialog::removeHousehold()
{
    if (m_readOnly)
        return;
    const QList<QListWidgetItem *> selected = m_householdList->selectedItems();
    if (selected.isEmpty())
        return;
    qDeleteAll(selected);
    markChanged();
}

void AnswerDialog::openHousehold(qint64 householdId, QWidget *parent)
{
    if (householdId <= 0)
        return;
    HouseholdDialog dialog(m_db, householdId, parent);
    connect(&dialog, &HouseholdDialog::saved, this, &AnswerDialog::householdChanged);
    dialog.exec();
    if (dialog.result() == QDialog::Accepted)
        setHouseholds(answer().householdIds); // names may have changed
}

qint64 AnswerDialog::findRectification() const
{
    if (m_answer.id <= 0)
        return 0;
    // Unread, none is found: the rectification dialog's own save then meets the same database error and says so.
    for (const Rectification &r : RectificationRepository(m_db).rectifications().valueOr({})) {
        if (r.source == Domain::LedgerSource::Inspection && r.sourceId == m_answer.id)
            return r.id;
    }
    return 0;
}

void AnswerDialog::openRectification()
{
    if (!save())
        return;
    RectificationRepository repository(m_db);
    Rectification rectification;
    if (m_rectificationId > 0) {
        const Outcome<Rectification> stored = repository.rectification(m_rectificationId);
        if (stored)
            rectification = *stored;
        else if (stored.result().kind() == Result::Kind::Failed) { // not a new one in its place
            m_messageBar->showResult(stored.result());
            return;
        }
    }
    if (rectification.id == 0) {
        if (m_answer.id <= 0 || m_answer.result != Domain::InspectionResult::Problem) {
            m_messageBar->showMessage(MessageBar::Level::Warning,
                tr("A rectification is opened for a problem: choose \"%1\" and describe it first.")
                    .arg(Domain::label(Domain::InspectionResult::Problem)));
            return;
        }
        rectification = repository.draftFromAnswer(m_answer.id);
    }
    RectificationDialog dialog(m_db, rectification, this);
    connect(&dialog, &RectificationDialog::saved, this, [this](qint64 id) {
        m_rectificationId = id;
        emit rectificationSaved(id);
    });
    m_dialog = &dialog;
    dialog.exec();
    updateState();
}
