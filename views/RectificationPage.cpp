#include "RectificationPage.h"

#include "Database.h"
#include "LedgerTableModels.h"
#include "MessageBar.h"
#include "RectificationDialog.h"
#include "RectificationRepository.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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

RectificationPage::RectificationPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new RectificationModel(db, this))
    , m_messageBar(new MessageBar(this))
    , m_statusCombo(new QComboBox(this))
    , m_overdueCheck(new QCheckBox(tr("&Overdue only"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_newButton(button(tr("&New..."), QStringLiteral("newRectificationButton"), this))
    , m_editButton(button(tr("&Edit..."), QStringLiteral("editRectificationButton"), this))
    , m_signOffButton(button(tr("Si&gn off..."), QStringLiteral("signOffRectificationButton"), this))
    , m_exportButton(button(tr("E&xport..."), QStringLiteral("exportButton"), this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("rectificationPage"));
    m_statusCombo->setObjectName(QStringLiteral("statusFilterCombo"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (Domain::RectificationStatus status : Domain::allValues<Domain::RectificationStatus>())
        m_statusCombo->addItem(Domain::label(status), int(status));
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheck"));
    m_searchEdit->setObjectName(QStringLiteral("searchEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: problem, measures or responsible person"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_newButton->setToolTip(tr("New rectification (Ins, Ctrl+N)"));
    m_editButton->setToolTip(tr("Edit the selected rectification (Enter)"));

    m_view->setObjectName(QStringLiteral("rectificationTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(RectificationModel::NumberColumn, 50);
    m_view->setColumnWidth(RectificationModel::ProblemColumn, 260);
    m_view->setColumnWidth(RectificationModel::SourceColumn, 160);
    m_view->setColumnWidth(RectificationModel::MeasuresColumn, 220);
    m_view->setColumnWidth(RectificationModel::StatusColumn, 120);
    m_view->installEventFilter(this);

    auto *newAction = new QAction(tr("New rectification"), this);
    newAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence::New});
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_overdueCheck);
    filters->addWidget(m_searchEdit, 1);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_newButton, m_editButton, m_signOffButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &RectificationPage::reload);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &RectificationPage::reload);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &RectificationPage::reload);
    connect(m_view, &QTableView::doubleClicked, this, &RectificationPage::editRectification);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RectificationPage::updateActions);
    connect(newAction, &QAction::triggered, this, &RectificationPage::newRectification);
    connect(m_newButton, &QPushButton::clicked, this, &RectificationPage::newRectification);
    connect(m_editButton, &QPushButton::clicked, this, &RectificationPage::editRectification);
    connect(m_signOffButton, &QPushButton::clicked, this, &RectificationPage::signOffRectification);
    connect(m_exportButton, &QPushButton::clicked, this, &RectificationPage::exportRequested);

    reload();
}

void RectificationPage::reload()
{
    m_searchTimer->stop();
    const qint64 selected = currentId();
    RectificationFilter filter;
    const int status = m_statusCombo->currentData().toInt();
    if (status >= 0)
        filter.status = Domain::RectificationStatus(status);
    filter.overdueOnly = m_overdueCheck->isChecked();
    filter.search = m_searchEdit->text().trimmed();
    m_model->reload(filter);
    if (!select(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, RectificationModel::ProblemColumn));
    updateStatusLine();
    updateActions();
}

qint64 RectificationPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool RectificationPage::select(qint64 rectificationId)
{
    const int row = rectificationId > 0 ? m_model->rowOf(rectificationId) : -1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, RectificationModel::ProblemColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void RectificationPage::updateStatusLine()
{
    const LedgerCounts counts = RectificationRepository(m_db).counts();
    //: 总数 N，未完成 N，逾期 N，已销号 N；显示 N 条
    m_statusLabel->setText(tr("Total %1, not finished %2, overdue %3, signed off %4; %5 shown")
                               .arg(counts.total)
                               .arg(counts.open)
                               .arg(counts.overdue)
                               .arg(counts.closed)
                               .arg(m_model->rowCount()));
}

void RectificationPage::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    m_editButton->setEnabled(current.isValid());
    m_signOffButton->setEnabled(
        current.isValid() && m_model->rectification(current.row()).status != Domain::RectificationStatus::SignedOff);
}

void RectificationPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void RectificationPage::afterSave(qint64 rectificationId)
{
    reload();
    if (!select(rectificationId))
        m_messageBar->showInfo(tr("Saved. The item is not among the rows the filters show."));
    else
        m_messageBar->dismiss();
    emit countsChanged();
}

void RectificationPage::newRectification()
{
    auto *dialog = new RectificationDialog(m_db, Rectification(), this);
    connect(dialog, &RectificationDialog::saved, this, &RectificationPage::afterSave);
    openDialog(dialog);
}

void RectificationPage::editRectification()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    const std::optional<Rectification> item = RectificationRepository(m_db).rectification(id);
    if (!item) {
        m_messageBar->showError(tr("The item could not be read; it may have been changed elsewhere. The ledger "
                                   "was reloaded: try again."));
        reload();
        return;
    }
    auto *dialog = new RectificationDialog(m_db, *item, this);
    connect(dialog, &RectificationDialog::saved, this, &RectificationPage::afterSave);
    openDialog(dialog);
}

void RectificationPage::signOffRectification()
{
    editRectification();
    if (auto *dialog = qobject_cast<RectificationDialog *>(m_dialog.data()))
        dialog->signOff();
}

bool RectificationPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editRectification();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
