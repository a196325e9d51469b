#pragma once

#include "ledgers/LedgerPage.h"

class ComplaintModel;
class QComboBox;
class QLineEdit;
class QSpinBox;

// 举报线索: the ledger of complaints and tips with filters (state, village, search), the time limit for
// handling (办结时限, days), and new / edit. Reporters are masked in the list. Enter or a double click
// edits; Ins or Ctrl+N receives a new complaint.
class ComplaintPage : public LedgerPage
{
    Q_OBJECT

public:
    explicit ComplaintPage(Database &db, QWidget *parent = nullptr);

    ComplaintModel *model() const { return m_model; }

protected:
    void reloadModel() override;
    QString statusText() const override;
    QString hiddenAfterSaveText() const override;
    void newItem() override;
    void editItem() override;

private:
    void reloadVillages();
    // Shows the office's time limit; one that cannot be read disables the field and says why.
    void readDueDays();
    void saveDueDays(int days);

    ComplaintModel *m_model;
    QComboBox *m_stateCombo;
    QComboBox *m_villageCombo;
    QLineEdit *m_searchEdit;
    QSpinBox *m_dueDaysSpin;
};
