#include "ledgers/LedgerPage.h"

#include "ledgers/LedgerTableModel.h"
#include "shell/MessageBar.h"
#include "shell/RecordTable.h"

#include <QAction>
#include <QDialog>
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
} // namespace

LedgerPage::LedgerPage(Database &db, LedgerTableModel *model, const Parts &parts, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(model)
    , m_keyColumn(parts.keyColumn)
    , m_messageBar(new MessageBar(this))
    , m_filterBar(new QHBoxLayout)
    , m_actionBar(new QHBoxLayout)
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_newButton(new QPushButton(tr("&New..."), this))
    , m_editButton(new QPushButton(tr("&Edit..."), this))
    , m_exportButton(new QPushButton(tr("E&xport..."), this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(parts.page);
    m_model->setParent(this);
    m_newButton->setObjectName(QStringLiteral("new%1Button").arg(parts.item));
    m_editButton->setObjectName(QStringLiteral("edit%1Button").arg(parts.item));
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    if (!parts.editText.isEmpty())
        m_editButton->setText(parts.editText);
    m_newButton->setToolTip(parts.newToolTip);
    m_editButton->setToolTip(parts.editToolTip);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    m_view->setObjectName(parts.table);
    m_view->setModel(m_model);
    setUpRecordTable(m_view);
    m_view->installEventFilter(this);

    auto *newAction = new QAction(parts.newActionText, this);
    newAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence::New});
    newAction->setShortcutContext(Qt::WindowShortcut); // anywhere in the window while the page shows
    addAction(newAction);

    m_actionBar->addWidget(m_newButton);
    m_actionBar->addWidget(m_editButton);
    m_actionBar->addStretch();
    m_actionBar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(m_filterBar);
    layout->addLayout(m_actionBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_searchTimer, &QTimer::timeout, this, &LedgerPage::reload);
    connect(m_view, &QTableView::doubleClicked, this, [this] { editItem(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateActions(); });
    connect(newAction, &QAction::triggered, this, [this] { newItem(); });
    connect(m_newButton, &QPushButton::clicked, this, [this] { newItem(); });
    connect(m_editButton, &QPushButton::clicked, this, [this] { editItem(); });
    connect(m_exportButton, &QPushButton::clicked, this, &LedgerPage::exportRequested);
}

QPushButton *LedgerPage::addButton(const QString &text, const QString &objectName)
{
    auto *b = new QPushButton(text, this);
    b->setObjectName(objectName);
    m_actionBar->insertWidget(2 + m_ownButtons++, b); // after New, Edit and the page's earlier buttons
    return b;
}

void LedgerPage::addBeforeExport(QWidget *widget)
{
    m_actionBar->insertWidget(m_actionBar->indexOf(m_exportButton), widget);
}

void LedgerPage::reloadWhenTyped(QLineEdit *lineEdit)
{
    connect(lineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
}

void LedgerPage::reload()
{
    m_searchTimer->stop();
    const qint64 selected = currentId();
    reloadModel();
    if (!select(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, m_keyColumn));
    // A read that failed says so instead of showing an empty ledger; the next good read takes the message away.
    if (const Result &read = m_model->readResult(); !read) {
        m_messageBar->showResult(read);
        m_statusLabel->setText(tr("The ledger could not be read."));
        m_readFailed = true;
    } else {
        if (m_readFailed)
            m_messageBar->dismiss();
        m_readFailed = false;
        m_statusLabel->setText(statusText());
    }
    updateActions();
}

qint64 LedgerPage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool LedgerPage::select(qint64 id)
{
    const int row = id > 0 ? m_model->rowOf(id) : -1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, m_keyColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void LedgerPage::updateActions()
{
    m_editButton->setEnabled(m_view->currentIndex().isValid());
}

void LedgerPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void LedgerPage::afterSave(qint64 id)
{
    reload();
    if (!select(id))
        m_messageBar->showInfo(hiddenAfterSaveText());
    else
        m_messageBar->dismiss();
    emit countsChanged();
}

bool LedgerPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editItem();
            return true;
        }
        if (key == Qt::Key_Delete && deleteItem())
            return true;
    }
    return QWidget::eventFilter(watched, event);
}
