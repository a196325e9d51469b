#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QDialog>

class Database;
class MessageBar;
class OfficeForm;
class QDialogButtonBox;
class QTabWidget;
class StandardsWidget;
class SupplementsWidget;

// Settings ▸ Office settings: the office's details, its contacts and signatories (printed on every official
// table), its benefit standards and category top-ups. The office's fields are saved with OK; a standard or a
// top-up is saved when it is added.
class OfficeSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Tab { OfficeTab, ContactsTab, StandardsTab, SupplementsTab };

    explicit OfficeSettingsDialog(Database &db, QWidget *parent = nullptr);

    void showTab(Tab tab);

public Q_SLOTS:
    void accept() override;
    void reject() override;

Q_SIGNALS:
    // The office, a standard or a top-up changed: the tables and checks that use them are stale.
    void settingsChanged();

private:
    Office enteredOffice() const;
    void revalidate();

    Database &m_db;
    Office m_loaded;
    Result m_officeRead; // the office's settings could not be read: nothing can be saved over them
    MessageBar *m_messageBar;
    QTabWidget *m_tabs;
    OfficeForm *m_details;
    OfficeForm *m_contacts;
    StandardsWidget *m_standards;
    SupplementsWidget *m_supplements;
    QDialogButtonBox *m_buttons;
};
