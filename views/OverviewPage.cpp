#include "OverviewPage.h"

#include "Database.h"
#include "Domain.h"
#include "MessageBar.h"
#include "OfficeRepository.h"
#include "StatsRepository.h"

#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum VillageColumn { NameColumn, CodeColumn, HouseholdsColumn, PersonsColumn, CoveredColumn, AmountColumn, Count };

QTableWidgetItem *numberItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}
} // namespace

OverviewPage::OverviewPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_titleLabel(new QLabel(this))
    , m_byStatusLabel(new QLabel(this))
    , m_villageTable(new QTableWidget(0, Count, this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_titleLabel);
    layout->addLayout(figures);
    layout->addWidget(m_byStatusLabel);
    layout->addWidget(new QLabel(tr("Active households by village"), this));
    layout->addWidget(m_villageTable, 1);

    connect(m_villageTable, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        const QTableWidgetItem *item = m_villageTable->item(row, NameColumn);
        if (item && item->data(Qt::UserRole).toLongLong() > 0)
            emit villageActivated(item->data(Qt::UserRole).toLongLong());
    });
}

QLabel *OverviewPage::addFigure(QGridLayout *grid, int column, const QString &objectName, const QString &caption)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *value = new QLabel(QStringLiteral("–"), frame);
    value->setObjectName(objectName);
    QFont font = value->font();
    font.setPointSizeF(font.pointSizeF() * 2);
    font.setBold(true);
    value->setFont(font);
    box->addWidget(new QLabel(caption, frame));
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
    const QLocale locale;
    const Office office = OfficeRepository(m_db).office();
    m_titleLabel->setText(office.name.isEmpty() ? tr("Dibao roster") : tr("%1 dibao roster").arg(office.name));

    const RosterStats stats = StatsRepository(m_db).stats();
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
    if (!m_db.isOpen())
        m_messageBar->showError(tr("The database is not open, so no figures can be shown."));
}
