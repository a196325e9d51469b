#pragma once

#include "storage/ChangeHub.h"

#include <QMainWindow>
#include <QSet>

#include <chrono>

class AppSettings;
class BackupController;
class Database;
class CasePage;
class ComplaintPage;
class InspectionPage;
class OverviewPage;
class RectificationPage;
class ReportPage;
class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;
class RosterPage;

// The window: a navigation list of pages on the left, the current page on the right.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Database &db, AppSettings &settings, QWidget *parent = nullptr);

    // Adds a page to the navigation; key is what settings and --page use.
    void addPage(const QString &key, const QString &title, const QIcon &icon, QWidget *page);
    // Switches to a page by key; false if there is none.
    bool showPage(const QString &key);
    QString currentPageKey() const;
    QWidget *page(const QString &key) const;
    QStringList pageKeys() const { return m_keys; }

    OverviewPage *overviewPage() const { return m_overview; }
    RosterPage *rosterPage() const { return m_roster; }
    ReportPage *reportPage() const { return m_reports; }
    BackupController *backupController() const { return m_backup; }

    // Geometry, window state and last page from the settings (not in screenshot mode); a geometry that does not fit
    // the screen gives way to one that does.
    void restoreLayout();
    void saveLayout();
    // 1280×800, or as much of the screen's available area as there is, centred on it.
    void fitToScreen();
    bool fitsScreen() const;
    // The keyboard's shortcuts, one a line: the keys, a tab, what they do (Help ▸ Keyboard shortcuts).
    QString shortcutsText() const;

public Q_SLOTS:
    void changeOperator();
    // Settings ▸ Office settings: the office, its signatories, standards and top-ups.
    void editOfficeSettings();
    // Every page reads the database anew (after a restore replaced it).
    void reloadAllPages();
    // Ctrl+F: the current page's search field, its text selected.
    void focusSearch();
    void showShortcuts();
    void showAbout();

Q_SIGNALS:
    // The pages have followed what the database announced (after the changes of one turn of the event loop).
    void changesFollowed();

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    // Asks where to write a ledger (整改台账, 举报线索台账…) and writes it in the official layout.
    void exportLedger(int ledger, qint64 inspectionId = 0);
    void updateStatusBar();
    // What the database's ChangeHub announces is gathered and followed once, after the writes that announced it:
    // every page that shows the areas that changed reads them again.
    void noteChange(ChangeHub::Area area);
    void followChanges();

    Database &m_db;
    AppSettings &m_settings;
    QListWidget *m_navigation;
    QStackedWidget *m_stack;
    QLabel *m_databaseLabel;
    QLabel *m_operatorLabel;
    QStringList m_keys;
    QList<QAction *> m_pageActions; // Ctrl+1 … in page order
    OverviewPage *m_overview = nullptr;
    RosterPage *m_roster = nullptr;
    InspectionPage *m_inspection = nullptr;
    RectificationPage *m_rectifications = nullptr;
    ComplaintPage *m_complaints = nullptr;
    CasePage *m_cases = nullptr;
    ReportPage *m_reports = nullptr;
    BackupController *m_backup = nullptr;
    QSet<ChangeHub::Area> m_changed;
    std::chrono::steady_clock::time_point m_rosterChangedAt;
};
