#include "checks/DataChecks.h"

#include "core/IdNumber.h"
#include "core/Money.h"
#include "office/BenefitCeiling.h"
#include "roster/ReviewSchedule.h"
#include "roster/RosterRecords.h"
#include "storage/Database.h"

#include <QHash>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

namespace {

// Households on dibao now: 在保 and 停保.
const char *const kOnDibao = "h.status IN ('active','suspended')";

using Details = QHash<qint64, QStringList>; // household id → what is wrong with it

QSqlQuery select(const Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    q.exec();
    return q;
}

// The person's ID number as one person: 15-digit numbers upgraded, lower-case x folded.
QString personKey(const QString &idNumber)
{
    const IdNumber id = IdNumber::parse(idNumber);
    return id.isValid() ? id.text() : IdNumber::normalise(idNumber).toUpper();
}

QString accountKey(const QString &account)
{
    QString out;
    for (QChar c : account) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

struct Holder
{
    qint64 householdId = 0;
    QString name; // the member, or the head for a bank account
    QString headName;
    QString villageName;
};

} // namespace

DataChecks::DataChecks(Database &db)
    : m_db(db)
{ }

QStringList DataChecks::keys()
{
    return {QStringLiteral("invalid_id"), QStringLiteral("duplicate_id"), QStringLiteral("covered_above_members"),
        QStringLiteral("amount_above_standard"), QStringLiteral("deceased_covered"), QStringLiteral("review_overdue"),
        QStringLiteral("able_bodied_household")};
}

QString DataChecks::title(const QString &key)
{
    if (key == QLatin1String("invalid_id"))
        return tr("Invalid or missing ID numbers");
    if (key == QLatin1String("duplicate_id"))
        return tr("One person in two households");
    if (key == QLatin1String("covered_above_members"))
        return tr("Covered persons above household members");
    if (key == QLatin1String("amount_above_standard"))
        return tr("Monthly amount above standard × covered persons");
    if (key == QLatin1String("deceased_covered"))
        return tr("Deceased member still covered");
    if (key == QLatin1String("review_overdue"))
        return tr("Periodic review overdue (every 6 or 12 months)");
    if (key == QLatin1String("able_bodied_household"))
        return tr("All members able-bodied adults of working age");
    return {};
}

QList<DataCheckHit> DataChecks::run(const QString &key, const QDate &day) const
{
    const QDate today = day.isValid() ? day : m_db.today();
    const QString onDibao = QLatin1String(kOnDibao);
    // Current members of households on dibao, in roster order.
    const QString currentMembers = QStringLiteral("SELECT h.id, p.name, p.id_number, p.labour_ability, p.health, "
                                                  "p.disability_kind, p.disability_grade, p.deceased_date "
                                                  "FROM household h JOIN person p ON p.household_id = h.id "
                                                  "WHERE %1 AND p.left_date IS NULL ORDER BY h.village_id, h.id, p.id")
                                       .arg(onDibao);
    Details details;

    if (key == QLatin1String("invalid_id")) {
        QSqlQuery q = select(m_db, currentMembers);
        while (q.next()) {
            const QString number = q.value(2).toString();
            const IdNumber id = IdNumber::parse(number);
            if (id.isValid())
                continue;
            const QString name = q.value(1).toString();
            details[q.value(0).toLongLong()]
                << (number.trimmed().isEmpty() ? tr("%1: %2").arg(name, id.errorText())
                                               : tr("%1 (%2): %3").arg(name, number, id.errorText()));
        }
    } else if (key == QLatin1String("duplicate_id")) {
        QHash<QString, QList<Holder>> byPerson;
        QSqlQuery q = select(m_db,
            QStringLiteral("SELECT h.id, p.name, p.id_number, hp.name, v.name FROM household h "
                           "JOIN village v ON v.id = h.village_id JOIN person p ON p.household_id = h.id "
                           "LEFT JOIN person hp ON hp.id = h.head_person_id "
                           "WHERE %1 AND p.left_date IS NULL AND trim(p.id_number) <> '' "
                           "ORDER BY h.village_id, h.id, p.id")
                .arg(onDibao));
        QStringList order;
        while (q.next()) {
            const QString k = personKey(q.value(2).toString());
            if (!byPerson.contains(k))
                order << k;
            byPerson[k] << Holder {
                q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toString(), q.value(4).toString()};
        }
        for (const QString &k : std::as_const(order)) {
            const QList<Holder> &holders = byPerson[k];
            for (const Holder &a : holders) {
                for (const Holder &b : holders) {
                    if (b.householdId == a.householdId)
                        continue;
                    details[a.householdId] << tr("%1 (ID number %2) is also a member of the household of %3 in %4")
                                                  .arg(a.name, k, b.headName, b.villageName);
                }
            }
        }
        QHash<QString, QList<Holder>> byAccount;
        QSqlQuery a = select(m_db,
            QStringLiteral("SELECT h.id, h.bank_account, hp.name, v.name FROM household h "
                           "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                           "WHERE %1 AND trim(h.bank_account) <> '' ORDER BY h.village_id, h.id")
                .arg(onDibao));
        QStringList accounts;
        while (a.next()) {
            const QString k = accountKey(a.value(1).toString());
            if (k.isEmpty())
                continue;
            if (!byAccount.contains(k))
                accounts << k;
            byAccount[k] << Holder {
                a.value(0).toLongLong(), a.value(2).toString(), a.value(2).toString(), a.value(3).toString()};
        }
        for (const QString &k : std::as_const(accounts)) {
            const QList<Holder> &holders = byAccount[k];
            for (const Holder &x : holders) {
                for (const Holder &y : holders) {
                    if (y.householdId != x.householdId)
                        details[x.householdId] << tr("paid to bank account %1, as is the household of %2 in %3")
                                                      .arg(k, y.headName, y.villageName);
                }
            }
        }
    } else if (key == QLatin1String("covered_above_members")) {
        QSqlQuery q = select(m_db,
            QStringLiteral("SELECT id, member_count, covered_count, records FROM (SELECT h.id, h.member_count, "
                           "h.covered_count, (SELECT count(*) FROM person p WHERE p.household_id = h.id AND "
                           "p.left_date IS NULL AND p.covered = 1) AS records FROM household h WHERE %1) "
                           "WHERE covered_count > member_count OR records > member_count")
                .arg(onDibao));
        while (q.next()) {
            const int members = q.value(1).toInt();
            const int covered = q.value(2).toInt();
            const int records = q.value(3).toInt();
            QStringList &d = details[q.value(0).toLongLong()];
            if (covered > members)
                d << tr("%1 covered persons declared, but the household has %2 members").arg(covered).arg(members);
            if (records > members)
                d << tr("%1 members are marked as covered, but the household has %2 members").arg(records).arg(members);
        }
    } else if (key == QLatin1String("amount_above_standard")) {
        // The rule of the month: (standard + the category's top-up) × covered persons.
        const Period month = Period::fromDate(today);
        const BenefitCeiling ceiling(m_db);
        QSqlQuery q = select(m_db,
            QStringLiteral("SELECT h.id, h.monthly_amount_fen, h.covered_count, h.category FROM household h "
                           "WHERE %1 ORDER BY h.village_id, h.id")
                .arg(onDibao));
        while (q.next()) {
            const Category category = enumOr(q.value(3), Category::Ordinary);
            const std::optional<BenefitCeiling::PerPerson> perPerson = ceiling.perPerson(category, month);
            if (!perPerson)
                break; // no standard in force in the month: nothing to compare with
            const Money amount = Money::fromFen(q.value(1).toLongLong());
            const int covered = q.value(2).toInt();
            const Money limit = perPerson->total() * covered;
            if (amount <= limit)
                continue;
            const QString standard = perPerson->standard.monthlyPerPerson.toDisplayString();
            details[q.value(0).toLongLong()] << (perPerson->topUp.fen() > 0
                    ? tr("monthly amount %1 yuan is above (the standard %2 yuan + the %3 top-up %4 yuan) × %5 "
                         "covered persons = %6 yuan")
                          .arg(amount.toDisplayString(), standard, label(category), perPerson->topUp.toDisplayString())
                          .arg(covered)
                          .arg(limit.toDisplayString())
                    : tr("monthly amount %1 yuan is above the standard %2 yuan × %3 covered persons = %4 yuan")
                          .arg(amount.toDisplayString(), standard)
                          .arg(covered)
                          .arg(limit.toDisplayString()));
        }
    } else if (key == QLatin1String("deceased_covered")) {
        QSqlQuery q = select(m_db,
            QStringLiteral("SELECT h.id, p.name, p.deceased_date, p.covered FROM household h "
                           "JOIN person p ON p.household_id = h.id WHERE %1 AND p.deceased_date IS NOT NULL "
                           "AND (p.covered = 1 OR p.left_date IS NULL) ORDER BY h.village_id, h.id, p.id")
                .arg(onDibao));
        while (q.next()) {
            const QString name = q.value(1).toString();
            const QString died = q.value(2).toString();
            details[q.value(0).toLongLong()] << (q.value(3).toInt() == 1
                    ? tr("%1 died on %2 and is still counted as covered").arg(name, died)
                    : tr("%1 died on %2 and is still a current member of the household").arg(name, died));
        }
    } else if (key == QLatin1String("review_overdue")) {
        // Every 6 or 12 months (ReviewSchedule): the members decide which.
        struct Due
        {
            Household household;
            int interval = 12;
        };
        QHash<qint64, Due> dues;
        QList<qint64> order;
        QSqlQuery h = select(m_db,
            QStringLiteral("SELECT h.id, h.status, h.review_date, h.start_period, h.status_date FROM household h "
                           "WHERE %1 ORDER BY h.village_id, h.id")
                .arg(onDibao));
        while (h.next()) {
            Due d;
            d.household.id = h.value(0).toLongLong();
            d.household.status = enumOr(h.value(1), HouseholdStatus::Active);
            d.household.reviewDate = dateFrom(h.value(2));
            d.household.startPeriod = Period::parse(h.value(3).toString());
            d.household.statusDate = dateFrom(h.value(4));
            order << d.household.id;
            dues.insert(d.household.id, d);
        }
        QSqlQuery q = select(m_db, currentMembers);
        while (q.next()) {
            const auto it = dues.find(q.value(0).toLongLong());
            if (it == dues.end() || it->interval == 6 || !q.value(7).isNull())
                continue;
            const int age = IdNumber::parse(q.value(2).toString()).ageAt(today);
            if (ReviewSchedule::isAbleBodied(enumOr(q.value(3), LabourAbility::None),
                    enumOr(q.value(4), Health::Serious), enumOr(q.value(5), DisabilityKind::Multiple), age))
                it->interval = 6;
        }
        for (qint64 id : std::as_const(order)) {
            const Due &d = dues[id];
            const QDate due = ReviewSchedule::dueDate(d.household, d.interval);
            if (!due.isValid() || due >= today)
                continue;
            const QString every = d.interval == 6 ? tr("every 6 months (an able-bodied member)")
                                                  : tr("every 12 months (no able-bodied member)");
            if (!d.household.reviewDate.isValid()) {
                details[id] << tr("no review recorded, due %1 (%2)").arg(due.toString(Qt::ISODate), every);
                continue;
            }
            const QDate &reviewed = d.household.reviewDate;
            int months = (today.year() - reviewed.year()) * 12 + today.month() - reviewed.month();
            if (today.day() < reviewed.day())
                --months;
            details[id] << tr("last reviewed on %1, %2 months ago; due %3 (%4)")
                               .arg(reviewed.toString(Qt::ISODate))
                               .arg(months)
                               .arg(due.toString(Qt::ISODate), every);
        }
    } else if (key == QLatin1String("able_bodied_household")) {
        struct Tally
        {
            int members = 0;
            int ableBodied = 0;
            int youngest = 200;
            int oldest = -1;
        };
        QHash<qint64, Tally> tallies;
        QList<qint64> order;
        QSqlQuery q = select(m_db, currentMembers);
        while (q.next()) {
            if (!q.value(7).isNull())
                continue; // a deceased member is another check's matter
            const qint64 household = q.value(0).toLongLong();
            if (!tallies.contains(household))
                order << household;
            Tally &t = tallies[household];
            ++t.members;
            const int age = IdNumber::parse(q.value(2).toString()).ageAt(today);
            const bool able = ReviewSchedule::isAbleBodied(enumOr(q.value(3), LabourAbility::None),
                enumOr(q.value(4), Health::Serious), enumOr(q.value(5), DisabilityKind::Multiple), age);
            if (able) {
                ++t.ableBodied;
                t.youngest = qMin(t.youngest, age);
                t.oldest = qMax(t.oldest, age);
            }
        }
        for (qint64 household : std::as_const(order)) {
            const Tally &t = tallies[household];
            if (t.members >= 2 && t.ableBodied == t.members)
                details[household] << tr(
                    "all %1 members are healthy adults aged %2 to %3, able to work and without disability")
                                          .arg(t.members)
                                          .arg(t.youngest)
                                          .arg(t.oldest);
        }
    }

    QList<DataCheckHit> hits;
    if (details.isEmpty())
        return hits;
    QSqlQuery q = select(m_db,
        QStringLiteral("SELECT h.id, v.name, hp.name, hp.id_number FROM household h "
                       "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                       "WHERE %1 ORDER BY h.village_id, h.id")
            .arg(onDibao));
    while (q.next()) {
        const auto it = details.constFind(q.value(0).toLongLong());
        if (it == details.constEnd())
            continue;
        hits << DataCheckHit {
            it.key(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), it->join(tr("; "))};
    }
    return hits;
}
