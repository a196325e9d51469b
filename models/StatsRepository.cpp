#include "StatsRepository.h"

#include "Database.h"
#include "Domain.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QVariant>

QJsonObject RosterStats::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("households_total")] = householdsTotal;
    o[QStringLiteral("households_active")] = householdsActive;
    o[QStringLiteral("persons_active")] = personsActive;
    o[QStringLiteral("covered_persons_active")] = coveredPersonsActive;
    o[QStringLiteral("monthly_total_fen_active")] = monthlyTotalActive.fen();
    QJsonObject status;
    for (Domain::HouseholdStatus s : Domain::allValues<Domain::HouseholdStatus>())
        status[Domain::key(s)] = byStatus.value(Domain::key(s), 0);
    o[QStringLiteral("by_status")] = status;
    QJsonArray villages;
    for (const VillageFigures &v : byVillage) {
        QJsonObject j;
        j[QStringLiteral("code")] = v.code;
        j[QStringLiteral("name")] = v.name;
        j[QStringLiteral("households_active")] = v.householdsActive;
        j[QStringLiteral("persons_active")] = v.personsActive;
        j[QStringLiteral("covered_persons_active")] = v.coveredPersonsActive;
        j[QStringLiteral("monthly_total_fen_active")] = v.monthlyTotalActive.fen();
        villages.append(j);
    }
    o[QStringLiteral("by_village")] = villages;
    return o;
}

StatsRepository::StatsRepository(Database &db)
    : m_db(db)
{ }

RosterStats StatsRepository::stats() const
{
    RosterStats s;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT status, count(*) FROM household GROUP BY status"))) {
        while (q.next()) {
            s.byStatus.insert(q.value(0).toString(), q.value(1).toInt());
            s.householdsTotal += q.value(1).toInt();
        }
    }
    if (q.exec(QStringLiteral(
            "SELECT v.id, v.code, v.name, count(h.id), COALESCE(sum(h.member_count), 0), "
            "COALESCE(sum(h.covered_count), 0), COALESCE(sum(h.monthly_amount_fen), 0) FROM village v "
            "LEFT JOIN household h ON h.village_id = v.id AND h.status = 'active' GROUP BY v.id ORDER BY v.code"))) {
        while (q.next()) {
            RosterStats::VillageFigures v;
            v.id = q.value(0).toLongLong();
            v.code = q.value(1).toString();
            v.name = q.value(2).toString();
            v.householdsActive = q.value(3).toInt();
            v.personsActive = q.value(4).toInt();
            v.coveredPersonsActive = q.value(5).toInt();
            v.monthlyTotalActive = Money::fromFen(q.value(6).toLongLong());
            s.householdsActive += v.householdsActive;
            s.personsActive += v.personsActive;
            s.coveredPersonsActive += v.coveredPersonsActive;
            s.monthlyTotalActive += v.monthlyTotalActive;
            s.byVillage.append(v);
        }
    }
    return s;
}
