#include "settings/StandardInput.h"

#include "office/StandardRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MoneySpinBox.h"
#include "storage/Database.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

StandardInput::StandardInput(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_monthEdit(new DateEdit(this))
    , m_amountSpin(new MoneySpinBox(this))
    , m_noteEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("standardInput"));
    m_monthEdit->setObjectName(QStringLiteral("standardMonthDateEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 1));
    m_monthEdit->setDate(QDate(db.today().year(), 1, 1)); // standards usually change in January (or July)
    m_amountSpin->setObjectName(QStringLiteral("standardAmountSpinBox"));
    m_amountSpin->setMoneyRange(Money(), Money::fromFen(StandardRepository::MaximumFen));
    m_amountSpin->setToolTip(tr("Yuan per person per month, e.g. 765.50"));
    m_noteEdit->setObjectName(QStringLiteral("standardNoteLineEdit"));
    m_noteEdit->setPlaceholderText(tr("e.g. the county's notice that sets it"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_monthProblem
        = FieldMark::addRow(form, tr("From &month:"), m_monthEdit, QStringLiteral("standardMonthProblemLabel"));
    m_amountProblem = FieldMark::addRow(
        form, tr("&Standard per person per month:"), m_amountSpin, QStringLiteral("standardAmountProblemLabel"));
    form->addRow(tr("N&ote:"), m_noteEdit);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this] {
        m_monthTouched = true;
        emit edited();
    });
    connect(m_amountSpin, &QDoubleSpinBox::valueChanged, this, [this] {
        m_amountTouched = true;
        emit edited();
    });
    connect(m_noteEdit, &QLineEdit::textEdited, this, &StandardInput::edited);
}

BenefitStandard StandardInput::standard() const
{
    BenefitStandard s;
    s.effectiveDate = Period::fromDate(m_monthEdit->date()).firstDay();
    s.monthlyPerPerson = m_amountSpin->money();
    s.note = m_noteEdit->text().simplified();
    return s;
}

void StandardInput::setMonth(const Period &month)
{
    const QSignalBlocker blocker(m_monthEdit);
    m_monthEdit->setDate(month.firstDay());
}

QList<Result> StandardInput::problems() const
{
    return StandardRepository(m_db).validate(standard());
}

QList<Result> StandardInput::revalidate(bool showAll)
{
    m_monthTouched = m_monthTouched || showAll;
    m_amountTouched = m_amountTouched || showAll;
    QList<Result> problems = this->problems();
    QString month, amount;
    for (const Result &p : problems) {
        if (p.field() == QLatin1String("from"))
            month = p.message();
        else if (p.field() == QLatin1String("amount"))
            amount = p.message();
    }
    FieldMark::show(m_monthEdit, m_monthProblem, m_monthTouched ? month : QString());
    FieldMark::show(m_amountSpin, m_amountProblem, m_amountTouched ? amount : QString());
    return problems;
}

void StandardInput::showResult(const Result &result)
{
    if (result.field() == QLatin1String("from"))
        FieldMark::show(m_monthEdit, m_monthProblem, result.message());
    else
        FieldMark::show(m_amountSpin, m_amountProblem, result.message());
}

void StandardInput::clear()
{
    {
        const QSignalBlocker a(m_amountSpin), b(m_noteEdit);
        m_amountSpin->setValue(0);
        m_noteEdit->clear();
    }
    m_amountTouched = false;
    m_monthTouched = false;
    revalidate();
}
