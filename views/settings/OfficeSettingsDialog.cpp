#include "settings/OfficeSettingsDialog.h"

#include "office/OfficeRepository.h"
#include "settings/OfficeForm.h"
#include "settings/StandardsWidget.h"
#include "settings/SupplementsWidget.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

OfficeSettingsDialog::OfficeSettingsDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new OfficeForm(OfficeForm::Section::Details, this))
    , m_contacts(new OfficeForm(OfficeForm::Section::Contacts, this))
    , m_standards(new StandardsWidget(db, this))
    , m_supplements(new SupplementsWidget(db, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("officeSettingsDialog"));
    setWindowTitle(tr("Office settings"));
    m_tabs->setObjectName(QStringLiteral("settingsTabWidget"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *contactsPage = new QWidget(this);
    auto *contactsLayout = new QVBoxLayout(contactsPage);
    auto *contactsIntro
        = new QLabel(tr("The disclosure table (信息公开网址和电话统计表) prints the hotline and the web "
                        "address. Every official table and export ends with the unit head, the "
                        "reviewer, the preparer and the contact phone."),
            contactsPage);
    contactsIntro->setWordWrap(true);
    contactsLayout->addWidget(contactsIntro);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addStretch();
    auto *officePage = new QWidget(this);
    auto *officeLayout = new QVBoxLayout(officePage);
    officeLayout->addWidget(m_details);
    officeLayout->addStretch();

    //: Tab of the office settings (本单位)
    m_tabs->addTab(officePage, tr("Office"));
    //: Tab of the office settings (联系与签字)
    m_tabs->addTab(contactsPage, tr("Contacts and signatures"));
    //: Tab of the office settings (低保标准)
    m_tabs->addTab(m_standards, tr("Benefit standards"));
    //: Tab of the office settings (分类施保)
    m_tabs->addTab(m_supplements, tr("Category top-ups"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_buttons);
    setStyleSheet(FieldMark::styleSheet());
    ScreenFit::resize(this, QSize(720, 600));

    const Outcome<Office> read = OfficeRepository(db).office();
    m_loaded = read.valueOr(Office());
    m_officeRead = read.result();
    m_messageBar->showResult(m_officeRead);
    m_details->load(m_loaded);
    m_contacts->load(m_loaded);
    connect(m_details, &OfficeForm::edited, this, &OfficeSettingsDialog::revalidate);
    connect(m_contacts, &OfficeForm::edited, this, &OfficeSettingsDialog::revalidate);
    connect(m_standards, &StandardsWidget::standardAdded, this, [this](const QString &message) {
        m_messageBar->showInfo(message);
        emit settingsChanged();
    });
    connect(m_supplements, &SupplementsWidget::supplementSet, this, [this](const QString &message) {
        m_messageBar->showInfo(message);
        emit settingsChanged();
    });
    connect(m_standards, &StandardsWidget::failed, m_messageBar, &MessageBar::showResult);
    connect(m_supplements, &SupplementsWidget::failed, m_messageBar, &MessageBar::showResult);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfficeSettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &OfficeSettingsDialog::reject);
    revalidate();
}

void OfficeSettingsDialog::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

Office OfficeSettingsDialog::enteredOffice() const
{
    Office office = m_loaded;
    m_details->apply(&office);
    m_contacts->apply(&office);
    return office;
}

void OfficeSettingsDialog::revalidate()
{
    const QList<Result> problems = OfficeRepository::problems(enteredOffice());
    m_details->showProblems(problems);
    m_contacts->showProblems(problems);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty() && m_officeRead);
}

void OfficeSettingsDialog::accept()
{
    const Office office = enteredOffice();
    if (const QList<Result> problems = OfficeRepository::problems(office); !problems.isEmpty()) {
        if (m_details->showProblems(problems, true) > 0)
            showTab(OfficeTab);
        else if (m_contacts->showProblems(problems, true) > 0)
            showTab(ContactsTab);
        m_messageBar->showResult(problems.first());
        return;
    }
    if (m_details->isModified() || m_contacts->isModified()) {
        const Result saved = OfficeRepository(m_db).saveOffice(office);
        if (!saved) {
            // What was typed stays for another try.
            m_details->showProblems({saved}, true);
            m_contacts->showProblems({saved}, true);
            m_messageBar->showResult(saved);
            return;
        }
        emit settingsChanged();
    }
    QDialog::accept();
}

void OfficeSettingsDialog::reject()
{
    if ((m_details->isModified() || m_contacts->isModified())
        && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to the office settings?")))
        return;
    QDialog::reject();
}
