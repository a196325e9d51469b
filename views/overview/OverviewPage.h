#pragma once

#include "core/Result.h"

#include <QWidget>

class Database;
class MessageBar;
class OverviewCharts;
class QGridLayout;
class QLabel;
class QTabWidget;
class QTableWidget;
class QPushButton;

// 工作台: the roster's figures at a glance — totals, households by status, figures per village.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Database &db, QWidget *parent = nullptr);

    OverviewCharts *charts() const { return m_charts; }

public Q_SLOTS:
    // Re-reads the figures now if the page is shown, else when it is next shown.
    void refresh();

    // Opens the reporting calendar (报送日历); with an entry selected in the deadlines, on that entry.
    void openCalendar();

Q_SIGNALS:
    void villageActivated(qint64 villageId);
    // A ledger figure was clicked: the page key to show (inspection, rectifications, complaints, cases).
    void ledgerActivated(const QString &pageKey);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    // The campaign's ledgers and the deadlines; what could not be read, if anything.
    Result loadCampaign();
    QLabel *addFigure(
        QGridLayout *grid, int column, const QString &objectName, const QString &caption, const QString &pageKey = {});

    Database &m_db;
    MessageBar *m_messageBar;
    bool m_emptyHintShown = false; // the bar shows where a new office begins
    QLabel *m_titleLabel;
    QLabel *m_householdsTotalLabel = nullptr;
    QLabel *m_householdsActiveLabel = nullptr;
    QLabel *m_personsActiveLabel = nullptr;
    QLabel *m_coveredActiveLabel = nullptr;
    QLabel *m_monthlyTotalLabel = nullptr;
    QLabel *m_byStatusLabel;
    QTableWidget *m_villageTable;
    // The charts, in a tab next to the village table.
    OverviewCharts *m_charts;
    QTabWidget *m_tabs;
    // The campaign (专项治理) at a glance, and the submissions due within 14 days or overdue.
    QLabel *m_inspectionLabel = nullptr;
    QLabel *m_rectificationsLabel = nullptr;
    QLabel *m_complaintsLabel = nullptr;
    QLabel *m_casesLabel = nullptr;
    QLabel *m_inspectionDetailLabel;
    QTableWidget *m_deadlineTable;
    bool m_dirty = true;
};
