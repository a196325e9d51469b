#include "roster/HouseholdListDialog.h"

#include "checks/DataCheck.h"
#include "core/IdNumber.h"
#include "roster/RosterQueries.h"
#include "shell/ScreenFit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kSearchDelayMs = 150;
} // namespace

HouseholdListDialog::HouseholdListDialog(const QString &title, const QList<DataCheckHit> &hits, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("householdListDialog"));
    setWindowTitle(title);
    buildUi({tr("Village"), tr("Head of household"), tr("ID number"), tr("What was found")});
    for (const DataCheckHit &hit : hits)
        addRow(hit.householdId, {hit.villageName, hit.headName, IdNumber::masked(hit.headIdNumber), hit.detail});
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    //: The list of households a data check found
    m_countLabel->setText(tr("%n household(s). Double-click one to open it.", nullptr, int(hits.size())));
    updateButtons();
}

HouseholdListDialog::HouseholdListDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(&db)
{
    setObjectName(QStringLiteral("householdPickerDialog"));
    setWindowTitle(tr("Choose households"));
    buildUi({tr("Village"), tr("Head of household"), tr("ID number"), tr("Status")});
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &HouseholdListDialog::search);
    search();
}

void HouseholdListDialog::buildUi(const QStringList &headers)
{
    m_table = new QTableWidget(0, int(headers.size()), this);
    m_table->setObjectName(QStringLiteral("householdTableWidget"));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(isPicker() ? QAbstractItemView::ExtendedSelection : QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 110);
    m_table->setColumnWidth(1, 130);
    m_table->setColumnWidth(2, m_table->fontMetrics().horizontalAdvance(QStringLiteral("350121********123X")) + 16);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setWordWrap(true);
    m_buttons = new QDialogButtonBox(
        isPicker() ? QDialogButtonBox::Ok | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));

    auto *layout = new QVBoxLayout(this);
    if (isPicker()) {
        m_searchEdit = new QLineEdit(this);
        m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
        m_searchEdit->setPlaceholderText(tr("Search: name or beginning of the ID number"));
        m_searchEdit->setClearButtonEnabled(true);
        layout->addWidget(m_searchEdit);
    }
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_buttons);
    ScreenFit::resize(this, QSize(720, 460));

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { activateRow(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &HouseholdListDialog::updateButtons);
}

void HouseholdListDialog::addRow(qint64 householdId, const QStringList &cells)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        item->setData(Qt::UserRole, householdId);
        if (column == cells.size() - 1)
            item->setToolTip(cells.at(column));
        m_table->setItem(row, column, item);
    }
}

void HouseholdListDialog::search()
{
    if (!m_db)
        return;
    m_searchTimer->stop();
    RosterFilter filter;
    filter.search = m_searchEdit->text().trimmed();
    // One more than shown, to know whether there are more.
    const Outcome<QList<RosterRow>> read = RosterQueries(*m_db).rows(filter, 0, MaxPickerRows + 1);
    const QList<RosterRow> rows = read.valueOr({});
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    for (int i = 0; i < qMin(int(rows.size()), MaxPickerRows); ++i) {
        const RosterRow &row = rows.at(i);
        addRow(row.householdId,
            {row.villageName, row.headName, IdNumber::masked(row.headIdNumber), Domain::label(row.status)});
    }
    if (!read)
        m_countLabel->setText(read.result().message());
    else if (rows.size() > MaxPickerRows)
        m_countLabel->setText(tr("The first %1 households are shown: search to find others.").arg(MaxPickerRows));
    else if (rows.isEmpty())
        m_countLabel->setText(tr("No household matches the search."));
    else
        m_countLabel->setText(
            tr("%n household(s). Select one or more (Ctrl or Shift for several).", nullptr, int(rows.size())));
    updateButtons();
}

int HouseholdListDialog::rowCount() const
{
    return m_table->rowCount();
}

QList<qint64> HouseholdListDialog::selectedHouseholdIds() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

void HouseholdListDialog::activateRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    m_activated = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (isPicker()) {
        m_table->selectRow(row);
        accept();
        return;
    }
    emit householdActivated(m_activated);
}

void HouseholdListDialog::updateButtons()
{
    if (QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok))
        ok->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty());
}
