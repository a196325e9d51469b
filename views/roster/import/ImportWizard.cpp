#include "roster/import/ImportWizard.h"

#include "exchange/roster/ImportProfileRepository.h"
#include "roster/import/ImportValuesWidget.h"
#include "roster/import/ImportWorker.h"
#include "shell/DateEdit.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBar.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using Field = RosterColumns::Field;

namespace {

QString columnLetter(int column)
{
    QString s;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        s.prepend(QChar(u'A' + (c - 1) % 26));
    return s;
}

void fillIssues(QTableWidget *table, const QList<ImportIssue> &issues)
{
    table->setRowCount(int(issues.size()));
    for (int r = 0; r < issues.size(); ++r) {
        const ImportIssue &i = issues.at(r);
        const QStringList cells
            = {i.sheet, i.row > 0 ? QString::number(i.row) : QString(), i.column, i.value, i.reason};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();
}

QTableWidget *issuesTable(QWidget *parent, const QString &objectName)
{
    auto *table = new QTableWidget(0, 5, parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels({ImportWizard::tr("Sheet"), ImportWizard::tr("Row"), ImportWizard::tr("Column"),
        ImportWizard::tr("Value"), ImportWizard::tr("Problem")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    return table;
}

} // namespace

ImportWizard::ImportWizard(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import roster"));
    ScreenFit::resize(this, QSize(900, 620));
    qRegisterMetaType<ImportPreview>();
    qRegisterMetaType<ImportOptions>();
    qRegisterMetaType<Result>(); // ImportWorker::applied crosses threads

    m_worker = new ImportWorker(db.path(), db.operatorName());
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(this, &ImportWizard::requestPreview, m_worker, &ImportWorker::preview);
    connect(this, &ImportWizard::requestApply, m_worker, &ImportWorker::apply);
    connect(m_worker, &ImportWorker::progress, this, [this](int done, int total) {
        m_progress->setMaximum(total > 0 ? total : 0);
        m_progress->setValue(total > 0 ? done : 0);
        if (total <= 0)
            m_busyLabel->setText(tr("Reading… %n row(s)", nullptr, done));
    });
    connect(m_worker, &ImportWorker::previewReady, this, &ImportWizard::showPreview);
    connect(m_worker, &ImportWorker::applied, this, &ImportWizard::finishImport);
    m_thread.start();

    m_messageBar = new MessageBar(this);
    m_steps = new QStackedWidget(this);
    m_steps->addWidget(buildChoosePage());
    m_steps->addWidget(buildMappingPage());
    m_steps->addWidget(buildPreviewPage());
    m_steps->addWidget(buildDonePage());

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_busyLabel = new QLabel(this);
    m_cancelWorkButton = new QPushButton(tr("Cancel"), this);
    m_cancelWorkButton->setObjectName(QStringLiteral("cancelWorkButton"));
    connect(m_cancelWorkButton, &QPushButton::clicked, this, &ImportWizard::cancelWork);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_busyLabel);
    busyRow->addWidget(m_progress, 1);
    busyRow->addWidget(m_cancelWorkButton);

    m_backButton = new QPushButton(tr("< &Back"), this);
    m_backButton->setObjectName(QStringLiteral("backButton"));
    m_nextButton = new QPushButton(tr("&Next >"), this);
    m_nextButton->setObjectName(QStringLiteral("nextButton"));
    m_importButton = new QPushButton(tr("&Import"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    connect(m_backButton, &QPushButton::clicked, this, &ImportWizard::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &ImportWizard::goNext);
    connect(m_importButton, &QPushButton::clicked, this, &ImportWizard::startImport);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_backButton);
    buttons->addWidget(m_nextButton);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_steps, 1);
    layout->addLayout(busyRow);
    layout->addLayout(buttons);
    setBusy(false);
}

ImportWizard::~ImportWizard()
{
    m_worker->cancel();
    m_thread.quit();
    m_thread.wait();
}

QWidget *ImportWizard::buildChoosePage()
{
    auto *page = new QWidget(this);
    auto *intro = new QLabel(tr("Choose a roster spreadsheet (.xlsx, .xls or .csv) as exported by the social "
                                "assistance system or kept in Excel or WPS. Title rows and a 合计 row are skipped; "
                                "nothing is written until you confirm the preview."),
        page);
    intro->setWordWrap(true);
    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    auto *browseButton = new QPushButton(tr("B&rowse…"), page);
    browseButton->setObjectName(QStringLiteral("browseButton"));
    browseButton->setAutoDefault(false); // Enter in the path goes on to the next step, not to the file dialog
    connect(browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
        m_sheetCombo->clear();
        m_mappingEdited = false;
        m_values = {};
        updateButtons();
    });
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(browseButton);
    m_sheetCombo = new QComboBox(page);
    m_sheetCombo->setObjectName(QStringLiteral("sheetComboBox"));
    m_profileCombo = new QComboBox(page);
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_profileCombo->addItem(tr("Recognise the columns automatically"), QString());
    const Outcome<QStringList> profiles = ImportProfileRepository(m_db).names();
    for (const QString &name : profiles.valueOr({}))
        m_profileCombo->addItem(name, name);
    m_messageBar->showResult(profiles.result()); // none offered: the bar says why
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] { m_values = {}; });
    m_createVillagesCheck = new QCheckBox(tr("Add villages that are not yet in the township's list"), page);
    m_createVillagesCheck->setObjectName(QStringLiteral("createVillagesCheckBox"));
    // For files that give no start month or status date: the households are on the roster from that month.
    m_asOfCheck = new QCheckBox(tr("The roster describes the month"), page);
    m_asOfCheck->setObjectName(QStringLiteral("asOfCheckBox"));
    m_asOfCheck->setToolTip(tr("Households whose start month (在保) or status date (停保, 退保) the file does not give "
                               "are taken as having that status from the first day of this month."));
    m_asOfEdit = new DateEdit(page);
    m_asOfEdit->setObjectName(QStringLiteral("asOfDateEdit"));
    m_asOfEdit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    const QDate today = m_db.today();
    m_asOfEdit->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    m_asOfEdit->setMaximumDate(today);
    m_asOfEdit->setEnabled(false);
    connect(m_asOfCheck, &QCheckBox::toggled, m_asOfEdit, &QWidget::setEnabled);
    auto *asOfRow = new QHBoxLayout;
    asOfRow->addWidget(m_asOfCheck);
    asOfRow->addWidget(m_asOfEdit);
    asOfRow->addStretch();
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), page);
    fileLabel->setBuddy(m_fileEdit); // a row of a layout has no buddy of its own
    form->addRow(fileLabel, fileRow);
    form->addRow(tr("&Sheet:"), m_sheetCombo);
    form->addRow(tr("Column &mapping:"), m_profileCombo);
    form->addRow(QString(), m_createVillagesCheck);
    form->addRow(QString(), asOfRow);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addStretch();
    return page;
}

QWidget *ImportWizard::buildMappingPage()
{
    auto *page = new QWidget(this);
    m_mappingLabel = new QLabel(page);
    m_mappingLabel->setWordWrap(true);
    m_mappingTable = new QTableWidget(0, 3, page);
    m_mappingTable->setObjectName(QStringLiteral("mappingTableWidget"));
    m_mappingTable->setHorizontalHeaderLabels({tr("Column"), tr("Header in the file"), tr("Imported as")});
    m_mappingTable->horizontalHeader()->setStretchLastSection(true);
    m_mappingTable->verticalHeader()->hide();
    m_profileNameEdit = new QLineEdit(page);
    m_profileNameEdit->setObjectName(QStringLiteral("profileNameLineEdit"));
    m_profileNameEdit->setPlaceholderText(tr("e.g. county system export"));
    auto *saveButton = new QPushButton(tr("Save mapping as profile"), page);
    saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    connect(saveButton, &QPushButton::clicked, this, &ImportWizard::saveProfile);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(new QLabel(tr("Profile name:"), page));
    saveRow->addWidget(m_profileNameEdit, 1);
    saveRow->addWidget(saveButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_mappingLabel);
    layout->addWidget(m_mappingTable, 1);
    layout->addLayout(saveRow);
    return page;
}

QWidget *ImportWizard::buildPreviewPage()
{
    auto *page = new QWidget(this);
    m_summaryLabel = new QLabel(page);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_changesTree = new QTreeWidget(page);
    m_changesTree->setObjectName(QStringLiteral("changesTreeWidget"));
    m_changesTree->setHeaderLabels({tr("Household / field"), tr("Before"), tr("After")});
    m_issuesTable = issuesTable(page, QStringLiteral("issuesTableWidget"));
    m_warningsTable = issuesTable(page, QStringLiteral("warningsTableWidget"));
    m_valuesWidget = new ImportValuesWidget(page);
    connect(m_valuesWidget, &ImportValuesWidget::applyRequested, this, &ImportWizard::applyValues);
    connect(m_valuesWidget, &ImportValuesWidget::saveRequested, this, &ImportWizard::saveValues);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_issuesTable, 1);
    layout->addWidget(m_warningsTable, 1);
    layout->addWidget(m_valuesWidget, 1);
    layout->addWidget(m_changesTree, 1);
    return page;
}

QWidget *ImportWizard::buildDonePage()
{
    auto *page = new QWidget(this);
    m_doneLabel = new QLabel(page);
    m_doneLabel->setObjectName(QStringLiteral("doneLabel"));
    m_doneLabel->setWordWrap(true);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_doneLabel);
    layout->addStretch();
    return page;
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(path);
}

void ImportWizard::browse()
{
    const QString path = FileDialogs::openFileName(
        this, tr("Choose a roster spreadsheet"), tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_fileEdit->setText(path);
}

namespace {

QString tableJson(const QTableWidget *table)
{
    QJsonObject o;
    for (int r = 0; r < table->rowCount(); ++r) {
        const auto *combo = qobject_cast<QComboBox *>(table->cellWidget(r, 2));
        const QString header = RosterColumns::normaliseHeader(table->item(r, 1)->text());
        if (combo && !header.isEmpty())
            o[header] = combo->currentData().toString();
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

QString ImportWizard::mappingJson() const
{
    if (m_mappingEdited || m_steps->currentIndex() == MappingStep) {
        if (QString json = tableJson(m_mappingTable); !json.isEmpty())
            return json;
    }
    return {};
}

QString ImportWizard::profileJson() const
{
    ValueMappings values = m_values;
    values.insert(m_valuesWidget->mappings());
    return ValueMappings::intoProfile(tableJson(m_mappingTable), values);
}

void ImportWizard::startPreview()
{
    setBusy(true, tr("Reading and checking the file…"));
    ImportOptions options;
    options.sheet = m_sheetCombo->currentText();
    options.mapping = mappingJson();
    // A saved profile is read by the preview, which lists a profile it cannot read as the file's problem.
    if (options.mapping.isEmpty())
        options.profile = m_profileCombo->currentData().toString();
    options.createVillages = m_createVillagesCheck->isChecked();
    options.values = m_values;
    if (m_asOfCheck->isChecked())
        options.asOf = Period::fromDate(m_asOfEdit->date());
    Q_EMIT requestPreview(m_fileEdit->text().trimmed(), options);
}

void ImportWizard::applyValues()
{
    m_valuesWidget->setMessage({});
    m_values.insert(m_valuesWidget->mappings());
    startPreview();
}

void ImportWizard::saveValues(const QString &name)
{
    const Result r = ImportProfileRepository(m_db).save(name, profileJson());
    if (!r) {
        m_valuesWidget->setMessage(r.message());
        return;
    }
    if (m_profileCombo->findData(name) < 0) {
        const QSignalBlocker block(m_profileCombo);
        m_profileCombo->addItem(name, name);
    }
    // Saving wrote to the database (its audit log): the preview is taken again, with the readings saved.
    applyValues();
    m_valuesWidget->setMessage(
        tr("The column mapping and the words' readings were saved as profile \"%1\".").arg(name));
}

void ImportWizard::showPreview(const ImportPreview &preview)
{
    setBusy(false);
    m_preview = preview;
    m_values = preview.values;
    if (preview.cancelled) {
        m_steps->setCurrentIndex(ChooseStep);
        updateButtons();
        return;
    }
    if (m_sheetCombo->count() == 0 && !preview.sheets.isEmpty()) {
        const QSignalBlocker block(m_sheetCombo);
        m_sheetCombo->addItems(preview.sheets);
        m_sheetCombo->setCurrentText(preview.sheet);
    }
    fillMapping(preview);
    // A file that could not be read, or has no header, goes straight to its problems; a preview asked for from the
    // preview (words mapped) stays there.
    const int step = m_steps->currentIndex();
    if (preview.headerRow == 0 || step == MappingStep || step == PreviewStep)
        m_steps->setCurrentIndex(PreviewStep);
    else
        m_steps->setCurrentIndex(MappingStep);

    const QString file = QFileInfo(preview.file).fileName();
    QString summary;
    if (preview.headerRow > 0) {
        summary = tr("%1, sheet %2 (header in row %3): %4 households, %5 member rows, %6 persons, monthly total "
                     "%7 yuan.")
                      .arg(file, preview.sheet)
                      .arg(preview.headerRow)
                      .arg(preview.households)
                      .arg(preview.members)
                      .arg(preview.declaredPersons)
                      .arg(preview.monthlyTotal.toDisplayString());
    }
    if (!preview.issues.isEmpty()) {
        summary += u' '
            + tr("%n problem(s) found. Nothing will be written: correct the file and import it again.", nullptr,
                int(preview.issues.size()));
    } else {
        summary += u' '
            + tr("New households: %1. Changed: %2. Unchanged: %3.")
                  .arg(preview.newHouseholds)
                  .arg(preview.changedHouseholds)
                  .arg(preview.unchangedHouseholds);
        if (!preview.newVillages.isEmpty())
            summary += u' ' + tr("New villages: %1.").arg(preview.newVillages.join(QStringLiteral("、")));
    }
    if (!preview.warnings.isEmpty())
        summary += u' '
            + tr("%n warning(s): those rows are imported all the same, as listed below.", nullptr,
                int(preview.warnings.size()));
    m_summaryLabel->setText(summary.trimmed());
    m_issuesTable->setVisible(!preview.issues.isEmpty());
    m_warningsTable->setVisible(!preview.warnings.isEmpty());
    m_changesTree->setVisible(preview.issues.isEmpty());
    fillIssues(m_issuesTable, preview.issues);
    fillIssues(m_warningsTable, preview.warnings);
    m_valuesWidget->setWords(preview.valueWords);
    m_valuesWidget->setVisible(!m_valuesWidget->isEmpty());
    m_valuesWidget->setProfileName(m_profileNameEdit->text().trimmed().isEmpty()
            ? m_profileCombo->currentData().toString()
            : m_profileNameEdit->text().trimmed());
    m_changesTree->clear();
    for (const ImportPreview::HouseholdChange &c : preview.changes) {
        auto *item = new QTreeWidgetItem(m_changesTree);
        item->setText(0, tr("Row %1: %2").arg(c.row).arg(c.headName));
        if (c.isNew) {
            item->setText(2, tr("new household"));
            continue;
        }
        for (const ImportPreview::FieldChange &f : c.changes) {
            auto *child = new QTreeWidgetItem(item);
            child->setText(0, f.field);
            child->setText(1, f.before);
            child->setText(2, f.after);
        }
    }
    m_changesTree->expandAll();
    m_changesTree->resizeColumnToContents(0);
    updateButtons();
}

void ImportWizard::fillMapping(const ImportPreview &preview)
{
    m_mappingLabel->setText(preview.headerRow > 0
            ? tr("The header is in row %1. Check how each column is imported and correct it "
                 "where needed; the mapping can be saved for the next file from the same source.")
                  .arg(preview.headerRow)
            : tr("No header row was recognised."));
    QList<int> columns = preview.mapping.headers.keys();
    std::sort(columns.begin(), columns.end());
    m_mappingTable->setRowCount(int(columns.size()));
    for (int r = 0; r < columns.size(); ++r) {
        const int c = columns[r];
        m_mappingTable->setItem(r, 0, new QTableWidgetItem(columnLetter(c)));
        m_mappingTable->setItem(r, 1, new QTableWidgetItem(preview.mapping.headers.value(c)));
        auto *combo = new QComboBox(m_mappingTable);
        for (Field f : RosterColumns::allFields())
            combo->addItem(RosterColumns::label(f), RosterColumns::key(f));
        combo->setCurrentIndex(combo->findData(RosterColumns::key(preview.mapping.fields.value(c, Field::Ignore))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { m_mappingEdited = true; });
        m_mappingTable->setCellWidget(r, 2, combo);
    }
    m_mappingTable->resizeColumnsToContents();
}

void ImportWizard::saveProfile()
{
    const Result r = ImportProfileRepository(m_db).save(m_profileNameEdit->text(), profileJson());
    if (!r) {
        m_mappingLabel->setText(r.message());
        return;
    }
    const QString name = m_profileNameEdit->text().trimmed();
    if (m_profileCombo->findData(name) < 0)
        m_profileCombo->addItem(name, name);
    m_mappingEdited = true; // the save is in the audit log: Next takes the preview again
    m_mappingLabel->setText(tr("The mapping was saved as profile \"%1\".").arg(name));
}

void ImportWizard::goNext()
{
    const int step = m_steps->currentIndex();
    if (step == ChooseStep) {
        startPreview();
    } else if (step == MappingStep) {
        if (m_mappingEdited)
            startPreview();
        else
            m_steps->setCurrentIndex(PreviewStep);
    }
    updateButtons();
}

void ImportWizard::goBack()
{
    const int step = m_steps->currentIndex();
    if (step > ChooseStep && step < DoneStep)
        m_steps->setCurrentIndex(step == PreviewStep && m_preview.headerRow > 0 ? MappingStep : ChooseStep);
    updateButtons();
}

void ImportWizard::startImport()
{
    setBusy(true, tr("Importing…"));
    Q_EMIT requestApply();
}

void ImportWizard::finishImport(const Result &result)
{
    setBusy(false);
    if (result) {
        m_imported = true;
        m_doneLabel->setText(tr("Imported from %1: %2 new and %3 changed households. Every change is in the audit "
                                "log with the file's name and SHA-256 (%4).")
                                 .arg(QFileInfo(m_preview.file).fileName())
                                 .arg(m_preview.newHouseholds)
                                 .arg(m_preview.changedHouseholds)
                                 .arg(m_preview.sha256.left(16)));
        Q_EMIT rosterChanged();
    } else {
        m_doneLabel->setText(tr("The import did not complete and nothing was written: %1").arg(result.message()));
    }
    m_steps->setCurrentIndex(DoneStep);
    updateButtons();
}

void ImportWizard::cancelWork()
{
    m_worker->cancel();
}

void ImportWizard::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_busyLabel->setVisible(busy);
    m_cancelWorkButton->setVisible(busy);
    m_busyLabel->setText(what);
    m_progress->setRange(0, 0);
    updateButtons();
}

void ImportWizard::updateButtons()
{
    const int step = m_steps->currentIndex();
    m_backButton->setEnabled(!m_busy && step != ChooseStep && step != DoneStep);
    m_nextButton->setEnabled(
        !m_busy && !m_fileEdit->text().trimmed().isEmpty() && (step == ChooseStep || step == MappingStep));
    m_importButton->setEnabled(!m_busy && step == PreviewStep && m_preview.isAcceptable()
        && m_preview.newHouseholds + m_preview.changedHouseholds > 0);
    m_closeButton->setText(step == DoneStep ? tr("Close") : tr("Cancel"));
    m_closeButton->setEnabled(!m_busy);
    // Enter goes on: to the next step, then to the import, then closes.
    m_nextButton->setDefault(step == ChooseStep || step == MappingStep);
    m_importButton->setDefault(step == PreviewStep);
    m_closeButton->setDefault(step == DoneStep);
}
