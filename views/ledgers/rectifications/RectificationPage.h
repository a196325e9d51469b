#pragma once

#include "ledgers/LedgerPage.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class RectificationModel;

// 整改台账: the rectification ledger with filters (status, overdue only, search), the items in the
// official columns, and new / edit / sign-off. Enter or a double click edits; Ins or Ctrl+N adds.
class RectificationPage : public LedgerPage
{
    Q_OBJECT

public:
    explicit RectificationPage(Database &db, QWidget *parent = nullptr);

    RectificationModel *model() const { return m_model; }

public Q_SLOTS:
    void signOffRectification();

protected:
    void reloadModel() override;
    QString statusText() const override;
    QString hiddenAfterSaveText() const override;
    void newItem() override;
    void editItem() override;
    void updateActions() override;

private:
    RectificationModel *m_model;
    QComboBox *m_statusCombo;
    QCheckBox *m_overdueCheck;
    QLineEdit *m_searchEdit;
    QPushButton *m_signOffButton;
};
