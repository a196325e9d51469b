#include "ComplaintPage.h"

#include "ComplaintDialog.h"
#include "ComplaintRepository.h"
#include "Database.h"
#include "LedgerTableModels.h"
#include "MessageBar.h"
#include "OfficeRepository.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 150;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

ComplaintPage::ComplaintPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ComplaintModel(db, this))
    , m_messageBar(new MessageBar(this))
    , m_stateCombo(new QComboBox(this))
    , m_villageCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_dueDaysSpin(new QSpinBox(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_newButton(button(tr("&New..."), QStringLiteral("newComplaintButton"), this))
    , m_editButton(button(tr("&Edit..."), QStringLiteral("editComplaintButton"), this))
    , m_exportButton(button(tr("E&xport..."), QStringLiteral("exportButton"), this))
    , m_searchTimer(new QTimer(this))
{
    using State = ComplaintFilter::State;
    setObjectName(QStringLiteral("complaintPage"));
    m_stateCombo->setObjectName(QStringLiteral("stateFilterCombo"));
    m_stateCombo->addItem(tr("All complaints"), int(State::Any));
    m_stateCombo->addItem(tr("Open"), int(State::Open));
    m_stateCombo->addItem(tr("Overdue"), int(State::Overdue));
    m_stateCombo->addItem(tr("Transferred"), int(State::Transferred));
    m_stateCombo->addItem(tr("Closed"), int(State::Closed));
    m_villageCombo->setObjectName(QStringLiteral("villageFilterCombo"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: summary, subject or handler"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(220);
    m_dueDaysSpin->setObjectName(QStringLiteral("dueDaysSpinBox"));
    m_dueDaysSpin->setRange(1, 365);
    m_dueDaysSpin->setSuffix(tr(" days"));
    m_dueDaysSpin->setKeyboardTracking(false); // saved when the clerk is done typing
    m_dueDaysSpin->setToolTip(tr("Time limit for handling a complaint (办结时限), from the day it is received; "
                                 "applies to complaints received from now on"));
    m_dueDaysSpin->setValue(ComplaintRepository(db).dueDays());
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_newButton->setToolTip(tr("Receive a new complaint (Ins, Ctrl+N)"));
    m_editButton->setToolTip(tr("Open the selected complaint (Enter)"));
    reloadVillages();

    m_view->setObjectName(QStringLiteral("complaintTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ComplaintModel::NumberColumn, 50);
    m_view->setColumnWidth(ComplaintModel::SummaryColumn, 260);
    m_view->installEventFilter(this);

    auto *newAction = new QAction(tr("New complaint"), this);
    newAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence::New});
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_stateCombo);
    filters->addWidget(m_villageCombo);
    filters->addWidget(m_searchEdit, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_newButton);
    actions->addWidget(m_editButton);
    actions->addStretch();
    auto *dueLabel = new QLabel(tr("&Time limit:"), this);
    dueLabel->setBuddy(m_dueDaysSpin);
    actions->addWidget(dueLabel);
    actions->addWidget(m_dueDaysSpin);
    actions->addSpacing(12);
    actions->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, &ComplaintPage::reload);
    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, &ComplaintPage::reload);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &ComplaintPage::reload);
    connect(m_dueDaysSpin, &QSpinBox::valueChanged, this, &ComplaintPage::saveDueDays);
    connect(m_view, &QTableView::doubleClicked, this, &ComplaintPage::editComplaint);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintPage::updateActions);
    connect(newAction, &QAction::triggered, this, &ComplaintPage::newComplaint);
    connect(m_newButton, &QPushButton::clicked, this, &ComplaintPage::newComplaint);
    connect(m_editButton, &QPushButton::clicked, this, &ComplaintPage::editComplaint);
    connect(m_exportButton, &QPushButton::clicked, this, &ComplaintPage::exportRequested);

    reload();
}

void ComplaintPage::reloadVillages()
{
    const qint64 selected = m_villageCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_villageCombo);
    m_villageCombo->clear();
    m_villageCombo->addItem(tr("All villages"), qint64(0));
    for (const Village &village : OfficeRepository(m_db).villages())
        m_villageCombo->addItem(village.name, village.id);
    m_villageCombo->setCurrentIndex(qMax(0, m_villageCombo->findData(selected)));
}

void ComplaintPage::reload()
{
    m_searchTimer->stop();
    reloadVillages();
    const qint64 selected = currentId();
    ComplaintFilter filter;
    filter.state = ComplaintFilter::State(m_stateCombo->currentData().toInt());
    filter.villageId = m_villageCombo->currentData().toLongLong();
    filter.search = m_searchEdit->text().trimmed();
    m_model->reload(filter);
    if (!select(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, ComplaintModel::SubjectColumn));
    updateStatusLine();
    updateActions();
}

qint64 ComplaintPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool ComplaintPage::select(qint64 complaintId)
{
    const int row = complaintId > 0 ? m_model->rowOf(complaintId) : -1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, ComplaintModel::SubjectColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void ComplaintPage::updateStatusLine()
{
    const LedgerCounts counts = ComplaintRepository(m_db).counts();
    //: 共 N 条，办理中 N，逾期 N，已办结 N；显示 N 条
    m_statusLabel->setText(tr("Total %1, open %2, overdue %3, closed %4; %5 shown")
                               .arg(counts.total)
                               .arg(counts.open)
                               .arg(counts.overdue)
                               .arg(counts.closed)
                               .arg(m_model->rowCount()));
}

void ComplaintPage::updateActions()
{
    m_editButton->setEnabled(m_view->currentIndex().isValid());
}

void ComplaintPage::saveDueDays(int days)
{
    const Result result = ComplaintRepository(m_db).setDueDays(days);
    if (!result) {
        m_messageBar->showResult(result);
        const QSignalBlocker blocker(m_dueDaysSpin);
        m_dueDaysSpin->setValue(ComplaintRepository(m_db).dueDays());
        return;
    }
    m_messageBar->showInfo(
        tr("New complaints are due %n day(s) after they are received. Complaints already received keep their due date.",
            nullptr, days));
}

void ComplaintPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void ComplaintPage::afterSave(qint64 complaintId)
{
    reload();
    if (!select(complaintId))
        m_messageBar->showInfo(tr("Saved. The complaint is not among the rows the filters show."));
    else
        m_messageBar->dismiss();
    emit countsChanged();
}

void ComplaintPage::newComplaint()
{
    auto *dialog = new ComplaintDialog(m_db, 0, this);
    connect(dialog, &ComplaintDialog::saved, this, &ComplaintPage::afterSave);
    openDialog(dialog);
}

void ComplaintPage::editComplaint()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto *dialog = new ComplaintDialog(m_db, id, this);
    connect(dialog, &ComplaintDialog::saved, this, &ComplaintPage::afterSave);
    openDialog(dialog);
}

bool ComplaintPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editComplaint();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
