#pragma once

#include "reports/compute/ChartData.h"

#include <QImage>
#include <QWidget>

class Database;
class QChart;
class QChartView;

// The overview's four charts (Qt Charts): active households per village, the last 24 months' households,
// covered persons and monthly total, active households by category, and the ledgers' open and finished
// items. Each chart exports as a PNG from its context menu.
class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    enum Chart { VillageChart, TrendChart, CategoryChart, LedgerChart };
    static constexpr int kChartCount = 4;

    explicit OverviewCharts(Database &db, QWidget *parent = nullptr);

    const ChartData &data() const { return m_data; }
    // Whether the last refresh() could read the figures (the charts are then empty).
    const Result &readResult() const { return m_read; }
    QChartView *chartView(int which) const;

    // A chart drawn afresh at a size (logical pixels, drawn at twice the resolution), white background.
    QImage chartImage(int which, const QSize &size) const;
    // The line chart, for the monthly report's appendix.
    QImage trendImage(const QSize &size) const { return chartImage(TrendChart, size); }
    static QImage trendImage(const QList<ChartData::Month> &months, const QSize &size);
    // Writes a chart as a PNG (1200 × 750); false if the file could not be written.
    bool saveChartPng(int which, const QString &path) const;

public Q_SLOTS:
    // Re-reads the figures and redraws every chart.
    void refresh();
    // Asks for a file name and writes the chart there as a PNG.
    void exportChart(int which);

Q_SIGNALS:
    // After an export from the context menu: what happened, for the page's message bar.
    void exported(bool ok, const QString &message);

private:
    QChart *createChart(int which) const;
    QChart *createVillageChart() const;
    static QChart *createTrendChart(const QList<ChartData::Month> &months);
    QChart *createCategoryChart() const;
    QChart *createLedgerChart() const;
    static QImage render(QChart *chart, const QSize &size);

    Database &m_db;
    ChartData m_data;
    Result m_read;
    QList<QChartView *> m_views;
};
