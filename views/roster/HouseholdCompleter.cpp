#include "roster/HouseholdCompleter.h"

#include "core/IdNumber.h"
#include "roster/RosterQueries.h"

#include <QCompleter>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QTimer>

namespace {

constexpr int kSearchDelayMs = 200;
constexpr int kHouseholdIdRole = Qt::UserRole;
constexpr int kHeadNameRole = Qt::UserRole + 1;
constexpr int kVillageRole = Qt::UserRole + 2;

} // namespace

HouseholdCompleter::HouseholdCompleter(Database &db, QLineEdit *edit)
    : QObject(edit)
    , m_db(db)
    , m_edit(edit)
    , m_matches(new QStandardItemModel(this))
    , m_completer(new QCompleter(m_matches, this))
    , m_timer(new QTimer(this))
{
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(kHeadNameRole);
    m_completer->setMaxVisibleItems(MaxMatches);
    edit->setCompleter(m_completer);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kSearchDelayMs);
    connect(edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.trimmed().isEmpty())
            m_timer->start();
    });
    connect(m_timer, &QTimer::timeout, this, &HouseholdCompleter::search);
    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, &HouseholdCompleter::activated);
}

void HouseholdCompleter::search()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty() || text == m_pickedText)
        return;
    RosterFilter filter;
    filter.search = text;
    m_matches->clear();
    for (const RosterRow &row : RosterQueries(m_db).rows(filter, 0, MaxMatches).valueOr({})) {
        //: a household offered as the subject: head, village, masked ID number
        auto *item = new QStandardItem(
            tr("%1, %2, %3").arg(row.headName, row.villageName, IdNumber::masked(row.headIdNumber)));
        item->setData(row.householdId, kHouseholdIdRole);
        item->setData(row.headName, kHeadNameRole);
        item->setData(row.villageName, kVillageRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0 && m_edit->hasFocus())
        m_completer->complete();
}

void HouseholdCompleter::activated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    m_pickedText = index.data(kHeadNameRole).toString();
    emit picked(index.data(kHouseholdIdRole).toLongLong(), m_pickedText, index.data(kVillageRole).toString());
}
