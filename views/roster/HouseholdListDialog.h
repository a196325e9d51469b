#pragma once

#include <QDialog>
#include <QList>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTableWidget;
class QTimer;
struct DataCheckHit;

// A list of households. Two uses:
// - what a data check found (村, 户主, masked ID number, what is wrong); double-click (or Enter) on a row
//   emits householdActivated so the caller can open the household;
// - a picker over the roster: search by name or the beginning of an ID number, select one or more
//   households, OK returns them (selectedHouseholdIds()).
// Object names for tests: searchLineEdit (picker only), householdTableWidget, countLabel, buttonBox.
class HouseholdListDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int MaxPickerRows = 200;

    HouseholdListDialog(const QString &title, const QList<DataCheckHit> &hits, QWidget *parent = nullptr);
    explicit HouseholdListDialog(Database &db, QWidget *parent = nullptr);

    bool isPicker() const { return m_db != nullptr; }
    int rowCount() const;
    QList<qint64> selectedHouseholdIds() const;
    // The household last double-clicked (0: none).
    qint64 activatedHouseholdId() const { return m_activated; }

public Q_SLOTS:
    // Picker: reads the roster rows matching the search box.
    void search();

Q_SIGNALS:
    void householdActivated(qint64 householdId);

private:
    void buildUi(const QStringList &headers);
    void addRow(qint64 householdId, const QStringList &cells);
    void activateRow(int row);
    void updateButtons();

    Database *m_db = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QTimer *m_searchTimer = nullptr;
    qint64 m_activated = 0;
};
