#include "settings/StandardsWidget.h"

#include "office/BenefitStandardModel.h"
#include "office/StandardRepository.h"
#include "settings/StandardInput.h"
#include "storage/Database.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

StandardsWidget::StandardsWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new BenefitStandardModel(db, this))
    , m_table(new QTableView(this))
    , m_input(new StandardInput(db, this))
    , m_addButton(new QPushButton(tr("&Add standard"), this))
{
    setObjectName(QStringLiteral("standardsWidget"));
    auto *intro = new QLabel(tr("The dibao standard in yuan per person per month. A month uses the latest standard "
                                "from on or before it; the one in force this month is in bold. Standards are kept "
                                "as a history: a new standard is added from a month, and the tables of earlier "
                                "months keep theirs."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("standardsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();
    m_addButton->setObjectName(QStringLiteral("addStandardButton"));

    auto *box = new QGroupBox(tr("Add a standard"), this);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_input);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_addButton);
    boxLayout->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);

    connect(m_input, &StandardInput::edited, this, [this] { m_input->revalidate(); });
    connect(m_addButton, &QPushButton::clicked, this, &StandardsWidget::addStandard);
}

void StandardsWidget::addStandard()
{
    if (!m_input->revalidate(true).isEmpty())
        return;
    BenefitStandard standard = m_input->standard();
    const Result result = StandardRepository(m_db).addStandard(standard);
    if (!result) {
        if (result.kind() == Result::Kind::Rejected)
            m_input->showResult(result);
        else
            emit failed(result);
        return;
    }
    m_model->reload();
    m_table->resizeColumnsToContents();
    m_input->clear();
    emit standardAdded(
        tr("Added the standard of %1 yuan per person per month from %2.")
            .arg(standard.monthlyPerPerson.toDisplayString(), Period::fromDate(standard.effectiveDate).toString()));
}
