#include "ledgers/complaints/ComplaintPage.h"

#include "ledgers/complaints/ComplaintDialog.h"
#include "ledgers/complaints/ComplaintModel.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "shell/MessageBar.h"
#include "shell/VillageChoices.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTableView>

ComplaintPage::ComplaintPage(Database &db, QWidget *parent)
    : LedgerPage(db, new ComplaintModel(db),
        {QStringLiteral("complaintPage"), QStringLiteral("complaintTable"), QStringLiteral("Complaint"),
            tr("New complaint"), tr("Receive a new complaint (Ins, Ctrl+N)"), tr("Open the selected complaint (Enter)"),
            ComplaintModel::SubjectColumn,
            //: opens a complaint to handle it: 办理
            tr("&Edit...")},
        parent)
    , m_model(static_cast<ComplaintModel *>(ledgerModel()))
    , m_stateCombo(new QComboBox(this))
    , m_villageCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_dueDaysSpin(new QSpinBox(this))
{
    using State = ComplaintFilter::State;
    m_stateCombo->setObjectName(QStringLiteral("stateFilterComboBox"));
    m_stateCombo->addItem(tr("All complaints"), int(State::Any));
    m_stateCombo->addItem(tr("Open"), int(State::Open));
    m_stateCombo->addItem(tr("Overdue"), int(State::Overdue));
    m_stateCombo->addItem(tr("Transferred"), int(State::Transferred));
    m_stateCombo->addItem(tr("Closed"), int(State::Closed));
    m_villageCombo->setObjectName(QStringLiteral("villageFilterComboBox"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: summary, subject or handler"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_dueDaysSpin->setObjectName(QStringLiteral("dueDaysSpinBox"));
    m_dueDaysSpin->setRange(1, 365);
    m_dueDaysSpin->setSuffix(tr(" days"));
    m_dueDaysSpin->setKeyboardTracking(false); // saved when the clerk is done typing
    m_dueDaysSpin->setToolTip(tr("Time limit for handling a complaint (办结时限), from the day it is received; "
                                 "applies to complaints received from now on"));
    readDueDays();
    reloadVillages();
    filterBar()->addWidget(m_stateCombo);
    filterBar()->addWidget(m_villageCombo);
    filterBar()->addWidget(m_searchEdit, 1);
    auto *dueLabel = new QLabel(tr("&Time limit:"), this);
    dueLabel->setBuddy(m_dueDaysSpin);
    addBeforeExport(dueLabel);
    addBeforeExport(m_dueDaysSpin);

    view()->setColumnWidth(ComplaintModel::NumberColumn, 50);
    view()->setColumnWidth(ComplaintModel::SummaryColumn, 260);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &ComplaintPage::reload);
    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, &ComplaintPage::reload);
    reloadWhenTyped(m_searchEdit);
    connect(m_dueDaysSpin, &QSpinBox::valueChanged, this, &ComplaintPage::saveDueDays);

    reload();
}

void ComplaintPage::reloadVillages()
{
    const qint64 selected = m_villageCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_villageCombo);
    m_villageCombo->clear();
    m_villageCombo->addItem(tr("All villages"), qint64(0));
    if (const Result read = addVillageChoices(m_villageCombo, database()); !read)
        messageBar()->showError(tr("The villages could not be read: %1").arg(read.message()));
    m_villageCombo->setCurrentIndex(qMax(0, m_villageCombo->findData(selected)));
}

void ComplaintPage::reloadModel()
{
    reloadVillages();
    ComplaintFilter filter;
    filter.state = ComplaintFilter::State(m_stateCombo->currentData().toInt());
    filter.villageId = m_villageCombo->currentData().toLongLong();
    filter.search = m_searchEdit->text().trimmed();
    m_model->reload(filter);
}

QString ComplaintPage::statusText() const
{
    const Outcome<LedgerCounts> counts = ComplaintRepository(database()).counts();
    if (!counts)
        return counts.result().message();
    //: 共 N 条，办理中 N，逾期 N，已办结 N；显示 N 条
    return tr("Total %1, open %2, overdue %3, closed %4; %5 shown")
        .arg(counts->total)
        .arg(counts->open)
        .arg(counts->overdue)
        .arg(counts->closed)
        .arg(m_model->rowCount());
}

QString ComplaintPage::hiddenAfterSaveText() const
{
    return tr("Saved. The complaint is not among the rows the filters show.");
}

void ComplaintPage::readDueDays()
{
    const Outcome<int> days = ComplaintRepository(database()).dueDays();
    m_dueDaysSpin->setEnabled(days.isOk()); // not set over a time limit the clerk cannot see
    if (!days) {
        messageBar()->showResult(days.result());
        return;
    }
    const QSignalBlocker blocker(m_dueDaysSpin);
    m_dueDaysSpin->setValue(*days);
}

void ComplaintPage::saveDueDays(int days)
{
    const Result result = ComplaintRepository(database()).setDueDays(days);
    if (!result) {
        readDueDays();
        messageBar()->showResult(result);
        return;
    }
    messageBar()->showInfo(
        tr("New complaints are due %n day(s) after they are received. Complaints already received keep their due date.",
            nullptr, days));
}

void ComplaintPage::newItem()
{
    auto *dialog = new ComplaintDialog(database(), 0, this);
    connect(dialog, &ComplaintDialog::saved, this, &ComplaintPage::afterSave);
    openDialog(dialog);
}

void ComplaintPage::editItem()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto *dialog = new ComplaintDialog(database(), id, this);
    connect(dialog, &ComplaintDialog::saved, this, &ComplaintPage::afterSave);
    openDialog(dialog);
}
