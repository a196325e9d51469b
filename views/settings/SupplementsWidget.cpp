#include "settings/SupplementsWidget.h"

#include "office/BenefitCeiling.h"
#include "office/CategorySupplementModel.h"
#include "office/StandardRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MoneySpinBox.h"
#include "storage/Database.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Domain;

SupplementsWidget::SupplementsWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CategorySupplementModel(db, this))
    , m_table(new QTableView(this))
    , m_categoryCombo(new QComboBox(this))
    , m_monthEdit(new DateEdit(this))
    , m_fixedRadio(new QRadioButton(tr("&Fixed amount:"), this))
    , m_shareRadio(new QRadioButton(tr("S&hare of the standard:"), this))
    , m_amountSpin(new MoneySpinBox(this))
    , m_shareSpin(new QDoubleSpinBox(this))
    , m_noteEdit(new QLineEdit(this))
    , m_previewLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
    , m_setButton(new QPushButton(tr("Se&t top-up"), this))
{
    setObjectName(QStringLiteral("supplementsWidget"));
    auto *intro = new QLabel(tr("Households of categories A, B and C (分类施保) may receive more than the standard: a "
                                "top-up per covered person and month, fixed or a share of the standard. The most a "
                                "household may receive is (standard + its category's top-up) × covered persons. A "
                                "month uses the latest top-up from on or before it; 0 ends a top-up."),
        this);
    intro->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("supplementsTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->resizeColumnsToContents();

    m_categoryCombo->setObjectName(QStringLiteral("supplementCategoryComboBox"));
    for (Category c : {Category::ClassA, Category::ClassB, Category::ClassC})
        m_categoryCombo->addItem(label(c), int(c));
    m_monthEdit->setObjectName(QStringLiteral("supplementMonthDateEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 1));
    m_monthEdit->setDate(QDate(db.today().year(), db.today().month(), 1));
    m_fixedRadio->setObjectName(QStringLiteral("fixedAmountRadioButton"));
    m_shareRadio->setObjectName(QStringLiteral("shareRadioButton"));
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_fixedRadio);
    kind->addButton(m_shareRadio);
    m_shareRadio->setChecked(true);
    m_amountSpin->setObjectName(QStringLiteral("supplementAmountSpinBox"));
    m_amountSpin->setMoneyRange(Money(), Money::fromFen(StandardRepository::MaximumFen));
    m_amountSpin->setSuffix(tr(" yuan per person per month"));
    m_shareSpin->setObjectName(QStringLiteral("supplementShareSpinBox"));
    m_shareSpin->setDecimals(1);
    m_shareSpin->setRange(0, 100);
    m_shareSpin->setSuffix(tr(" %"));
    m_noteEdit->setObjectName(QStringLiteral("supplementNoteLineEdit"));
    m_previewLabel->setObjectName(QStringLiteral("supplementPreviewLabel"));
    m_previewLabel->setWordWrap(true);
    m_problemLabel->setObjectName(QStringLiteral("supplementProblemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color:#b00020;"));
    m_problemLabel->hide();
    m_setButton->setObjectName(QStringLiteral("setSupplementButton"));

    auto *box = new QGroupBox(tr("Set a top-up"), this);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Category:"), m_categoryCombo);
    form->addRow(tr("From &month:"), m_monthEdit);
    form->addRow(m_shareRadio, m_shareSpin);
    form->addRow(m_fixedRadio, m_amountSpin);
    form->addRow(tr("N&ote:"), m_noteEdit);
    form->addRow(QString(), m_previewLabel);
    form->addRow(QString(), m_problemLabel);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_setButton);
    form->addRow(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);

    const auto changed = [this] {
        m_amountSpin->setEnabled(m_fixedRadio->isChecked());
        m_shareSpin->setEnabled(m_shareRadio->isChecked());
        revalidate();
        updatePreview();
    };
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, changed);
    connect(m_monthEdit, &QDateEdit::dateChanged, this, changed);
    connect(m_fixedRadio, &QRadioButton::toggled, this, changed);
    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_shareSpin, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_setButton, &QPushButton::clicked, this, &SupplementsWidget::setSupplement);
    changed();
}

CategorySupplement SupplementsWidget::supplement() const
{
    CategorySupplement s;
    s.category = Category(m_categoryCombo->currentData().toInt());
    s.from = Period::fromDate(m_monthEdit->date());
    if (m_shareRadio->isChecked())
        s.sharePermille = int(qRound(m_shareSpin->value() * 10.0));
    else
        s.amount = m_amountSpin->money();
    s.note = m_noteEdit->text().simplified();
    return s;
}

void SupplementsWidget::revalidate()
{
    const QList<Result> problems = StandardRepository::validate(supplement());
    QStringList text;
    for (const Result &p : problems)
        text << p.message();
    m_problemLabel->setText(text.join(u'\n'));
    m_problemLabel->setVisible(!text.isEmpty());
    m_setButton->setEnabled(problems.isEmpty());
}

void SupplementsWidget::updatePreview()
{
    const CategorySupplement s = supplement();
    const Outcome<QList<BenefitStandard>> standards = StandardRepository(m_db).standards();
    if (!standards) {
        m_previewLabel->setText(tr("The standards could not be read: %1").arg(standards.result().message()));
        return;
    }
    const std::optional<BenefitStandard> standard = BenefitCeiling(standards.value(), {}).standardIn(s.from);
    if (!standard) {
        m_previewLabel->setText(
            tr("No standard is in force in %1 yet: add one on the standards tab.").arg(s.from.toString()));
        return;
    }
    const Money topUp = s.perPerson(standard->monthlyPerPerson);
    m_previewLabel->setText(tr("In %1 a covered person of %2 may receive at most %3 + %4 = %5 yuan a month.")
                                .arg(s.from.toString(), label(s.category), standard->monthlyPerPerson.toDisplayString(),
                                    topUp.toDisplayString(), (standard->monthlyPerPerson + topUp).toDisplayString()));
}

void SupplementsWidget::setSupplement()
{
    CategorySupplement s = supplement();
    const Result result = StandardRepository(m_db).setSupplement(s);
    if (!result) {
        if (result.kind() == Result::Kind::Rejected) {
            m_problemLabel->setText(result.message());
            m_problemLabel->show();
        } else {
            emit failed(result);
        }
        return;
    }
    m_model->reload();
    m_table->resizeColumnsToContents();
    emit supplementSet(tr("Set the %1 top-up from %2: %3.")
                           .arg(label(s.category), s.from.toString(), CategorySupplementModel::topUpText(s)));
}
