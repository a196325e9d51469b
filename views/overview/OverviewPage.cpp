#include "overview/OverviewPage.h"

#include "core/Domain.h"
#include "ledgers/calendar/CalendarDialog.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "office/OfficeRepository.h"
#include "overview/OverviewCharts.h"
#include "roster/StatsRepository.h"
#include "shell/MessageBar.h"
#include "storage/Database.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <functional>

namespace {
enum VillageColumn { NameColumn, CodeColumn, HouseholdsColumn, PersonsColumn, CoveredColumn, AmountColumn, Count };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
enum DeadlineColumn { DueColumn, SubmissionColumn, StateColumn, DeadlineCount };

// A figure card that opens its ledger when clicked.
class ClickableFrame : public QFrame
{
public:
    using QFrame::QFrame;
    std::function<void()> onClick;

protected:
    void mouseReleaseEvent(QMouseEvent *event) override
    {
        if (onClick && event->button() == Qt::LeftButton)
            onClick();
        QFrame::mouseReleaseEvent(event);
    }
};
} // namespace

OverviewPage::OverviewPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_titleLabel(new QLabel(this))
    , m_byStatusLabel(new QLabel(this))
    , m_villageTable(new QTableWidget(0, Count, this))
    , m_charts(new OverviewCharts(db, this))
    , m_tabs(new QTabWidget(this))
    , m_inspectionDetailLabel(new QLabel(this))
    , m_deadlineTable(new QTableWidget(0, DeadlineCount, this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_titleLabel->setObjectName(QStringLiteral("titleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);

    auto *figures = new QGridLayout;
    figures->setHorizontalSpacing(12);
    m_householdsTotalLabel = addFigure(figures, 0, QStringLiteral("householdsTotalLabel"), tr("Households on file"));
    m_householdsActiveLabel = addFigure(figures, 1, QStringLiteral("householdsActiveLabel"), tr("Active households"));
    m_personsActiveLabel
        = addFigure(figures, 2, QStringLiteral("personsActiveLabel"), tr("Persons in active households"));
    m_coveredActiveLabel = addFigure(figures, 3, QStringLiteral("coveredActiveLabel"), tr("Covered persons"));
    m_monthlyTotalLabel = addFigure(figures, 4, QStringLiteral("monthlyTotalLabel"), tr("Monthly benefit (yuan)"));

    auto *campaign = new QGridLayout;
    campaign->setHorizontalSpacing(12);
    m_inspectionLabel = addFigure(campaign, 0, QStringLiteral("inspectionProgressLabel"),
        tr("Self-inspection answered"), QStringLiteral("inspection"));
    m_rectificationsLabel = addFigure(campaign, 1, QStringLiteral("rectificationsOpenLabel"),
        tr("Rectifications open (overdue)"), QStringLiteral("rectifications"));
    m_complaintsLabel = addFigure(campaign, 2, QStringLiteral("complaintsOpenLabel"),
        tr("Complaints being handled (overdue)"), QStringLiteral("complaints"));
    m_casesLabel = addFigure(
        campaign, 3, QStringLiteral("casesMonthLabel"), tr("Typical cases this month"), QStringLiteral("cases"));
    m_inspectionDetailLabel->setObjectName(QStringLiteral("inspectionDetailLabel"));
    m_inspectionDetailLabel->setWordWrap(true);

    m_deadlineTable->setObjectName(QStringLiteral("deadlineTableWidget"));
    m_deadlineTable->setHorizontalHeaderLabels({tr("Due"), tr("Submission"), tr("State")});
    m_deadlineTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_deadlineTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_deadlineTable->verticalHeader()->hide();
    // Compact, beside the campaign's figures: about four entries show, more scroll.
    m_deadlineTable->verticalHeader()->setDefaultSectionSize(m_deadlineTable->fontMetrics().height() + 8);
    m_deadlineTable->setMaximumHeight(m_deadlineTable->horizontalHeader()->sizeHint().height()
        + 4 * m_deadlineTable->verticalHeader()->defaultSectionSize() + 4);
    m_deadlineTable->horizontalHeader()->setSectionResizeMode(SubmissionColumn, QHeaderView::Stretch);
    m_deadlineTable->setToolTip(tr("Double-click to mark a submission as sent"));
    auto *calendarButton = new QPushButton(tr("Reporting &calendar…"), this);
    calendarButton->setObjectName(QStringLiteral("calendarButton"));
    connect(calendarButton, &QPushButton::clicked, this, &OverviewPage::openCalendar);
    connect(m_deadlineTable, &QTableWidget::cellDoubleClicked, this, &OverviewPage::openCalendar);

    m_byStatusLabel->setObjectName(QStringLiteral("byStatusLabel"));
    m_villageTable->setObjectName(QStringLiteral("villageTableWidget"));
    m_villageTable->setHorizontalHeaderLabels({tr("Village"), tr("Division code"), tr("Active households"),
        tr("Persons"), tr("Covered persons"), tr("Monthly benefit (yuan)")});
    m_villageTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_villageTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_villageTable->setAlternatingRowColors(true);
    m_villageTable->verticalHeader()->hide();
    m_villageTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_villageTable->setToolTip(tr("Double-click a village to open its households in the roster"));

    m_tabs->setObjectName(QStringLiteral("overviewTabWidget"));
    m_tabs->setDocumentMode(true);
    //: Overview tab 统计图表
    m_tabs->addTab(m_charts, tr("Charts"));
    //: Overview tab 各村（居）在保情况
    m_tabs->addTab(m_villageTable, tr("Active households by village"));
    connect(m_charts, &OverviewCharts::exported, this, [this](bool ok, const QString &message) {
        m_messageBar->showMessage(ok ? MessageBar::Level::Info : MessageBar::Level::Error, message);
    });

    // The campaign's figures with the submissions due beside them, so that the charts get the page's width.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_titleLabel);
    layout->addLayout(figures);
    layout->addWidget(m_byStatusLabel);
    auto *campaignColumn = new QVBoxLayout;
    campaignColumn->addWidget(new QLabel(tr("<b>Special governance campaign</b>"), this));
    campaignColumn->addLayout(campaign);
    campaignColumn->addWidget(m_inspectionDetailLabel);
    campaignColumn->addStretch();
    auto *deadlines = new QVBoxLayout;
    auto *deadlineHeader = new QHBoxLayout;
    deadlineHeader->addWidget(new QLabel(tr("Submissions due within 14 days, and overdue"), this), 1);
    deadlineHeader->addWidget(calendarButton);
    deadlines->addLayout(deadlineHeader);
    deadlines->addWidget(m_deadlineTable, 1);
    auto *campaignRow = new QHBoxLayout;
    campaignRow->addLayout(campaignColumn, 3);
    campaignRow->addLayout(deadlines, 2);
    layout->addLayout(campaignRow);
    layout->addWidget(m_tabs, 1);

    connect(m_villageTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_villageTable->item(row, NameColumn);
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            emit villageActivated(item->data(Qt::UserRole).toLongLong());
    });
}

QLabel *OverviewPage::addFigure(
    QGridLayout *grid, int column, const QString &objectName, const QString &caption, const QString &pageKey)
{
    auto *frame = new ClickableFrame(this);
    if (!pageKey.isEmpty()) {
        frame->setCursor(Qt::PointingHandCursor);
        frame->setToolTip(tr("Click to open the ledger"));
        frame->onClick = [this, pageKey] { emit ledgerActivated(pageKey); };
    }
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    value->setFont(font);
    auto *captionLabel = new QLabel(caption, frame);
    captionLabel->setWordWrap(true); // long captions must not widen the row of cards
    box->addWidget(captionLabel);
    box->addWidget(value);
    grid->addWidget(frame, 0, column);
    return value;
}

void OverviewPage::refresh()
{
    m_dirty = true;
    if (isVisible())
        load();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        load();
}

void OverviewPage::load()
{
    m_dirty = false;
    if (m_emptyHintShown)
        m_messageBar->dismiss();
    m_emptyHintShown = false;
    const QLocale locale;
    // Figures that cannot be read show as none, and the page says why: never zeros that look true.
    const Outcome<Office> readOffice = OfficeRepository(m_db).office();
    const Outcome<RosterStats> readStats = StatsRepository(m_db).stats();
    const Office office = readOffice.valueOr(Office());
    const RosterStats stats = readStats.valueOr(RosterStats());
    m_titleLabel->setText(office.name.isEmpty() ? tr("Dibao roster") : tr("%1 dibao roster").arg(office.name));

    m_householdsTotalLabel->setText(locale.toString(stats.householdsTotal));
    m_householdsActiveLabel->setText(locale.toString(stats.householdsActive));
    m_personsActiveLabel->setText(locale.toString(stats.personsActive));
    m_coveredActiveLabel->setText(locale.toString(stats.coveredPersonsActive));
    m_monthlyTotalLabel->setText(stats.monthlyTotalActive.toDisplayString());

    QStringList parts;
    for (Domain::HouseholdStatus status : Domain::allValues<Domain::HouseholdStatus>()) {
        parts << tr("%1: %2 households")
                     .arg(Domain::label(status), locale.toString(stats.byStatus.value(Domain::key(status))));
    }
    m_byStatusLabel->setText(tr("By status — %1").arg(parts.join(QStringLiteral(" · "))));

    m_villageTable->setRowCount(0);
    m_villageTable->setRowCount(int(stats.byVillage.size()) + 1);
    for (int row = 0; row < stats.byVillage.size(); ++row) {
        const RosterStats::VillageFigures &v = stats.byVillage.at(row);
        auto *name = new QTableWidgetItem(v.name);
        name->setData(Qt::UserRole, v.id);
        m_villageTable->setItem(row, NameColumn, name);
        m_villageTable->setItem(row, CodeColumn, new QTableWidgetItem(v.code));
        m_villageTable->setItem(row, HouseholdsColumn, numberItem(locale.toString(v.householdsActive)));
        m_villageTable->setItem(row, PersonsColumn, numberItem(locale.toString(v.personsActive)));
        m_villageTable->setItem(row, CoveredColumn, numberItem(locale.toString(v.coveredPersonsActive)));
        m_villageTable->setItem(row, AmountColumn, numberItem(v.monthlyTotalActive.toDisplayString()));
    }
    // 合计: the township's figures, the same as the cards above.
    const int total = int(stats.byVillage.size());
    m_villageTable->setItem(total, NameColumn, new QTableWidgetItem(tr("Total")));
    m_villageTable->setItem(total, CodeColumn, new QTableWidgetItem(office.divisionCode));
    m_villageTable->setItem(total, HouseholdsColumn, numberItem(locale.toString(stats.householdsActive)));
    m_villageTable->setItem(total, PersonsColumn, numberItem(locale.toString(stats.personsActive)));
    m_villageTable->setItem(total, CoveredColumn, numberItem(locale.toString(stats.coveredPersonsActive)));
    m_villageTable->setItem(total, AmountColumn, numberItem(stats.monthlyTotalActive.toDisplayString()));
    for (int column = 0; column < Count; ++column) {
        QFont bold = m_villageTable->item(total, column)->font();
        bold.setBold(true);
        m_villageTable->item(total, column)->setFont(bold);
    }
    if (readStats && stats.householdsTotal == 0) {
        // A new office: the figures are zeros because there is no roster yet, and the page says where to begin.
        m_messageBar->showInfo(tr("The roster is still empty, so every figure here is 0. Begin on the Roster page "
                                  "(Ctrl+2): import the roster the office keeps, or add the households."));
        m_emptyHintShown = true;
    }
    const Result readCampaign = loadCampaign();
    m_charts->refresh();
    if (const Result &read = m_charts->readResult(); !read)
        m_messageBar->showProblem(tr("The charts could not be drawn: %1").arg(read.message()));
    if (!readCampaign)
        m_messageBar->showError(tr("The figures could not be read: %1").arg(readCampaign.message()));
    if (!readOffice || !readStats)
        m_messageBar->showError(tr("The figures could not be read: %1")
                                    .arg((!readOffice ? readOffice.result() : readStats.result()).message()));
    if (!m_db.isOpen())
        m_messageBar->showError(tr("The database is not open, so no figures can be shown."));
}

Result OverviewPage::loadCampaign()
{
    const QLocale locale;
    const QDate today = m_db.today();
    Result read;
    InspectionRepository inspections(m_db);
    const Outcome<QList<Inspection>> runs = inspections.inspections();
    const Outcome<InspectionProgress> progress = runs && !runs->isEmpty()
        ? inspections.progress(runs->first().id)
        : Outcome<InspectionProgress>(InspectionProgress());
    if (!runs || !progress) { // no figure rather than a wrong one
        read = !runs ? runs.result() : progress.result();
        m_inspectionLabel->setText(QStringLiteral("–"));
        m_inspectionDetailLabel->setText(tr("The self-inspection could not be read."));
    } else if (runs->isEmpty()) {
        m_inspectionLabel->setText(QStringLiteral("–"));
        m_inspectionDetailLabel->setText(tr("No self-inspection has been started yet."));
    } else {
        const Inspection &run = runs->first();
        const InspectionProgress &p = *progress;
        m_inspectionLabel->setText(
            QStringLiteral("%1 / %2").arg(locale.toString(p.answered), locale.toString(p.total)));
        QStringList byLink;
        for (Domain::Link link : Domain::allValues<Domain::Link>()) {
            const int n = p.problemsByLink.value(int(link));
            if (n > 0)
                byLink << tr("%1 %2").arg(Domain::label(link)).arg(n);
        }
        m_inspectionDetailLabel->setText(tr("%1: %2 problems found%3%4")
                                             .arg(run.name)
                                             .arg(p.problems)
                                             .arg(byLink.isEmpty() ? QString() : tr(" (%1)").arg(byLink.join(tr(", "))))
                                             .arg(run.isClosed() ? tr("; closed") : QString()));
    }
    // Counts not read show no figure rather than a wrong one, with the reason in the tooltip.
    const auto showCounts = [&locale](QLabel *label, const Outcome<LedgerCounts> &counts) {
        label->setText(counts ? tr("%1 (%2)").arg(locale.toString(counts->open), locale.toString(counts->overdue))
                              : QStringLiteral("–"));
        label->setToolTip(counts.result().message());
        label->setStyleSheet(counts && counts->overdue > 0 ? QStringLiteral("color: #b71c1c;") : QString());
    };
    showCounts(m_rectificationsLabel, RectificationRepository(m_db).counts());
    showCounts(m_complaintsLabel, ComplaintRepository(m_db).counts());
    if (const Outcome<QList<TypicalCase>> cases = CaseRepository(m_db).cases(Period::fromDate(today)); cases) {
        m_casesLabel->setText(locale.toString(cases->size()));
        m_casesLabel->setToolTip(QString());
    } else {
        m_casesLabel->setText(QStringLiteral("–")); // not read: no figure rather than a wrong one
        m_casesLabel->setToolTip(cases.result().message());
    }

    const Outcome<QList<CalendarEntry>> upcoming = CalendarRepository(m_db).upcoming(today, 14);
    if (!upcoming && read)
        read = upcoming.result();
    const QList<CalendarEntry> due = upcoming.valueOr({}); // unread: no deadlines rather than "none due"
    m_deadlineTable->setRowCount(0);
    m_deadlineTable->setRowCount(int(due.size()));
    for (int row = 0; row < due.size(); ++row) {
        const CalendarEntry &e = due.at(row);
        const bool overdue = e.isOverdue(today);
        const int days = int(today.daysTo(e.dueDate));
        auto *date = new QTableWidgetItem(locale.toString(e.dueDate, QLocale::ShortFormat));
        date->setData(Qt::UserRole, e.item.id);
        date->setData(Qt::UserRole + 1, e.dueDate);
        auto *title = new QTableWidgetItem(e.item.displayTitle());
        auto *state = new QTableWidgetItem(overdue ? tr("Overdue by %n day(s)", nullptr, -days)
                : days == 0                        ? tr("Due today")
                                                   : tr("In %n day(s)", nullptr, days));
        const QColor colour = overdue ? QColor(0xb7, 0x1c, 0x1c) : (days <= 3 ? QColor(0xb2, 0x6a, 0x00) : QColor());
        for (QTableWidgetItem *item : {date, title, state}) {
            if (colour.isValid())
                item->setForeground(colour);
        }
        m_deadlineTable->setItem(row, DueColumn, date);
        m_deadlineTable->setItem(row, SubmissionColumn, title);
        m_deadlineTable->setItem(row, StateColumn, state);
    }
    return read;
}

void OverviewPage::openCalendar()
{
    CalendarDialog dialog(m_db, this);
    const int row = m_deadlineTable->currentRow();
    if (row >= 0 && m_deadlineTable->item(row, DueColumn)) {
        dialog.selectEntry(m_deadlineTable->item(row, DueColumn)->data(Qt::UserRole).toLongLong(),
            m_deadlineTable->item(row, DueColumn)->data(Qt::UserRole + 1).toDate());
    }
    dialog.exec();
    refresh();
}
