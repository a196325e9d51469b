#include "ledgers/inspection/InspectionAnswerModel.h"

#include "checks/DataChecks.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionRepository.h"

#include <QBrush>
#include <QColor>

namespace {

QString resultKeyOf(const InspectionAnswer &answer)
{
    return answer.result ? Domain::key(*answer.result) : InspectionAnswerModel::unansweredKey();
}

} // namespace

InspectionAnswerModel::InspectionAnswerModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{ }

QString InspectionAnswerModel::unansweredKey()
{
    return QStringLiteral("unanswered");
}

int InspectionAnswerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InspectionAnswerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InspectionAnswerModel::setInspection(qint64 inspectionId)
{
    m_inspectionId = inspectionId;
    reload();
}

void InspectionAnswerModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_checkCounts.clear();
    m_checkFailures.clear();
    m_read = m_inspectionId > 0 ? readRows() : Result::success();
    if (!m_read) // no rows rather than a checklist that looks unanswered
        m_rows.clear();
    endResetModel();
}

Result InspectionAnswerModel::readRows()
{
    InspectionRepository repository(m_db);
    const Outcome<Inspection> inspection = repository.inspection(m_inspectionId);
    if (!inspection)
        return inspection.result();
    const Outcome<ChecklistTemplate> checklist = ChecklistRepository(m_db).checklistTemplate(inspection->templateId);
    if (!checklist)
        return checklist.result();
    const Outcome<QList<InspectionAnswer>> read = repository.answers(m_inspectionId);
    if (!read)
        return read.result();
    QHash<qint64, InspectionAnswer> answers;
    for (const InspectionAnswer &answer : *read)
        answers.insert(answer.itemId, answer);
    DataChecks checks(m_db);
    for (const ChecklistItem &item : checklist->items) {
        Row row;
        row.item = item;
        row.answer = answers.value(item.id);
        row.answer.inspectionId = m_inspectionId;
        row.answer.itemId = item.id;
        m_rows.append(row);
        // Each check once per reload: painting must not query the roster.
        if (item.dataCheck.isEmpty() || m_checkCounts.contains(item.dataCheck)
            || m_checkFailures.contains(item.dataCheck))
            continue;
        const Outcome<QList<DataCheckHit>> hits = checks.run(item.dataCheck);
        if (hits)
            m_checkCounts.insert(item.dataCheck, int(hits->size()));
        else
            m_checkFailures.insert(item.dataCheck, hits.result().message());
    }
    return Result::success();
}

void InspectionAnswerModel::refreshItem(qint64 itemId)
{
    const int row = rowOfItem(itemId);
    if (row < 0)
        return;
    const Outcome<QList<InspectionAnswer>> answers = InspectionRepository(m_db).answers(m_inspectionId);
    m_read = answers.result();
    if (!answers)
        return;
    for (const InspectionAnswer &answer : *answers) {
        if (answer.itemId == itemId) {
            m_rows[row].answer = answer;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
}

int InspectionAnswerModel::rowOfItem(qint64 itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).item.id == itemId)
            return row;
    }
    return -1;
}

ChecklistItem InspectionAnswerModel::itemAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).item : ChecklistItem();
}

InspectionAnswer InspectionAnswerModel::answerAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).answer : InspectionAnswer();
}

QVariant InspectionAnswerModel::displayData(const Row &row, int column) const
{
    const InspectionAnswer &answer = row.answer;
    switch (Column(column)) {
    case CodeColumn:
        return row.item.code;
    case LinkColumn:
        return Domain::label(row.item.link);
    case ItemColumn:
        return row.item.displayText();
    case ResultColumn:
        //: An item of the self-inspection checklist that has no answer yet
        return answer.result ? Domain::label(*answer.result) : tr("Not answered");
    case DescriptionColumn:
        return answer.description;
    case HouseholdsColumn:
        return answer.householdIds.isEmpty() ? QVariant() : QVariant(int(answer.householdIds.size()));
    case EvidenceColumn:
        return answer.evidence.isEmpty() ? QVariant() : QVariant(int(answer.evidence.size()));
    case ResponsibleColumn:
        return answer.responsible;
    case DataCheckColumn:
        if (row.item.dataCheck.isEmpty())
            return {};
        if (m_checkFailures.contains(row.item.dataCheck))
            //: A data check whose query failed, e.g. "身份证号码无效（未能核查）"
            return tr("%1 (could not be run)").arg(DataChecks::title(row.item.dataCheck));
        //: Data check title and the number of households it finds, e.g. "身份证号码无效 (3)"
        return tr("%1 (%2)").arg(DataChecks::title(row.item.dataCheck)).arg(m_checkCounts.value(row.item.dataCheck));
    case ColumnCount:
        break;
    }
    return {};
}

QString InspectionAnswerModel::searchText(const Row &row) const
{
    return QStringList {row.item.code, row.item.text, row.item.textEn, row.answer.description, row.answer.responsible}
        .join(u'\n');
}

QVariant InspectionAnswerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == ItemColumn) {
            QStringList problems;
            for (Domain::ProblemType type : row.item.problemTypes)
                problems << Domain::label(type);
            return problems.isEmpty()
                ? row.item.displayText()
                : tr("%1\nGuards against: %2").arg(row.item.displayText(), problems.join(tr(", ")));
        }
        if (index.column() == DescriptionColumn)
            return row.answer.description;
        if (index.column() == DataCheckColumn && m_checkFailures.contains(row.item.dataCheck))
            return m_checkFailures.value(row.item.dataCheck);
        if (index.column() == DataCheckColumn && !row.item.dataCheck.isEmpty())
            return tr(
                "%n household(s) found by the data check \"%1\"", nullptr, m_checkCounts.value(row.item.dataCheck))
                .arg(DataChecks::title(row.item.dataCheck));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ResultColumn) {
            if (!row.answer.result)
                return QBrush(QColor(0x75, 0x75, 0x75));
            if (*row.answer.result == Domain::InspectionResult::Problem)
                return QBrush(QColor(0xb0, 0x00, 0x20));
            if (*row.answer.result == Domain::InspectionResult::Compliant)
                return QBrush(QColor(0x2e, 0x7d, 0x32));
        }
        if (index.column() == DataCheckColumn
            && (m_checkCounts.value(row.item.dataCheck) > 0 || m_checkFailures.contains(row.item.dataCheck)))
            return QBrush(QColor(0xb0, 0x00, 0x20));
        return {};
    case Qt::BackgroundRole:
        if (index.column() == ResultColumn && row.answer.result) {
            if (*row.answer.result == Domain::InspectionResult::Problem)
                return QBrush(QColor(0xfd, 0xe8, 0xe8));
            if (*row.answer.result == Domain::InspectionResult::Compliant)
                return QBrush(QColor(0xe8, 0xf5, 0xe9));
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == HouseholdsColumn || index.column() == EvidenceColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ItemIdRole:
        return row.item.id;
    case AnswerIdRole:
        return row.answer.id;
    case DataCheckKeyRole:
        return row.item.dataCheck;
    case DataCheckCountRole:
        return m_checkCounts.value(row.item.dataCheck, -1);
    case LinkRole:
        return int(row.item.link);
    case ResultKeyRole:
        return resultKeyOf(row.answer);
    case SearchTextRole:
        return searchText(row);
    default:
        return {};
    }
}

QVariant InspectionAnswerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CodeColumn:
        //: Column: the checklist item's code (编号)
        return tr("Code");
    case LinkColumn:
        //: Column: one of the seven links of dibao work (环节)
        return tr("Link");
    case ItemColumn:
        return tr("Check");
    case ResultColumn:
        return tr("Result");
    case DescriptionColumn:
        return tr("Problem found");
    case HouseholdsColumn:
        return tr("Households");
    case EvidenceColumn:
        return tr("Evidence");
    case ResponsibleColumn:
        return tr("Responsible");
    case DataCheckColumn:
        return tr("Data check");
    case ColumnCount:
        break;
    }
    return {};
}
