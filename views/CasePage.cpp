#include "CasePage.h"

#include "CaseDialog.h"
#include "CaseRepository.h"
#include "Database.h"
#include "LedgerTableModels.h"
#include "MessageBar.h"
#include "MessageBoxes.h"

#include <QAction>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

QDate CasePage::allMonths()
{
    return QDate(2000, 1, 1);
}

CasePage::CasePage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new CaseModel(db, this))
    , m_messageBar(new MessageBar(this))
    , m_monthEdit(new QDateEdit(this))
    , m_view(new QTableView(this))
    , m_statusLabel(new QLabel(this))
    , m_newButton(button(tr("&New..."), QStringLiteral("newCaseButton"), this))
    , m_editButton(button(tr("&Edit..."), QStringLiteral("editCaseButton"), this))
    , m_deleteButton(button(tr("&Delete..."), QStringLiteral("deleteCaseButton"), this))
    , m_exportButton(button(tr("E&xport..."), QStringLiteral("exportButton"), this))
{
    setObjectName(QStringLiteral("casePage"));
    m_monthEdit->setObjectName(QStringLiteral("monthFilterEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setMinimumDate(allMonths());
    m_monthEdit->setSpecialValueText(tr("All months"));
    m_monthEdit->setDate(allMonths());
    m_monthEdit->setToolTip(tr("Show the cases of one month (the lowest value shows all months)"));
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_newButton->setToolTip(tr("New typical case (Ins, Ctrl+N)"));
    m_editButton->setToolTip(tr("Edit the selected case (Enter)"));
    m_deleteButton->setToolTip(tr("Delete the selected case (Del)"));

    m_view->setObjectName(QStringLiteral("caseTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(CaseModel::MonthColumn, 80);
    m_view->setColumnWidth(CaseModel::TitleColumn, 260);
    m_view->setColumnWidth(CaseModel::HandlingColumn, 180);
    m_view->installEventFilter(this);

    auto *newAction = new QAction(tr("New typical case"), this);
    newAction->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence::New});
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);

    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthEdit);
    auto *bar = new QHBoxLayout;
    bar->addWidget(monthLabel);
    bar->addWidget(m_monthEdit);
    bar->addSpacing(12);
    for (QPushButton *b : {m_newButton, m_editButton, m_deleteButton})
        bar->addWidget(b);
    bar->addStretch();
    bar->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_statusLabel);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, &CasePage::reload);
    connect(m_view, &QTableView::doubleClicked, this, &CasePage::editCase);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasePage::updateActions);
    connect(newAction, &QAction::triggered, this, &CasePage::newCase);
    connect(m_newButton, &QPushButton::clicked, this, &CasePage::newCase);
    connect(m_editButton, &QPushButton::clicked, this, &CasePage::editCase);
    connect(m_deleteButton, &QPushButton::clicked, this, &CasePage::deleteCase);
    connect(m_exportButton, &QPushButton::clicked, this, &CasePage::exportRequested);

    reload();
}

void CasePage::reload()
{
    const qint64 selected = currentId();
    const QDate month = m_monthEdit->date();
    m_model->reload(month == allMonths() ? Period() : Period::fromDate(month));
    if (!select(selected) && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, CaseModel::TitleColumn));
    updateStatusLine();
    updateActions();
}

qint64 CasePage::currentId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

bool CasePage::select(qint64 caseId)
{
    const int row = caseId > 0 ? m_model->rowOf(caseId) : -1;
    if (row < 0)
        return false;
    m_view->setCurrentIndex(m_model->index(row, CaseModel::TitleColumn));
    m_view->scrollTo(m_view->currentIndex());
    return true;
}

void CasePage::updateStatusLine()
{
    //: N 件，追回资金 X 元
    m_statusLabel->setText(tr("%n case(s), funds recovered %1 yuan", nullptr, m_model->rowCount())
                               .arg(m_model->fundsTotal().toDisplayString()));
}

void CasePage::updateActions()
{
    const bool selected = m_view->currentIndex().isValid();
    m_editButton->setEnabled(selected);
    m_deleteButton->setEnabled(selected);
}

void CasePage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void CasePage::afterSave(qint64 caseId)
{
    reload();
    if (!select(caseId))
        m_messageBar->showInfo(tr("Saved. The case belongs to another month than the one shown."));
    else
        m_messageBar->dismiss();
    emit countsChanged();
}

void CasePage::newCase()
{
    auto *dialog = new CaseDialog(m_db, 0, this);
    connect(dialog, &CaseDialog::saved, this, &CasePage::afterSave);
    openDialog(dialog);
}

void CasePage::editCase()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto *dialog = new CaseDialog(m_db, id, this);
    connect(dialog, &CaseDialog::saved, this, &CasePage::afterSave);
    openDialog(dialog);
}

void CasePage::deleteCase()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const TypicalCase item = m_model->typicalCase(current.row());
    if (MessageBoxes::question(this, tr("Delete typical case"),
            tr("Delete the typical case \"%1\" of %2? The audit log keeps a copy of it.")
                .arg(item.title, item.month.toString()))
        != QMessageBox::Yes)
        return;
    const Result result = CaseRepository(m_db).remove(item.id);
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    reload();
    m_messageBar->showInfo(tr("The typical case \"%1\" was deleted.").arg(item.title));
    emit countsChanged();
}

bool CasePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            editCase();
            return true;
        }
        if (key == Qt::Key_Delete) {
            deleteCase();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
