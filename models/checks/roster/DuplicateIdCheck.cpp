#include "checks/DataCheck.h"
#include "checks/roster/RosterChecks.h"
#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QVariant>

#include <functional>

namespace {

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

// Each household of a group that shares a key is told about every other household of the group, keys in roster order.
void tellEachOther(const QHash<QString, QList<Holder>> &groups, const QStringList &keys, DataCheckFindings &found,
    const std::function<QString(const QString &key, const Holder &, const Holder &other)> &say)
{
    for (const QString &k : keys) {
        const QList<Holder> &holders = groups[k];
        for (const Holder &a : holders) {
            for (const Holder &b : holders) {
                if (b.householdId != a.householdId)
                    found[a.householdId] << say(k, a, b);
            }
        }
    }
}

// One person in two households on dibao (一人多户), or one bank account paid for two (一卡多户).
class DuplicateIdCheck final : public DataCheck
{
    Q_DECLARE_TR_FUNCTIONS(DataChecks)

public:
    QString id() const override { return QStringLiteral("duplicate_id"); }
    QString title() const override { return tr("One person in two households"); }
    Domain::Link link() const override { return Domain::Link::Verification; }
    QList<Domain::ProblemType> problemTypes() const override
    {
        return {Domain::ProblemType::WrongfulInclusion, Domain::ProblemType::Corruption};
    }

    QStringList queries() const override
    {
        return {QStringLiteral("SELECT h.id, p.name, p.id_number, hp.name, v.name FROM household h "
                               "JOIN village v ON v.id = h.village_id JOIN person p ON p.household_id = h.id "
                               "LEFT JOIN person hp ON hp.id = h.head_person_id "
                               "WHERE %1 AND p.left_date IS NULL AND trim(p.id_number) <> '' "
                               "ORDER BY h.village_id, h.id, p.id")
                    .arg(onDibao()),
            QStringLiteral("SELECT h.id, h.bank_account, hp.name, v.name FROM household h "
                           "JOIN village v ON v.id = h.village_id LEFT JOIN person hp ON hp.id = h.head_person_id "
                           "WHERE %1 AND trim(h.bank_account) <> '' ORDER BY h.village_id, h.id")
                .arg(onDibao())};
    }

    Outcome<DataCheckFindings> read(QList<QSqlQuery> &results, const Context &) const override
    {
        DataCheckFindings found;
        QHash<QString, QList<Holder>> byPerson;
        QStringList people; // in roster order
        QSqlQuery &q = results[0];
        while (q.next()) {
            const QString k = personKey(q.value(2).toString());
            if (!byPerson.contains(k))
                people << k;
            byPerson[k] << Holder {
                q.value(0).toLongLong(), q.value(1).toString(), q.value(3).toString(), q.value(4).toString()};
        }
        tellEachOther(byPerson, people, found, [](const QString &k, const Holder &a, const Holder &b) {
            return tr("%1 (ID number %2) is also a member of the household of %3 in %4")
                .arg(a.name, k, b.headName, b.villageName);
        });

        QHash<QString, QList<Holder>> byAccount;
        QStringList accounts;
        QSqlQuery &a = results[1];
        while (a.next()) {
            const QString k = accountKey(a.value(1).toString());
            if (k.isEmpty())
                continue;
            if (!byAccount.contains(k))
                accounts << k;
            byAccount[k] << Holder {
                a.value(0).toLongLong(), a.value(2).toString(), a.value(2).toString(), a.value(3).toString()};
        }
        tellEachOther(byAccount, accounts, found, [](const QString &k, const Holder &, const Holder &other) {
            return tr("paid to bank account %1, as is the household of %2 in %3")
                .arg(k, other.headName, other.villageName);
        });
        return found;
    }
};

} // namespace

std::unique_ptr<DataCheck> RosterChecks::duplicateId()
{
    return std::make_unique<DuplicateIdCheck>();
}
