#include "office/OfficeRepository.h"

#include "core/NameOrder.h"
#include "office/StandardRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QVariant>

namespace {

// A row of "SELECT id, code, name FROM village".
Village villageFrom(const QSqlQuery &q)
{
    return Village {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString()};
}

QJsonObject officeJson(const Office &o)
{
    QJsonObject j;
    j[QStringLiteral("name")] = o.name;
    j[QStringLiteral("division_code")] = o.divisionCode;
    j[QStringLiteral("county")] = o.county;
    j[QStringLiteral("address")] = o.address;
    j[QStringLiteral("phone")] = o.phone;
    j[QStringLiteral("hotline")] = o.hotline;
    j[QStringLiteral("disclosure_url")] = o.disclosureUrl;
    j[QStringLiteral("unit_head")] = o.unitHead;
    j[QStringLiteral("reviewer")] = o.reviewer;
    j[QStringLiteral("preparer")] = o.preparer;
    return j;
}

// Every field on one line without surrounding spaces: the forms print them in a line each.
Office tidied(const Office &o)
{
    Office t;
    t.name = o.name.simplified();
    t.divisionCode = o.divisionCode.trimmed();
    t.county = o.county.simplified();
    t.address = o.address.simplified();
    t.phone = o.phone.simplified();
    t.hotline = o.hotline.simplified();
    t.disclosureUrl = o.disclosureUrl.trimmed();
    t.unitHead = o.unitHead.simplified();
    t.reviewer = o.reviewer.simplified();
    t.preparer = o.preparer.simplified();
    return t;
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

QString OfficeRepository::disclosureUrlProblem(const QString &text)
{
    const QString url = text.trimmed();
    if (url.isEmpty())
        return {};
    for (QChar c : url) {
        if (c.isSpace())
            return tr("a web address has no spaces");
    }
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    if (separator >= 0) {
        const QString scheme = url.left(separator).toLower();
        if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            return tr("write a web address that starts with http:// or https://, or the site's name such as "
                      "www.example.gov.cn (not %1://)")
                .arg(url.left(separator));
    }
    const QUrl parsed(separator >= 0 ? url : QStringLiteral("http://") + url, QUrl::StrictMode);
    const QString host = parsed.host();
    // A mail address (name@site) or "javascript:" is no web site's address.
    bool labelsOk = !host.isEmpty() && host.contains(u'.');
    for (const QString &label : host.split(u'.'))
        labelsOk = labelsOk && !label.isEmpty();
    if (!parsed.isValid() || !parsed.userInfo().isEmpty() || !labelsOk)
        return tr("\"%1\" is not a web address; write it as https://www.example.gov.cn/xxgk or www.example.gov.cn")
            .arg(url);
    return {};
}

QString OfficeRepository::phoneProblem(const QString &text)
{
    const QString phone = text.trimmed();
    if (phone.isEmpty())
        return {};
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    if (digits < 3)
        return tr("\"%1\" is not a telephone number; write its digits, e.g. 0591-22861234 or 12345").arg(phone);
    if (phone.size() > 40)
        return tr("a telephone number of at most 40 characters fits on the forms");
    return {};
}

QList<Result> OfficeRepository::problems(const Office &input)
{
    const Office office = tidied(input);
    QList<Result> out;
    if (office.name.isEmpty())
        out << Result::rejected(tr("Township: enter the township's name."), QStringLiteral("name"));
    if (const QString problem = divisionCodeProblem(office.divisionCode); !problem.isEmpty())
        out << Result::rejected(tr("Division code: %1.").arg(problem), QStringLiteral("divisionCode"));
    if (const QString problem = disclosureUrlProblem(office.disclosureUrl); !problem.isEmpty())
        out << Result::rejected(tr("Disclosure web address: %1.").arg(problem), QStringLiteral("disclosureUrl"));
    if (const QString problem = phoneProblem(office.hotline); !problem.isEmpty())
        out << Result::rejected(tr("Complaint hotline: %1.").arg(problem), QStringLiteral("hotline"));
    if (const QString problem = phoneProblem(office.phone); !problem.isEmpty())
        out << Result::rejected(tr("Contact phone: %1.").arg(problem), QStringLiteral("phone"));
    return out;
}

Outcome<bool> OfficeRepository::isConfigured() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT 1 FROM office WHERE id = 1")))
        return m_db.readFailure(q.lastError());
    return q.next();
}

Outcome<Office> OfficeRepository::office() const
{
    Office o;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT name, division_code, county, phone, hotline, disclosure_url, unit_head, "
                               "reviewer, preparer, address FROM office WHERE id = 1")))
        return m_db.readFailure(q.lastError());
    if (q.next()) {
        o.name = q.value(0).toString();
        o.divisionCode = q.value(1).toString();
        o.county = q.value(2).toString();
        o.phone = q.value(3).toString();
        o.hotline = q.value(4).toString();
        o.disclosureUrl = q.value(5).toString();
        o.unitHead = q.value(6).toString();
        o.reviewer = q.value(7).toString();
        o.preparer = q.value(8).toString();
        o.address = q.value(9).toString();
    }
    return o;
}

Result OfficeRepository::saveOffice(const Office &input)
{
    if (const QList<Result> found = problems(input); !found.isEmpty())
        return found.first();
    const Office office = tidied(input);
    const Outcome<bool> existed = isConfigured();
    const Outcome<Office> before = this->office();
    if (!existed || !before)
        return !existed ? existed.result() : before.result();
    QJsonObject oldValue, newValue;
    if (*existed) {
        AuditLog::diff(officeJson(*before), officeJson(office), &oldValue, &newValue);
        if (newValue.isEmpty() && oldValue.isEmpty())
            return Result::success(); // nothing changed: nothing to write or audit
    } else {
        newValue = officeJson(office);
    }
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO office (id, name, division_code, county, phone, hotline, disclosure_url, "
                       "unit_head, reviewer, preparer, address) VALUES (1,?,?,?,?,?,?,?,?,?,?) "
                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, division_code = excluded.division_code, "
                       "county = excluded.county, phone = excluded.phone, hotline = excluded.hotline, "
                       "disclosure_url = excluded.disclosure_url, unit_head = excluded.unit_head, "
                       "reviewer = excluded.reviewer, preparer = excluded.preparer, address = excluded.address"));
    for (const QString &v : {office.name, office.divisionCode, office.county, office.phone, office.hotline,
             office.disclosureUrl, office.unitHead, office.reviewer, office.preparer, office.address})
        q.addBindValue(v);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(*existed ? QStringLiteral("update") : QStringLiteral("create"), QStringLiteral("office"),
            1, 0, oldValue, newValue, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result OfficeRepository::setUp(const Office &office, QList<Village> &villages, BenefitStandard *standard)
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
    if (standard) {
        if (Result r = StandardRepository(m_db).addStandard(*standard); !r)
            return r;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Outcome<QList<Village>> OfficeRepository::villages() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM village ORDER BY code")))
        return m_db.readFailure(q.lastError());
    QList<Village> out;
    while (q.next())
        out.append(villageFrom(q));
    return out;
}

Outcome<Village> OfficeRepository::village(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE id = ?")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The village no longer exists."));
    return villageFrom(q);
}

Outcome<std::optional<Village>> OfficeRepository::villageByName(const QString &name) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE name = ?")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(name.trimmed());
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return std::optional<Village>();
    return std::optional<Village>(villageFrom(q));
}

Outcome<std::optional<Village>> OfficeRepository::villageByNameOrCode(const QString &text) const
{
    QSqlQuery q(m_db.connection());
    // The name first: a village named with digits is found by its name.
    if (!q.prepare(QStringLiteral("SELECT id, code, name FROM village WHERE name = ? OR code = ? "
                                  "ORDER BY name = ? DESC LIMIT 1")))
        return m_db.readFailure(q.lastError());
    const QString wanted = text.trimmed();
    for (int i = 0; i < 3; ++i)
        q.addBindValue(wanted);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return std::optional<Village>();
    return std::optional<Village>(villageFrom(q));
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
    const Outcome<std::optional<Village>> sameName = villageByName(village.name);
    if (!sameName)
        return sameName.result();
    if (sameName.value())
        return Result::rejected(tr("The village %1 already exists.").arg(village.name), QStringLiteral("name"));
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO village (code, name, name_key) VALUES (?, ?, ?)"));
    q.addBindValue(village.code);
    q.addBindValue(village.name);
    q.addBindValue(NameOrder::key(village.name)); // the roster sorts villages by it (pinyin order)
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

Outcome<QList<Village>> OfficeRepository::addVillagesNamed(const QStringList &names)
{
    const Outcome<Office> township = office();
    const Outcome<QList<Village>> existing = villages();
    if (!township || !existing)
        return !township ? township.result() : existing.result();
    const QString prefix = township->divisionCode.left(9);
    int sequence = 0;
    for (const Village &v : *existing) {
        if (v.code.startsWith(prefix))
            sequence = std::max(sequence, v.code.mid(9).toInt());
    }
    Result error;
    Transaction t(m_db); // all of them or none
    if (!t.begin(&error))
        return error;
    QList<Village> added;
    for (const QString &name : names) {
        if (++sequence > 999)
            return Result::rejected(
                tr("The township already has 999 villages; %1 cannot be added.").arg(name), QStringLiteral("village"));
        Village v;
        v.name = name;
        v.code = prefix + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        if (Result r = addVillage(v); !r)
            return r;
        added.append(v);
    }
    if (!t.commit(&error))
        return error;
    return added;
}

Outcome<QList<BenefitStandard>> OfficeRepository::standards() const
{
    return StandardRepository(m_db).standards();
}

Outcome<std::optional<BenefitStandard>> OfficeRepository::standardAt(const QDate &date) const
{
    return StandardRepository(m_db).standardAt(date);
}

Result OfficeRepository::addStandard(BenefitStandard &standard)
{
    return StandardRepository(m_db).addStandard(standard);
}

QString OfficeRepository::villageBaseName(const QString &name)
{
    QString s = name.trimmed();
    for (const char *suffix : {"村民委员会", "社区居民委员会", "居民委员会", "社区居委会", "村委会", "居委会"}) {
        const QString sfx = QString::fromUtf8(suffix);
        if (s.endsWith(sfx) && s.size() > sfx.size()) {
            s.chop(sfx.size());
            break;
        }
    }
    return s;
}
