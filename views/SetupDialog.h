#pragma once

#include <QDialog>

class Database;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// First start on an empty database: the township, its division code and villages — or demo data.
class SetupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SetupDialog(Database &db, QWidget *parent = nullptr);

    // Problems with what is entered, in the clerk's words; empty when it can be saved.
    QStringList problems() const;

public Q_SLOTS:
    void accept() override;
    void openDemoData();

private:
    void addVillageRow(const QString &name = {}, const QString &code = {});
    void removeVillageRow();
    void revalidate();
    // Village code as typed, or the township's first 9 digits plus a 3-digit sequence.
    QString villageCode(int row) const;

    Database &m_db;
    QLineEdit *m_nameEdit;
    QLineEdit *m_codeEdit;
    QLabel *m_codeProblemLabel;
    QLineEdit *m_countyEdit;
    QTableWidget *m_villageTable;
    QPushButton *m_addVillageButton;
    QPushButton *m_removeVillageButton;
    QPushButton *m_demoButton;
    QLabel *m_errorLabel;
    QDialogButtonBox *m_buttons;
};
