// The report page (统计报表) and the overview's charts, driven as a clerk would use them.
#include "TestSupport.h"
#include "core/AppSettings.h"
#include "demo/DemoGenerator.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "office/OfficeRepository.h"
#include "overview/OverviewCharts.h"
#include "overview/OverviewPage.h"
#include "reports/ReportPage.h"
#include "reports/compute/ChartData.h"
#include "reports/compute/ReportCatalog.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportPainter.h"
#include "reports/table/ReportTableModel.h"
#include "roster/RosterPage.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "shell/FileDialogs.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLineSeries>
#include <QListWidget>
#include <QPieSeries>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

// For looking at the page: DIBAO_SCREENSHOT_DIR=/tmp/shots ./tst_gui_reports
void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("DIBAO_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

const QDateTime kNow(QDate(2026, 11, 20), QTime(10, 0));
const Period kOctober(2026, 10);

QByteArray fileStart(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

} // namespace

class TestGuiReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void defaultsToThePreviousMonth();
    void monthlyReportHasOneRowPerVillageAndTheTotal();
    void computesOnceTheClerkStopsChangingTheMonth();
    void chartTrendAgreesWithTheMonthlyReport();
    void refusalShowsInTheMessageBar();
    void printPreviewPagesMatchThePainter();
    void exportButtonsWriteFiles();
    void chartsShowDataAndFollowTheRoster();
    void chartExportsAsPng();

private:
    ReportPage *reportPage() const { return m_window->reportPage(); }
    OverviewCharts *charts() const { return m_window->overviewPage()->charts(); }
    void clickButton(const char *objectName);

    std::unique_ptr<TestSupport::TempDatabase> m_db;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    int m_villages = 0;
};

void TestGuiReports::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
}

void TestGuiReports::init()
{
    MessageBoxes::clearAnswers();
    m_db = TestSupport::makeDatabase(false);
    QVERIFY(m_db->db->isOpen());
    m_db->db->setClock([] { return kNow; });
    const Result generated = DemoGenerator(*m_db->db).generate(60, 5);
    QVERIFY2(generated, qPrintable(generated.message()));
    m_villages = int(OfficeRepository(*m_db->db).villages().value().size());
    QVERIFY(m_villages >= 2);

    m_settings = std::make_unique<AppSettings>(m_db->dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<MainWindow>(*m_db->db, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->showPage(QStringLiteral("reports")));
    QVERIFY(reportPage()->isVisible());
}

void TestGuiReports::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_db.reset();
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

void TestGuiReports::clickButton(const char *objectName)
{
    auto *button = reportPage()->findChild<QPushButton *>(QString::fromLatin1(objectName));
    if (!button)
        QFAIL(objectName);
    QVERIFY2(button->isEnabled(), objectName);
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestGuiReports::defaultsToThePreviousMonth()
{
    QCOMPARE(reportPage()->currentReport(), QStringLiteral("monthly"));
    QCOMPARE(reportPage()->period(), kOctober);
    auto *list = reportPage()->findChild<QListWidget *>(QStringLiteral("reportListWidget"));
    QCOMPARE(list->count(), int(ReportCatalog::definitions().size()));
    // Shown, the page computed the selected report at once.
    QVERIFY(reportPage()->hasTable());
    QCOMPARE(reportPage()->table().id, QStringLiteral("monthly"));
    QCOMPARE(reportPage()->table().period, kOctober);
}

void TestGuiReports::computesOnceTheClerkStopsChangingTheMonth()
{
    reportPage()->setPeriod(kOctober);
    QVERIFY(reportPage()->selectReport(QStringLiteral("monthly")));
    QCOMPARE(reportPage()->table().period, kOctober);
    auto *edit = reportPage()->findChild<QDateEdit *>(QStringLiteral("periodDateEdit"));
    QVERIFY(edit);
    // Stepping back two months: nothing is computed while the clerk is still stepping.
    edit->setDate(QDate(2026, 9, 1));
    edit->setDate(QDate(2026, 8, 1));
    QVERIFY(reportPage()->isStale());
    QCOMPARE(reportPage()->table().period, kOctober);
    // Then the month chosen last is computed.
    QTRY_COMPARE(reportPage()->table().period, Period(2026, 8));
    QVERIFY(!reportPage()->isStale());
    // Exporting right after a change exports the month now chosen, not the one on preview.
    edit->setDate(QDate(2026, 7, 1));
    QVERIFY(reportPage()->isStale());
    const QString path = m_db->dir.filePath(QStringLiteral("july.csv"));
    FileDialogs::setNextFileName(path);
    clickButton("exportCsvButton");
    QCOMPARE(reportPage()->table().period, Period(2026, 7));
    // The file holds July's table, as the writer writes it.
    ReportTable july;
    QVERIFY(ReportCatalog(*m_db->db).compute(QStringLiteral("monthly"), Period(2026, 7), {}, &july));
    const QString expected = m_db->dir.filePath(QStringLiteral("july-expected.csv"));
    QVERIFY(ReportCsvWriter::write(july, expected));
    QFile written(path);
    QFile wanted(expected);
    QVERIFY(written.open(QIODevice::ReadOnly) && wanted.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), wanted.readAll());
    reportPage()->setPeriod(kOctober);
}

void TestGuiReports::monthlyReportHasOneRowPerVillageAndTheTotal()
{
    ReportTableModel *model = reportPage()->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    reportPage()->setPeriod(Period(2026, 9));
    QVERIFY(reportPage()->selectReport(QStringLiteral("changes")));
    QVERIFY(reportPage()->selectReport(QStringLiteral("monthly")));
    QCOMPARE(reportPage()->table().period, Period(2026, 9));

    auto *view = reportPage()->findChild<QTableView *>(QStringLiteral("previewTableView"));
    QCOMPARE(view->model(), model);
    QCOMPARE(model->rowCount(), m_villages + 1);
    const int total = model->rowCount() - 1;
    QCOMPARE(model->index(total, 1).data().toString(), QStringLiteral("合计"));
    QCOMPARE(model->index(total, 0).data(ReportTableModel::RowKindRole).toInt(), int(ReportRow::Kind::Total));
    QVERIFY(model->index(total, 2).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model->index(0, 2).data(Qt::FontRole).value<QFont>().bold());
    qint64 households = 0;
    for (int row = 0; row < total; ++row)
        households += model->index(row, 2).data(ReportTableModel::ValueRole).toLongLong();
    QVERIFY(households > 0);
    QCOMPARE(model->index(total, 2).data(ReportTableModel::ValueRole).toLongLong(), households);
    // The multi-level header is readable on its own: the levels over a column joined.
    QCOMPARE(model->headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("保障人数（人）-合计"));
    QCOMPARE(model->headerData(8, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("本月新增-户数"));
    QCOMPARE(model->headerData(10, Qt::Horizontal, Qt::ToolTipRole).toString(), QStringLiteral("本月减少-户数"));
    QVERIFY(model->headerData(8, Qt::Horizontal).toString().contains(u'\n'));
    saveScreenshot(m_window.get(), QStringLiteral("reports-monthly"));

    QVERIFY(reportPage()->selectReport(QStringLiteral("roster")));
    QVERIFY(model->rowCount() > households);
    saveScreenshot(m_window.get(), QStringLiteral("reports-roster"));
}

void TestGuiReports::chartTrendAgreesWithTheMonthlyReport()
{
    // The chart's months follow the monthly report's rule (the status history at each month's end).
    const QList<ChartData::Month> months = ChartData::trend(*m_db->db, kOctober).value();
    QCOMPARE(months.size(), ChartData::kMonths);
    QCOMPARE(months.constLast().period, kOctober);
    QCOMPARE(months.constFirst().period, Period(2024, 11));
    const ReportCatalog catalog(*m_db->db);
    for (int i : {0, 11, 20, 23}) {
        ReportTable table;
        QVERIFY(catalog.compute(QStringLiteral("monthly"), months.at(i).period, {}, &table));
        const ReportRow &total = table.rows.constLast();
        QCOMPARE(months.at(i).households, total.cells.at(2).toInt());
        QCOMPARE(months.at(i).coveredPersons, total.cells.at(3).toInt());
        QCOMPARE(months.at(i).monthlyFen, total.cells.at(12).toLongLong());
    }
}

void TestGuiReports::refusalShowsInTheMessageBar()
{
    // A township that has not run a self-inspection: the summary cannot be made, and the page says so.
    const std::unique_ptr<TestSupport::TempDatabase> fresh = TestSupport::makeDatabase();
    fresh->db->setClock([] { return kNow; });
    ReportPage page(*fresh->db);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.hasTable());
    QVERIFY(page.selectReport(QStringLiteral("inspection")));
    QVERIFY2(!page.hasTable(), qPrintable(page.table().title));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.messageBar()->isVisible());
    QVERIFY(page.messageBar()->text().contains(QStringLiteral("self-inspection")));
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("printPreviewButton"))->isEnabled());
    QVERIFY(!page.createPrintPreview());

    QVERIFY(page.selectReport(QStringLiteral("complaints")));
    QVERIFY(page.hasTable());
    QVERIFY(!page.messageBar()->isVisible());
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportPdfButton"))->isEnabled());
}

void TestGuiReports::printPreviewPagesMatchThePainter()
{
    QVERIFY(reportPage()->selectReport(QStringLiteral("roster")));
    QVERIFY(reportPage()->hasTable());
    const int pages = reportPage()->printPreviewPageCount();
    QPrinter printer(QPrinter::HighResolution);
    ReportPainter painter(reportPage()->table());
    const int expected = painter.pageCount(&printer);
    QVERIFY2(expected >= 2, qPrintable(QString::number(expected)));
    QCOMPARE(pages, expected);
    // Qt's page setup dialog crashes with Debian's Qt 6.4.2: the preview does not offer it.
    const std::unique_ptr<QPrintPreviewDialog> dialog(reportPage()->createPrintPreview());
    QVERIFY(dialog);
    for (const QAction *action : dialog->findChildren<QAction *>())
        QVERIFY(!action->isVisible() || action->text() != QLatin1String("Page setup"));
    // Printed to a PDF file from the preview: the pages as previewed, with a searchable text layer.
    QVERIFY(reportPage()->selectReport(QStringLiteral("monthly")));
    const std::unique_ptr<QPrintPreviewDialog> monthly(reportPage()->createPrintPreview());
    const QString path = m_db->dir.filePath(QStringLiteral("printed.pdf"));
    monthly->printer()->setOutputFormat(QPrinter::PdfFormat);
    monthly->printer()->setOutputFileName(path);
    monthly->findChild<QPrintPreviewWidget *>()->print();
    QCOMPARE(fileStart(path, 5), QByteArray("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess process;
        process.start(pdftotext, {QStringLiteral("-layout"), path, QStringLiteral("-")});
        QVERIFY(process.waitForFinished());
        const QString text = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("老年人")), qPrintable(text.left(400)));
        // pdftotext drops the spaces of "第 1 页 共 2 页".
        QString compact = text;
        compact.remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(compact.contains(QStringLiteral("第1页共%1页").arg(reportPage()->printPreviewPageCount())));
    }
    QCOMPARE(printer.pageLayout().orientation(),
        reportPage()->table().landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
}

void TestGuiReports::exportButtonsWriteFiles()
{
    QVERIFY(reportPage()->selectReport(QStringLiteral("monthly")));
    const QString pdf = m_db->dir.filePath(QStringLiteral("monthly.pdf"));
    FileDialogs::setNextFileName(pdf);
    clickButton("exportPdfButton");
    QCOMPARE(fileStart(pdf, 5), QByteArray("%PDF-"));
    QCOMPARE(reportPage()->messageBar()->level(), MessageBar::Level::Info);
    QVERIFY(reportPage()->messageBar()->text().contains(QFileInfo(pdf).fileName()));
    {
        // The monthly report carries the trend chart as its appendix: an image in the PDF.
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("/Subtype /Image"));
    }

    const QString xlsx = m_db->dir.filePath(QStringLiteral("monthly")); // the suffix is added
    FileDialogs::setNextFileName(xlsx);
    clickButton("exportExcelButton");
    QCOMPARE(fileStart(xlsx + QStringLiteral(".xlsx"), 2), QByteArray("PK"));

    const QString csv = m_db->dir.filePath(QStringLiteral("monthly.csv"));
    FileDialogs::setNextFileName(csv);
    clickButton("exportCsvButton");
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("合计")));
    for (const Village &v : OfficeRepository(*m_db->db).villages().value())
        QVERIFY(text.contains(v.name));

    // Cancelling the file dialog writes nothing and says nothing.
    reportPage()->messageBar()->dismiss();
    FileDialogs::setNextFileName(QString());
    clickButton("exportPdfButton");
    QVERIFY(!reportPage()->messageBar()->isVisible());
}

void TestGuiReports::chartsShowDataAndFollowTheRoster()
{
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    const RosterStats before = StatsRepository(*m_db->db).stats().value();
    QVERIFY(before.householdsActive > 0);

    const auto villageSet = [this] {
        auto *series = qobject_cast<QBarSeries *>(
            charts()->chartView(OverviewCharts::VillageChart)->chart()->series().constFirst());
        return series->barSets().constFirst();
    };
    const auto trendSeries = [this](int which) {
        return qobject_cast<QLineSeries *>(
            charts()->chartView(OverviewCharts::TrendChart)->chart()->series().at(which));
    };
    const auto pieSum = [this] {
        auto *pie = qobject_cast<QPieSeries *>(
            charts()->chartView(OverviewCharts::CategoryChart)->chart()->series().constFirst());
        return qRound(pie->sum());
    };
    QCOMPARE(villageSet()->count(), m_villages);
    QCOMPARE(qRound(villageSet()->sum()), before.householdsActive);
    QCOMPARE(trendSeries(0)->count(), ChartData::kMonths);
    QCOMPARE(trendSeries(1)->count(), ChartData::kMonths);
    QCOMPARE(trendSeries(2)->count(), ChartData::kMonths);
    QCOMPARE(qRound(trendSeries(0)->at(ChartData::kMonths - 1).y()), before.householdsActive);
    QCOMPARE(pieSum(), before.householdsActive);
    auto *ledgers
        = qobject_cast<QBarSeries *>(charts()->chartView(OverviewCharts::LedgerChart)->chart()->series().constFirst());
    QCOMPARE(ledgers->barSets().size(), 2);
    QCOMPARE(ledgers->barSets().constFirst()->count(), 2);
    // The demo township keeps ledgers: every complaint and rectification is in one of the bars.
    const LedgerCounts complaints = ComplaintRepository(*m_db->db).counts().value();
    const LedgerCounts rectifications = RectificationRepository(*m_db->db).counts().value();
    QVERIFY(complaints.total > 0 && rectifications.total > 0);
    QCOMPARE(qRound(ledgers->barSets().at(0)->at(0) + ledgers->barSets().at(1)->at(0)), complaints.total);
    QCOMPARE(qRound(ledgers->barSets().at(0)->at(1) + ledgers->barSets().at(1)->at(1)), rectifications.total);
    QCOMPARE(qRound(ledgers->barSets().at(0)->at(0)), complaints.open);
    QCOMPARE(qRound(ledgers->barSets().at(0)->at(1)), rectifications.open);
    saveScreenshot(m_window.get(), QStringLiteral("overview"));

    // A household on dibao since 2021 added in the roster: the overview's charts follow (every month of the
    // trend gains it), the report preview is stale.
    QList<QPointF> households = trendSeries(0)->points();
    QList<QPointF> persons = trendSeries(1)->points();
    const qint64 village = OfficeRepository(*m_db->db).villages().value().constFirst().id;
    const int firstVillage = qRound(villageSet()->at(0));
    Household h = TestSupport::household(village, QStringLiteral("王新户"), QDate(1931, 2, 3), 901, 2);
    const Result created = RosterRepository(*m_db->db).createHousehold(h);
    QVERIFY2(created, qPrintable(created.message()));
    // No page wrote it: the window follows what the database announced (ChangeHub), once.
    QSignalSpy followed(m_window.get(), &MainWindow::changesFollowed);
    QVERIFY(followed.wait());
    QCOMPARE(followed.size(), 1);
    QVERIFY(reportPage()->isStale());
    QCOMPARE(qRound(villageSet()->at(0)), firstVillage + 1);
    QCOMPARE(qRound(villageSet()->sum()), before.householdsActive + 1);
    QCOMPARE(pieSum(), before.householdsActive + 1);
    for (int i = 0; i < ChartData::kMonths; ++i) {
        QCOMPARE(qRound(trendSeries(0)->at(i).y()), qRound(households.at(i).y()) + 1);
        QCOMPARE(qRound(trendSeries(1)->at(i).y()), qRound(persons.at(i).y()) + 3);
    }

    // Back on the report page, the preview is computed again.
    QVERIFY(m_window->showPage(QStringLiteral("reports")));
    QVERIFY(!reportPage()->isStale());
}

void TestGuiReports::chartExportsAsPng()
{
    const QString path = m_db->dir.filePath(QStringLiteral("trend.png"));
    QVERIFY(charts()->saveChartPng(OverviewCharts::TrendChart, path));
    QImage image(path);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 1200);
    // Something is drawn: not one colour all over.
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY(colours.size() > 10);
    QVERIFY(!charts()->trendImage(QSize(800, 320)).isNull());

    // From the chart's context menu, through the file dialog.
    QVERIFY(m_window->showPage(QStringLiteral("overview")));
    auto *action = charts()->findChild<QAction *>(QStringLiteral("exportVillageChartAction"));
    QVERIFY(action);
    const QString villages = m_db->dir.filePath(QStringLiteral("villages.png"));
    FileDialogs::setNextFileName(villages);
    action->trigger();
    QVERIFY(!QImage(villages).isNull());
}

QTEST_MAIN(TestGuiReports)
#include "tst_gui_reports.moc"
