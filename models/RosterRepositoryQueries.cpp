// RosterRepository: reads — one household, histories, and the roster page's rows and totals.
#include "Database.h"
#include "IdNumber.h"
#include "RosterRecords.h"
#include "RosterRepository.h"

#include <QSqlQuery>

using namespace Domain;
using namespace RosterRecords;

namespace {

// The smallest string above every string that starts with prefix (binary UTF-8 order).
QString prefixUpperBound(const QString &prefix)
{
    QString upper = prefix;
    upper[upper.size() - 1] = QChar(upper.at(upper.size() - 1).unicode() + 1);
    return upper;
}

struct Where
{
    QString sql;
    QVariantList values;
};

// The search as a range on one indexed column of person: name or ID-number prefix.
struct SearchRange
{
    QString column; // empty: no search
    QString from;
    QString to;
};

SearchRange rangeOf(const RosterFilter &f)
{
    const QString search = IdNumber::normalise(f.search);
    if (search.isEmpty())
        return {};
    // A digit starts an ID-number prefix; anything else a name prefix. Any current member matches.
    const bool idPrefix = search.at(0).isDigit();
    const QString s = idPrefix ? search.toUpper() : search;
    return {idPrefix ? QStringLiteral("id_number") : QStringLiteral("name"), s, prefixUpperBound(s)};
}

// How the search joins the household query. A household matches when a current member matches:
// InList collects the matching households first (cheap when few match); Exists probes each
// household in roster order (cheap when many match and only a page is wanted).
enum class SearchForm { InList, Exists };

Where whereOf(const RosterFilter &f, SearchForm form = SearchForm::InList, const QString &extra = {})
{
    QStringList parts;
    Where w;
    if (f.villageId > 0) {
        parts << QStringLiteral("h.village_id = ?");
        w.values << f.villageId;
    }
    if (f.status) {
        parts << QStringLiteral("h.status = ?");
        w.values << key(*f.status);
    }
    if (f.category) {
        parts << QStringLiteral("h.category = ?");
        w.values << key(*f.category);
    }
    const SearchRange range = rangeOf(f);
    if (!range.column.isEmpty()) {
        parts << (form == SearchForm::InList
                ? QStringLiteral("h.id IN (SELECT household_id FROM person WHERE left_date IS NULL "
                                 "AND %1 >= ? AND %1 < ?)")
                : QStringLiteral("EXISTS (SELECT 1 FROM person sp WHERE sp.household_id = h.id "
                                 "AND sp.left_date IS NULL AND sp.%1 >= ? AND sp.%1 < ?)"))
                     .arg(range.column);
        w.values << range.from << range.to;
    }
    if (!extra.isEmpty())
        parts << extra;
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

// Current members matching (or, with outside, not matching) the search, counted up to cap. Outside
// is two range scans, below and above, so that each uses the index.
int countPersons(const QSqlDatabase &db, const SearchRange &range, bool outside, int cap)
{
    const QStringList conditions = outside ? QStringList {QStringLiteral("%1 < ?"), QStringLiteral("%1 >= ?")}
                                           : QStringList {QStringLiteral("%1 >= ? AND %1 < ?")};
    int total = 0;
    for (const QString &condition : conditions) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM person WHERE left_date IS NULL AND %1 LIMIT ?)")
                      .arg(condition.arg(range.column)));
        if (!outside)
            q.addBindValue(range.from);
        q.addBindValue(outside && condition.contains(u'<') ? range.from : range.to);
        q.addBindValue(cap);
        total += q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    return total;
}

RosterTotals totalsWhere(const QSqlDatabase &db, const Where &w)
{
    RosterTotals t;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*), COALESCE(sum(h.member_count), 0), COALESCE(sum(h.covered_count), 0), "
                             "COALESCE(sum(h.monthly_amount_fen), 0) FROM household h")
        + w.sql);
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (q.exec() && q.next()) {
        t.households = q.value(0).toInt();
        t.persons = q.value(1).toInt();
        t.coveredPersons = q.value(2).toInt();
        t.monthlyAmount = Money::fromFen(q.value(3).toLongLong());
    }
    return t;
}

QString orderOf(const RosterFilter &f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    switch (f.sort) {
    case RosterFilter::Sort::Default:
        return QStringLiteral(" ORDER BY h.village_id%1, h.id%1").arg(dir);
    case RosterFilter::Sort::Village:
        return QStringLiteral(" ORDER BY v.name%1, h.id").arg(dir);
    case RosterFilter::Sort::HeadName:
        return QStringLiteral(" ORDER BY hp.name%1, h.id").arg(dir);
    case RosterFilter::Sort::Status:
        return QStringLiteral(" ORDER BY h.status%1, h.id").arg(dir);
    case RosterFilter::Sort::Amount:
        return QStringLiteral(" ORDER BY h.monthly_amount_fen%1, h.id").arg(dir);
    case RosterFilter::Sort::Members:
        return QStringLiteral(" ORDER BY h.member_count%1, h.id").arg(dir);
    case RosterFilter::Sort::StartPeriod:
        return QStringLiteral(" ORDER BY h.start_period%1, h.id").arg(dir);
    }
    return {};
}

} // namespace

std::optional<Household> RosterRepository::household(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM household h JOIN village v ON v.id = h.village_id WHERE h.id = ?")
                  .arg(QLatin1String(kHouseholdColumns)));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Household h = householdFrom(q);

    QSqlQuery m(m_db.connection());
    m.prepare(QStringLiteral("SELECT %1 FROM person WHERE household_id = ? "
                             "ORDER BY left_date IS NOT NULL, relation <> 'head', id")
                  .arg(QLatin1String(kPersonColumns)));
    m.addBindValue(id);
    if (m.exec()) {
        while (m.next())
            h.members.append(personFrom(m));
    }
    return h;
}

QList<StatusChange> RosterRepository::statusHistory(qint64 householdId) const
{
    QList<StatusChange> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, household_id, from_status, to_status, effective_date, reason, "
                             "monthly_amount_fen, covered_count, recorded_at, operator FROM status_history "
                             "WHERE household_id = ? ORDER BY id"));
    q.addBindValue(householdId);
    if (!q.exec())
        return out;
    while (q.next()) {
        StatusChange c;
        c.id = q.value(0).toLongLong();
        c.householdId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            c.from = enumOr(q.value(2), HouseholdStatus::Applying);
        c.to = enumOr(q.value(3), HouseholdStatus::Applying);
        c.date = dateFrom(q.value(4));
        c.reason = q.value(5).toString();
        c.monthlyAmount = Money::fromFen(q.value(6).toLongLong());
        c.coveredCount = q.value(7).toInt();
        c.recordedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
        c.operatorName = q.value(9).toString();
        out.append(c);
    }
    return out;
}

QList<qint64> RosterRepository::exitedSince(const QDate &date) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT DISTINCT household_id FROM status_history WHERE to_status = 'exited' "
                             "AND from_status <> 'exited' AND effective_date >= ? ORDER BY household_id"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec()) {
        while (q.next())
            out.append(q.value(0).toLongLong());
    }
    return out;
}

qint64 RosterRepository::householdOfIdNumber(const QString &idNumber) const
{
    const IdNumber id = IdNumber::parse(idNumber);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id_number = ? AND left_date IS NULL"));
    q.addBindValue(id.isValid() ? id.text() : IdNumber::normalise(idNumber));
    if (q.exec() && q.next())
        return q.value(0).toLongLong();
    return 0;
}

QList<RosterRow> RosterRepository::rows(const RosterFilter &filter, int offset, int limit) const
{
    QList<RosterRow> out;
    const SearchRange range = rangeOf(filter);
    const bool dense
        = !range.column.isEmpty() && countPersons(m_db.connection(), range, false, m_denseMatches) >= m_denseMatches;
    const Where w = whereOf(filter, dense ? SearchForm::Exists : SearchForm::InList);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT h.id, v.name, hp.name, hp.id_number, h.status, h.category, h.member_count, "
                             "h.covered_count, h.monthly_amount_fen, h.start_period, h.address "
                             "FROM household h JOIN village v ON v.id = h.village_id "
                             "LEFT JOIN person hp ON hp.id = h.head_person_id")
        + w.sql + orderOf(filter) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!q.exec())
        return out;
    out.reserve(limit);
    while (q.next()) {
        RosterRow r;
        r.householdId = q.value(0).toLongLong();
        r.villageName = q.value(1).toString();
        r.headName = q.value(2).toString();
        r.headIdNumber = q.value(3).toString();
        r.status = enumOr(q.value(4), HouseholdStatus::Applying);
        r.category = enumOr(q.value(5), Category::Ordinary);
        r.memberCount = q.value(6).toInt();
        r.coveredCount = q.value(7).toInt();
        r.monthlyAmount = Money::fromFen(q.value(8).toLongLong());
        r.startPeriod = Period::parse(q.value(9).toString());
        r.address = q.value(10).toString();
        out.append(r);
    }
    return out;
}

RosterTotals RosterRepository::totals(const RosterFilter &filter) const
{
    const QSqlDatabase db = m_db.connection();
    const SearchRange range = rangeOf(filter);
    if (range.column.isEmpty() || countPersons(db, range, false, m_denseMatches) < m_denseMatches
        || countPersons(db, range, true, m_fewOutside) >= m_fewOutside)
        return totalsWhere(db, whereOf(filter));
    // Nearly everyone matches (a county code, a common surname in a small roster): the roster minus the
    // households none of whose members match — those with no current member, and those whose
    // members all lie outside the search.
    RosterFilter unsearched = filter;
    unsearched.search.clear();
    RosterTotals t = totalsWhere(db, whereOf(unsearched));
    const RosterTotals empty
        = totalsWhere(db, whereOf(unsearched, SearchForm::InList, QStringLiteral("h.member_count = 0")));
    Where outside = whereOf(unsearched, SearchForm::InList,
        QStringLiteral("h.id IN (SELECT household_id FROM person WHERE left_date IS NULL AND %1 < ? UNION ALL "
                       "SELECT household_id FROM person WHERE left_date IS NULL AND %1 >= ?) AND "
                       "NOT EXISTS (SELECT 1 FROM person sp WHERE "
                       "sp.household_id = h.id AND sp.left_date IS NULL AND sp.%1 >= ? AND "
                       "sp.%1 < ?)")
            .arg(range.column));
    outside.values << range.from << range.to << range.from << range.to;
    const RosterTotals none = totalsWhere(db, outside);
    for (const RosterTotals *minus : {&empty, &none}) {
        t.households -= minus->households;
        t.persons -= minus->persons;
        t.coveredPersons -= minus->coveredPersons;
        t.monthlyAmount = t.monthlyAmount - minus->monthlyAmount;
    }
    return t;
}

void RosterRepository::forEachMember(
    const RosterFilter &filter, const std::function<void(const Household &, const Person &)> &visit) const
{
    const Where w = whereOf(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Household columns 0–15, the member 16–29, the head's name and ID number 30–31.
    q.prepare(QStringLiteral("SELECT %1, "
                             "p.id, p.household_id, p.name, p.id_number, p.relation, p.covered, p.disability_kind, "
                             "p.disability_grade, p.health, p.labour_ability, p.deceased_date, p.left_date, "
                             "p.left_reason, p.note, hp.name, hp.id_number "
                             "FROM household h JOIN village v ON v.id = h.village_id "
                             "LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "JOIN person p ON p.household_id = h.id AND p.left_date IS NULL")
                  .arg(QLatin1String(kHouseholdColumns))
        + w.sql + orderOf(filter) + QStringLiteral(", p.relation <> 'head', p.id"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return;
    Household h;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != h.id) {
            h = householdFrom(q);
            Person head;
            head.id = h.headPersonId;
            head.householdId = id;
            head.name = q.value(30).toString();
            head.idNumber = q.value(31).toString();
            head.relation = Relation::Head;
            h.members = {head};
        }
        const Person p = personFrom(q, 16);
        visit(h, p);
    }
}
