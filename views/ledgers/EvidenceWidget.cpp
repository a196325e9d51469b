#include "ledgers/EvidenceWidget.h"

#include "ledgers/EvidenceRepository.h"
#include "shell/FileDialogs.h"
#include "shell/MessageBoxes.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace {

enum Column { NameColumn, SizeColumn, DateColumn, OperatorColumn, HashColumn, ColumnCount };

// Copies opened for viewing live in one private folder for the whole session and go when the program ends:
// scans of ID cards should not pile up in the temporary folder.
QTemporaryDir &viewingFolder()
{
    static QTemporaryDir dir(
        QStandardPaths::writableLocation(QStandardPaths::TempLocation) + QStringLiteral("/dibao-evidence-XXXXXX"));
    return dir;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

} // namespace

EvidenceWidget::EvidenceWidget(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_addButton(new QPushButton(tr("&Add file..."), this))
    , m_openButton(new QPushButton(tr("&Open"), this))
    , m_removeButton(new QPushButton(tr("Remo&ve..."), this))
{
    setObjectName(QStringLiteral("evidenceWidget"));
    m_table->setObjectName(QStringLiteral("evidenceTableWidget"));
    m_addButton->setObjectName(QStringLiteral("addEvidenceButton"));
    m_openButton->setObjectName(QStringLiteral("openEvidenceButton"));
    m_removeButton->setObjectName(QStringLiteral("removeEvidenceButton"));
    m_table->setHorizontalHeaderLabels(
        {tr("File"), tr("Size"), tr("Added"), tr("Added by"), tr("SHA-256 (fingerprint)")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(NameColumn, 200);
    m_table->setColumnWidth(SizeColumn, 80);
    m_table->setColumnWidth(DateColumn, 130);
    m_table->setMinimumHeight(m_table->fontMetrics().height() * 5);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &EvidenceWidget::addFile);
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0)
            return;
        const qint64 id = m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
        QTemporaryDir &folder = viewingFolder();
        if (!folder.isValid()) {
            emit problem(Result::failed(tr("No temporary folder could be made to open the file in. Check the free "
                                           "space on the disk, then try again.")));
            return;
        }
        // One subfolder per file keeps the original name, which is what the viewer shows.
        const QString dir = folder.filePath(QString::number(id));
        QDir().mkpath(dir);
        const QString name = QFileInfo(m_table->item(row, NameColumn)->text()).fileName();
        const QString path = QDir(dir).filePath(name.isEmpty() ? QString::number(id) : name);
        const Result saved = EvidenceRepository(m_db).saveCopy(id, path);
        if (!saved) {
            emit problem(saved);
            return;
        }
        if (QGuiApplication::platformName() == QLatin1String("offscreen"))
            return; // tests: nothing to show the file with
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
            emit problem(Result::rejected(
                tr("No program is set up to open %1. The copy is in %2.").arg(name, QDir::toNativeSeparators(dir))));
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || m_readOnly)
            return;
        const QString name = m_table->item(row, NameColumn)->text();
        if (MessageBoxes::question(this, tr("Remove evidence"), tr("Remove the evidence file %1?").arg(name))
            != QMessageBox::Yes)
            return;
        const Result removed
            = EvidenceRepository(m_db).remove(m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong());
        if (!removed) {
            emit problem(removed);
            return;
        }
        reload();
        emit changed();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_openButton, &QPushButton::click);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
        m_openButton->setEnabled(selected);
        m_removeButton->setEnabled(selected && !m_readOnly);
    });
    reload();
}

void EvidenceWidget::setOwner(Evidence::Owner owner, qint64 ownerId)
{
    m_owner = owner;
    m_ownerId = ownerId;
    reload();
}

void EvidenceWidget::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    reload();
}

int EvidenceWidget::count() const
{
    return m_table->rowCount();
}

void EvidenceWidget::addFile()
{
    if (m_ownerId <= 0 || m_readOnly)
        return;
    const QString path = FileDialogs::openFileName(this, tr("Add evidence"),
        tr("Photos and documents (*.jpg *.jpeg *.png *.bmp *.gif *.tif *.tiff *.pdf *.doc *.docx *.xls *.xlsx "
           "*.wps *.et *.ofd *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    Evidence added;
    const Result result = EvidenceRepository(m_db).addFile(m_owner, m_ownerId, path, &added);
    if (!result) {
        emit problem(result);
        return;
    }
    reload();
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, NameColumn)->data(Qt::UserRole).toLongLong() == added.id)
            m_table->selectRow(row);
    }
    emit changed();
}

void EvidenceWidget::reload()
{
    const Outcome<QList<Evidence>> read = m_ownerId > 0 ? EvidenceRepository(m_db).evidence(m_owner, m_ownerId)
                                                        : Outcome<QList<Evidence>>(QList<Evidence>());
    const QList<Evidence> files = read.valueOr({}); // none shown when unread, and the dialog says why
    m_table->setRowCount(0);
    m_table->setRowCount(int(files.size()));
    const QLocale locale;
    for (int row = 0; row < files.size(); ++row) {
        const Evidence &file = files.at(row);
        QTableWidgetItem *name = cell(file.fileName);
        name->setData(Qt::UserRole, file.id);
        name->setToolTip(file.fileName);
        m_table->setItem(row, NameColumn, name);
        QTableWidgetItem *size = cell(locale.formattedDataSize(file.size));
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, DateColumn, cell(file.addedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_table->setItem(row, OperatorColumn, cell(file.operatorName));
        QTableWidgetItem *hash = cell(file.sha256);
        hash->setToolTip(file.sha256);
        m_table->setItem(row, HashColumn, hash);
    }
    m_addButton->setEnabled(m_ownerId > 0 && !m_readOnly);
    m_addButton->setToolTip(m_ownerId > 0 ? QString() : tr("Save the record first, then add its evidence."));
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_openButton->setEnabled(selected);
    m_removeButton->setEnabled(selected && !m_readOnly);
    if (!read)
        emit problem(read.result());
}
