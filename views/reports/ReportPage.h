#pragma once

#include "core/Period.h"
#include "reports/table/ReportTable.h"

#include <QImage>
#include <QWidget>

class Database;
class MessageBar;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPrintPreviewDialog;
class QPrinter;
class QPushButton;
class QTableView;
class QTimer;
class ReportTableModel;

// 统计报表: the official tables (ReportCatalog), computed for a month — by default the previous one, as
// tables are made after the month ends — shown as a preview, printed through a print preview, and
// exported as PDF, Excel or CSV. The preview follows the choices; when the roster or a ledger changes it
// is marked stale and computed again when the page is next shown.
class ReportPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportPage(Database &db, QWidget *parent = nullptr);

    ReportTableModel *model() const { return m_model; }
    MessageBar *messageBar() const { return m_messageBar; }
    // The report chosen in the list (monthly, changes, roster, …).
    QString currentReport() const;
    bool selectReport(const QString &name);
    Period period() const;
    void setPeriod(const Period &period);
    // The table on preview; valid only while hasTable().
    const ReportTable &table() const { return m_table; }
    bool hasTable() const { return m_hasTable; }
    bool isStale() const { return m_stale; }

    // The print preview of the current table on an A4 printer set to the table's orientation; not shown.
    // The caller owns the dialog (nullptr when there is no table).
    QPrintPreviewDialog *createPrintPreview();
    // Builds the print preview, lets it lay out its pages offscreen and returns their number.
    int printPreviewPageCount();

public Q_SLOTS:
    // Computes the chosen report now; a refusal (no month, no inspection run…) shows in the message bar.
    void compute();
    // The data changed: the preview is computed again now if the page is shown, else when it is next shown.
    void markStale();
    void printPreview();
    void exportPdf();
    void exportExcel();
    void exportCsv();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reportChanged();
    void reloadChoices();
    void updateActions();
    void resizeColumns();
    // Computes again if stale; false when there is nothing to export.
    bool ensureTable();
    QString askFileName(const QString &title, const QString &suffix, const QString &filter);
    void paintReport(QPrinter *printer);
    // Notes that the table was printed or exported (ReportOutputLog).
    void recordOutput(const QString &format, const QString &path);
    // The trend chart under a monthly report (empty for other reports).
    QImage appendix();
    QString appendixCaption() const;

    Database &m_db;
    ReportTableModel *m_model;
    MessageBar *m_messageBar;
    QListWidget *m_list;
    QDateEdit *m_periodEdit;
    QCheckBox *m_monthOnlyCheck;
    QLabel *m_villageLabel;
    QComboBox *m_villageCombo;
    QLabel *m_inspectionLabel;
    QComboBox *m_inspectionCombo;
    QLabel *m_titleLabel;
    QTableView *m_view;
    QPushButton *m_refreshButton;
    QPushButton *m_printButton;
    QPushButton *m_pdfButton;
    QPushButton *m_excelButton;
    QPushButton *m_csvButton;
    QTimer *m_periodTimer;
    ReportTable m_table;
    QImage m_appendix;
    bool m_hasTable = false;
    bool m_stale = true;
    bool m_choicesStale = true;
};
