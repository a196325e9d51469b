#include "roster/HistoryDialog.h"

#include "roster/AuditHistoryModel.h"
#include "roster/RosterRepository.h"
#include "shell/MessageBar.h"
#include "shell/ScreenFit.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum StatusColumn {
    DateColumn,
    FromColumn,
    ToColumn,
    ReasonColumn,
    AmountColumn,
    CoveredColumn,
    OperatorColumn,
    RecordedColumn,
    StatusColumnCount
};
}

HistoryDialog::HistoryDialog(Database &db, qint64 householdId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_householdId(householdId)
    , m_auditModel(new AuditHistoryModel(this))
    , m_auditView(new QTableView(this))
    , m_statusTable(new QTableWidget(0, StatusColumnCount, this))
    , m_messageBar(new MessageBar(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    const Outcome<Household> household = RosterRepository(db).household(householdId);
    setWindowTitle(household ? tr("History of the household of %1").arg(household->headName()) : tr("History"));

    m_auditView->setObjectName(QStringLiteral("auditTableView"));
    m_auditView->setModel(m_auditModel);
    m_auditView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_auditView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_auditView->setWordWrap(true);
    m_auditView->verticalHeader()->hide();
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setColumnWidth(AuditHistoryModel::TimeColumn, 150);

    m_statusTable->setObjectName(QStringLiteral("statusTableWidget"));
    m_statusTable->setHorizontalHeaderLabels({tr("Date"), tr("From"), tr("To"), tr("Reason"), tr("Monthly benefit"),
        tr("Covered persons"), tr("Operator"), tr("Recorded at")});
    m_statusTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusTable->verticalHeader()->hide();
    m_statusTable->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("historyTabWidget"));
    tabs->addTab(m_auditView, tr("All changes"));
    tabs->addTab(m_statusTable, tr("Status history"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    ScreenFit::resize(this, QSize(900, 500));

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void HistoryDialog::reload()
{
    // A history that cannot be read says so, never "no changes".
    const Outcome<QList<AuditRecord>> records = AuditLog(m_db).forHousehold(m_householdId);
    const Outcome<QList<StatusChange>> read = RosterRepository(m_db).statusHistory(m_householdId);
    m_messageBar->showResult(!records ? records.result() : read.result());
    m_auditModel->setRecords(records.valueOr({}));
    m_auditView->resizeRowsToContents();

    const QList<StatusChange> changes = read.valueOr({});
    m_statusTable->setRowCount(0);
    m_statusTable->setRowCount(int(changes.size()));
    for (int row = 0; row < changes.size(); ++row) {
        const StatusChange &c = changes.at(row);
        const auto set = [this, row](int column, const QString &text, bool number = false) {
            auto *item = new QTableWidgetItem(text);
            if (number)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_statusTable->setItem(row, column, item);
        };
        set(DateColumn, c.date.toString(Qt::ISODate));
        set(FromColumn, c.from ? Domain::label(*c.from) : QString());
        set(ToColumn, Domain::label(c.to));
        set(ReasonColumn, c.reason);
        set(AmountColumn, c.monthlyAmount.toDisplayString(), true);
        set(CoveredColumn, QString::number(c.coveredCount), true);
        set(OperatorColumn, c.operatorName);
        set(RecordedColumn, c.recordedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    }
    m_statusTable->resizeColumnsToContents();
}
