#include "shell/MainWindow.h"

#include "backup/BackupController.h"
#include "core/AppSettings.h"
#include "ledgers/LedgerExporter.h"
#include "ledgers/cases/CasePage.h"
#include "ledgers/complaints/ComplaintPage.h"
#include "ledgers/inspection/InspectionPage.h"
#include "ledgers/rectifications/RectificationPage.h"
#include "overview/OverviewPage.h"
#include "reports/ReportPage.h"
#include "roster/RosterModel.h"
#include "roster/RosterPage.h"
#include "settings/OfficeSettingsDialog.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"
#include "shell/OperatorDialog.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>

#include <utility>

MainWindow::MainWindow(Database &db, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
{
    FileDialogs::setStartFolder(m_settings.value(AppSettings::Key::LastFolder).toString());
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dibao Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(150); // widened to the longest page name in addPage()
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget { font-size: 11pt; } QListWidget::item { padding: 6px; }"));
    m_stack->setObjectName(QStringLiteral("pageStackedWidget"));

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel->setObjectName(QStringLiteral("databasePathLabel"));
    m_operatorLabel->setObjectName(QStringLiteral("operatorLabel"));
    statusBar()->addWidget(m_databaseLabel, 1);
    m_backup = new BackupController(db, settings, this);
    statusBar()->addPermanentWidget(m_backup->statusLabel());
    statusBar()->addPermanentWidget(m_operatorLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_overview = new OverviewPage(db, this);
    m_roster = new RosterPage(db, settings, this);
    //: Navigation page 工作台
    addPage(QStringLiteral("overview"), tr("Overview"), QIcon(QStringLiteral(":/icons/overview.svg")), m_overview);
    //: Navigation page 花名册
    addPage(QStringLiteral("roster"), tr("Roster"), QIcon(QStringLiteral(":/icons/roster.svg")), m_roster);
    m_inspection = new InspectionPage(db, this);
    m_rectifications = new RectificationPage(db, this);
    m_complaints = new ComplaintPage(db, this);
    m_cases = new CasePage(db, this);
    //: Navigation page 自查自纠
    addPage(QStringLiteral("inspection"), tr("Self-inspection"), QIcon(QStringLiteral(":/icons/inspection.svg")),
        m_inspection);
    //: Navigation page 整改台账
    addPage(QStringLiteral("rectifications"), tr("Rectifications"), QIcon(QStringLiteral(":/icons/rectification.svg")),
        m_rectifications);
    //: Navigation page 举报线索
    addPage(
        QStringLiteral("complaints"), tr("Complaints"), QIcon(QStringLiteral(":/icons/complaint.svg")), m_complaints);
    //: Navigation page 典型案例
    addPage(QStringLiteral("cases"), tr("Typical cases"), QIcon(QStringLiteral(":/icons/case.svg")), m_cases);
    m_reports = new ReportPage(db, this);
    //: Navigation page 统计报表
    addPage(QStringLiteral("reports"), tr("Reports"), QIcon(QStringLiteral(":/icons/report.svg")), m_reports);

    // Pages follow what the database announces, whoever wrote it: a page, a dialog, an import on its worker thread,
    // a restored backup.
    connect(m_db.changes(), &ChangeHub::changed, this, [this](ChangeHub::Area area) { noteChange(area); });
    connect(m_overview, &OverviewPage::ledgerActivated, this, [this](const QString &key) { showPage(key); });
    connect(m_inspection, &InspectionPage::exportRequested, this,
        [this](qint64 inspectionId) { exportLedger(int(LedgerExporter::Ledger::Checklist), inspectionId); });
    connect(m_rectifications, &RectificationPage::exportRequested, this,
        [this] { exportLedger(int(LedgerExporter::Ledger::Rectifications)); });
    connect(m_complaints, &ComplaintPage::exportRequested, this,
        [this] { exportLedger(int(LedgerExporter::Ledger::Complaints)); });
    connect(m_cases, &CasePage::exportRequested, this, [this] { exportLedger(int(LedgerExporter::Ledger::Cases)); });
    connect(m_overview, &OverviewPage::villageActivated, this, [this](qint64 villageId) {
        m_roster->showVillage(villageId);
        showPage(QStringLiteral("roster"));
    });

    // Ctrl+F: the current page's search, wherever the focus is.
    auto *find = new QAction(tr("Find"), this);
    find->setObjectName(QStringLiteral("findAction"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(find);

    createMenus();
    updateStatusBar();
    fitToScreen();
    showPage(QStringLiteral("overview"));
}

void MainWindow::fitToScreen()
{
    // 1280×800 where there is room; on an office screen of 1366×768 the window takes what the task bar leaves, so
    // that the totals line and the status bar are never below the screen's edge.
    ScreenFit::resize(this, QSize(1280, 800));
    const QSize room = ScreenFit::room(this);
    move(ScreenFit::available(this).topLeft() + QPoint((room.width() - width()) / 2, (room.height() - height()) / 2));
}

bool MainWindow::fitsScreen() const
{
    return ScreenFit::fits(this);
}

void MainWindow::focusSearch()
{
    QWidget *current = m_stack->currentWidget();
    auto *search = current ? current->findChild<QLineEdit *>(QStringLiteral("searchLineEdit")) : nullptr;
    if (!search || !search->isVisibleTo(current)) {
        statusBar()->showMessage(tr("This page has no search."), 3000);
        return;
    }
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page)
{
    page->setProperty("pageKey", key);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    // Wide enough for every page's name in either language ("Self-inspection" is longer than 自查自纠).
    QFont font = m_navigation->font();
    font.setPointSizeF(11);
    const int wanted = QFontMetrics(font).horizontalAdvance(title) + m_navigation->iconSize().width() + 48;
    if (wanted > m_navigation->width())
        m_navigation->setFixedWidth(wanted);
    item->setData(Qt::UserRole, key);
    m_keys << key;
    // Ctrl+1 … Ctrl+9 change page from anywhere in the window; the side list says which.
    const int index = int(m_keys.size());
    if (index > 9)
        return;
    const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_0 + index));
    item->setToolTip(tr("%1 (%2)").arg(title, keys.toString(QKeySequence::NativeText)));
    auto *go = new QAction(title, this);
    go->setObjectName(key + QStringLiteral("PageAction"));
    go->setShortcut(keys);
    connect(go, &QAction::triggered, this, [this, key] { showPage(key); });
    addAction(go);
    m_pageActions << go;
}

bool MainWindow::showPage(const QString &key)
{
    const qsizetype index = m_keys.indexOf(key);
    if (index < 0)
        return false;
    m_navigation->setCurrentRow(int(index));
    return true;
}

QString MainWindow::currentPageKey() const
{
    const int row = m_navigation->currentRow();
    return row >= 0 && row < m_keys.size() ? m_keys.at(row) : QString();
}

QWidget *MainWindow::page(const QString &key) const
{
    const qsizetype index = m_keys.indexOf(key);
    return index < 0 ? nullptr : m_stack->widget(int(index));
}

void MainWindow::restoreLayout()
{
    const QByteArray geometry = m_settings.value(AppSettings::Key::WindowGeometry).toByteArray();
    // A size kept from a larger screen (or a screen no longer there) gives way to one that fits this one.
    if (!geometry.isEmpty() && (!restoreGeometry(geometry) || (!isMaximized() && !fitsScreen())))
        fitToScreen();
    const QByteArray state = m_settings.value(AppSettings::Key::WindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    const QString last = m_settings.value(AppSettings::Key::LastPage).toString();
    if (!last.isEmpty())
        showPage(last);
}

void MainWindow::saveLayout()
{
    m_settings.setValue(AppSettings::Key::WindowGeometry, saveGeometry());
    m_settings.setValue(AppSettings::Key::WindowState, saveState());
    m_settings.setValue(AppSettings::Key::LastPage, currentPageKey());
    m_settings.setValue(AppSettings::Key::LastFolder, FileDialogs::startPath());
    m_settings.sync();
}

void MainWindow::changeOperator()
{
    OperatorDialog dialog(m_db.operatorName(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_db.setOperatorName(dialog.operatorName());
    m_settings.setValue(AppSettings::Key::OperatorName, dialog.operatorName());
    updateStatusBar();
}

void MainWindow::noteChange(ChangeHub::Area area)
{
    if (area == ChangeHub::Area::Roster || area == ChangeHub::Area::Everything)
        m_rosterChangedAt = std::chrono::steady_clock::now();
    const bool first = m_changed.isEmpty();
    m_changed.insert(area);
    if (first)
        QMetaObject::invokeMethod(this, &MainWindow::followChanges, Qt::QueuedConnection);
}

void MainWindow::followChanges()
{
    using Area = ChangeHub::Area;
    const QSet<Area> changed = std::exchange(m_changed, {});
    if (changed.contains(Area::Everything)) {
        reloadAllPages();
        emit changesFollowed();
        return;
    }
    const bool roster = changed.contains(Area::Roster);
    const bool office = changed.contains(Area::Office);
    const bool ledgers = changed.contains(Area::Inspection) || changed.contains(Area::Rectifications)
        || changed.contains(Area::Complaints) || changed.contains(Area::Cases);
    if (office)
        m_roster->reloadVillages();
    // The roster page reads its rows again after its own writes; only a change it has not read yet is followed.
    if ((roster || office) && m_roster->rosterModel()->reloadedAt() <= m_rosterChangedAt)
        m_roster->refreshRows();
    // The self-inspection's answers name households and its checks use the standards; a ledger save can change
    // another ledger (a rectification opened from a complaint).
    if (roster || office || changed.contains(Area::Inspection))
        m_inspection->reload();
    if (changed.contains(Area::Rectifications) || changed.contains(Area::Inspection))
        m_rectifications->reload();
    if (changed.contains(Area::Complaints) || changed.contains(Area::Rectifications))
        m_complaints->reload();
    if (changed.contains(Area::Cases))
        m_cases->reload();
    if (roster || office || ledgers || changed.contains(Area::Calendar))
        m_overview->refresh();
    if (roster || office || ledgers)
        m_reports->markStale();
    if (office)
        updateStatusBar();
    emit changesFollowed();
}

void MainWindow::reloadAllPages()
{
    m_overview->refresh();
    m_roster->reloadVillages();
    m_roster->refreshRows();
    m_inspection->reload();
    m_rectifications->reload();
    m_complaints->reload();
    m_cases->reload();
    m_reports->markStale();
    updateStatusBar();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Now that the frame is known: a window that still does not fit (a frame larger than assumed) is fitted again.
    // (A screenshot, rendered off any screen, keeps the size it was given.)
    if (!event->spontaneous() && !testAttribute(Qt::WA_DontShowOnScreen) && !isMaximized() && !isFullScreen()
        && !fitsScreen())
        fitToScreen();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *operatorAction = file->addAction(tr("Change &operator..."), this, &MainWindow::changeOperator);
    operatorAction->setObjectName(QStringLiteral("changeOperatorAction"));
    file->addSeparator();
    file->addActions(m_backup->actions());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->setObjectName(QStringLiteral("settingsMenu"));
    QAction *office = settings->addAction(tr("&Office settings..."), this, &MainWindow::editOfficeSettings);
    office->setObjectName(QStringLiteral("officeSettingsAction"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    keys->setObjectName(QStringLiteral("shortcutsAction"));
    QAction *about = help->addAction(tr("&About Dibao Workbench"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
}

QString MainWindow::shortcutsText() const
{
    QStringList lines;
    const auto line = [&lines](const QKeySequence &keys, const QString &what) {
        lines << tr("%1\t%2").arg(keys.toString(QKeySequence::NativeText), what);
    };
    for (const QAction *go : m_pageActions)
        line(go->shortcut(), tr("Go to %1").arg(go->text()));
    line(QKeySequence::Find, tr("Search on this page"));
    lines << tr("Down\tFrom the search into the list");
    lines << tr("Enter\tOpen the selected record");
    line(QKeySequence(Qt::Key_Insert),
        tr("New record on this page (also %1)")
            .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    line(QKeySequence(Qt::Key_Delete), tr("Delete or withdraw the selected record, where the page allows it"));
    lines << tr("Alt+letter\tThe field or button whose label has that letter underlined");
    lines << tr("Esc\tClose a dialog (it asks before discarding changes)");
    line(QKeySequence::Quit, tr("Quit"));
    return lines.join(u'\n');
}

void MainWindow::showShortcuts()
{
    MessageBoxes::information(this, tr("Keyboard shortcuts"), shortcutsText());
}

void MainWindow::showAbout()
{
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    MessageBoxes::information(this, tr("About Dibao Workbench"),
        tr("Dibao Workbench %1\nThe township's dibao roster, self-inspection, ledgers and statistical tables.\n\n"
           "Database: %2\nData folder: %3\nQt %4")
            .arg(QCoreApplication::applicationVersion(), QDir::toNativeSeparators(m_db.path()),
                QDir::toNativeSeparators(dataFolder), QString::fromLatin1(qVersion())));
}

void MainWindow::editOfficeSettings()
{
    // What it saves is announced: the pages follow (followChanges()).
    OfficeSettingsDialog dialog(m_db, this);
    dialog.exec();
}

void MainWindow::exportLedger(int ledger, qint64 inspectionId)
{
    const auto which = LedgerExporter::Ledger(ledger);
    QString suggested;
    switch (which) {
    case LedgerExporter::Ledger::Checklist:
        suggested = tr("self-inspection.xlsx");
        break;
    case LedgerExporter::Ledger::Rectifications:
        suggested = tr("rectifications.xlsx");
        break;
    case LedgerExporter::Ledger::Complaints:
        suggested = tr("complaints.xlsx");
        break;
    case LedgerExporter::Ledger::Cases:
        suggested = tr("typical-cases.xlsx");
        break;
    }
    const QString path
        = FileDialogs::saveFileName(this, tr("Export"), suggested, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    int rows = 0;
    const Result r = LedgerExporter(m_db).exportLedger(which, path, {}, inspectionId, &rows);
    if (!r) {
        MessageBoxes::critical(this, tr("Export"), r.message());
        return;
    }
    MessageBoxes::information(
        this, tr("Export"), tr("%n row(s) written to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
}

void MainWindow::updateStatusBar()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    const QString name = m_db.operatorName();
    m_operatorLabel->setText(name.isEmpty() ? tr("No operator") : tr("Operator: %1").arg(name));
}
