#pragma once

#include "core/Result.h"
#include "roster/RosterTypes.h"

#include <QWidget>

class CategorySupplementModel;
class Database;
class QComboBox;
class QDateEdit;
class MoneySpinBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

// The settings' tab of category top-ups (分类施保): per category A, B and C from a month, a fixed amount per covered
// person and month or a share of the standard in force. A top-up set is saved at once (and audited); one set again
// for the same category and month replaces it.
class SupplementsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit SupplementsWidget(Database &db, QWidget *parent = nullptr);

    CategorySupplement supplement() const;

public Q_SLOTS:
    void setSupplement();

Q_SIGNALS:
    void supplementSet(const QString &message);
    void failed(const Result &result);

private:
    void revalidate();
    void updatePreview();

    Database &m_db;
    CategorySupplementModel *m_model;
    QTableView *m_table;
    QComboBox *m_categoryCombo;
    QDateEdit *m_monthEdit;
    QRadioButton *m_fixedRadio;
    QRadioButton *m_shareRadio;
    MoneySpinBox *m_amountSpin;
    QDoubleSpinBox *m_shareSpin;
    QLineEdit *m_noteEdit;
    QLabel *m_previewLabel;
    QLabel *m_problemLabel;
    QPushButton *m_setButton;
};
