#pragma once

#include <QWizard>

class Database;
class OfficeForm;
class MessageBar;
class QLabel;
class QPushButton;
class QTableWidget;
class StandardInput;

// First start on an empty database, page by page: the township, its division code and villages; its contacts and
// signatories; its benefit standard. Nothing is saved until Finish, then all of it at once. Or demo data.
class SetupDialog : public QWizard
{
    Q_OBJECT

public:
    enum Page { TownshipPage, ContactsPage, StandardPage };

    explicit SetupDialog(Database &db, QWidget *parent = nullptr);

    // Problems with what is entered on a page, in the clerk's words; empty when it can go on.
    QStringList problems(Page page) const;
    // Of every page.
    QStringList problems() const;

public Q_SLOTS:
    void openDemoData();

protected:
    bool validateCurrentPage() override;

private:
    void addVillageRow(const QString &name = {}, const QString &code = {});
    void removeVillageRow();
    void revalidate();
    bool save();
    // Village code as typed, or the township's first 9 digits plus a 3-digit sequence.
    QString villageCode(int row) const;

    Database &m_db;
    bool m_done = false;
    OfficeForm *m_details;
    OfficeForm *m_contacts;
    StandardInput *m_standard;
    QTableWidget *m_villageTable;
    QPushButton *m_addVillageButton;
    QPushButton *m_removeVillageButton;
    QPushButton *m_demoButton;
    MessageBar *m_messageBar; // the township page's problems
    MessageBar *m_contactsMessageBar;
    MessageBar *m_standardMessageBar;
};
