#include "ledgers/cases/CaseDialog.h"

#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "shell/DateEdit.h"
#include "shell/FieldMark.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/MoneySpinBox.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Domain;

namespace {

constexpr int kShortText = 30; // characters of a summary shown in the source list

QString shortened(const QString &text)
{
    const QString line = QString(text).replace(u'\n', u' ').trimmed();
    return line.size() > kShortText ? line.left(kShortText) + QChar(0x2026) : line;
}

} // namespace

CaseDialog::CaseDialog(Database &db, qint64 caseId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("caseDialog"));
    buildUi();
    const Outcome<TypicalCase> stored
        = caseId > 0 ? CaseRepository(db).typicalCase(caseId) : Outcome<TypicalCase>(TypicalCase());
    TypicalCase item = stored.valueOr(TypicalCase());
    if (item.id == 0)
        item.month = Period::fromDate(db.today()).previous(); // cases are reported for the month before
    load(item);
    if (!stored) { // not opened as a new case: it cannot be saved
        m_messageBar->showResult(stored.result());
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
}

void CaseDialog::buildUi()
{
    m_monthEdit = new DateEdit(this);
    m_monthEdit->setObjectName(QStringLiteral("monthDateEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setMinimumDate(QDate(2000, 1, 1));
    m_monthEdit->setMaximumDate(m_db.today());
    m_dueHintLabel = new QLabel(this);
    m_dueHintLabel->setObjectName(QStringLiteral("dueHintLabel"));
    m_dueHintLabel->setWordWrap(true);
    m_titleEdit = new QLineEdit(this);
    m_titleEdit->setObjectName(QStringLiteral("titleLineEdit"));
    m_summaryEdit = new QPlainTextEdit(this);
    m_summaryEdit->setObjectName(QStringLiteral("summaryTextEdit"));
    m_summaryEdit->setTabChangesFocus(true);
    m_summaryEdit->setPlaceholderText(tr("What happened, how it was found and how it was dealt with"));
    m_problemTypeCombo = new QComboBox(this);
    m_problemTypeCombo->setObjectName(QStringLiteral("problemTypeComboBox"));
    m_problemTypeCombo->addItem(tr("(not classified)"), -1);
    for (ProblemType type : allValues<ProblemType>())
        m_problemTypeCombo->addItem(label(type), int(type));
    m_personsEdit = new QLineEdit(this);
    m_personsEdit->setObjectName(QStringLiteral("personsLineEdit"));
    m_personsEdit->setPlaceholderText(tr("Names and posts of the persons involved"));
    auto *handling = new QGridLayout;
    int i = 0;
    for (Handling h : allValues<Handling>()) {
        auto *check = new QCheckBox(label(h), this);
        check->setObjectName(QStringLiteral("handlingCheckBox_") + key(h));
        handling->addWidget(check, i / 2, i % 2);
        m_handlingChecks.append(check);
        connect(check, &QCheckBox::toggled, this, &CaseDialog::markChanged);
        ++i;
    }
    m_fundsSpin = new MoneySpinBox(this);
    m_fundsSpin->setObjectName(QStringLiteral("fundsSpinBox"));
    m_fundsSpin->setMoneyRange(Money(), Money::fromFen(9999999999));
    m_sourceCombo = new QComboBox(this);
    m_sourceCombo->setObjectName(QStringLiteral("sourceComboBox"));
    for (LedgerSource source : allValues<LedgerSource>())
        m_sourceCombo->addItem(label(source), int(source));
    m_sourceRecordCombo = new QComboBox(this);
    m_sourceRecordCombo->setObjectName(QStringLiteral("sourceRecordComboBox"));
    m_sourceRecordCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_sourceRecordCombo->setMinimumContentsLength(30);
    m_messageBar = new MessageBar(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *form = new QFormLayout;
    form->addRow(tr("Reported for &month:"), m_monthEdit);
    form->addRow(QString(), m_dueHintLabel);
    form->addRow(tr("&Title:"), m_titleEdit);
    form->addRow(tr("S&ummary:"), m_summaryEdit);
    form->addRow(tr("&Problem type:"), m_problemTypeCombo);
    form->addRow(tr("Persons &involved:"), m_personsEdit);
    form->addRow(tr("Handling:"), handling);
    form->addRow(tr("&Funds recovered:"), m_fundsSpin);
    form->addRow(tr("&Source:"), m_sourceCombo);
    form->addRow(tr("Source &record:"), m_sourceRecordCombo);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form, 1);
    layout->addWidget(m_buttons);
    setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }"));
    ScreenFit::resize(this, QSize(620, 600));

    connect(m_monthEdit, &QDateEdit::dateChanged, this, [this] {
        updateDueHint();
        markChanged();
    });
    connect(m_titleEdit, &QLineEdit::textChanged, this, &CaseDialog::markChanged);
    connect(m_summaryEdit, &QPlainTextEdit::textChanged, this, &CaseDialog::markChanged);
    connect(m_problemTypeCombo, &QComboBox::currentIndexChanged, this, &CaseDialog::markChanged);
    connect(m_personsEdit, &QLineEdit::textChanged, this, &CaseDialog::markChanged);
    connect(m_fundsSpin, &QDoubleSpinBox::valueChanged, this, &CaseDialog::markChanged);
    connect(m_sourceCombo, &QComboBox::currentIndexChanged, this, [this] {
        fillSourceRecords();
        markChanged();
    });
    connect(m_sourceRecordCombo, &QComboBox::currentIndexChanged, this, &CaseDialog::markChanged);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CaseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CaseDialog::reject);
}

void CaseDialog::load(const TypicalCase &c)
{
    m_loading = true;
    m_item = c;
    setWindowTitle(c.id == 0 ? tr("New typical case") : tr("Typical case: %1").arg(c.title));
    m_monthEdit->setDate(c.month.isValid() ? c.month.firstDay() : m_db.today());
    m_titleEdit->setText(c.title);
    m_summaryEdit->setPlainText(c.summary);
    m_problemTypeCombo->setCurrentIndex(qMax(0, c.problemType ? m_problemTypeCombo->findData(int(*c.problemType)) : 0));
    m_personsEdit->setText(c.persons);
    const QList<Handling> kinds = allValues<Handling>();
    for (int i = 0; i < kinds.size(); ++i)
        m_handlingChecks.at(i)->setChecked(c.handling.contains(kinds.at(i)));
    m_fundsSpin->setMoney(c.fundsRecovered);
    m_sourceCombo->setCurrentIndex(qMax(0, m_sourceCombo->findData(int(c.source))));
    fillSourceRecords();
    updateDueHint();
    m_loading = false;
    m_modified = false;
}

void CaseDialog::fillSourceRecords()
{
    const auto source = LedgerSource(m_sourceCombo->currentData().toInt());
    const QSignalBlocker blocker(m_sourceRecordCombo);
    m_sourceRecordCombo->clear();
    if (source == LedgerSource::Complaint) {
        // A ledger that cannot be read offers nothing to choose; saving would say what is wrong with the file.
        for (const Complaint &c : ComplaintRepository(m_db).complaints().valueOr({})) {
            //: a complaint offered as a case's source: number, date received, subject or summary
            m_sourceRecordCombo->addItem(tr("No. %1, %2: %3")
                                             .arg(c.id)
                                             .arg(c.receivedDate.toString(Qt::ISODate),
                                                 shortened(c.subjectText.isEmpty() ? c.summary : c.subjectText)),
                c.id);
        }
    } else if (source == LedgerSource::Inspection) {
        // As with the complaints: what cannot be read is not offered.
        InspectionRepository inspections(m_db);
        for (const Inspection &inspection : inspections.inspections().valueOr({})) {
            for (const InspectionAnswer &answer : inspections.answers(inspection.id).valueOr({})) {
                if (answer.result != InspectionResult::Problem)
                    continue;
                const Outcome<QString> described = inspections.describeAnswer(answer.id);
                if (!described)
                    continue;
                m_sourceRecordCombo->addItem(tr("%1: %2").arg(*described, shortened(answer.description)), answer.id);
            }
        }
    }
    // The stored source stays choosable even when it is not listed any more.
    if (source == m_item.source && m_item.sourceId > 0 && m_sourceRecordCombo->findData(m_item.sourceId) < 0)
        m_sourceRecordCombo->addItem(m_item.sourceText, m_item.sourceId);
    if (source == m_item.source)
        m_sourceRecordCombo->setCurrentIndex(qMax(0, m_sourceRecordCombo->findData(m_item.sourceId)));
    if (source == LedgerSource::Manual)
        m_sourceRecordCombo->addItem(tr("(none)"), qint64(0));
    else if (m_sourceRecordCombo->count() == 0)
        m_sourceRecordCombo->addItem(tr("(nothing to choose from)"), qint64(0));
    m_sourceRecordCombo->setEnabled(source != LedgerSource::Manual);
}

void CaseDialog::updateDueHint()
{
    const Period month = Period::fromDate(m_monthEdit->date());
    // The date is the reporting calendar's (典型案例报送), as the office keeps it.
    const Outcome<std::optional<QDate>> due = CaseRepository(m_db).reportDue(month);
    if (!due) {
        m_dueHintLabel->setText(tr("The reporting calendar could not be read."));
        m_messageBar->showResult(due.result());
    } else if (due->has_value()) {
        //: 典型案例按报送日历于次月报送
        m_dueHintLabel->setText(tr("By the reporting calendar, the typical cases of %1 are due on %2.")
                                    .arg(month.toString(), due.value()->toString(Qt::ISODate)));
    } else {
        m_dueHintLabel->setText(tr("The reporting calendar has no date for typical cases."));
    }
}

void CaseDialog::markChanged()
{
    if (!m_loading)
        m_modified = true;
}

TypicalCase CaseDialog::typicalCase() const
{
    TypicalCase c = m_item;
    c.month = Period::fromDate(m_monthEdit->date());
    c.title = m_titleEdit->text().trimmed();
    c.summary = m_summaryEdit->toPlainText().trimmed();
    const int type = m_problemTypeCombo->currentData().toInt();
    c.problemType = type < 0 ? std::nullopt : std::optional(ProblemType(type));
    c.persons = m_personsEdit->text().trimmed();
    c.handling.clear();
    const QList<Handling> kinds = allValues<Handling>();
    for (int i = 0; i < kinds.size(); ++i) {
        if (m_handlingChecks.at(i)->isChecked())
            c.handling.append(kinds.at(i));
    }
    c.fundsRecovered = m_fundsSpin->money();
    c.source = LedgerSource(m_sourceCombo->currentData().toInt());
    c.sourceId = c.source == LedgerSource::Manual ? 0 : m_sourceRecordCombo->currentData().toLongLong();
    return c;
}

void CaseDialog::showResult(const Result &result)
{
    m_messageBar->showResult(result);
    const QString field = result.field();
    FieldMark::setInvalid(m_monthEdit, field == QLatin1String("month"));
    FieldMark::setInvalid(m_titleEdit, field == QLatin1String("title"));
    FieldMark::setInvalid(m_fundsSpin, field == QLatin1String("fundsRecovered"));
    FieldMark::setInvalid(m_sourceRecordCombo, field == QLatin1String("source"));
}

void CaseDialog::accept()
{
    TypicalCase c = typicalCase();
    CaseRepository repository(m_db);
    const Result result = c.id == 0 ? repository.create(c) : repository.update(c);
    showResult(result);
    if (!result)
        return; // nothing typed is lost
    m_item = c;
    m_modified = false;
    emit saved(c.id);
    QDialog::accept();
}

void CaseDialog::reject()
{
    if (m_modified && !MessageBoxes::confirmDiscard(this, tr("Discard the changes to this typical case?")))
        return;
    QDialog::reject();
}
