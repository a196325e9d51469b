#include "settings/SetupDialog.h"

#include "demo/DemoGenerator.h"
#include "office/OfficeRepository.h"
#include "settings/OfficeForm.h"
#include "settings/StandardInput.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QWizardPage>

#include <functional>

namespace {

enum VillageColumn { VillageNameColumn, VillageCodeColumn };

// A page that may be left only when its check passes.
class CheckedPage : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> check;
    bool isComplete() const override { return !check || check(); }
    void recheck() { emit completeChanged(); }
};

MessageBar *messageBar(const QString &objectName)
{
    auto *bar = new MessageBar;
    bar->setObjectName(objectName);
    return bar;
}

// Only the problems of one section of the office's fields.
QStringList messagesOf(const QList<Result> &problems, const QStringList &fields)
{
    QStringList out;
    for (const Result &p : problems) {
        if (fields.contains(p.field()))
            out << p.message();
    }
    return out;
}

const QStringList kDetailFields = {QStringLiteral("name"), QStringLiteral("divisionCode")};
const QStringList kContactFields
    = {QStringLiteral("hotline"), QStringLiteral("disclosureUrl"), QStringLiteral("phone")};

} // namespace

SetupDialog::SetupDialog(Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
    , m_details(new OfficeForm(OfficeForm::Section::Details))
    , m_contacts(new OfficeForm(OfficeForm::Section::Contacts))
    , m_standard(new StandardInput(db))
    , m_villageTable(new QTableWidget(0, 2))
    , m_addVillageButton(new QPushButton(tr("&Add village")))
    , m_removeVillageButton(new QPushButton(tr("&Remove village")))
    , m_demoButton(new QPushButton(tr("Open &demo data")))
    , m_messageBar(messageBar(QStringLiteral("messageBar")))
    , m_contactsMessageBar(messageBar(QStringLiteral("contactsMessageBar")))
    , m_standardMessageBar(messageBar(QStringLiteral("standardMessageBar")))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Set up the township"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setStyleSheet(FieldMark::styleSheet());

    // 1. The township and its villages.
    auto *township = new CheckedPage;
    township->setObjectName(QStringLiteral("townshipWizardPage"));
    township->setTitle(tr("Your township"));
    township->setSubTitle(tr("This database is empty. Enter your township and its villages, or open demo data to "
                             "look around first."));
    m_villageTable->setObjectName(QStringLiteral("villageTableWidget"));
    m_villageTable->setHorizontalHeaderLabels({tr("Village"), tr("Division code (empty: generated)")});
    m_villageTable->horizontalHeader()->setStretchLastSection(true);
    m_villageTable->verticalHeader()->hide();
    m_addVillageButton->setObjectName(QStringLiteral("addVillageButton"));
    m_removeVillageButton->setObjectName(QStringLiteral("removeVillageButton"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setToolTip(tr("Fill the database with a made-up township of 300 households to try the program"));
    auto *villageButtons = new QHBoxLayout;
    villageButtons->addWidget(m_addVillageButton);
    villageButtons->addWidget(m_removeVillageButton);
    villageButtons->addStretch();
    villageButtons->addWidget(m_demoButton);
    auto *townshipLayout = new QVBoxLayout(township);
    townshipLayout->addWidget(m_details);
    townshipLayout->addWidget(new QLabel(tr("Villages:"), township));
    townshipLayout->addWidget(m_villageTable, 1);
    townshipLayout->addLayout(villageButtons);
    townshipLayout->addWidget(m_messageBar);
    township->check = [this] { return problems(TownshipPage).isEmpty(); };
    setPage(TownshipPage, township);

    // 2. Who signs the tables and how the public reaches the office.
    auto *contacts = new CheckedPage;
    contacts->setObjectName(QStringLiteral("contactsWizardPage"));
    contacts->setTitle(tr("Contacts and signatories"));
    contacts->setSubTitle(tr("The disclosure table prints the complaint hotline and the web address; every official "
                             "table ends with the unit head, the reviewer, the preparer and a contact phone. A field "
                             "left empty can be filled in later under Settings ▸ Office settings."));
    auto *contactsLayout = new QVBoxLayout(contacts);
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addStretch();
    contactsLayout->addWidget(m_contactsMessageBar);
    contacts->check = [this] { return problems(ContactsPage).isEmpty(); };
    setPage(ContactsPage, contacts);

    // 3. The benefit standard.
    auto *standard = new CheckedPage;
    standard->setObjectName(QStringLiteral("standardWizardPage"));
    standard->setTitle(tr("Benefit standard"));
    standard->setSubTitle(tr("The dibao standard in yuan per person per month and the month from which it applies. "
                             "The monthly report prints it, and the checks compare each household's amount with it. "
                             "Later standards and the category top-ups are set under Settings ▸ Office settings."));
    auto *standardLayout = new QVBoxLayout(standard);
    standardLayout->addWidget(m_standard);
    standardLayout->addStretch();
    standardLayout->addWidget(m_standardMessageBar);
    standard->check = [this] { return problems(StandardPage).isEmpty(); };
    setPage(StandardPage, standard);

    ScreenFit::resize(this, QSize(680, 560));

    const auto recheck = [this, township, contacts, standard] {
        revalidate();
        township->recheck();
        contacts->recheck();
        standard->recheck();
    };
    connect(m_details, &OfficeForm::edited, this, recheck);
    connect(m_contacts, &OfficeForm::edited, this, recheck);
    connect(m_standard, &StandardInput::edited, this, recheck);
    connect(m_villageTable, &QTableWidget::itemChanged, this, recheck);
    connect(m_addVillageButton, &QPushButton::clicked, this, [this, recheck] {
        addVillageRow();
        recheck();
        m_villageTable->editItem(m_villageTable->item(m_villageTable->rowCount() - 1, VillageNameColumn));
    });
    connect(m_removeVillageButton, &QPushButton::clicked, this, [this, recheck] {
        removeVillageRow();
        recheck();
    });
    connect(m_demoButton, &QPushButton::clicked, this, &SetupDialog::openDemoData);
    addVillageRow();
    revalidate();
}

void SetupDialog::addVillageRow(const QString &name, const QString &code)
{
    const QSignalBlocker blocker(m_villageTable);
    const int row = m_villageTable->rowCount();
    m_villageTable->insertRow(row);
    m_villageTable->setItem(row, VillageNameColumn, new QTableWidgetItem(name));
    m_villageTable->setItem(row, VillageCodeColumn, new QTableWidgetItem(code));
}

void SetupDialog::removeVillageRow()
{
    const int row = m_villageTable->currentRow();
    if (row >= 0)
        m_villageTable->removeRow(row);
}

QString SetupDialog::villageCode(int row) const
{
    const QTableWidgetItem *item = m_villageTable->item(row, VillageCodeColumn);
    QString typed = item ? item->text().trimmed() : QString();
    if (!typed.isEmpty())
        return typed;
    // Sequence among the named rows, so empty rows do not leave gaps.
    int sequence = 0;
    for (int r = 0; r <= row; ++r) {
        const QTableWidgetItem *name = m_villageTable->item(r, VillageNameColumn);
        if (name && !name->text().trimmed().isEmpty())
            ++sequence;
    }
    Office office;
    m_details->apply(&office);
    return office.divisionCode.left(9) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

QStringList SetupDialog::problems(Page page) const
{
    Office office;
    m_details->apply(&office);
    m_contacts->apply(&office);
    const QList<Result> officeProblems = OfficeRepository::problems(office);
    if (page == ContactsPage)
        return messagesOf(officeProblems, kContactFields);
    if (page == StandardPage) {
        QStringList out;
        for (const Result &p : m_standard->problems())
            out << p.message();
        return out;
    }
    QStringList out = messagesOf(officeProblems, kDetailFields);
    const bool codeOk = OfficeRepository::divisionCodeProblem(office.divisionCode).isEmpty();
    QStringList names;
    QStringList codes;
    for (int row = 0; row < m_villageTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_villageTable->item(row, VillageNameColumn);
        const QString name = item ? item->text().trimmed() : QString();
        if (name.isEmpty())
            continue;
        if (names.contains(name))
            out << tr("Village %1: the name appears twice.").arg(name);
        names << name;
        const QString code = villageCode(row);
        if (codeOk) {
            const QString villageProblem = OfficeRepository::divisionCodeProblem(code);
            if (!villageProblem.isEmpty())
                out << tr("Village %1: division code %2: %3").arg(name, code, villageProblem);
            else if (codes.contains(code))
                out << tr("Village %1: division code %2 appears twice.").arg(name, code);
        }
        codes << code;
    }
    if (names.isEmpty())
        out << tr("Villages: enter at least one village.");
    return out;
}

QStringList SetupDialog::problems() const
{
    return problems(TownshipPage) + problems(ContactsPage) + problems(StandardPage);
}

void SetupDialog::revalidate()
{
    Office office;
    m_details->apply(&office);
    m_contacts->apply(&office);
    const QList<Result> officeProblems = OfficeRepository::problems(office);
    m_details->showProblems(officeProblems);
    m_contacts->showProblems(officeProblems);
    m_standard->revalidate();
    m_messageBar->showProblem(problems(TownshipPage).join(u'\n'));
    m_contactsMessageBar->showProblem(problems(ContactsPage).join(u'\n'));
    m_standardMessageBar->showProblem(problems(StandardPage).join(u'\n'));
}

bool SetupDialog::validateCurrentPage()
{
    if (m_done)
        return true; // demo data was opened
    const Page page = Page(currentId());
    if (!problems(page).isEmpty()) {
        Office office;
        m_details->apply(&office);
        m_contacts->apply(&office);
        const QList<Result> officeProblems = OfficeRepository::problems(office);
        if (page == TownshipPage)
            m_details->showProblems(officeProblems, true);
        else if (page == ContactsPage)
            m_contacts->showProblems(officeProblems, true);
        else
            m_standard->revalidate(true);
        return false;
    }
    if (page != StandardPage)
        return true;
    return save();
}

bool SetupDialog::save()
{
    Office office;
    m_details->apply(&office);
    m_contacts->apply(&office);
    QList<Village> villages;
    for (int row = 0; row < m_villageTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_villageTable->item(row, VillageNameColumn);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        villages.append(Village {0, villageCode(row), item->text().trimmed()});
    }
    BenefitStandard standard = m_standard->standard();
    const Result result = OfficeRepository(m_db).setUp(office, villages, &standard);
    if (!result) {
        // Nothing was saved; what was typed stays for another try.
        m_standardMessageBar->showResult(result);
        return false;
    }
    m_done = true;
    return true;
}

void SetupDialog::openDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result result = DemoGenerator(m_db).generate(300);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    m_done = true;
    QDialog::accept();
}
