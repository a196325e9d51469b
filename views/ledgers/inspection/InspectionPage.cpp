#include "ledgers/inspection/InspectionPage.h"

#include "ledgers/inspection/AnswerDialog.h"
#include "ledgers/inspection/InspectionAnswerFilterModel.h"
#include "ledgers/inspection/InspectionAnswerModel.h"
#include "ledgers/inspection/InspectionDialog.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/RecordTable.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <memory>

namespace {
constexpr int kSearchDelayMs = 120;

QPushButton *button(const QString &text, const QString &objectName, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(objectName);
    return b;
}
} // namespace

InspectionPage::InspectionPage(Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new InspectionAnswerModel(db, this))
    , m_filter(new InspectionAnswerFilterModel(this))
    , m_messageBar(new MessageBar(this))
    , m_runCombo(new QComboBox(this))
    , m_newButton(button(tr("&New self-inspection..."), QStringLiteral("newInspectionButton"), this))
    , m_editButton(button(tr("&Edit..."), QStringLiteral("editInspectionButton"), this))
    , m_closeButton(button(tr("C&lose the run..."), QStringLiteral("closeInspectionButton"), this))
    , m_exportButton(button(tr("E&xport..."), QStringLiteral("exportButton"), this))
    , m_closedLabel(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_linkCombo(new QComboBox(this))
    , m_resultCombo(new QComboBox(this))
    , m_searchEdit(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_answerButton(button(tr("&Answer..."), QStringLiteral("answerButton"), this))
    , m_hintLabel(new QLabel(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("inspectionPage"));
    m_runCombo->setObjectName(QStringLiteral("inspectionComboBox"));
    m_runCombo->setMinimumWidth(260);
    m_closedLabel->setObjectName(QStringLiteral("closedLabel"));
    m_closedLabel->setWordWrap(true);
    m_closedLabel->setStyleSheet(QStringLiteral("color:#8a6d00;"));
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setWordWrap(true);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setMaximumWidth(240);
    m_linkCombo->setObjectName(QStringLiteral("linkComboBox"));
    m_linkCombo->addItem(tr("All links"), -1);
    for (Domain::Link link : Domain::allValues<Domain::Link>())
        m_linkCombo->addItem(Domain::label(link), int(link));
    m_resultCombo->setObjectName(QStringLiteral("resultComboBox"));
    m_resultCombo->addItem(tr("All results"), QString());
    m_resultCombo->addItem(tr("Not answered"), InspectionAnswerModel::unansweredKey());
    for (Domain::InspectionResult result : Domain::allValues<Domain::InspectionResult>())
        m_resultCombo->addItem(Domain::label(result), Domain::key(result));
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search the items: code, wording, problem found, responsible"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);
    m_hintLabel->setObjectName(QStringLiteral("hintLabel"));
    m_hintLabel->setText(tr("Enter: answer the selected item · 1: compliant · 2: problem found · 3: not applicable"));
    m_hintLabel->setStyleSheet(QStringLiteral("color:#616161;"));

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(QStringLiteral("answerTableView"));
    m_view->setModel(m_filter);
    setUpRecordTable(m_view);
    // The short columns fit their contents (47 rows: cheap); the wording and the problem keep the clerk's widths.
    for (int column : {InspectionAnswerModel::CodeColumn, InspectionAnswerModel::LinkColumn,
             InspectionAnswerModel::ResultColumn, InspectionAnswerModel::HouseholdsColumn,
             InspectionAnswerModel::EvidenceColumn, InspectionAnswerModel::ResponsibleColumn})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(InspectionAnswerModel::ItemColumn, 420);
    m_view->setColumnWidth(InspectionAnswerModel::DescriptionColumn, 180);
    m_view->installEventFilter(this);

    auto *runs = new QHBoxLayout;
    runs->addWidget(new QLabel(tr("Self-inspection:"), this));
    runs->addWidget(m_runCombo, 1);
    runs->addWidget(m_newButton);
    runs->addWidget(m_editButton);
    runs->addWidget(m_closeButton);
    runs->addStretch();
    runs->addWidget(m_exportButton);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_progressLabel, 1);
    progress->addWidget(m_progressBar);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_linkCombo);
    filters->addWidget(m_resultCombo);
    filters->addWidget(m_searchEdit, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_hintLabel, 1);
    bottom->addWidget(m_answerButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(runs);
    layout->addWidget(m_closedLabel);
    layout->addLayout(progress);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_runCombo, &QComboBox::currentIndexChanged, this, [this] { showInspection(); });
    connect(m_linkCombo, &QComboBox::currentIndexChanged, this, &InspectionPage::applyFilter);
    connect(m_resultCombo, &QComboBox::currentIndexChanged, this, &InspectionPage::applyFilter);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &InspectionPage::applyFilter);
    connect(m_newButton, &QPushButton::clicked, this, &InspectionPage::newInspection);
    connect(m_editButton, &QPushButton::clicked, this, &InspectionPage::editInspection);
    connect(m_closeButton, &QPushButton::clicked, this, &InspectionPage::closeInspection);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (currentInspectionId() > 0)
            emit exportRequested(currentInspectionId());
    });
    connect(m_answerButton, &QPushButton::clicked, this, &InspectionPage::answerCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &InspectionPage::answerCurrent);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InspectionPage::updateActions);

    reloadRuns(0);
}

qint64 InspectionPage::currentInspectionId() const
{
    return m_runCombo->currentData().toLongLong();
}

qint64 InspectionPage::currentItemId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(InspectionAnswerModel::ItemIdRole).toLongLong() : 0;
}

bool InspectionPage::selectItem(qint64 itemId)
{
    const int sourceRow = m_model->rowOfItem(itemId);
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, InspectionAnswerModel::CodeColumn));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QString InspectionPage::progressText() const
{
    return m_progressLabel->text();
}

void InspectionPage::reload()
{
    reloadRuns(currentInspectionId());
}

void InspectionPage::reloadRuns(qint64 select)
{
    {
        const QSignalBlocker blocker(m_runCombo);
        m_runCombo->clear();
        const Outcome<QList<Inspection>> runs = InspectionRepository(m_db).inspections();
        m_runsRead = runs.result();
        for (const Inspection &inspection : runs.valueOr({})) {
            const QString text = inspection.isClosed()
                //: A closed self-inspection run in the selector: name (month, closed)
                ? tr("%1 (%2, closed)").arg(inspection.name, inspection.period.toString())
                : tr("%1 (%2)").arg(inspection.name, inspection.period.toString());
            m_runCombo->addItem(text, inspection.id);
        }
        // Newest first: without a choice the newest run is shown.
        m_runCombo->setCurrentIndex(qMax(0, m_runCombo->findData(select)));
    }
    showInspection();
}

void InspectionPage::showInspection()
{
    const qint64 id = currentInspectionId();
    const qint64 item = m_model->inspectionId() == id ? currentItemId() : 0;
    Result read = m_runsRead;
    m_inspection.reset();
    if (id > 0) {
        const Outcome<Inspection> stored = InspectionRepository(m_db).inspection(id);
        if (stored)
            m_inspection = *stored;
        else if (read)
            read = stored.result();
    }
    m_model->setInspection(m_inspection ? id : 0);
    m_read = read ? m_model->readResult() : read;
    if (m_inspection && m_inspection->isClosed()) {
        m_closedLabel->setText(
            tr("Closed on %1 by %2: this self-inspection is read-only. Its answers can be read and exported.")
                .arg(m_inspection->closedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_inspection->closedBy));
    }
    m_closedLabel->setVisible(m_inspection && m_inspection->isClosed());
    if (!selectItem(item) && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, InspectionAnswerModel::CodeColumn));
    const Result progress = updateProgress();
    updateActions();
    showRead(m_read ? progress : m_read);
}

void InspectionPage::showRead(const Result &read)
{
    if (!read) {
        m_messageBar->showResult(read);
        m_readFailed = true;
    } else if (m_readFailed) {
        m_messageBar->dismiss();
        m_readFailed = false;
    }
}

Result InspectionPage::updateProgress()
{
    const Outcome<InspectionProgress> read = m_inspection ? InspectionRepository(m_db).progress(m_inspection->id)
                                                          : Outcome<InspectionProgress>(InspectionProgress());
    if (!m_inspection || !read) {
        // Not "no self-inspection yet" when the runs could not be read.
        m_progressLabel->setText(!m_read || !read
                ? tr("The self-inspection could not be read.")
                : tr("No self-inspection yet. Start one with \"New self-inspection\"."));
        m_progressBar->setRange(0, 1);
        m_progressBar->setValue(0);
        return read.result();
    }
    const InspectionProgress &progress = *read;
    //: 已作答 2/47 · 符合 1 · 存在问题 1 · 不适用 0
    QString text = tr("Answered %1/%2 · compliant %3 · problems %4 · not applicable %5")
                       .arg(progress.answered)
                       .arg(progress.total)
                       .arg(progress.compliant)
                       .arg(progress.problems)
                       .arg(progress.notApplicable);
    QStringList byLink;
    const QList<Domain::Link> links = Domain::allValues<Domain::Link>();
    for (int i = 0; i < progress.problemsByLink.size() && i < links.size(); ++i) {
        if (progress.problemsByLink.at(i) > 0)
            byLink << QStringLiteral("%1 %2").arg(Domain::label(links.at(i))).arg(progress.problemsByLink.at(i));
    }
    if (!byLink.isEmpty())
        text += u'\n' + tr("Problems by link: %1").arg(byLink.join(tr(", ")));
    m_progressLabel->setText(text);
    m_progressBar->setRange(0, qMax(1, progress.total));
    m_progressBar->setValue(progress.answered);
    return Result::success();
}

void InspectionPage::updateActions()
{
    const bool run = m_inspection.has_value();
    const bool open = run && !m_inspection->isClosed();
    m_editButton->setEnabled(open);
    m_closeButton->setEnabled(open);
    m_exportButton->setEnabled(run);
    m_answerButton->setEnabled(run && m_view->currentIndex().isValid());
    m_answerButton->setText(open ? tr("&Answer...") : tr("&View..."));
    m_hintLabel->setVisible(open);
}

void InspectionPage::applyFilter()
{
    m_searchTimer->stop();
    const qint64 item = currentItemId();
    const int link = m_linkCombo->currentData().toInt();
    m_filter->setLinkFilter(link < 0 ? std::nullopt : std::optional(Domain::Link(link)));
    m_filter->setResultFilter(m_resultCombo->currentData().toString());
    m_filter->setSearchText(m_searchEdit->text());
    if (!selectItem(item) && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, InspectionAnswerModel::CodeColumn));
    updateActions();
}

bool InspectionPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            answerCurrent();
            return true;
        case Qt::Key_1:
            quickAnswer(Domain::InspectionResult::Compliant);
            return true;
        case Qt::Key_2:
            quickAnswer(Domain::InspectionResult::Problem);
            return true;
        case Qt::Key_3:
            quickAnswer(Domain::InspectionResult::NotApplicable);
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InspectionPage::answerCurrent()
{
    const qint64 item = currentItemId();
    if (item > 0)
        openAnswerDialog(item, std::nullopt);
}

void InspectionPage::quickAnswer(Domain::InspectionResult result)
{
    const qint64 item = currentItemId();
    if (!m_inspection || item <= 0)
        return;
    // A problem needs its description: the dialog asks for it.
    if (result == Domain::InspectionResult::Problem) {
        openAnswerDialog(item, result);
        return;
    }
    InspectionAnswer answer = m_model->answerAt(m_model->rowOfItem(item));
    if (answer.result == result)
        return;
    if (answer.result == Domain::InspectionResult::Problem
        && MessageBoxes::question(this, tr("Change the answer"),
               tr("Item %1 has a problem recorded. Change its result to \"%2\"?")
                   .arg(m_model->itemAt(m_model->rowOfItem(item)).code, Domain::label(result)))
            != QMessageBox::Yes)
        return;
    answer.result = result;
    const int row = m_view->currentIndex().row();
    const Result saved = InspectionRepository(m_db).saveAnswer(answer);
    if (!saved) {
        m_messageBar->showResult(saved);
        return;
    }
    m_messageBar->dismiss();
    afterAnswerSaved(item);
    // On to the next item, so a run can be answered from the keyboard; the answered row may have left the
    // filter, then the next one took its place.
    const bool stillShown = currentItemId() == item && m_view->currentIndex().row() == row;
    const int next = qMin(stillShown ? row + 1 : row, m_filter->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_filter->index(next, InspectionAnswerModel::CodeColumn));
}

void InspectionPage::afterAnswerSaved(qint64 itemId)
{
    m_model->refreshItem(itemId);
    const Result progress = updateProgress();
    showRead(m_model->readResult() ? progress : m_model->readResult());
    emit countsChanged();
}

void InspectionPage::openAnswerDialog(qint64 itemId, std::optional<Domain::InspectionResult> preset)
{
    if (!m_inspection)
        return;
    auto *dialog = new AnswerDialog(m_db, m_inspection->id, itemId, this);
    if (preset)
        dialog->setResult(*preset);
    auto rosterChanged = std::make_shared<bool>(false);
    connect(dialog, &AnswerDialog::saved, this, [this, itemId] { afterAnswerSaved(itemId); });
    connect(dialog, &AnswerDialog::rectificationSaved, this, &InspectionPage::countsChanged);
    connect(dialog, &AnswerDialog::householdChanged, this, [this, rosterChanged](qint64 householdId) {
        *rosterChanged = true;
        emit householdChanged(householdId);
    });
    connect(dialog, &QDialog::finished, this, [this, rosterChanged, itemId] {
        // The data checks look at the roster: count them again once the clerk is back on the list.
        if (*rosterChanged) {
            m_model->reload();
            showRead(m_model->readResult());
            selectItem(itemId);
        }
        m_view->setFocus();
    });
    openDialog(dialog);
}

void InspectionPage::openDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    dialog->open();
}

void InspectionPage::newInspection()
{
    auto *dialog = new InspectionDialog(m_db, 0, this);
    connect(dialog, &InspectionDialog::saved, this, [this](qint64 id) {
        reloadRuns(id);
        m_messageBar->dismiss();
        emit countsChanged();
    });
    openDialog(dialog);
}

void InspectionPage::editInspection()
{
    if (!m_inspection || m_inspection->isClosed())
        return;
    auto *dialog = new InspectionDialog(m_db, m_inspection->id, this);
    connect(dialog, &InspectionDialog::saved, this, [this](qint64 id) {
        reloadRuns(id);
        emit countsChanged();
    });
    openDialog(dialog);
}

void InspectionPage::closeInspection()
{
    if (!m_inspection || m_inspection->isClosed())
        return;
    const Outcome<InspectionProgress> progress = InspectionRepository(m_db).progress(m_inspection->id);
    if (!progress) { // the clerk decides knowing what is unanswered
        m_messageBar->showResult(progress.result());
        return;
    }
    QString text = tr("Close the self-inspection \"%1\"? Its answers and evidence can then no longer be changed.")
                       .arg(m_inspection->name);
    if (progress->answered < progress->total)
        text += u'\n' + tr("%n item(s) are not answered yet.", nullptr, progress->total - progress->answered);
    if (MessageBoxes::question(this, tr("Close the self-inspection"), text) != QMessageBox::Yes)
        return;
    const qint64 id = m_inspection->id;
    const Result closed = InspectionRepository(m_db).closeInspection(id);
    if (!closed) {
        m_messageBar->showResult(closed);
        return;
    }
    reloadRuns(id);
    m_messageBar->showInfo(
        tr("The self-inspection \"%1\" is closed.").arg(m_inspection ? m_inspection->name : QString()));
    emit countsChanged();
}
