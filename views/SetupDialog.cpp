#include "SetupDialog.h"

#include "Database.h"
#include "DemoGenerator.h"
#include "OfficeRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum VillageColumn { VillageNameColumn, VillageCodeColumn };
}

SetupDialog::SetupDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_nameEdit(new QLineEdit(this))
    , m_codeEdit(new QLineEdit(this))
    , m_codeProblemLabel(new QLabel(this))
    , m_countyEdit(new QLineEdit(this))
    , m_villageTable(new QTableWidget(0, 2, this))
    , m_addVillageButton(new QPushButton(tr("&Add village"), this))
    , m_removeVillageButton(new QPushButton(tr("&Remove village"), this))
    , m_demoButton(new QPushButton(tr("Open &demo data"), this))
    , m_errorLabel(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("setupDialog"));
    setWindowTitle(tr("Set up the township"));
    m_nameEdit->setObjectName(QStringLiteral("townshipLineEdit"));
    m_nameEdit->setPlaceholderText(tr("e.g. Shangjie Town"));
    m_codeEdit->setObjectName(QStringLiteral("divisionCodeLineEdit"));
    m_codeEdit->setPlaceholderText(tr("12 digits, e.g. 350121100000"));
    m_codeEdit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));
    m_codeProblemLabel->setObjectName(QStringLiteral("divisionCodeProblemLabel"));
    m_codeProblemLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_countyEdit->setObjectName(QStringLiteral("countyLineEdit"));
    m_villageTable->setObjectName(QStringLiteral("villageTableWidget"));
    m_villageTable->setHorizontalHeaderLabels({tr("Village"), tr("Division code (empty: generated)")});
    m_villageTable->horizontalHeader()->setStretchLastSection(true);
    m_villageTable->verticalHeader()->hide();
    m_addVillageButton->setObjectName(QStringLiteral("addVillageButton"));
    m_removeVillageButton->setObjectName(QStringLiteral("removeVillageButton"));
    m_demoButton->setObjectName(QStringLiteral("demoButton"));
    m_demoButton->setToolTip(tr("Fill the database with a made-up township of 300 households to try the program"));
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *intro = new QLabel(tr("This database is empty. Enter your township and its villages, or open demo data "
                                "to look around first."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Township:"), m_nameEdit);
    form->addRow(tr("Division &code:"), m_codeEdit);
    form->addRow(QString(), m_codeProblemLabel);
    form->addRow(tr("C&ounty:"), m_countyEdit);
    auto *villageButtons = new QHBoxLayout;
    villageButtons->addWidget(m_addVillageButton);
    villageButtons->addWidget(m_removeVillageButton);
    villageButtons->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_demoButton);
    bottom->addStretch();
    bottom->addWidget(m_buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Villages:"), this));
    layout->addWidget(m_villageTable, 1);
    layout->addLayout(villageButtons);
    layout->addWidget(m_errorLabel);
    layout->addLayout(bottom);
    resize(560, 480);

    connect(m_nameEdit, &QLineEdit::textChanged, this, &SetupDialog::revalidate);
    connect(m_codeEdit, &QLineEdit::textChanged, this, &SetupDialog::revalidate);
    connect(m_villageTable, &QTableWidget::itemChanged, this, &SetupDialog::revalidate);
    connect(m_addVillageButton, &QPushButton::clicked, this, [this] {
        addVillageRow();
        m_villageTable->editItem(m_villageTable->item(m_villageTable->rowCount() - 1, VillageNameColumn));
    });
    connect(m_removeVillageButton, &QPushButton::clicked, this, &SetupDialog::removeVillageRow);
    connect(m_demoButton, &QPushButton::clicked, this, &SetupDialog::openDemoData);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SetupDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    addVillageRow();
    revalidate();
}

void SetupDialog::addVillageRow(const QString &name, const QString &code)
{
    const int row = m_villageTable->rowCount();
    m_villageTable->insertRow(row);
    m_villageTable->setItem(row, VillageNameColumn, new QTableWidgetItem(name));
    m_villageTable->setItem(row, VillageCodeColumn, new QTableWidgetItem(code));
    revalidate();
}

void SetupDialog::removeVillageRow()
{
    const int row = m_villageTable->currentRow();
    if (row >= 0)
        m_villageTable->removeRow(row);
    revalidate();
}

QString SetupDialog::villageCode(int row) const
{
    const QTableWidgetItem *item = m_villageTable->item(row, VillageCodeColumn);
    const QString typed = item ? item->text().trimmed() : QString();
    if (!typed.isEmpty())
        return typed;
    // Sequence among the named rows, so empty rows do not leave gaps.
    int sequence = 0;
    for (int r = 0; r <= row; ++r) {
        const QTableWidgetItem *name = m_villageTable->item(r, VillageNameColumn);
        if (name && !name->text().trimmed().isEmpty())
            ++sequence;
    }
    return m_codeEdit->text().left(9) + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
}

QStringList SetupDialog::problems() const
{
    QStringList out;
    if (m_nameEdit->text().trimmed().isEmpty())
        out << tr("Township: enter the township's name.");
    const QString codeProblem = OfficeRepository::divisionCodeProblem(m_codeEdit->text());
    if (!codeProblem.isEmpty())
        out << tr("Division code: %1").arg(codeProblem);
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
        if (codeProblem.isEmpty()) {
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

void SetupDialog::revalidate()
{
    const QString codeProblem
        = m_codeEdit->text().isEmpty() ? QString() : OfficeRepository::divisionCodeProblem(m_codeEdit->text());
    m_codeProblemLabel->setText(codeProblem);
    m_codeProblemLabel->setVisible(!codeProblem.isEmpty());
    const QStringList list = problems();
    m_errorLabel->setText(list.join(u'\n'));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

void SetupDialog::accept()
{
    if (!problems().isEmpty())
        return;
    Office office;
    office.name = m_nameEdit->text().trimmed();
    office.divisionCode = m_codeEdit->text();
    office.county = m_countyEdit->text().trimmed();

    QList<Village> villages;
    for (int row = 0; row < m_villageTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_villageTable->item(row, VillageNameColumn);
        if (!item || item->text().trimmed().isEmpty())
            continue;
        villages.append(Village {0, villageCode(row), item->text().trimmed()});
    }
    const Result result = OfficeRepository(m_db).setUp(office, villages);
    if (!result) {
        m_errorLabel->setText(result.message());
        return;
    }
    QDialog::accept();
}

void SetupDialog::openDemoData()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result result = DemoGenerator(m_db).generate(300);
    QApplication::restoreOverrideCursor();
    if (!result) {
        m_errorLabel->setText(result.message());
        return;
    }
    QDialog::accept();
}
