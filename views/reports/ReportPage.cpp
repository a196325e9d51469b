#include "reports/ReportPage.h"

#include "ledgers/inspection/InspectionRepository.h"
#include "overview/OverviewCharts.h"
#include "reports/compute/ChartData.h"
#include "reports/compute/ReportCatalog.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportPainter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "reports/table/ReportOutputLog.h"
#include "reports/table/ReportTableModel.h"
#include "shell/DateEdit.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBar.h"
#include "shell/ScreenFit.h"
#include "shell/VillageChoices.h"
#include "storage/Database.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPaintEngine>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QShowEvent>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int kPeriodDelayMs = 300;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}

// Reports whose figures do not depend on a month: the disclosure table is the current state; the inspection
// summary belongs to the run chosen.
bool ignoresPeriod(const QString &name)
{
    return name == QLatin1String("disclosure") || name == QLatin1String("inspection");
}

} // namespace

ReportPage::ReportPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ReportTableModel(this))
    , m_messageBar(new MessageBar(this))
    , m_list(new QListWidget(this))
    , m_periodEdit(new DateEdit(this))
    , m_monthOnlyCheck(new QCheckBox(tr("&Only this month"), this))
    , m_villageLabel(new QLabel(tr("&Village:"), this))
    , m_villageCombo(new QComboBox(this))
    , m_inspectionLabel(new QLabel(tr("&Self-inspection:"), this))
    , m_inspectionCombo(new QComboBox(this))
    , m_titleLabel(new QLabel(this))
    , m_view(new QTableView(this))
    , m_refreshButton(button(tr("&Refresh"), QStringLiteral("refreshButton"), this))
    , m_printButton(button(tr("&Print preview…"), QStringLiteral("printPreviewButton"), this))
    , m_pdfButton(button(tr("Export P&DF…"), QStringLiteral("exportPdfButton"), this))
    , m_excelButton(button(tr("Export &Excel…"), QStringLiteral("exportExcelButton"), this))
    , m_csvButton(button(tr("Export &CSV…"), QStringLiteral("exportCsvButton"), this))
    , m_periodTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("reportPage"));

    m_list->setObjectName(QStringLiteral("reportListWidget"));
    m_list->setFixedWidth(220);
    m_list->setSpacing(1);
    for (const ReportCatalog::Definition &d : ReportCatalog::definitions()) {
        auto *item = new QListWidgetItem(d.title, m_list);
        item->setData(Qt::UserRole, d.name);
        item->setToolTip(d.zhTitle);
    }

    const QDate today = m_db.today();
    m_periodEdit->setObjectName(QStringLiteral("periodDateEdit"));
    m_periodEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_periodEdit->setCalendarPopup(false);
    m_periodEdit->setMinimumDate(QDate(2000, 1, 1));
    m_periodEdit->setMaximumDate(today);
    m_periodEdit->setDate(Period::fromDate(today).previous().firstDay());
    m_periodEdit->setToolTip(tr("The month the table covers; tables are usually made after the month ends"));
    m_monthOnlyCheck->setObjectName(QStringLiteral("monthOnlyCheckBox"));
    m_monthOnlyCheck->setToolTip(tr("Only the records of the month; unchecked, the ledger lists every record"));
    m_villageCombo->setObjectName(QStringLiteral("villageComboBox"));
    m_villageCombo->setMinimumContentsLength(10);
    m_villageLabel->setBuddy(m_villageCombo);
    m_inspectionCombo->setObjectName(QStringLiteral("inspectionComboBox"));
    m_inspectionCombo->setMinimumContentsLength(18);
    m_inspectionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_inspectionLabel->setBuddy(m_inspectionCombo);
    m_refreshButton->setToolTip(tr("Compute the table again from the current data"));

    m_titleLabel->setObjectName(QStringLiteral("reportTitleLabel"));
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);

    m_view->setObjectName(QStringLiteral("previewTableView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_view->horizontalHeader()->setHighlightSections(false);

    auto *periodLabel = new QLabel(tr("Report &month:"), this);
    periodLabel->setBuddy(m_periodEdit);
    auto *options = new QHBoxLayout;
    options->addWidget(periodLabel);
    options->addWidget(m_periodEdit);
    options->addWidget(m_monthOnlyCheck);
    options->addSpacing(12);
    options->addWidget(m_villageLabel);
    options->addWidget(m_villageCombo);
    options->addWidget(m_inspectionLabel);
    options->addWidget(m_inspectionCombo);
    options->addStretch();
    options->addWidget(m_refreshButton);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    for (QPushButton *b : {m_printButton, m_pdfButton, m_excelButton, m_csvButton})
        buttons->addWidget(b);

    auto *right = new QVBoxLayout;
    right->addLayout(options);
    right->addWidget(m_titleLabel);
    right->addWidget(m_view, 1);
    right->addLayout(buttons);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addLayout(right, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &ReportPage::reportChanged);
    // Stepping through the months computes once the clerk stops, not for every month passed (a monthly report
    // of 80,000 households takes a moment); printing or exporting in between computes first (ensureTable()).
    m_periodTimer->setSingleShot(true);
    m_periodTimer->setInterval(kPeriodDelayMs);
    connect(m_periodEdit, &QDateEdit::dateChanged, this, [this] {
        m_stale = true;
        m_periodTimer->start();
    });
    connect(m_periodTimer, &QTimer::timeout, this, [this] {
        if (m_stale)
            compute();
    });
    connect(m_monthOnlyCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_periodEdit->setEnabled(on);
        compute();
    });
    connect(m_villageCombo, &QComboBox::currentIndexChanged, this, &ReportPage::compute);
    connect(m_inspectionCombo, &QComboBox::currentIndexChanged, this, &ReportPage::compute);
    connect(m_refreshButton, &QPushButton::clicked, this, &ReportPage::compute);
    connect(m_printButton, &QPushButton::clicked, this, &ReportPage::printPreview);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReportPage::exportPdf);
    connect(m_excelButton, &QPushButton::clicked, this, &ReportPage::exportExcel);
    connect(m_csvButton, &QPushButton::clicked, this, &ReportPage::exportCsv);

    // Nothing is computed until the page is shown.
    const QSignalBlocker blocker(m_list);
    m_list->setCurrentRow(0);
    reportChanged();
}

QString ReportPage::currentReport() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

bool ReportPage::selectReport(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

Period ReportPage::period() const
{
    const std::optional<ReportCatalog::Definition> d = ReportCatalog::definition(currentReport());
    if (!d || ignoresPeriod(d->name))
        return {};
    if (d->needsPeriod || m_monthOnlyCheck->isChecked())
        return Period::fromDate(m_periodEdit->date());
    return {};
}

void ReportPage::setPeriod(const Period &period)
{
    m_periodEdit->setDate(period.firstDay());
    if (m_stale)
        compute(); // now, not after the pause meant for a clerk stepping through the months
}

void ReportPage::reportChanged()
{
    const std::optional<ReportCatalog::Definition> d = ReportCatalog::definition(currentReport());
    if (!d)
        return;
    const bool periodless = ignoresPeriod(d->name);
    m_monthOnlyCheck->setVisible(!d->needsPeriod && !periodless);
    m_periodEdit->setEnabled(!periodless && (d->needsPeriod || m_monthOnlyCheck->isChecked()));
    const bool roster = d->name == QLatin1String("roster");
    const bool inspection = d->name == QLatin1String("inspection");
    m_villageLabel->setVisible(roster);
    m_villageCombo->setVisible(roster);
    m_inspectionLabel->setVisible(inspection);
    m_inspectionCombo->setVisible(inspection);
    compute();
}

void ReportPage::reloadChoices()
{
    m_choicesStale = false;
    const QSignalBlocker villageBlocker(m_villageCombo);
    const QSignalBlocker inspectionBlocker(m_inspectionCombo);
    const qint64 village = m_villageCombo->currentData().toLongLong();
    m_villageCombo->clear();
    m_villageCombo->addItem(tr("All villages"), qint64(0));
    if (const Result read = addVillageChoices(m_villageCombo, m_db); !read)
        m_messageBar->showError(tr("The villages could not be read: %1").arg(read.message()));
    m_villageCombo->setCurrentIndex(std::max(0, m_villageCombo->findData(village)));

    const qint64 run = m_inspectionCombo->currentData().toLongLong();
    m_inspectionCombo->clear();
    const Outcome<QList<Inspection>> runs = InspectionRepository(m_db).inspections();
    for (const Inspection &i : runs.valueOr({}))
        m_inspectionCombo->addItem(tr("%1 (%2)").arg(i.name, i.period.toString()), i.id);
    if (!runs) // the list stays empty, not "no self-inspection yet"
        m_messageBar->showError(tr("The self-inspections could not be read: %1").arg(runs.result().message()));
    else if (m_inspectionCombo->count() == 0)
        m_inspectionCombo->addItem(tr("No self-inspection yet"), qint64(0));
    m_inspectionCombo->setCurrentIndex(std::max(0, m_inspectionCombo->findData(run)));
}

void ReportPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void ReportPage::markStale()
{
    m_stale = true;
    m_choicesStale = true;
    if (isVisible())
        compute();
}

void ReportPage::compute()
{
    // Hidden, the page computes when next shown: a roster of 80,000 households is not made for nothing.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (m_choicesStale)
        reloadChoices();
    m_periodTimer->stop();
    m_stale = false;
    m_appendix = QImage();
    const QString name = currentReport();
    ReportOptions options;
    options.villageId = m_villageCombo->currentData().toLongLong();
    options.inspectionId = m_inspectionCombo->currentData().toLongLong();
    ReportTable table;
    const Result r = ReportCatalog(m_db).compute(name, period(), options, &table);
    m_hasTable = r.isOk();
    if (m_hasTable) {
        m_table = table;
        m_model->setTable(m_table);
        m_messageBar->dismiss();
        m_view->clearSpans();
        m_titleLabel->setText(m_table.periodText.isEmpty()
                ? m_table.title
                //: Report title and its month, e.g. 某镇农村最低生活保障对象月报表 — 2025年9月
                : tr("%1 — %2").arg(m_table.title, m_table.periodText));
        for (int row = 0; row < m_table.rows.size(); ++row) {
            if (m_table.rows.at(row).kind == ReportRow::Kind::Group)
                m_view->setSpan(row, 0, 1, int(m_table.columns.size()));
        }
        resizeColumns();
    } else {
        m_table = ReportTable();
        m_model->clear();
        m_titleLabel->clear();
        m_messageBar->showResult(r);
    }
    updateActions();
}

void ReportPage::resizeColumns()
{
    // The form's width in characters, or the widest header line, whichever is more.
    const QFontMetrics fm(m_view->font());
    const QFontMetrics headerFm(m_view->horizontalHeader()->font());
    const int digit = fm.horizontalAdvance(u'0');
    for (int c = 0; c < m_table.columns.size(); ++c) {
        int width = int(m_table.columns.at(c).width * digit * 1.2);
        for (const QString &line : m_model->headerPath(c))
            width = std::max(width, headerFm.horizontalAdvance(line) + 16);
        m_view->setColumnWidth(c, std::min(width, 420));
    }
}

void ReportPage::updateActions()
{
    for (QPushButton *b : {m_printButton, m_pdfButton, m_excelButton, m_csvButton})
        b->setEnabled(m_hasTable);
}

bool ReportPage::ensureTable()
{
    if (m_stale)
        compute();
    return m_hasTable;
}

QImage ReportPage::appendix()
{
    if (m_table.id != QLatin1String("monthly") || !m_table.period.isValid())
        return {};
    if (m_appendix.isNull())
        // A trend that cannot be read is left out (the table itself read the same history).
        m_appendix = OverviewCharts::trendImage(ChartData::trend(m_db, m_table.period).valueOr({}), QSize(860, 360));
    return m_appendix;
}

QString ReportPage::appendixCaption() const
{
    // The form's wording is Chinese whatever the UI language, like the table it is attached to.
    return QStringLiteral("附图：截至%1的近%2个月低保户数、保障人数和月保障金变化")
        .arg(m_table.periodText)
        .arg(ChartData::kMonths);
}

QString ReportPage::askFileName(const QString &title, const QString &suffix, const QString &filter)
{
    const std::optional<ReportCatalog::Definition> d = ReportCatalog::definition(m_table.id);
    QString base = d ? d->zhTitle : m_table.id;
    if (m_table.period.isValid())
        base += u'-' + m_table.period.toString();
    QString path = FileDialogs::saveFileName(this, title, base + u'.' + suffix, filter);
    if (!path.isEmpty() && QFileInfo(path).suffix().isEmpty())
        path += u'.' + suffix;
    return path;
}

void ReportPage::recordOutput(const QString &format, const QString &path)
{
    if (const Result r = ReportOutputLog(m_db).record(m_table, format, path); !r)
        m_messageBar->showResult(r);
}

void ReportPage::exportPdf()
{
    if (!ensureTable())
        return;
    const QString path = askFileName(tr("Export PDF"), QStringLiteral("pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    ReportPainter painter(m_table);
    const QImage chart = appendix();
    if (!chart.isNull())
        painter.setAppendix(chart, appendixCaption());
    const Result r = painter.savePdf(path);
    if (!r) {
        m_messageBar->showResult(r);
        return;
    }
    recordOutput(QStringLiteral("pdf"), path);
    m_messageBar->showInfo(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::exportExcel()
{
    if (!ensureTable())
        return;
    const QString path = askFileName(tr("Export Excel"), QStringLiteral("xlsx"), tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Result r = ReportXlsxWriter::write(m_table, path);
    if (!r) {
        m_messageBar->showResult(r);
        return;
    }
    recordOutput(QStringLiteral("xlsx"), path);
    m_messageBar->showInfo(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::exportCsv()
{
    if (!ensureTable())
        return;
    const QString path = askFileName(tr("Export CSV"), QStringLiteral("csv"), tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    const Result r = ReportCsvWriter::write(m_table, path);
    if (!r) {
        m_messageBar->showResult(r);
        return;
    }
    recordOutput(QStringLiteral("csv"), path);
    m_messageBar->showInfo(tr("The report was saved to %1.").arg(QDir::toNativeSeparators(path)));
}

QPrintPreviewDialog *ReportPage::createPrintPreview()
{
    if (!ensureTable())
        return nullptr;
    // The dialog only borrows the printer: it lives as long as the dialog.
    auto *printer = new QPrinter(QPrinter::HighResolution);
    ReportPainter(m_table).setUpDevice(printer);
    printer->setDocName(m_table.title);
    printer->setCreator(QStringLiteral("Dibao Workbench"));
    auto *dialog = new QPrintPreviewDialog(printer, this);
    dialog->setObjectName(QStringLiteral("printPreviewDialog"));
    dialog->setWindowTitle(tr("Print preview — %1").arg(m_table.title));
    ScreenFit::resize(dialog, QSize(1000, 760));
    connect(dialog, &QObject::destroyed, [printer] { delete printer; });
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, &ReportPage::paintReport);
    // Its page setup opens QPageSetupDialog, which crashes with Debian's Qt 6.4.2; the preview's own
    // orientation buttons and the print dialog cover what a clerk changes.
    static const char kPageSetup[] = "Page setup"; // Qt's own text, translated by Qt's catalogue
    const QString pageSetup = QCoreApplication::translate("QPrintPreviewDialog", kPageSetup);
    for (QAction *action : dialog->findChildren<QAction *>()) {
        if (action->text() == pageSetup || action->text() == QLatin1String(kPageSetup))
            action->setVisible(false);
    }
    return dialog;
}

int ReportPage::printPreviewPageCount()
{
    const std::unique_ptr<QPrintPreviewDialog> dialog(createPrintPreview());
    if (!dialog)
        return 0;
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    if (!preview)
        return 0;
    preview->updatePreview();
    return preview->pageCount();
}

void ReportPage::printPreview()
{
    const std::unique_ptr<QPrintPreviewDialog> dialog(createPrintPreview());
    if (dialog)
        dialog->exec();
}

void ReportPage::paintReport(QPrinter *printer)
{
    // Painted on the printer as the clerk set it up in the preview (orientation, margins), page by page;
    // the painter repeats the header rows and numbers the pages.
    ReportPainter report(m_table);
    const QImage chart = appendix();
    if (!chart.isNull())
        report.setAppendix(chart, appendixCaption());
    const QSizeF size(printer->width(), printer->height());
    QPainter painter;
    if (!painter.begin(printer)) {
        m_messageBar->showError(tr("The printer could not be started. Check that it is switched on and ready."));
        return;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    const bool toPdf = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Pdf;
    const bool previewing = painter.paintEngine() && painter.paintEngine()->type() == QPaintEngine::Picture;
    const int pages = report.pageCount(printer, size);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !printer->newPage()) {
            m_messageBar->showError(tr("Page %1 could not be started on the printer.").arg(page + 1));
            break;
        }
        report.paintPage(painter, page, QRectF(QPointF(0, 0), size));
    }
    painter.end();
    // The preview paints into pictures; anything else went to a printer or a file.
    if (!previewing)
        recordOutput(toPdf ? QStringLiteral("pdf") : QStringLiteral("print"), printer->outputFileName());
    // Printed to a PDF file: correct its text layer (see ReportPainter::repairPdfText).
    if (toPdf && printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        QString error;
        if (!report.repairPdfText(printer->outputFileName(), &error))
            m_messageBar->showError(error);
    }
}
