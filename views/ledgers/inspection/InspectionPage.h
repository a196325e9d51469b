#pragma once

#include "core/Result.h"
#include "ledgers/LedgerTypes.h"

#include <QPointer>
#include <QWidget>

class AnswerDialog;
class Database;
class InspectionAnswerFilterModel;
class InspectionAnswerModel;
class MessageBar;
class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

// 自查自纠: the runs of the self-inspection checklist. Pick a run (newest first), create, edit or close it;
// see its progress; filter the items by link, result and words; answer them — Enter or double-click opens
// the answer dialog, 1 answers 符合 and 3 不适用 on the selected row at once, 2 (存在问题) opens the dialog
// because a problem needs a description. Closed runs are read-only.
// Object names: inspectionComboBox, newInspectionButton, editInspectionButton, closeInspectionButton,
// exportButton, closedLabel, progressLabel, progressBar, linkComboBox, resultComboBox, searchLineEdit,
// answerTableView, answerButton, messageBar.
class InspectionPage : public QWidget
{
    Q_OBJECT

public:
    InspectionPage(Database &db, QWidget *parent = nullptr);

    qint64 currentInspectionId() const;
    // The checklist item of the selected row (0: none).
    qint64 currentItemId() const;
    bool selectItem(qint64 itemId);

    InspectionAnswerModel *answerModel() const { return m_model; }
    InspectionAnswerFilterModel *filterModel() const { return m_filter; }
    QTableView *answerView() const { return m_view; }
    MessageBar *messageBar() const { return m_messageBar; }
    QString progressText() const;
    // The dialog the page opened last, while it is open (tests drive it).
    QDialog *currentDialog() const { return m_dialog; }

public Q_SLOTS:
    // Reads the runs, the answers and the data checks again (e.g. after the roster changed).
    void reload();
    void newInspection();
    void editInspection();
    void closeInspection();
    // Opens the answer dialog on the selected item.
    void answerCurrent();
    // Answers the selected item at once (符合 / 不适用); a problem opens the dialog.
    void quickAnswer(Domain::InspectionResult result);

Q_SIGNALS:
    // Something was written (an answer, evidence, a run, a rectification): the overview refreshes.
    void countsChanged();
    // The clerk asked to export the run (the main window runs the ledger exporter).
    void exportRequested(qint64 inspectionId);
    // A household was edited from a data check or an answer's households.
    void householdChanged(qint64 householdId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadRuns(qint64 select);
    void showInspection();
    // A read that failed shows in the message bar instead of an empty page; the next good read takes it away.
    void showRead(const Result &read);
    // The run's progress, or why it could not be read.
    Result updateProgress();
    void updateActions();
    void applyFilter();
    void afterAnswerSaved(qint64 itemId);
    void openAnswerDialog(qint64 itemId, std::optional<Domain::InspectionResult> preset);
    void openDialog(QDialog *dialog);

    Database &m_db;
    std::optional<Inspection> m_inspection;
    Result m_runsRead; // whether the list of runs could be read
    Result m_read; // whether the runs and the run shown could be read
    bool m_readFailed = false; // the message bar shows a read that failed
    InspectionAnswerModel *m_model;
    InspectionAnswerFilterModel *m_filter;
    MessageBar *m_messageBar;
    QComboBox *m_runCombo;
    QPushButton *m_newButton;
    QPushButton *m_editButton;
    QPushButton *m_closeButton;
    QPushButton *m_exportButton;
    QLabel *m_closedLabel;
    QLabel *m_progressLabel;
    QProgressBar *m_progressBar;
    QComboBox *m_linkCombo;
    QComboBox *m_resultCombo;
    QLineEdit *m_searchEdit;
    QTableView *m_view;
    QPushButton *m_answerButton;
    QLabel *m_hintLabel;
    QTimer *m_searchTimer;
    QPointer<QDialog> m_dialog;
};
