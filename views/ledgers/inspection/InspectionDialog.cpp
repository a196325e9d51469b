#include "ledgers/inspection/InspectionDialog.h"

#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

InspectionDialog::InspectionDialog(Database &db, qint64 inspectionId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_nameEdit(new QLineEdit(this))
    , m_periodEdit(new DateEdit(this))
    , m_dateEdit(new DateEdit(this))
    , m_participantsEdit(new QLineEdit(this))
    , m_templateCombo(new QComboBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("inspectionDialog"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_periodEdit->setObjectName(QStringLiteral("periodDateEdit"));
    m_periodEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_periodEdit->setCalendarPopup(true);
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setCalendarPopup(true);
    m_participantsEdit->setObjectName(QStringLiteral("participantsLineEdit"));
    m_participantsEdit->setPlaceholderText(tr("Who took part, separated by commas"));
    m_templateCombo->setObjectName(QStringLiteral("templateComboBox"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    InspectionRepository repository(db);
    // Newest first, so the first entry is the one to use.
    const Outcome<QList<ChecklistTemplate>> checklists = ChecklistRepository(db).templates();
    for (const ChecklistTemplate &checklist : checklists.valueOr({}))
        m_templateCombo->addItem(checklist.displayName(), checklist.id);
    m_messageBar->showResult(checklists.result()); // none to choose from: the message bar says why

    if (inspectionId > 0) {
        const Outcome<Inspection> stored = repository.inspection(inspectionId);
        if (stored) {
            m_inspection = *stored;
        } else { // not opened as a new run: it cannot be saved
            m_messageBar->showResult(stored.result());
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
        }
    }
    const QDate today = db.today();
    if (m_inspection.id == 0) {
        setWindowTitle(tr("New self-inspection"));
        //: Default name of a self-inspection run: %1 is the year (2026年自查自纠)
        m_nameEdit->setText(tr("Self-inspection %1").arg(today.year()));
        m_periodEdit->setDate(QDate(today.year(), today.month(), 1));
        m_dateEdit->setDate(today);
        m_templateCombo->setCurrentIndex(0);
    } else {
        setWindowTitle(tr("Edit self-inspection: %1").arg(m_inspection.name));
        m_nameEdit->setText(m_inspection.name);
        m_periodEdit->setDate(m_inspection.period.isValid() ? m_inspection.period.firstDay() : today);
        m_dateEdit->setDate(m_inspection.date.isValid() ? m_inspection.date : today);
        m_participantsEdit->setText(m_inspection.participants);
        m_templateCombo->setCurrentIndex(qMax(0, m_templateCombo->findData(m_inspection.templateId)));
        // Answers belong to the items of one version: the version stays what the run started with.
        m_templateCombo->setEnabled(false);
        m_templateCombo->setToolTip(tr("A run keeps the checklist version it was started with."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_nameEdit);
    form->addRow(tr("&Month covered:"), m_periodEdit);
    form->addRow(tr("&Date:"), m_dateEdit);
    form->addRow(tr("&Participants:"), m_participantsEdit);
    form->addRow(tr("&Checklist:"), m_templateCombo);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InspectionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &InspectionDialog::reject);
}

Inspection InspectionDialog::inspection() const
{
    Inspection inspection = m_inspection;
    inspection.name = m_nameEdit->text().trimmed();
    inspection.period = Period::fromDate(m_periodEdit->date());
    inspection.date = m_dateEdit->date();
    inspection.participants = m_participantsEdit->text().trimmed();
    if (inspection.id == 0)
        inspection.templateId = m_templateCombo->currentData().toLongLong();
    return inspection;
}

void InspectionDialog::accept()
{
    Inspection inspection = this->inspection();
    InspectionRepository repository(m_db);
    const Result result
        = inspection.id == 0 ? repository.createInspection(inspection) : repository.updateInspection(inspection);
    if (!result) {
        m_messageBar->showResult(result);
        if (result.field() == QLatin1String("name"))
            m_nameEdit->setFocus();
        return;
    }
    m_inspection = inspection;
    emit saved(inspection.id);
    QDialog::accept();
}
