#include "ledgers/cases/CasePage.h"

#include "ledgers/cases/CaseDialog.h"
#include "ledgers/cases/CaseModel.h"
#include "ledgers/cases/CaseRepository.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "storage/Database.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

QDate CasePage::allMonths()
{
    return QDate(2000, 1, 1);
}

CasePage::CasePage(Database &db, QWidget *parent)
    : LedgerPage(db, new CaseModel(db),
        {QStringLiteral("casePage"), QStringLiteral("caseTable"), QStringLiteral("Case"), tr("New typical case"),
            tr("New typical case (Ins, Ctrl+N)"), tr("Edit the selected case (Enter)"), CaseModel::TitleColumn},
        parent)
    , m_model(static_cast<CaseModel *>(ledgerModel()))
    , m_monthEdit(new DateEdit(this))
    , m_deleteButton(addButton(tr("&Delete..."), QStringLiteral("deleteCaseButton")))
{
    m_monthEdit->setObjectName(QStringLiteral("monthFilterDateEdit"));
    m_monthEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_monthEdit->setMinimumDate(allMonths());
    m_monthEdit->setSpecialValueText(tr("All months"));
    m_monthEdit->setDate(allMonths());
    m_monthEdit->setToolTip(tr("Show the cases of one month (the lowest value shows all months)"));
    m_deleteButton->setToolTip(tr("Delete the selected case (Del)"));
    auto *monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_monthEdit);
    filterBar()->addWidget(monthLabel);
    filterBar()->addWidget(m_monthEdit);
    filterBar()->addStretch();

    view()->setColumnWidth(CaseModel::MonthColumn, 80);
    view()->setColumnWidth(CaseModel::TitleColumn, 260);
    view()->setColumnWidth(CaseModel::PersonsColumn, 130);
    view()->setColumnWidth(CaseModel::HandlingColumn, 180);
    view()->setColumnWidth(CaseModel::FundsColumn, 160);

    connect(m_monthEdit, &QDateEdit::dateChanged, this, &CasePage::reload);
    connect(m_deleteButton, &QPushButton::clicked, this, &CasePage::deleteCase);

    reload();
}

void CasePage::reloadModel()
{
    const QDate month = m_monthEdit->date();
    m_model->reload(month == allMonths() ? Period() : Period::fromDate(month));
}

QString CasePage::statusText() const
{
    //: N 件，追回资金 X 元
    return tr("%n case(s), funds recovered %1 yuan", nullptr, m_model->rowCount())
        .arg(m_model->fundsTotal().toDisplayString());
}

QString CasePage::hiddenAfterSaveText() const
{
    return tr("Saved. The case belongs to another month than the one shown.");
}

void CasePage::updateActions()
{
    LedgerPage::updateActions();
    m_deleteButton->setEnabled(view()->currentIndex().isValid());
}

void CasePage::newItem()
{
    auto *dialog = new CaseDialog(database(), 0, this);
    connect(dialog, &CaseDialog::saved, this, &CasePage::afterSave);
    openDialog(dialog);
}

void CasePage::editItem()
{
    const qint64 id = currentId();
    if (id <= 0)
        return;
    auto *dialog = new CaseDialog(database(), id, this);
    connect(dialog, &CaseDialog::saved, this, &CasePage::afterSave);
    openDialog(dialog);
}

bool CasePage::deleteItem()
{
    deleteCase();
    return true;
}

void CasePage::deleteCase()
{
    const QModelIndex current = view()->currentIndex();
    if (!current.isValid())
        return;
    const TypicalCase item = m_model->typicalCase(current.row());
    if (MessageBoxes::question(this, tr("Delete typical case"),
            tr("Delete the typical case \"%1\" of %2? The audit log keeps a copy of it.")
                .arg(item.title, item.month.toString()))
        != QMessageBox::Yes)
        return;
    const Result result = CaseRepository(database()).remove(item.id);
    if (!result) {
        messageBar()->showResult(result);
        return;
    }
    reload();
    messageBar()->showInfo(tr("The typical case \"%1\" was deleted.").arg(item.title));
    emit countsChanged();
}
