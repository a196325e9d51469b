#pragma once

#include "core/Result.h"

#include <QWidget>

class BenefitStandardModel;
class Database;
class QPushButton;
class QTableView;
class StandardInput;

// The settings' tab of benefit standards: their history, and a standard to add from a month. An added standard is
// saved at once (and audited); it is history, so it is never edited in place.
class StandardsWidget : public QWidget
{
    Q_OBJECT

public:
    explicit StandardsWidget(Database &db, QWidget *parent = nullptr);

public Q_SLOTS:
    void addStandard();

Q_SIGNALS:
    // A standard was added: the message says which.
    void standardAdded(const QString &message);
    // Saving failed for another reason than the input.
    void failed(const Result &result);

private:
    Database &m_db;
    BenefitStandardModel *m_model;
    QTableView *m_table;
    StandardInput *m_input;
    QPushButton *m_addButton;
};
