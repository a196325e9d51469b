#include "roster/RosterQueries.h"

#include "core/IdNumber.h"
#include "roster/ReviewSchedule.h"
#include "roster/RosterRecords.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QSqlError>
#include <QSqlQuery>

#include <limits>

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

// Current members matching the search, counted up to cap.
int countPersons(const QSqlDatabase &db, const SearchRange &range, int cap)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM person WHERE left_date IS NULL AND %1 >= ? "
                             "AND %1 < ? LIMIT ?)")
                  .arg(range.column));
    q.addBindValue(range.from);
    q.addBindValue(range.to);
    q.addBindValue(cap);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

// Current members outside the search, counted up to cap: two range scans, below and above, so that each
// uses the index.
int countOutside(const QSqlDatabase &db, const SearchRange &range, int cap)
{
    int total = 0;
    for (const QString &condition : {QStringLiteral("%1 < ?"), QStringLiteral("%1 >= ?")}) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM person WHERE left_date IS NULL AND %1 LIMIT ?)")
                      .arg(condition.arg(range.column)));
        q.addBindValue(condition.contains(u'<') ? range.from : range.to);
        q.addBindValue(cap);
        total += q.exec() && q.next() ? q.value(0).toInt() : 0;
    }
    return total;
}

QString orderOf(const RosterFilter &f)
{
    const QString dir = f.descending ? QStringLiteral(" DESC") : QString();
    switch (f.sort) {
    case RosterFilter::Sort::Default:
        return QStringLiteral(" ORDER BY h.village_id%1, h.id%1").arg(dir);
    case RosterFilter::Sort::Village:
        // Pinyin order, as for the heads' names below.
        return QStringLiteral(" ORDER BY v.name_key IS NULL, v.name_key%1, v.name%1, h.id").arg(dir);
    case RosterFilter::Sort::HeadName:
        // Pinyin order (core/NameOrder); a name written by another program without its key comes last, by text.
        return QStringLiteral(" ORDER BY hp.name_key IS NULL, hp.name_key%1, hp.name%1, h.id").arg(dir);
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

RosterQueries::RosterQueries(Database &db)
    : m_db(db)
{ }

Outcome<QHash<QString, HouseholdRules::IdHolder>> RosterQueries::currentIdHolders() const
{
    QHash<QString, HouseholdRules::IdHolder> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.id_number, p.household_id, hp.name, v.name FROM person p "
                               "JOIN household h ON h.id = p.household_id JOIN village v ON v.id = h.village_id "
                               "LEFT JOIN person hp ON hp.id = h.head_person_id WHERE p.left_date IS NULL")))
        return m_db.readFailure(q.lastError());
    while (q.next())
        out.insert(q.value(0).toString(),
            HouseholdRules::IdHolder {q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    return out;
}

Outcome<QList<qint64>> RosterQueries::exitedSince(const QDate &date) const
{
    QList<qint64> out;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT DISTINCT household_id FROM status_history WHERE to_status = 'exited' "
                                  "AND from_status <> 'exited' AND effective_date >= ? ORDER BY household_id")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next())
        out.append(q.value(0).toLongLong());
    return out;
}

Outcome<qint64> RosterQueries::householdOfIdNumber(const QString &idNumber) const
{
    const IdNumber id = IdNumber::parse(idNumber);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id_number = ? AND left_date IS NULL"));
    q.addBindValue(id.isValid() ? id.text() : IdNumber::normalise(idNumber));
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Outcome<QList<RosterRow>> RosterQueries::rows(const RosterFilter &filter, int offset, int limit) const
{
    QList<RosterRow> out;
    const SearchRange range = rangeOf(filter);
    const bool dense
        = !range.column.isEmpty() && countPersons(m_db.connection(), range, m_denseMatches) >= m_denseMatches;
    const Where w = whereOf(filter, dense ? SearchForm::Exists : SearchForm::InList);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared
        = q.prepare(QStringLiteral("SELECT h.id, v.name, hp.name, hp.id_number, h.status, h.category, h.member_count, "
                                   "h.covered_count, h.monthly_amount_fen, h.start_period, h.address, h.review_date, "
                                   "h.status_date FROM household h JOIN village v ON v.id = h.village_id "
                                   "LEFT JOIN person hp ON hp.id = h.head_person_id")
            + w.sql + orderOf(filter) + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    q.addBindValue(limit);
    q.addBindValue(offset);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
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
        Household h;
        h.status = r.status;
        h.startPeriod = r.startPeriod;
        h.reviewDate = dateFrom(q.value(11));
        h.statusDate = dateFrom(q.value(12));
        r.reviewDue = ReviewSchedule::dueDate(h, 12); // made 6 below where a member is able-bodied
        out.append(r);
    }
    // The review interval from the page's members: one query for the page.
    QStringList ids;
    QHash<qint64, RosterRow *> byId;
    for (RosterRow &r : out) {
        if (r.reviewDue.isValid()) {
            ids << QString::number(r.householdId);
            byId.insert(r.householdId, &r);
        }
    }
    if (ids.isEmpty())
        return out;
    const QDate today = m_db.today();
    SqliteStatement members(m_db.connection(),
        QStringLiteral("SELECT household_id, id_number, labour_ability, health, disability_kind FROM person "
                       "WHERE left_date IS NULL AND deceased_date IS NULL AND household_id IN (%1)")
            .arg(ids.join(u','))
            .toUtf8()
            .constData());
    while (members.step()) {
        RosterRow *r = byId.value(members.int64(0));
        if (!r || r->reviewInterval == 6)
            continue;
        const int age = IdNumber::parse(members.text(1)).ageAt(today);
        if (ReviewSchedule::isAbleBodied(enumOr(QVariant(members.text(2)), LabourAbility::None),
                enumOr(QVariant(members.text(3)), Health::Serious),
                enumOr(QVariant(members.text(4)), DisabilityKind::Multiple), age)) {
            r->reviewInterval = 6;
            r->reviewDue = r->reviewDue.addMonths(-6);
        }
    }
    if (members.failed())
        return m_db.readFailure(members.lastError());
    return out;
}

// The figures totals() adds up, one entry per household id, read once and again only after a write.
struct RosterQueries::TotalsCache
{
    struct Entry
    {
        qint64 amountFen = 0;
        qint64 villageId = 0;
        int members = 0;
        int covered = 0;
        int records = 0; // current member records
        qint8 status = -1; // -1: no household with this id
        qint8 category = -1;
    };
    DataStamp stamp;
    quint64 openId = 0;
    std::vector<Entry> entries;
};

namespace {

template<typename Enum> qint8 enumIndex(const char *text, int bytes)
{
    const QLatin1StringView k(text, bytes);
    for (Enum e : allValues<Enum>()) {
        if (k == key(e))
            return qint8(e);
    }
    return -1;
}

} // namespace

Result RosterQueries::readTotalsCache() const
{
    const QSqlDatabase db = m_db.connection();
    const DataStamp stamp = DataStamp::of(db);
    if (m_totalsCache && m_totalsCache->stamp == stamp && m_totalsCache->openId == m_db.openId()
        && stamp.dataVersion >= 0)
        return Result::success();
    auto cache = std::make_shared<TotalsCache>();
    cache->stamp = stamp;
    cache->openId = m_db.openId();
    SqliteStatement q(
        db, "SELECT id, village_id, status, category, member_count, covered_count, monthly_amount_fen FROM household");
    while (q.step()) {
        const qint64 id = q.int64(0);
        if (id < 0 || id > std::numeric_limits<int>::max())
            continue;
        if (size_t(id) >= cache->entries.size())
            cache->entries.resize(qMax(size_t(id) + 1, cache->entries.size() * 2));
        TotalsCache::Entry &e = cache->entries[size_t(id)];
        e.villageId = q.int64(1);
        e.status = enumIndex<HouseholdStatus>(q.utf8(2), q.bytes(2));
        e.category = enumIndex<Category>(q.utf8(3), q.bytes(3));
        e.members = int(q.int64(4));
        e.covered = int(q.int64(5));
        e.amountFen = q.int64(6);
    }
    if (q.failed())
        return m_db.readFailure(q.lastError());
    SqliteStatement records(db, "SELECT household_id FROM person WHERE left_date IS NULL AND id_number >= ''");
    while (records.step()) {
        const qint64 id = records.int64(0);
        if (id >= 0 && size_t(id) < cache->entries.size())
            ++cache->entries[size_t(id)].records;
    }
    if (records.failed())
        return m_db.readFailure(records.lastError());
    m_totalsCache = cache;
    return Result::success();
}

Outcome<RosterTotals> RosterQueries::totals(const RosterFilter &filter) const
{
    // Added up in memory from the household figures (read once per change of the file): a common surname
    // matches tens of thousands of members, and SQLite's DISTINCT over their households alone costs more
    // than a keystroke may.
    if (Result r = readTotalsCache(); !r)
        return r;
    const TotalsCache &cache = *m_totalsCache;
    const qint8 status = filter.status ? qint8(*filter.status) : qint8(-1);
    const qint8 category = filter.category ? qint8(*filter.category) : qint8(-1);
    RosterTotals t;
    qint64 fen = 0;
    const auto add = [&](const TotalsCache::Entry &e) {
        if (e.status < 0 || (filter.villageId > 0 && e.villageId != filter.villageId)
            || (status >= 0 && e.status != status) || (category >= 0 && e.category != category))
            return;
        ++t.households;
        t.persons += e.members;
        t.coveredPersons += e.covered;
        fen += e.amountFen;
    };
    const SearchRange range = rangeOf(filter);
    const QSqlDatabase db = m_db.connection();
    const bool byName = range.column == QLatin1String("name");
    if (range.column.isEmpty()) {
        for (const TotalsCache::Entry &e : cache.entries)
            add(e);
    } else if (countPersons(db, range, m_denseMatches) >= m_denseMatches
        && countOutside(db, range, m_fewOutside) < m_fewOutside) {
        // Nearly every member matches (the county's code): a household matches unless all its current
        // members lie outside the search, and those are few.
        std::vector<int> outside(cache.entries.size());
        for (const bool below : {true, false}) {
            SqliteStatement q(db,
                byName ? (below ? "SELECT household_id FROM person WHERE left_date IS NULL AND name < ?"
                                : "SELECT household_id FROM person WHERE left_date IS NULL AND name >= ?")
                       : (below ? "SELECT household_id FROM person WHERE left_date IS NULL AND id_number < ?"
                                : "SELECT household_id FROM person WHERE left_date IS NULL AND id_number >= ?"));
            q.bind(1, below ? range.from : range.to);
            while (q.step()) {
                const qint64 id = q.int64(0);
                if (id >= 0 && size_t(id) < outside.size())
                    ++outside[size_t(id)];
            }
            if (q.failed())
                return m_db.readFailure(q.lastError());
        }
        for (size_t id = 0; id < cache.entries.size(); ++id) {
            const TotalsCache::Entry &e = cache.entries[id];
            if (e.records > outside[id])
                add(e);
        }
    } else {
        // Every current member in the range, through the covering index; each household once.
        SqliteStatement q(db,
            byName ? "SELECT household_id FROM person WHERE left_date IS NULL AND name >= ? AND name < ?"
                   : "SELECT household_id FROM person WHERE left_date IS NULL AND id_number >= ? AND id_number < ?");
        q.bind(1, range.from);
        q.bind(2, range.to);
        std::vector<bool> seen(cache.entries.size());
        while (q.step()) {
            const qint64 id = q.int64(0);
            if (id < 0 || size_t(id) >= seen.size() || seen[size_t(id)])
                continue;
            seen[size_t(id)] = true;
            add(cache.entries[size_t(id)]);
        }
        if (q.failed())
            return m_db.readFailure(q.lastError());
    }
    t.monthlyAmount = Money::fromFen(fen);
    return t;
}

Result RosterQueries::forEachMember(
    const RosterFilter &filter, const std::function<void(const Household &, const Person &)> &visit) const
{
    const Where w = whereOf(filter);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Household columns 0–16, the member 17–34 (kPersonColumns), the head's name and ID number 35–36.
    q.prepare(QStringLiteral("SELECT %1, "
                             "p.id, p.household_id, p.name, p.id_number, p.relation, p.covered, p.disability_kind, "
                             "p.disability_grade, p.health, p.labour_ability, p.deceased_date, p.left_date, "
                             "p.left_reason, p.note, p.joined_date, p.relation_text, p.disability_text, "
                             "p.disability_certificate, hp.name, hp.id_number "
                             "FROM household h JOIN village v ON v.id = h.village_id "
                             "LEFT JOIN person hp ON hp.id = h.head_person_id "
                             "JOIN person p ON p.household_id = h.id AND p.left_date IS NULL")
                  .arg(QLatin1String(kHouseholdColumns))
        + w.sql + orderOf(filter) + QStringLiteral(", p.relation <> 'head', p.id"));
    for (const QVariant &v : w.values)
        q.addBindValue(v);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    Household h;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        if (id != h.id) {
            h = householdFrom(q);
            Person head;
            head.id = h.headPersonId;
            head.householdId = id;
            head.name = q.value(35).toString();
            head.idNumber = q.value(36).toString();
            head.relation = Relation::Head;
            h.members = {head};
        }
        const Person p = personFrom(q, 17);
        visit(h, p);
    }
    return Result::success();
}
