#include "overview/OverviewCharts.h"

#include "shell/FileDialogs.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGridLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <cmath>

namespace {

const char *const kViewNames[OverviewCharts::kChartCount]
    = {"villageChartView", "trendChartView", "categoryChartView", "ledgerChartView"};
const char *const kActionNames[OverviewCharts::kChartCount]
    = {"exportVillageChartAction", "exportTrendChartAction", "exportCategoryChartAction", "exportLedgerChartAction"};

const QColor kBlue(0x15, 0x65, 0xc0);
const QColor kGreen(0x2e, 0x7d, 0x32);
const QColor kOrange(0xef, 0x6c, 0x00);
const QColor kRed(0xc6, 0x28, 0x28);
const QColor kGrey(0x90, 0xa4, 0xae);

QChart *newChart(const QString &title)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    return chart;
}

// The value over each bar. Set once the series is in its chart and on its axes: set before, Qt 6.4 draws none.
void showBarLabels(QBarSeries *series)
{
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setLabelsVisible(true);
    for (QBarSet *set : series->barSets())
        set->setLabelColor(Qt::black);
}

// Axis labels a little smaller than the text around them: the charts share the page with tables.
void addAxis(QChart *chart, QAbstractAxis *axis, Qt::Alignment alignment)
{
    QFont font = axis->labelsFont();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    axis->setLabelsFont(font);
    QFont title = axis->titleFont();
    title.setPointSizeF(font.pointSizeF());
    title.setBold(false);
    axis->setTitleFont(title);
    chart->addAxis(axis, alignment);
}

// A value axis from 0 to a round maximum in round steps (1, 2 or 5 × 10ⁿ), whole numbers when integral.
void setNiceRange(QValueAxis *axis, double max, bool integral)
{
    const double raw = std::max(max, integral ? 4.0 : 1.0) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    if (integral)
        step = std::max(step, 1.0);
    const double top = std::max(step, std::ceil(max / step) * step);
    axis->setRange(0, top);
    axis->setTickCount(int(std::lround(top / step)) + 1);
    axis->setLabelFormat(integral || step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.1f"));
}

} // namespace

OverviewCharts::OverviewCharts(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("overviewCharts"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    for (int which = 0; which < kChartCount; ++which) {
        auto *view = new QChartView(this);
        view->setObjectName(QString::fromLatin1(kViewNames[which]));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 150);
        view->setFrameShape(QFrame::StyledPanel);
        view->setContextMenuPolicy(Qt::ActionsContextMenu);
        view->setToolTip(tr("Right-click to export the chart as an image"));
        auto *action = new QAction(tr("Export &image…"), view);
        action->setObjectName(QString::fromLatin1(kActionNames[which]));
        connect(action, &QAction::triggered, this, [this, which] { exportChart(which); });
        view->addAction(action);
        m_views.append(view);
        grid->addWidget(view, which / 2, which % 2);
    }
    // Two by two in equal shares: each chart gets half the page's width.
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
}

QChartView *OverviewCharts::chartView(int which) const
{
    return m_views.value(which);
}

void OverviewCharts::refresh()
{
    Outcome<ChartData> read = ChartData::read(m_db);
    m_read = read.result();
    m_data = read ? std::move(read).value() : ChartData();
    for (int which = 0; which < kChartCount; ++which) {
        QChart *old = m_views.at(which)->chart();
        m_views.at(which)->setChart(createChart(which));
        delete old; // setChart releases the previous chart
    }
}

QChart *OverviewCharts::createChart(int which) const
{
    switch (which) {
    case VillageChart:
        return createVillageChart();
    case TrendChart:
        return createTrendChart(m_data.months);
    case CategoryChart:
        return createCategoryChart();
    case LedgerChart:
        return createLedgerChart();
    default:
        return nullptr;
    }
}

QChart *OverviewCharts::createVillageChart() const
{
    QChart *chart = newChart(tr("Active households by village"));
    auto *set = new QBarSet(tr("Active households"));
    set->setColor(kBlue);
    QStringList names;
    int max = 0;
    for (const ChartData::Village &v : m_data.villages) {
        *set << v.households;
        names << v.name;
        max = std::max(max, v.households);
    }
    auto *series = new QBarSeries;
    series->append(set);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(names);
    x->setGridLineVisible(false);
    x->setTruncateLabels(false);
    // Many villages: their names slanted rather than cut short.
    if (names.size() > 14)
        x->setLabelsAngle(-60);
    addAxis(chart, x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    // Room above the tallest bar for its label.
    setNiceRange(y, max * 1.12, true);
    addAxis(chart, y, Qt::AlignLeft);
    series->attachAxis(y);
    showBarLabels(series);
    chart->legend()->hide();
    return chart;
}

QChart *OverviewCharts::createTrendChart(const QList<ChartData::Month> &months)
{
    QChart *chart
        = newChart(tr("Households, covered persons and monthly total, last %n month(s)", nullptr, int(months.size())));
    auto *households = new QLineSeries;
    households->setName(tr("Households"));
    households->setPen(QPen(kBlue, 2));
    auto *persons = new QLineSeries;
    persons->setName(tr("Covered persons"));
    persons->setPen(QPen(kGreen, 2));
    auto *amount = new QLineSeries;
    amount->setPen(QPen(kOrange, 2, Qt::DashLine));
    qint64 maxCount = 0, maxFen = 0;
    for (const ChartData::Month &m : months) {
        maxCount = std::max<qint64>(maxCount, std::max(m.households, m.coveredPersons));
        maxFen = std::max(maxFen, m.monthlyFen);
    }
    // Large townships read better in 万元 (10,000 yuan), as the bureaus' own tables give them.
    const bool tenThousands = maxFen >= 100'000'000;
    const double divisor = tenThousands ? 1'000'000.0 : 100.0;
    amount->setName(tenThousands ? tr("Monthly total (10,000 yuan)") : tr("Monthly total (yuan)"));
    for (int i = 0; i < months.size(); ++i) {
        households->append(i, months.at(i).households);
        persons->append(i, months.at(i).coveredPersons);
        amount->append(i, double(months.at(i).monthlyFen) / divisor);
    }
    chart->addSeries(households);
    chart->addSeries(persons);
    chart->addSeries(amount);

    auto *x = new QCategoryAxis;
    x->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    x->setTruncateLabels(false);
    // Every third month, counted back from the newest so that the current month is labelled.
    const qsizetype n = months.size();
    for (qsizetype i = 0; i < n; ++i) {
        if ((n - 1 - i) % 3 == 0)
            x->append(months.at(i).period.toString(), double(i));
    }
    x->setRange(0, std::max<double>(double(n - 1), 1));
    addAxis(chart, x, Qt::AlignBottom);
    auto *left = new QValueAxis;
    setNiceRange(left, double(maxCount) * 1.05, true);
    addAxis(chart, left, Qt::AlignLeft);
    auto *right = new QValueAxis;
    right->setTitleText(tenThousands ? tr("10,000 yuan") : tr("Yuan"));
    setNiceRange(right, double(maxFen) / divisor * 1.05, false);
    right->setGridLineVisible(false);
    right->setLabelsColor(kOrange.darker(120));
    addAxis(chart, right, Qt::AlignRight);
    for (QLineSeries *s : {households, persons, amount}) {
        s->attachAxis(x);
        s->attachAxis(s == amount ? right : left);
    }
    chart->legend()->setAlignment(Qt::AlignTop);
    return chart;
}

QChart *OverviewCharts::createCategoryChart() const
{
    QChart *chart = newChart(tr("Active households by category"));
    auto *series = new QPieSeries;
    series->setPieSize(0.8);
    int total = 0;
    for (const ChartData::CategoryCount &c : m_data.categories)
        total += c.households;
    const QLocale locale;
    const QColor colours[] = {kBlue, kRed, kOrange, kGreen};
    for (const ChartData::CategoryCount &c : m_data.categories) {
        //: Pie slice: category, households, share; e.g. A类 120户（12%）
        const QString text = tr("%1: %2 (%3%)")
                                 .arg(Domain::label(c.category), locale.toString(c.households))
                                 .arg(total > 0 ? std::lround(100.0 * c.households / total) : 0);
        QPieSlice *slice = series->append(text, c.households);
        slice->setColor(colours[int(c.category) % 4]);
        slice->setBorderColor(Qt::white);
    }
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    if (total == 0)
        chart->setTitle(tr("Active households by category (none)"));
    return chart;
}

QChart *OverviewCharts::createLedgerChart() const
{
    QChart *chart = newChart(tr("Complaints and rectifications"));
    auto *open = new QBarSet(tr("Open"));
    open->setColor(kOrange);
    *open << m_data.complaintsOpen << m_data.rectificationsOpen;
    auto *finished = new QBarSet(tr("Closed / rectified"));
    finished->setColor(kGreen);
    *finished << m_data.complaintsClosed << m_data.rectificationsDone;
    auto *series = new QBarSeries;
    series->append(open);
    series->append(finished);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append({tr("Complaints and tips"), tr("Rectifications")});
    x->setGridLineVisible(false);
    x->setTruncateLabels(false);
    addAxis(chart, x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    const int max = std::max(
        {m_data.complaintsOpen, m_data.complaintsClosed, m_data.rectificationsOpen, m_data.rectificationsDone});
    setNiceRange(y, max * 1.15, true);
    addAxis(chart, y, Qt::AlignLeft);
    series->attachAxis(y);
    showBarLabels(series);
    chart->legend()->setAlignment(Qt::AlignTop);
    if (max == 0)
        chart->setTitle(tr("Complaints and rectifications (none yet)"));
    return chart;
}

QImage OverviewCharts::render(QChart *chart, const QSize &size)
{
    // A chart laid out in a scene of its own, so that the one on screen keeps its size.
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(size)));
    chart->setBackgroundBrush(Qt::white);
    chart->setDropShadowEnabled(false);
    chart->layout()->activate();
    constexpr qreal kScale = 2;
    QImage image(size * kScale, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(kScale);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), QRectF(QPointF(0, 0), QSizeF(size)));
    painter.end();
    return image; // the scene deletes the chart
}

QImage OverviewCharts::chartImage(int which, const QSize &size) const
{
    QChart *chart = createChart(which);
    return chart ? render(chart, size) : QImage();
}

QImage OverviewCharts::trendImage(const QList<ChartData::Month> &months, const QSize &size)
{
    return render(createTrendChart(months), size);
}

bool OverviewCharts::saveChartPng(int which, const QString &path) const
{
    const QImage image = chartImage(which, QSize(1200, 750));
    return !image.isNull() && image.save(path, "PNG");
}

void OverviewCharts::exportChart(int which)
{
    static const char *const suggested[kChartCount] = {QT_TR_NOOP("households-by-village.png"),
        QT_TR_NOOP("monthly-trend.png"), QT_TR_NOOP("households-by-category.png"), QT_TR_NOOP("ledgers.png")};
    if (which < 0 || which >= kChartCount)
        return;
    const QString path
        = FileDialogs::saveFileName(this, tr("Export image"), tr(suggested[which]), tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    if (saveChartPng(which, path))
        emit exported(true, tr("The chart was saved to %1.").arg(QDir::toNativeSeparators(path)));
    else
        emit exported(false,
            tr("The chart could not be saved to %1. Choose a folder you may write to.")
                .arg(QDir::toNativeSeparators(path)));
}
