#include "ledgers/rectifications/RectificationPage.h"

#include "ledgers/rectifications/RectificationDialog.h"
#include "ledgers/rectifications/RectificationModel.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "shell/MessageBar.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

RectificationPage::RectificationPage(Database &db, QWidget *parent)
    : LedgerPage(db, new RectificationModel(db),
        {QStringLiteral("rectificationPage"), QStringLiteral("rectificationTable"), QStringLiteral("Rectification"),
            tr("New rectification"), tr("New rectification (Ins, Ctrl+N)"),
            tr("Edit the selected rectification (Enter)"), RectificationModel::ProblemColumn},
        parent)
    , m_model(static_cast<RectificationModel *>(ledgerModel()))
    , m_statusCombo(new QComboBox(this))
    , m_overdueCheck(new QCheckBox(tr("&Overdue only"), this))
    , m_searchEdit(new QLineEdit(this))
    , m_signOffButton(addButton(tr("Si&gn off..."), QStringLiteral("signOffRectificationButton")))
{
    m_statusCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (Domain::RectificationStatus status : Domain::allValues<Domain::RectificationStatus>())
        m_statusCombo->addItem(Domain::label(status), int(status));
    m_overdueCheck->setObjectName(QStringLiteral("overdueCheckBox"));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: problem, measures or responsible person"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(240);
    filterBar()->addWidget(m_statusCombo);
    filterBar()->addWidget(m_overdueCheck);
    filterBar()->addWidget(m_searchEdit, 1);

    view()->setColumnWidth(RectificationModel::NumberColumn, 50);
    view()->setColumnWidth(RectificationModel::ProblemColumn, 260);
    view()->setColumnWidth(RectificationModel::SourceColumn, 160);
    view()->setColumnWidth(RectificationModel::MeasuresColumn, 220);
    view()->setColumnWidth(RectificationModel::StatusColumn, 120);

    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, &RectificationPage::reload);
    connect(m_overdueCheck, &QCheckBox::toggled, this, &RectificationPage::reload);
    reloadWhenTyped(m_searchEdit);
    connect(m_signOffButton, &QPushButton::clicked, this, &RectificationPage::signOffRectification);

    reload();
}

void RectificationPage::reloadModel()
{
    RectificationFilter filter;
    const int status = m_statusCombo->currentData().toInt();
    if (status >= 0)
        filter.status = Domain::RectificationStatus(status);
    filter.overdueOnly = m_overdueCheck->isChecked();
    filter.search = m_searchEdit->text().trimmed();
    m_model->reload(filter);
}

QString RectificationPage::statusText() const
{
    const Outcome<LedgerCounts> counts = RectificationRepository(database()).counts();
    if (!counts)
        return counts.result().message();
    //: 总数 N，未完成 N，逾期 N，已销号 N；显示 N 条
    return tr("Total %1, not finished %2, overdue %3, signed off %4; %5 shown")
        .arg(counts->total)
        .arg(counts->open)
        .arg(counts->overdue)
        .arg(counts->closed)
        .arg(m_model->rowCount());
}

QString RectificationPage::hiddenAfterSaveText() const
{
    return tr("Saved. The item is not among the rows the filters show.");
}

void RectificationPage::updateActions()
{
    LedgerPage::updateActions();
    const QModelIndex current = view()->currentIndex();
    m_signOffButton->setEnabled(
        current.isValid() && m_model->rectification(current.row()).status != Domain::RectificationStatus::SignedOff);
}

void RectificationPage::newItem()
{
    auto *dialog = new RectificationDialog(database(), Rectification(), this);
    connect(dialog, &RectificationDialog::saved, this, &RectificationPage::afterSave);
    openDialog(dialog);
}

void RectificationPage::editItem()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    const Outcome<Rectification> item = RectificationRepository(database()).rectification(id);
    if (!item && item.result().kind() == Result::Kind::Failed) {
        messageBar()->showResult(item.result());
        return;
    }
    if (!item) {
        messageBar()->showError(tr("The item could not be read; it may have been changed elsewhere. The ledger "
                                   "was reloaded: try again."));
        reload();
        return;
    }
    auto *dialog = new RectificationDialog(database(), *item, this);
    connect(dialog, &RectificationDialog::saved, this, &RectificationPage::afterSave);
    openDialog(dialog);
}

void RectificationPage::signOffRectification()
{
    editItem();
    if (auto *dialog = qobject_cast<RectificationDialog *>(currentDialog()))
        dialog->signOff();
}
