#pragma once

#include "exchange/roster/RosterExporter.h"
#include "roster/MemberActionDialog.h"
#include "roster/RosterTypes.h"

#include <QPointer>
#include <QWidget>

class AppSettings;
class CollatorSortProxyModel;
class Database;
class MemberModel;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressDialog;
class QStackedWidget;
class QPushButton;
class QTableView;
class QTimer;
class RosterExportJob;
class RosterModel;

// 花名册: households with filters and search-as-you-type, the members of the selected household,
// and the roster's actions (add, edit, status, amount, history, member changes).
class RosterPage : public QWidget
{
    Q_OBJECT

public:
    RosterPage(Database &db, AppSettings &settings, QWidget *parent = nullptr);

    RosterModel *rosterModel() const { return m_model; }
    MemberModel *memberModel() const { return m_memberModel; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }
    qint64 currentHouseholdId() const;
    bool selectHousehold(qint64 householdId);

public Q_SLOTS:
    void reloadVillages();
    // Enter on a household opens it; Down from the search goes into the list.
    bool eventFilter(QObject *watched, QEvent *event) override;
    // Re-reads the rows after a household was changed elsewhere (a ledger's household link).
    void refreshRows();
    void showVillage(qint64 villageId);
    void addHousehold();
    void editHousehold();
    void changeStatus();
    void changeAmount();
    void showHistory();
    void recordDeath();
    void removeMember();
    void moveMember();
    // 导入 / 导出: a spreadsheet in, or what the filter shows out (XLSX in the official layout, or CSV).
    void importRoster();
    void exportRoster();

Q_SIGNALS:
    // Something was written: the overview and other pages refresh.
    void rosterChanged();

private:
    void applyFilter();
    // An empty list says why, with the next step: a roster with no household yet (import it, or add one), or filters
    // that match none (clear them).
    void updateEmptyState();
    bool filtersActive() const;
    void updateTotals();
    void loadMembers();
    void updateActions();
    void afterWrite(qint64 householdId);
    void openDialog(QDialog *dialog);
    int currentMemberRow() const;
    void memberAction(MemberActionDialog::Action action);
    void exportFinished(const Result &result, const RosterExporter::Summary &summary, const QString &path);

    Database &m_db;
    AppSettings &m_settings;
    RosterModel *m_model;
    MemberModel *m_memberModel;
    CollatorSortProxyModel *m_memberProxy;
    MessageBar *m_messageBar;
    bool m_readFailed = false;
    QComboBox *m_villageCombo;
    QComboBox *m_statusCombo;
    QComboBox *m_categoryCombo;
    QLineEdit *m_searchEdit;
    QCheckBox *m_showFullIdCheck;
    QTableView *m_rosterView;
    QTableView *m_memberView;
    QLabel *m_membersLabel;
    QLabel *m_totalsLabel;
    QPushButton *m_addButton;
    QPushButton *m_editButton;
    QPushButton *m_statusButton;
    QPushButton *m_amountButton;
    QPushButton *m_historyButton;
    QPushButton *m_recordDeathButton;
    QPushButton *m_removeMemberButton;
    QPushButton *m_moveMemberButton;
    QPushButton *m_importButton;
    QPushButton *m_exportButton;
    QStackedWidget *m_rosterStack; // the list, or what to do when it is empty
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    QPushButton *m_emptyImportButton;
    QPushButton *m_emptyAddButton;
    QPushButton *m_clearFiltersButton;
    QTimer *m_searchTimer;
    RosterExportJob *m_exportJob;
    QPointer<QProgressDialog> m_exportProgress;
    QPointer<QDialog> m_dialog;
    std::optional<Household> m_household; // the selected one, as last read
};
