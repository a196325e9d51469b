#include "ledgers/calendar/CalendarDialog.h"

#include "ledgers/calendar/CalendarRepository.h"
#include "shell/DateEdit.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBar.h"
#include "shell/ScreenFit.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
enum EntryColumn { DueColumn, TitleColumn, StateColumn, SubmittedColumn, FileColumn, EntryColumns };
enum ItemColumn { ItemTitleColumn, WhenColumn, ActiveColumn, ItemColumns };
constexpr int ItemIdRole = Qt::UserRole;
constexpr int DueDateRole = Qt::UserRole + 1;

QTableWidget *makeTable(int columns, const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, columns, parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    return t;
}
} // namespace

CalendarDialog::CalendarDialog(Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_messageBar(new MessageBar(this))
    , m_year(new QSpinBox(this))
    , m_since(new DateEdit(this))
    , m_submittedDate(new DateEdit(this))
    , m_submittedBy(new QLineEdit(this))
    , m_file(new QLineEdit(this))
    , m_itemTitle(new QLineEdit(this))
    , m_itemMonthly(new QCheckBox(tr("Every &month"), this))
    , m_itemMonth(new QSpinBox(this))
    , m_itemDay(new QSpinBox(this))
    , m_itemNote(new QLineEdit(this))
    , m_itemActive(new QCheckBox(tr("&Active"), this))
{
    setObjectName(QStringLiteral("calendarDialog"));
    setWindowTitle(tr("Reporting calendar"));
    ScreenFit::resize(this, QSize(860, 560));
    m_messageBar->setObjectName(QStringLiteral("messageBar"));

    // The year's submissions.
    auto *yearPage = new QWidget(this);
    m_year->setObjectName(QStringLiteral("yearSpinBox"));
    m_year->setRange(2000, 2100);
    m_year->setValue(m_db.today().year());
    m_entries
        = makeTable(EntryColumns, {tr("Due"), tr("Submission"), tr("State"), tr("Submitted"), tr("File")}, yearPage);
    m_entries->setObjectName(QStringLiteral("entryTable"));
    m_entries->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_submittedDate->setObjectName(QStringLiteral("submittedDateEdit"));
    m_submittedDate->setCalendarPopup(true);
    m_submittedDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_submittedDate->setDate(m_db.today());
    m_submittedBy->setObjectName(QStringLiteral("submittedByLineEdit"));
    m_submittedBy->setText(m_db.operatorName());
    m_file->setObjectName(QStringLiteral("fileLineEdit"));
    m_file->setPlaceholderText(tr("The file sent, e.g. 典型案例2026-10.xlsx"));
    auto *browse = new QToolButton(yearPage);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file that was sent"));
    connect(browse, &QToolButton::clicked, this, [this] {
        const QString path = FileDialogs::openFileName(this, tr("The file that was sent"), tr("All files (*)"));
        if (!path.isEmpty())
            m_file->setText(QFileInfo(path).fileName());
    });
    auto *mark = new QPushButton(tr("Mark &submitted"), yearPage);
    mark->setObjectName(QStringLiteral("markSubmittedButton"));
    auto *clear = new QPushButton(tr("&Not submitted"), yearPage);
    clear->setObjectName(QStringLiteral("clearSubmittedButton"));
    connect(mark, &QPushButton::clicked, this, &CalendarDialog::markSubmitted);
    connect(clear, &QPushButton::clicked, this, &CalendarDialog::clearSubmitted);
    connect(m_year, &QSpinBox::valueChanged, this, &CalendarDialog::loadEntries);

    m_since->setObjectName(QStringLiteral("trackingSinceDateEdit"));
    m_since->setCalendarPopup(true);
    m_since->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const Outcome<QDate> since = CalendarRepository(m_db).trackingSince();
    m_since->setDate(since && since->isValid() ? *since : m_db.today());
    m_since->setToolTip(tr("What fell due before this day was submitted outside the workbench and is not "
                           "reported as overdue"));
    auto *sinceButton = new QPushButton(tr("A&pply"), yearPage);
    sinceButton->setObjectName(QStringLiteral("trackingSinceButton"));
    connect(sinceButton, &QPushButton::clicked, this, &CalendarDialog::saveTrackingSince);

    auto *yearRow = new QHBoxLayout;
    auto *yearLabel = new QLabel(tr("&Year:"), yearPage);
    yearLabel->setBuddy(m_year);
    yearRow->addWidget(yearLabel);
    yearRow->addWidget(m_year);
    yearRow->addStretch(1);
    auto *sinceLabel = new QLabel(tr("Trac&ked from:"), yearPage);
    sinceLabel->setBuddy(m_since);
    yearRow->addWidget(sinceLabel);
    yearRow->addWidget(m_since);
    yearRow->addWidget(sinceButton);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *submission = new QFormLayout;
    submission->addRow(tr("Submitted &on:"), m_submittedDate);
    submission->addRow(tr("Submitted &by:"), m_submittedBy);
    auto *fileLabel = new QLabel(tr("&File:"), this); // a row of a layout has no buddy of its own
    fileLabel->setBuddy(m_file);
    submission->addRow(fileLabel, fileRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(clear);
    buttons->addWidget(mark);
    auto *yearLayout = new QVBoxLayout(yearPage);
    yearLayout->addLayout(yearRow);
    yearLayout->addWidget(m_entries, 1);
    yearLayout->addLayout(submission);
    yearLayout->addLayout(buttons);

    // The submissions themselves.
    auto *itemsPage = new QWidget(this);
    m_items = makeTable(ItemColumns, {tr("Submission"), tr("When due"), tr("Active")}, itemsPage);
    m_items->setObjectName(QStringLiteral("itemTable"));
    m_items->horizontalHeader()->setSectionResizeMode(ItemTitleColumn, QHeaderView::Stretch);
    m_itemTitle->setObjectName(QStringLiteral("itemTitleLineEdit"));
    m_itemMonthly->setObjectName(QStringLiteral("itemMonthlyCheckBox"));
    m_itemMonth->setObjectName(QStringLiteral("itemMonthSpinBox"));
    m_itemMonth->setRange(1, 12);
    m_itemDay->setObjectName(QStringLiteral("itemDaySpinBox"));
    m_itemDay->setRange(1, 31);
    m_itemNote->setObjectName(QStringLiteral("itemNoteLineEdit"));
    m_itemActive->setObjectName(QStringLiteral("itemActiveCheckBox"));
    connect(m_itemMonthly, &QCheckBox::toggled, m_itemMonth, &QWidget::setDisabled);
    auto *newItem = new QPushButton(tr("&New submission"), itemsPage);
    newItem->setObjectName(QStringLiteral("newItemButton"));
    auto *saveItemButton = new QPushButton(tr("Sa&ve"), itemsPage);
    saveItemButton->setObjectName(QStringLiteral("saveItemButton"));
    connect(newItem, &QPushButton::clicked, this, [this] {
        m_items->clearSelection();
        m_itemId = 0;
        m_itemTitle->clear();
        m_itemMonthly->setChecked(false);
        m_itemMonth->setValue(m_db.today().month());
        m_itemDay->setValue(1);
        m_itemNote->clear();
        m_itemActive->setChecked(true);
        m_itemTitle->setFocus();
    });
    connect(saveItemButton, &QPushButton::clicked, this, &CalendarDialog::saveItem);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) { showItem(row); });
    auto *when = new QHBoxLayout;
    when->addWidget(m_itemMonthly);
    when->addWidget(new QLabel(tr("Month:"), itemsPage));
    when->addWidget(m_itemMonth);
    when->addWidget(new QLabel(tr("Day:"), itemsPage));
    when->addWidget(m_itemDay);
    when->addStretch(1);
    auto *itemForm = new QFormLayout;
    itemForm->addRow(tr("&Title:"), m_itemTitle);
    itemForm->addRow(tr("Due:"), when);
    itemForm->addRow(tr("N&ote:"), m_itemNote);
    itemForm->addRow(QString(), m_itemActive);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addStretch(1);
    itemButtons->addWidget(newItem);
    itemButtons->addWidget(saveItemButton);
    auto *itemsLayout = new QVBoxLayout(itemsPage);
    itemsLayout->addWidget(m_items, 1);
    itemsLayout->addLayout(itemForm);
    itemsLayout->addLayout(itemButtons);

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("calendarTabs"));
    tabs->addTab(yearPage, tr("Due dates"));
    tabs->addTab(itemsPage, tr("Submissions"));
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(tabs, 1);
    layout->addWidget(close);

    if (!since) { // the day shown is not the one on file: it is not applied by mistake
        sinceButton->setEnabled(false);
        m_messageBar->showResult(since.result());
    }
    loadEntries();
    loadItems();
}

void CalendarDialog::selectEntry(qint64 itemId, const QDate &dueDate)
{
    if (m_year->value() != dueDate.year())
        m_year->setValue(dueDate.year()); // reloads
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const QTableWidgetItem *item = m_entries->item(row, DueColumn);
        if (item->data(ItemIdRole).toLongLong() == itemId && item->data(DueDateRole).toDate() == dueDate) {
            m_entries->selectRow(row);
            m_entries->scrollToItem(item);
            return;
        }
    }
}

void CalendarDialog::loadEntries()
{
    const QLocale locale;
    const QDate today = m_db.today();
    const int keepRow = m_entries->currentRow();
    const Outcome<QList<CalendarEntry>> read = CalendarRepository(m_db).entries(m_year->value());
    if (!read)
        m_messageBar->showResult(read.result()); // no due dates rather than a year with none
    const QList<CalendarEntry> entries = read.valueOr({});
    m_entries->setRowCount(0);
    m_entries->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const CalendarEntry &e = entries.at(row);
        auto *due = new QTableWidgetItem(e.dueDate.toString(QStringLiteral("yyyy-MM-dd")));
        due->setData(ItemIdRole, e.item.id);
        due->setData(DueDateRole, e.dueDate);
        const int days = int(today.daysTo(e.dueDate));
        QString state;
        QColor colour;
        if (e.isSubmitted()) {
            state = tr("Submitted");
            colour = QColor(0x1b, 0x6e, 0x20);
        } else if (e.beforeTracking) {
            state = tr("Before tracking began");
            colour = QColor(0x75, 0x75, 0x75);
        } else if (e.isOverdue(today)) {
            state = tr("Overdue by %n day(s)", nullptr, -days);
            colour = QColor(0xb7, 0x1c, 0x1c);
        } else if (days <= 14) {
            state = days == 0 ? tr("Due today") : tr("In %n day(s)", nullptr, days);
            colour = QColor(0xb2, 0x6a, 0x00);
        } else {
            state = tr("Not yet due");
        }
        auto *stateItem = new QTableWidgetItem(state);
        if (colour.isValid())
            stateItem->setForeground(colour);
        m_entries->setItem(row, DueColumn, due);
        m_entries->setItem(row, TitleColumn, new QTableWidgetItem(e.item.displayTitle()));
        m_entries->setItem(row, StateColumn, stateItem);
        m_entries->setItem(row, SubmittedColumn,
            new QTableWidgetItem(e.isSubmitted()
                    ? tr("%1, %2").arg(locale.toString(e.submittedDate, QLocale::ShortFormat), e.submittedBy)
                    : QString()));
        m_entries->setItem(row, FileColumn, new QTableWidgetItem(e.fileName));
    }
    m_entries->resizeColumnToContents(DueColumn);
    if (keepRow >= 0 && keepRow < m_entries->rowCount())
        m_entries->selectRow(keepRow);
}

void CalendarDialog::loadItems()
{
    const Outcome<QList<CalendarItem>> read = CalendarRepository(m_db).items();
    if (!read)
        m_messageBar->showResult(read.result());
    const QList<CalendarItem> items = read.valueOr({});
    m_items->setRowCount(0);
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const CalendarItem &c = items.at(row);
        auto *title = new QTableWidgetItem(c.displayTitle());
        title->setData(ItemIdRole, c.id);
        m_items->setItem(row, ItemTitleColumn, title);
        m_items->setItem(row, WhenColumn,
            new QTableWidgetItem(c.monthly ? tr("Every month by the %1th").arg(c.day)
                                           : tr("Every year by %1-%2").arg(c.month).arg(c.day)));
        m_items->setItem(row, ActiveColumn, new QTableWidgetItem(c.active ? tr("Yes") : tr("No")));
    }
}

void CalendarDialog::showItem(int row)
{
    const QTableWidgetItem *cell = m_items->item(row, ItemTitleColumn);
    if (!cell)
        return;
    const Outcome<QList<CalendarItem>> items = CalendarRepository(m_db).items();
    if (!items) {
        m_messageBar->showResult(items.result());
        return;
    }
    for (const CalendarItem &c : *items) {
        if (c.id != cell->data(ItemIdRole).toLongLong())
            continue;
        m_itemId = c.id;
        m_itemTitle->setText(c.title);
        m_itemMonthly->setChecked(c.monthly);
        m_itemMonth->setValue(qMax(1, c.month));
        m_itemDay->setValue(c.day);
        m_itemNote->setText(c.note);
        m_itemActive->setChecked(c.active);
    }
}

void CalendarDialog::markSubmitted()
{
    const QTableWidgetItem *due = m_entries->item(m_entries->currentRow(), DueColumn);
    if (!due) {
        m_messageBar->showError(tr("Choose the submission in the list first."));
        return;
    }
    const Result r
        = CalendarRepository(m_db).markSubmitted(due->data(ItemIdRole).toLongLong(), due->data(DueDateRole).toDate(),
            m_submittedDate->date(), m_submittedBy->text().trimmed(), m_file->text().trimmed());
    m_messageBar->showResult(r);
    if (r) {
        m_messageBar->showInfo(tr("Marked as submitted."));
        loadEntries();
    }
}

void CalendarDialog::clearSubmitted()
{
    const QTableWidgetItem *due = m_entries->item(m_entries->currentRow(), DueColumn);
    if (!due) {
        m_messageBar->showError(tr("Choose the submission in the list first."));
        return;
    }
    const Result r
        = CalendarRepository(m_db).clearSubmitted(due->data(ItemIdRole).toLongLong(), due->data(DueDateRole).toDate());
    m_messageBar->showResult(r);
    if (r)
        loadEntries();
}

void CalendarDialog::saveItem()
{
    CalendarItem item;
    const Outcome<QList<CalendarItem>> items = CalendarRepository(m_db).items();
    if (!items) { // saving now would lose the item's English title
        m_messageBar->showResult(items.result());
        return;
    }
    for (const CalendarItem &c : *items) {
        if (c.id == m_itemId)
            item = c; // keeps the code and the English title
    }
    item.id = m_itemId;
    item.title = m_itemTitle->text().trimmed();
    item.monthly = m_itemMonthly->isChecked();
    item.month = item.monthly ? 0 : m_itemMonth->value();
    item.day = m_itemDay->value();
    item.note = m_itemNote->text().trimmed();
    item.active = m_itemActive->isChecked();
    const Result r = CalendarRepository(m_db).saveItem(item);
    m_messageBar->showResult(r);
    if (!r)
        return;
    m_itemId = item.id;
    m_messageBar->showInfo(tr("Saved. The due dates follow the change."));
    loadItems();
    loadEntries();
}

void CalendarDialog::saveTrackingSince()
{
    const Result r = CalendarRepository(m_db).setTrackingSince(m_since->date());
    m_messageBar->showResult(r);
    if (r)
        loadEntries();
}
