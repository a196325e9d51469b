#include "checks/DataChecks.h"

#include "checks/roster/RosterChecks.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QVariant>

namespace {

std::vector<std::unique_ptr<DataCheck>> registry()
{
    std::vector<std::unique_ptr<DataCheck>> checks;
    for (auto make : {RosterChecks::invalidId, RosterChecks::duplicateId, RosterChecks::coveredAboveMembers,
             RosterChecks::amountAboveStandard, RosterChecks::deceasedCovered, RosterChecks::reviewOverdue,
             RosterChecks::ableBodiedHousehold})
        checks.push_back(make());
    return checks;
}

} // namespace

DataChecks::DataChecks(Database &db)
    : m_db(db)
{ }

const std::vector<std::unique_ptr<DataCheck>> &DataChecks::all()
{
    static const std::vector<std::unique_ptr<DataCheck>> checks = registry();
    return checks;
}

const DataCheck *DataChecks::find(const QString &key)
{
    for (const std::unique_ptr<DataCheck> &check : all()) {
        if (check->id() == key)
            return check.get();
    }
    return nullptr;
}

QStringList DataChecks::keys()
{
    QStringList out;
    for (const std::unique_ptr<DataCheck> &check : all())
        out << check->id();
    return out;
}

QString DataChecks::title(const QString &key)
{
    const DataCheck *check = find(key);
    return check ? check->title() : QString();
}

Outcome<QList<DataCheckHit>> DataChecks::run(const QString &key, const QDate &day) const
{
    const DataCheck *check = find(key);
    if (!check)
        return QList<DataCheckHit>();
    const auto select = [this](const QString &sql) {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        if (q.prepare(sql))
            q.exec();
        return q;
    };
    QList<QSqlQuery> results;
    for (const QString &sql : check->queries()) {
        results << select(sql);
        if (!results.last().isActive())
            return m_db.readFailure(results.last().lastError());
    }
    const Outcome<DataCheckFindings> read
        = check->read(results, DataCheck::Context {m_db, day.isValid() ? day : m_db.today()});
    if (!read)
        return read.result();
    const DataCheckFindings &found = read.value();

    QList<DataCheckHit> hits;
    if (found.isEmpty())
        return hits;
    QSqlQuery q = select(QStringLiteral("SELECT h.id, v.name, hp.name, hp.id_number FROM household h "
                                        "JOIN village v ON v.id = h.village_id "
                                        "LEFT JOIN person hp ON hp.id = h.head_person_id "
                                        "WHERE %1 ORDER BY h.village_id, h.id")
                             .arg(DataCheck::onDibao()));
    if (!q.isActive())
        return m_db.readFailure(q.lastError());
    while (q.next()) {
        const auto it = found.constFind(q.value(0).toLongLong());
        if (it == found.constEnd())
            continue;
        hits << DataCheckHit {
            it.key(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), it->join(tr("; "))};
    }
    return hits;
}
