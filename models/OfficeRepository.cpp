#include "OfficeRepository.h"

#include "AuditLog.h"
#include "Database.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QVariant>

namespace {

QJsonObject officeJson(const Office &o)
{
    QJsonObject j;
    j[QStringLiteral("name")] = o.name;
    j[QStringLiteral("division_code")] = o.divisionCode;
    j[QStringLiteral("county")] = o.county;
    j[QStringLiteral("phone")] = o.phone;
    j[QStringLiteral("hotline")] = o.hotline;
    j[QStringLiteral("disclosure_url")] = o.disclosureUrl;
    j[QStringLiteral("unit_head")] = o.unitHead;
    j[QStringLiteral("reviewer")] = o.reviewer;
    j[QStringLiteral("preparer")] = o.preparer;
    return j;
}

} // namespace

OfficeRepository::OfficeRepository(Database &db)
    : m_db(db)
{ }

QString OfficeRepository::divisionCodeProblem(const QString &code)
{
    if (code.size() != 12)
        return tr("the division code must have 12 digits (it has %1)").arg(code.size());
    for (QChar c : code) {
        if (!c.isDigit() || c.unicode() > '9')
            return tr("the division code may contain digits only");
    }
    if (code.at(6) > u'3')
        return tr("the 7th digit of a township's division code is 0 (street), 1 (town) or 2–3 (township)");
    return {};
}

bool OfficeRepository::isConfigured() const
{
    QSqlQuery q(m_db.connection());
    return q.exec(QStringLiteral("SELECT 1 FROM office WHERE id = 1")) && q.next();
}

Office OfficeRepository::office() const
{
    Office o;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT name, division_code, county, phone, hotline, disclosure_url, unit_head, "
                              "reviewer, preparer FROM office WHERE id = 1"))
        && q.next()) {
        o.name = q.value(0).toString();
        o.divisionCode = q.value(1).toString();
        o.county = q.value(2).toString();
        o.phone = q.value(3).toString();
        o.hotline = q.value(4).toString();
        o.disclosureUrl = q.value(5).toString();
        o.unitHead = q.value(6).toString();
        o.reviewer = q.value(7).toString();
        o.preparer = q.value(8).toString();
    }
    return o;
}

Result OfficeRepository::saveOffice(const Office &office)
{
    if (office.name.trimmed().isEmpty())
        return Result::rejected(tr("Enter the township's name."), QStringLiteral("name"));
    if (const QString problem = divisionCodeProblem(office.divisionCode); !problem.isEmpty())
        return Result::rejected(tr("Division code: %1.").arg(problem), QStringLiteral("divisionCode"));
    const bool existed = isConfigured();
    const Office before = this->office();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO office (id, name, division_code, county, phone, hotline, disclosure_url, "
                       "unit_head, reviewer, preparer) VALUES (1,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, division_code = excluded.division_code, "
                       "county = excluded.county, phone = excluded.phone, hotline = excluded.hotline, "
                       "disclosure_url = excluded.disclosure_url, unit_head = excluded.unit_head, "
                       "reviewer = excluded.reviewer, preparer = excluded.preparer"));
    for (const QString &v : {office.name.trimmed(), office.divisionCode, office.county, office.phone, office.hotline,
             office.disclosureUrl, office.unitHead, office.reviewer, office.preparer})
        q.addBindValue(v);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(existed ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("office"),
            1, 0, existed ? officeJson(before) : QJsonObject(), officeJson(office), &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result OfficeRepository::setUp(const Office &office, QList<Village> &villages)
{
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (Result r = saveOffice(office); !r)
        return r;
    for (Village &v : villages) {
        if (Result r = addVillage(v); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

QList<Village> OfficeRepository::villages() const
{
    QList<Village> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, code, name FROM village ORDER BY code"))) {
        while (q.next())
            out.append(Village {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()});
    }
    return out;
}

std::optional<Village> OfficeRepository::village(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return Village {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return std::nullopt;
}

std::optional<Village> OfficeRepository::villageByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE name = ?"));
    q.addBindValue(name.trimmed());
    if (q.exec() && q.next())
        return Village {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
    return std::nullopt;
}

Result OfficeRepository::addVillage(Village &village)
{
    village.name = village.name.trimmed();
    if (village.name.isEmpty())
        return Result::rejected(tr("Enter the village's name."), QStringLiteral("name"));
    if (village.code.size() != 12
        || !std::all_of(village.code.begin(), village.code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; }))
        return Result::rejected(
            tr("The village code of %1 must have 12 digits.").arg(village.name), QStringLiteral("code"));
    if (villageByName(village.name))
        return Result::rejected(tr("The village %1 already exists.").arg(village.name), QStringLiteral("name"));
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO village (code, name) VALUES (?, ?)"));
    q.addBindValue(village.code);
    q.addBindValue(village.name);
    if (!m_db.exec(q, &error)) {
        if (error.kind() == Result::Kind::Rejected)
            return Result::rejected(
                tr("The village code %1 is already used.").arg(village.code), QStringLiteral("code"));
        return error;
    }
    village.id = q.lastInsertId().toLongLong();
    QJsonObject n;
    n[QStringLiteral("code")] = village.code;
    n[QStringLiteral("name")] = village.name;
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("village"), village.id, 0, {}, n, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result OfficeRepository::renameVillage(qint64 id, const QString &name)
{
    const std::optional<Village> before = village(id);
    if (!before)
        return Result::rejected(tr("The village no longer exists."));
    const QString newName = name.trimmed();
    if (newName.isEmpty())
        return Result::rejected(tr("Enter the village's name."), QStringLiteral("name"));
    if (const auto other = villageByName(newName); other && other->id != id)
        return Result::rejected(tr("The village %1 already exists.").arg(newName), QStringLiteral("name"));
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE village SET name = ? WHERE id = ?"));
    q.addBindValue(newName);
    q.addBindValue(id);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject o, n;
    o[QStringLiteral("name")] = before->name;
    n[QStringLiteral("name")] = newName;
    if (!AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("village"), id, 0, o, n, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

QList<BenefitStandard> OfficeRepository::standards() const
{
    QList<BenefitStandard> out;
    QSqlQuery q(m_db.connection());
    if (q.exec(QStringLiteral("SELECT id, effective_date, monthly_fen_per_person, note FROM benefit_standard "
                              "ORDER BY effective_date"))) {
        while (q.next()) {
            out.append(BenefitStandard {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
                Money::fromFen(q.value(2).toLongLong()), q.value(3).toString()});
        }
    }
    return out;
}

std::optional<BenefitStandard> OfficeRepository::standardAt(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, effective_date, monthly_fen_per_person, note FROM benefit_standard "
                             "WHERE effective_date <= ? ORDER BY effective_date DESC LIMIT 1"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (q.exec() && q.next())
        return BenefitStandard {q.value(0).toLongLong(), QDate::fromString(q.value(1).toString(), Qt::ISODate),
            Money::fromFen(q.value(2).toLongLong()), q.value(3).toString()};
    return std::nullopt;
}

Result OfficeRepository::addStandard(BenefitStandard &standard)
{
    if (!standard.effectiveDate.isValid())
        return Result::rejected(tr("Enter the date from which the standard applies."), QStringLiteral("effectiveDate"));
    if (standard.monthlyPerPerson.fen() <= 0)
        return Result::rejected(tr("The standard must be more than zero."), QStringLiteral("amount"));
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO benefit_standard (effective_date, monthly_fen_per_person, note) VALUES (?,?,?)"));
    q.addBindValue(standard.effectiveDate.toString(Qt::ISODate));
    q.addBindValue(standard.monthlyPerPerson.fen());
    q.addBindValue(standard.note);
    if (!m_db.exec(q, &error)) {
        if (error.kind() == Result::Kind::Rejected)
            return Result::rejected(
                tr("A standard from %1 already exists.").arg(standard.effectiveDate.toString(Qt::ISODate)),
                QStringLiteral("effectiveDate"));
        return error;
    }
    standard.id = q.lastInsertId().toLongLong();
    QJsonObject n;
    n[QStringLiteral("effective_date")] = standard.effectiveDate.toString(Qt::ISODate);
    n[QStringLiteral("monthly_fen_per_person")] = standard.monthlyPerPerson.fen();
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("standard"), standard.id, 0, {}, n, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
