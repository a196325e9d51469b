#include "MainWindow.h"

#include "AppSettings.h"
#include "Database.h"
#include "OperatorDialog.h"
#include "OverviewPage.h"
#include "RosterPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(Database &db, AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_settings(settings)
    , m_navigation(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_databaseLabel(new QLabel(this))
    , m_operatorLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Dibao Workbench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app.svg")));

    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(150);
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
    statusBar()->addPermanentWidget(m_operatorLabel);

    connect(m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_overview = new OverviewPage(db, this);
    m_roster = new RosterPage(db, settings, this);
    //: Navigation page 工作台
    addPage(QStringLiteral("overview"), tr("Overview"), QIcon(QStringLiteral(":/icons/overview.svg")), m_overview);
    //: Navigation page 花名册
    addPage(QStringLiteral("roster"), tr("Roster"), QIcon(QStringLiteral(":/icons/roster.svg")), m_roster);
    connect(m_roster, &RosterPage::rosterChanged, m_overview, &OverviewPage::refresh);
    connect(m_overview, &OverviewPage::villageActivated, this, [this](qint64 villageId) {
        m_roster->showVillage(villageId);
        showPage(QStringLiteral("roster"));
    });

    createMenus();
    updateStatusBar();
    resize(1280, 800);
    showPage(QStringLiteral("overview"));
}

void MainWindow::addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page)
{
    page->setProperty("pageKey", key);
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, key);
    m_keys << key;
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
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
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
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));
}

void MainWindow::updateStatusBar()
{
    m_databaseLabel->setText(tr("Database: %1").arg(QDir::toNativeSeparators(m_db.path())));
    const QString name = m_db.operatorName();
    m_operatorLabel->setText(name.isEmpty() ? tr("No operator") : tr("Operator: %1").arg(name));
}
