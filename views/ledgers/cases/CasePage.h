#pragma once

#include "ledgers/LedgerPage.h"

#include <QDate>

class CaseModel;
class QDateEdit;

// 典型案例: the typical cases, all or those of one month, with new / edit / delete. Enter or a double
// click edits; Ins or Ctrl+N adds; Delete deletes (after asking).
class CasePage : public LedgerPage
{
    Q_OBJECT

public:
    explicit CasePage(Database &db, QWidget *parent = nullptr);

    CaseModel *model() const { return m_model; }

    // The special value of the month filter: every month.
    static QDate allMonths();

public Q_SLOTS:
    void deleteCase();

protected:
    void reloadModel() override;
    QString statusText() const override;
    QString hiddenAfterSaveText() const override;
    void newItem() override;
    void editItem() override;
    bool deleteItem() override;
    void updateActions() override;

private:
    CaseModel *m_model;
    QDateEdit *m_monthEdit;
    QPushButton *m_deleteButton;
};
