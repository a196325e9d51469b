#include "roster/RosterPage.h"

#include "core/AppSettings.h"
#include "exchange/roster/RosterExporter.h"
#include "roster/AmountDialog.h"
#include "roster/HistoryDialog.h"
#include "roster/HouseholdDialog.h"
#include "roster/MemberActionDialog.h"
#include "roster/MemberModel.h"
#include "roster/RosterExportJob.h"
#include "roster/RosterModel.h"
#include "roster/StatusChangeDialog.h"
#include "roster/import/ImportWizard.h"
#include "shell/CollatorSortProxyModel.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBar.h"
#include "shell/RecordTable.h"
#include "shell/VillageChoices.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int kSearchDelayMs = 120;
// How many more pages to fetch to show a household that was just saved.
constexpr int kMaxPagesToFind = 10;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

QTableView *tableView(const QString &objectName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    setUpRecordTable(view);
    return view;
}
} // namespace

RosterPage::RosterPage(Database &db, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_settings(settings)
    , m_model(new RosterModel(db, this))
    , m_memberModel(new MemberModel(this))
    , m_memberProxy(new CollatorSortProxyModel(this))
    , m_messageBar(new MessageBar(this))
    , m_villageCombo(new QComboBox(this))
    , m_statusCombo(new QComboBox(this))
    , m_categoryCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_showFullIdCheck(new QCheckBox(tr("Show full ID numbers"), this))
    , m_rosterView(tableView(QStringLiteral("rosterTableView"), this))
    , m_memberView(tableView(QStringLiteral("memberTableView"), this))
    , m_membersLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
    , m_addButton(button(tr("&Add household..."), QStringLiteral("addHouseholdButton"), this))
    , m_editButton(button(tr("&Edit..."), QStringLiteral("editHouseholdButton"), this))
    , m_statusButton(button(tr("Change &status..."), QStringLiteral("statusButton"), this))
    , m_amountButton(button(tr("Change a&mount..."), QStringLiteral("amountButton"), this))
    , m_historyButton(button(tr("&History"), QStringLiteral("historyButton"), this))
    , m_recordDeathButton(button(tr("Record &death..."), QStringLiteral("recordDeathButton"), this))
    , m_removeMemberButton(button(tr("&Remove member..."), QStringLiteral("removeMemberButton"), this))
    , m_moveMemberButton(button(tr("M&ove member..."), QStringLiteral("moveMemberButton"), this))
    , m_importButton(button(tr("&Import..."), QStringLiteral("importButton"), this))
    , m_exportButton(button(tr("E&xport..."), QStringLiteral("exportButton"), this))
    , m_rosterStack(new QStackedWidget(this))
    , m_emptyState(new QWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_emptyImportButton(button(tr("Import a roster..."), QStringLiteral("emptyImportButton"), this))
    , m_emptyAddButton(button(tr("Add a household..."), QStringLiteral("emptyAddButton"), this))
    , m_clearFiltersButton(button(tr("Clear the filters"), QStringLiteral("clearFiltersButton"), this))
    , m_searchTimer(new QTimer(this))
    , m_exportJob(new RosterExportJob(db, this))
{
    setObjectName(QStringLiteral("rosterPage"));
    m_villageCombo->setObjectName(QStringLiteral("villageComboBox"));
    m_statusCombo->setObjectName(QStringLiteral("statusComboBox"));
    m_statusCombo->addItem(tr("All statuses"), -1);
    for (Domain::HouseholdStatus status : Domain::allValues<Domain::HouseholdStatus>())
        m_statusCombo->addItem(Domain::label(status), int(status));
    m_categoryCombo->setObjectName(QStringLiteral("categoryComboBox"));
    m_categoryCombo->addItem(tr("All categories"), -1);
    for (Domain::Category category : Domain::allValues<Domain::Category>())
        m_categoryCombo->addItem(Domain::label(category), int(category));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search: name or beginning of the ID number"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setMinimumWidth(260);
    m_showFullIdCheck->setObjectName(QStringLiteral("showFullIdCheckBox"));
    m_showFullIdCheck->setChecked(settings.value(AppSettings::Key::ShowFullIdNumbers).toBool());
    m_membersLabel->setObjectName(QStringLiteral("membersLabel"));
    m_totalsLabel->setObjectName(QStringLiteral("totalsLabel"));
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    reloadVillages();

    m_model->setShowFullIdNumbers(m_showFullIdCheck->isChecked());
    m_memberModel->setShowFullIdNumbers(m_showFullIdCheck->isChecked());
    m_memberModel->setReferenceDate(db.today());
    m_rosterView->setModel(m_model);
    QHeaderView *header = m_rosterView->horizontalHeader();
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicatorClearable(true);
    header->setSortIndicator(-1, Qt::AscendingOrder);
    // Sized once to the first page; the clerk's own widths then stay as filters change.
    m_rosterView->resizeColumnsToContents();
    m_rosterView->setColumnWidth(RosterModel::IdNumberColumn,
        qMax(m_rosterView->columnWidth(RosterModel::IdNumberColumn),
            m_rosterView->fontMetrics().horizontalAdvance(QStringLiteral("350121199912311234")) + 16));
    m_memberProxy->setSourceModel(m_memberModel);
    m_memberView->setModel(m_memberProxy);
    m_memberView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_memberView->setSortingEnabled(true);
    m_memberView->setColumnWidth(MemberModel::IdNumberColumn, 170);
    m_memberView->setColumnWidth(MemberModel::SexColumn, MemberModel::sexColumnWidth(m_memberView->fontMetrics()));
    m_memberView->setColumnWidth(MemberModel::AgeColumn, 50);
    m_memberView->setColumnWidth(MemberModel::RelationColumn, 110);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_villageCombo);
    filters->addWidget(m_statusCombo);
    filters->addWidget(m_categoryCombo);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_showFullIdCheck);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_addButton, m_editButton, m_statusButton, m_amountButton, m_historyButton})
        actions->addWidget(b);
    actions->addStretch();
    actions->addWidget(m_importButton);
    actions->addWidget(m_exportButton);
    actions->addStretch();

    auto *memberPane = new QWidget(this);
    auto *memberActions = new QHBoxLayout;
    memberActions->addWidget(m_membersLabel, 1);
    for (QPushButton *b : {m_recordDeathButton, m_removeMemberButton, m_moveMemberButton})
        memberActions->addWidget(b);
    auto *memberLayout = new QVBoxLayout(memberPane);
    memberLayout->setContentsMargins(0, 0, 0, 0);
    memberLayout->addLayout(memberActions);
    memberLayout->addWidget(m_memberView);
    m_emptyState->setObjectName(QStringLiteral("emptyStateWidget"));
    m_emptyLabel->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    auto *emptyButtons = new QHBoxLayout;
    emptyButtons->addStretch();
    for (QPushButton *b : {m_emptyImportButton, m_emptyAddButton, m_clearFiltersButton})
        emptyButtons->addWidget(b);
    emptyButtons->addStretch();
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch();
    emptyLayout->addWidget(m_emptyLabel);
    emptyLayout->addLayout(emptyButtons);
    emptyLayout->addStretch();
    m_rosterStack->setObjectName(QStringLiteral("rosterStackedWidget"));
    m_rosterStack->addWidget(m_rosterView);
    m_rosterStack->addWidget(m_emptyState);
    m_rosterView->installEventFilter(this);
    m_searchEdit->installEventFilter(this);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("rosterSplitter"));
    splitter->addWidget(m_rosterStack);
    splitter->addWidget(memberPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_totalsLabel);

    const auto filterChanged = [this] { applyFilter(); };
    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_statusCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_categoryCombo, &QComboBox::currentIndexChanged, this, filterChanged);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, filterChanged);
    connect(m_showFullIdCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setShowFullIdNumbers(on);
        m_memberModel->setShowFullIdNumbers(on);
        m_settings.setValue(AppSettings::Key::ShowFullIdNumbers, on);
    });
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this](int section, Qt::SortOrder order) {
        const qint64 selected = currentHouseholdId();
        m_model->sort(section, order);
        selectHousehold(selected);
    });
    connect(m_model, &RosterModel::totalsChanged, this, &RosterPage::updateTotals);
    connect(m_model, &RosterModel::modelReset, this, [this] {
        loadMembers();
        updateActions();
    });
    connect(m_rosterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        loadMembers();
        updateActions();
    });
    connect(m_memberView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RosterPage::updateActions);
    connect(m_rosterView, &QTableView::doubleClicked, this, &RosterPage::editHousehold);
    connect(m_addButton, &QPushButton::clicked, this, &RosterPage::addHousehold);
    connect(m_editButton, &QPushButton::clicked, this, &RosterPage::editHousehold);
    connect(m_statusButton, &QPushButton::clicked, this, &RosterPage::changeStatus);
    connect(m_amountButton, &QPushButton::clicked, this, &RosterPage::changeAmount);
    connect(m_historyButton, &QPushButton::clicked, this, &RosterPage::showHistory);
    connect(m_recordDeathButton, &QPushButton::clicked, this, &RosterPage::recordDeath);
    connect(m_removeMemberButton, &QPushButton::clicked, this, &RosterPage::removeMember);
    connect(m_moveMemberButton, &QPushButton::clicked, this, &RosterPage::moveMember);
    connect(m_importButton, &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(m_exportButton, &QPushButton::clicked, this, &RosterPage::exportRoster);
    connect(m_exportJob, &RosterExportJob::finished, this, &RosterPage::exportFinished);
    connect(m_emptyImportButton, &QPushButton::clicked, this, &RosterPage::importRoster);
    connect(m_emptyAddButton, &QPushButton::clicked, this, &RosterPage::addHousehold);
    connect(m_clearFiltersButton, &QPushButton::clicked, this, [this] {
        for (QComboBox *combo : {m_villageCombo, m_statusCombo, m_categoryCombo}) {
            const QSignalBlocker blocker(combo);
            combo->setCurrentIndex(0);
        }
        const QSignalBlocker blocker(m_searchEdit);
        m_searchEdit->clear();
        applyFilter();
    });

    updateTotals();
    if (m_model->rowCount() > 0)
        m_rosterView->setCurrentIndex(m_model->index(0, RosterModel::HeadNameColumn));
    loadMembers();
    updateActions();
}

void RosterPage::reloadVillages()
{
    const qint64 selected = m_villageCombo->currentData().toLongLong();
    const QSignalBlocker blocker(m_villageCombo);
    m_villageCombo->clear();
    m_villageCombo->addItem(tr("All villages"), qint64(0));
    if (const Result read = addVillageChoices(m_villageCombo, m_db); !read)
        m_messageBar->showError(tr("The villages could not be read: %1").arg(read.message()));
    m_villageCombo->setCurrentIndex(qMax(0, m_villageCombo->findData(selected)));
}

void RosterPage::showVillage(qint64 villageId)
{
    reloadVillages();
    const QSignalBlocker blocker(m_statusCombo);
    m_statusCombo->setCurrentIndex(m_statusCombo->findData(int(Domain::HouseholdStatus::Active)));
    const int index = m_villageCombo->findData(villageId);
    if (index == m_villageCombo->currentIndex() || index < 0)
        applyFilter();
    else
        m_villageCombo->setCurrentIndex(index);
}

void RosterPage::applyFilter()
{
    m_searchTimer->stop();
    const qint64 selected = currentHouseholdId();
    RosterFilter filter = m_model->filter(); // keeps the sort order
    filter.villageId = m_villageCombo->currentData().toLongLong();
    const int status = m_statusCombo->currentData().toInt();
    filter.status = status < 0 ? std::nullopt : std::optional(Domain::HouseholdStatus(status));
    const int category = m_categoryCombo->currentData().toInt();
    filter.category = category < 0 ? std::nullopt : std::optional(Domain::Category(category));
    filter.search = m_searchEdit->text().trimmed();
    m_model->setFilter(filter);
    if (selected > 0)
        selectHousehold(selected);
}

bool RosterPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (watched == m_rosterView && (key == Qt::Key_Return || key == Qt::Key_Enter) && currentHouseholdId() > 0) {
        editHousehold();
        return true;
    }
    if (watched == m_searchEdit && key == Qt::Key_Down && m_model->rowCount() > 0) {
        if (m_searchTimer->isActive())
            applyFilter(); // the list the clerk goes into is the one for what was typed
        if (!m_rosterView->currentIndex().isValid())
            m_rosterView->setCurrentIndex(m_model->index(0, RosterModel::HeadNameColumn));
        m_rosterView->setFocus(Qt::ShortcutFocusReason);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool RosterPage::filtersActive() const
{
    const RosterFilter f = m_model->filter();
    return f.villageId > 0 || f.status || f.category || !f.search.isEmpty();
}

void RosterPage::updateEmptyState()
{
    const bool empty = m_model->readResult().isOk() && m_model->rowCount() == 0;
    if (!empty) {
        m_rosterStack->setCurrentWidget(m_rosterView);
        return;
    }
    const bool filtered = filtersActive();
    m_emptyLabel->setText(filtered ? tr("No household matches the filters.")
                                   : tr("The roster has no household yet. Import the roster the office keeps (Excel, "
                                        "WPS or CSV), or add the households one by one."));
    m_emptyImportButton->setVisible(!filtered);
    m_emptyAddButton->setVisible(!filtered);
    m_clearFiltersButton->setVisible(filtered);
    m_rosterStack->setCurrentWidget(m_emptyState);
}

void RosterPage::updateTotals()
{
    updateEmptyState();
    if (const Result &read = m_model->readResult(); !read) {
        m_totalsLabel->setText(tr("The roster could not be read."));
        m_messageBar->showResult(read);
        m_readFailed = true;
        return;
    }
    if (m_readFailed)
        m_messageBar->dismiss();
    m_readFailed = false;
    const RosterTotals totals = m_model->totals();
    //: 共 N 户 M 人，月保障金 X 元
    m_totalsLabel->setText(tr("%1 households, %2 persons, monthly benefit %3 yuan")
                               .arg(totals.households)
                               .arg(totals.persons)
                               .arg(totals.monthlyAmount.toDisplayString()));
}

qint64 RosterPage::currentHouseholdId() const
{
    const QModelIndex current = m_rosterView->currentIndex();
    return current.isValid() ? m_model->householdIdAt(current.row()) : 0;
}

bool RosterPage::selectHousehold(qint64 householdId)
{
    int row = m_model->rowOfHousehold(householdId);
    for (int page = 0; row < 0 && page < kMaxPagesToFind && m_model->canFetchMore({}); ++page) {
        m_model->fetchMore({});
        row = m_model->rowOfHousehold(householdId);
    }
    if (row < 0)
        return false;
    m_rosterView->setCurrentIndex(m_model->index(row, RosterModel::HeadNameColumn));
    m_rosterView->scrollTo(m_rosterView->currentIndex());
    return true;
}

void RosterPage::loadMembers()
{
    const qint64 id = currentHouseholdId();
    // Read afresh every time: another action or window may have changed it.
    m_household.reset();
    if (id > 0) {
        const Outcome<Household> read = RosterRepository(m_db).household(id);
        if (read)
            m_household = *read;
        else if (read.result().kind() == Result::Kind::Failed)
            m_messageBar->showError(tr("The household could not be read: %1").arg(read.result().message()));
        else
            m_messageBar->showError(tr("The household could not be read. It may have been changed in another "
                                       "window: change a filter to reload the roster, then try again."));
    }
    m_memberModel->setMembers(m_household ? m_household->members : QList<Person>());
    m_membersLabel->setText(m_household ? tr("Members of the household of %1").arg(m_household->headName())
                                        : tr("Select a household to see its members"));
}

int RosterPage::currentMemberRow() const
{
    const QModelIndex current = m_memberProxy->mapToSource(m_memberView->currentIndex());
    return current.isValid() ? current.row() : -1;
}

void RosterPage::updateActions()
{
    const bool household = m_household.has_value();
    m_editButton->setEnabled(household);
    m_statusButton->setEnabled(household);
    m_amountButton->setEnabled(household);
    m_historyButton->setEnabled(household);
    const int row = currentMemberRow();
    const bool member = household && row >= 0 && m_memberModel->member(row).isCurrent();
    m_recordDeathButton->setEnabled(member);
    m_removeMemberButton->setEnabled(member);
    m_moveMemberButton->setEnabled(member);
}

void RosterPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void RosterPage::refreshRows()
{
    const qint64 selected = currentHouseholdId();
    m_model->reload();
    selectHousehold(selected);
}

void RosterPage::afterWrite(qint64 householdId)
{
    m_model->reload();
    if (!selectHousehold(householdId))
        m_messageBar->showInfo(tr("Saved. The household is not among the rows shown; search for it to see it."));
    else
        m_messageBar->dismiss();
    emit rosterChanged();
}

void RosterPage::importRoster()
{
    auto *wizard = new ImportWizard(m_db, this);
    connect(wizard, &ImportWizard::rosterChanged, this, [this] {
        reloadVillages();
        m_model->reload();
        emit rosterChanged();
    });
    openDialog(wizard);
}

void RosterPage::exportRoster()
{
    if (m_exportJob->isRunning())
        return;
    const QString suggested = tr("roster-%1.xlsx").arg(m_db.today().toString(QStringLiteral("yyyyMMdd")));
    const QString path = FileDialogs::saveFileName(
        this, tr("Export the roster"), suggested, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    // Written off the GUI thread: the window keeps painting; the progress shows after a moment.
    m_exportJob->start(path, m_model->filter());
    m_exportButton->setEnabled(false);
    m_exportProgress = new QProgressDialog(
        tr("Exporting the roster to %1...").arg(QDir::toNativeSeparators(path)), QString(), 0, 0, this);
    m_exportProgress->setObjectName(QStringLiteral("exportProgressDialog"));
    m_exportProgress->setWindowTitle(tr("Export the roster"));
    m_exportProgress->setWindowModality(Qt::WindowModal);
    m_exportProgress->setMinimumDuration(400);
    m_exportProgress->setAttribute(Qt::WA_DeleteOnClose);
}

void RosterPage::exportFinished(const Result &result, const RosterExporter::Summary &summary, const QString &path)
{
    if (m_exportProgress)
        m_exportProgress->close();
    m_exportButton->setEnabled(true);
    if (!result) {
        m_messageBar->showResult(result);
        return;
    }
    m_messageBar->showInfo(tr("Exported %1 households (%2 members, monthly total %3 yuan) to %4.")
                               .arg(summary.households)
                               .arg(summary.members)
                               .arg(summary.monthlyTotal.toDisplayString(), QDir::toNativeSeparators(path)));
}

void RosterPage::addHousehold()
{
    auto *dialog = new HouseholdDialog(m_db, 0, this);
    dialog->setVillage(m_villageCombo->currentData().toLongLong());
    connect(dialog, &HouseholdDialog::saved, this, &RosterPage::afterWrite);
    openDialog(dialog);
}

void RosterPage::editHousehold()
{
    if (!m_household)
        return;
    auto *dialog = new HouseholdDialog(m_db, m_household->id, this);
    connect(dialog, &HouseholdDialog::saved, this, &RosterPage::afterWrite);
    openDialog(dialog);
}

void RosterPage::changeStatus()
{
    if (!m_household)
        return;
    auto *dialog = new StatusChangeDialog(m_db, *m_household, this);
    if (!dialog->hasChoices()) {
        m_messageBar->showMessage(MessageBar::Level::Warning,
            tr("The status of a household that is %1 cannot be changed.").arg(Domain::label(m_household->status)));
        delete dialog;
        return;
    }
    connect(dialog, &StatusChangeDialog::saved, this, &RosterPage::afterWrite);
    openDialog(dialog);
}

void RosterPage::changeAmount()
{
    if (!m_household)
        return;
    auto *dialog = new AmountDialog(m_db, *m_household, this);
    connect(dialog, &AmountDialog::saved, this, &RosterPage::afterWrite);
    openDialog(dialog);
}

void RosterPage::showHistory()
{
    if (!m_household)
        return;
    openDialog(new HistoryDialog(m_db, m_household->id, this));
}

void RosterPage::recordDeath()
{
    memberAction(MemberActionDialog::Action::RecordDeath);
}

void RosterPage::removeMember()
{
    memberAction(MemberActionDialog::Action::Remove);
}

void RosterPage::moveMember()
{
    memberAction(MemberActionDialog::Action::Move);
}

void RosterPage::memberAction(MemberActionDialog::Action action)
{
    const int row = currentMemberRow();
    if (!m_household || row < 0)
        return;
    auto *dialog = new MemberActionDialog(m_db, *m_household, m_memberModel->member(row), action, this);
    connect(dialog, &MemberActionDialog::saved, this, [this](qint64 householdId) { afterWrite(householdId); });
    openDialog(dialog);
}
