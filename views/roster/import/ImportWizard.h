#pragma once

#include "exchange/roster/RosterImporter.h"

#include <QDialog>
#include <QThread>

class Database;
class ImportValuesWidget;
class ImportWorker;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

// 导入花名册: choose a spreadsheet, check how its columns map, see what would change (or every bad
// row), then import. Reading and writing run off the GUI thread with a progress bar; cancel writes
// nothing.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    ImportWizard(Database &db, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Starts on a file (tests, drag and drop).
    void setFile(const QString &path);
    const ImportPreview &preview() const { return m_preview; }
    bool imported() const { return m_imported; }

Q_SIGNALS:
    void rosterChanged();
    // Internal: queued to the worker thread.
    void requestPreview(const QString &path, const ImportOptions &options);
    void requestApply();

private:
    enum Step { ChooseStep, MappingStep, PreviewStep, DoneStep };
    QWidget *buildChoosePage();
    QWidget *buildMappingPage();
    QWidget *buildPreviewPage();
    QWidget *buildDonePage();
    void browse();
    void goNext();
    void goBack();
    void startPreview();
    void showPreview(const ImportPreview &preview);
    void fillMapping(const ImportPreview &preview);
    // The column mapping the clerk corrected, if any (else the chosen profile's, which the preview reads by name).
    QString mappingJson() const;
    // The column mapping as the table shows it, with the word readings: what a profile saves.
    QString profileJson() const;
    void saveProfile();
    void saveValues(const QString &name);
    void applyValues();
    void startImport();
    void finishImport(const Result &result);
    void setBusy(bool busy, const QString &what = {});
    void cancelWork();
    void updateButtons();

    Database &m_db;
    QThread m_thread;
    ImportWorker *m_worker = nullptr;
    ImportPreview m_preview;
    bool m_busy = false;
    bool m_imported = false;
    bool m_mappingEdited = false;
    ValueMappings m_values; // the word readings the clerk gave (and those of the last preview)

    MessageBar *m_messageBar = nullptr;
    QStackedWidget *m_steps = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QComboBox *m_profileCombo = nullptr;
    QCheckBox *m_createVillagesCheck = nullptr;
    QCheckBox *m_asOfCheck = nullptr;
    QDateEdit *m_asOfEdit = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QTableWidget *m_mappingTable = nullptr;
    QLineEdit *m_profileNameEdit = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTreeWidget *m_changesTree = nullptr;
    QTableWidget *m_issuesTable = nullptr;
    QTableWidget *m_warningsTable = nullptr;
    ImportValuesWidget *m_valuesWidget = nullptr;
    QLabel *m_doneLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancelWorkButton = nullptr;
    QPushButton *m_backButton = nullptr;
    QPushButton *m_nextButton = nullptr;
    QPushButton *m_importButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
