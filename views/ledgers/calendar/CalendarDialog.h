#pragma once

#include <QDate>
#include <QDialog>

class Database;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

// The reporting calendar (报送日历): a year's submissions with their state, marking one as submitted
// (date, person, file) or taking that back; and the submissions themselves, editable (a township may add
// what its county asks for). Object names for tests: yearSpinBox, entryTable, submittedDateEdit,
// submittedByLineEdit, fileLineEdit, trackingSinceDateEdit, trackingSinceButton, markSubmittedButton,
// clearSubmittedButton, itemTable, itemTitleLineEdit, itemMonthlyCheckBox, itemMonthSpinBox, itemDaySpinBox,
// itemNoteLineEdit, itemActiveCheckBox, saveItemButton, newItemButton, messageBar.
class CalendarDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CalendarDialog(Database &db, QWidget *parent = nullptr);

    // Shows the year of the due date and selects the entry.
    void selectEntry(qint64 itemId, const QDate &dueDate);

private:
    void loadEntries();
    void loadItems();
    void showItem(int row);
    void markSubmitted();
    void clearSubmitted();
    void saveItem();
    void saveTrackingSince();

    Database &m_db;
    MessageBar *m_messageBar;
    QSpinBox *m_year;
    QTableWidget *m_entries;
    QDateEdit *m_since;
    QDateEdit *m_submittedDate;
    QLineEdit *m_submittedBy;
    QLineEdit *m_file;
    QTableWidget *m_items;
    qint64 m_itemId = 0;
    QLineEdit *m_itemTitle;
    QCheckBox *m_itemMonthly;
    QSpinBox *m_itemMonth;
    QSpinBox *m_itemDay;
    QLineEdit *m_itemNote;
    QCheckBox *m_itemActive;
};
