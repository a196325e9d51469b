#pragma once

#include <QWidget>

class Database;
class MessageBar;
class QGridLayout;
class QLabel;
class QTableWidget;

// 工作台: the roster's figures at a glance — totals, households by status, figures per village.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Database &db, QWidget *parent = nullptr);

public Q_SLOTS:
    // Re-reads the figures now if the page is shown, else when it is next shown.
    void refresh();

Q_SIGNALS:
    void villageActivated(qint64 villageId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void load();
    QLabel *addFigure(QGridLayout *grid, int column, const QString &objectName, const QString &caption);

    Database &m_db;
    MessageBar *m_messageBar;
    QLabel *m_titleLabel;
    QLabel *m_householdsTotalLabel = nullptr;
    QLabel *m_householdsActiveLabel = nullptr;
    QLabel *m_personsActiveLabel = nullptr;
    QLabel *m_coveredActiveLabel = nullptr;
    QLabel *m_monthlyTotalLabel = nullptr;
    QLabel *m_byStatusLabel;
    QTableWidget *m_villageTable;
    bool m_dirty = true;
};
