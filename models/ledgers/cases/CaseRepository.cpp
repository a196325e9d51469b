#include "ledgers/cases/CaseRepository.h"

#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

namespace {

// Columns read by caseFrom(); t is the case, the joins name its source.
const char *const kColumns = "t.id, t.month, t.title, t.summary, t.problem_type, t.persons, t.handling, "
                             "t.funds_recovered_fen, t.source, t.source_id, si.name, sc.code, sk.received_date";
const char *const kSourceJoins
    = "LEFT JOIN inspection_answer sa ON t.source = 'inspection' AND sa.id = t.source_id "
      "LEFT JOIN inspection si ON si.id = sa.inspection_id LEFT JOIN checklist_item sc ON sc.id = sa.item_id "
      "LEFT JOIN complaint sk ON t.source = 'complaint' AND sk.id = t.source_id";

QString handlingKeys(const QList<Handling> &handling)
{
    QStringList keys;
    for (Handling h : handling)
        keys.append(key(h));
    return keys.join(u',');
}

QList<Handling> handlingFrom(const QString &text)
{
    QList<Handling> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        Handling h {};
        if (fromText(part.trimmed(), &h) && !out.contains(h))
            out.append(h);
    }
    return out;
}

TypicalCase caseFrom(const QSqlQuery &q)
{
    TypicalCase c;
    c.id = q.value(0).toLongLong();
    c.month = Period::parse(q.value(1).toString());
    c.title = q.value(2).toString();
    c.summary = q.value(3).toString();
    ProblemType type {};
    if (!q.value(4).isNull() && fromText(q.value(4).toString(), &type))
        c.problemType = type;
    c.persons = q.value(5).toString();
    c.handling = handlingFrom(q.value(6).toString());
    c.fundsRecovered = Money::fromFen(q.value(7).toLongLong());
    c.source = enumOr(q.value(8), LedgerSource::Manual);
    c.sourceId = q.value(9).toLongLong();
    c.sourceText = RectificationRepository::describeSource(
        c.source, c.sourceId, q.value(10).toString(), q.value(11).toString(), dateFrom(q.value(12)));
    return c;
}

QJsonObject caseJson(const TypicalCase &c)
{
    QJsonObject o;
    o[QStringLiteral("month")] = c.month.toString();
    o[QStringLiteral("title")] = c.title;
    o[QStringLiteral("summary")] = c.summary;
    o[QStringLiteral("problem_type")] = c.problemType ? QJsonValue(key(*c.problemType)) : QJsonValue();
    o[QStringLiteral("persons")] = c.persons;
    o[QStringLiteral("handling")] = handlingKeys(c.handling);
    o[QStringLiteral("funds_recovered_fen")] = c.fundsRecovered.fen();
    o[QStringLiteral("source")] = key(c.source);
    o[QStringLiteral("source_id")] = c.sourceId;
    return o;
}

void normalise(TypicalCase &c)
{
    c.title = c.title.trimmed();
    c.summary = c.summary.trimmed();
    c.persons = c.persons.trimmed();
    QList<Handling> unique;
    for (Handling h : c.handling) {
        if (!unique.contains(h))
            unique.append(h);
    }
    c.handling = unique;
    if (c.source == LedgerSource::Manual)
        c.sourceId = 0;
}

void bindFields(QSqlQuery &q, const TypicalCase &c)
{
    q.addBindValue(c.month.toString());
    q.addBindValue(c.title);
    q.addBindValue(c.summary);
    q.addBindValue(c.problemType ? QVariant(key(*c.problemType)) : QVariant());
    q.addBindValue(c.persons);
    q.addBindValue(handlingKeys(c.handling));
    q.addBindValue(c.fundsRecovered.fen());
    q.addBindValue(key(c.source));
    q.addBindValue(c.sourceId > 0 ? QVariant(c.sourceId) : QVariant());
}

} // namespace

CaseRepository::CaseRepository(Database &db)
    : m_db(db)
{ }

Outcome<QList<TypicalCase>> CaseRepository::cases(const Period &month) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(QStringLiteral("SELECT %1 FROM typical_case t %2%3 ORDER BY t.month DESC, t.id")
                                        .arg(QLatin1String(kColumns), QLatin1String(kSourceJoins),
                                            month.isValid() ? QStringLiteral(" WHERE t.month = ?") : QString()));
    if (month.isValid())
        q.addBindValue(month.toString());
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    QList<TypicalCase> out;
    while (q.next())
        out.append(caseFrom(q));
    return out;
}

Outcome<std::optional<QDate>> CaseRepository::reportDue(const Period &month) const
{
    if (!month.isValid())
        return std::optional<QDate>();
    const Outcome<QList<CalendarItem>> items = CalendarRepository(m_db).items();
    if (!items)
        return items.result();
    const Period next = month.next();
    for (const CalendarItem &item : *items) {
        if (item.code != QLatin1String("typical-cases") || !item.active || !item.monthly)
            continue;
        return std::optional(next.firstDay().addDays(qMin(item.day, next.firstDay().daysInMonth()) - 1));
    }
    return std::optional<QDate>();
}

Outcome<TypicalCase> CaseRepository::typicalCase(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM typical_case t %2 WHERE t.id = ?")
                       .arg(QLatin1String(kColumns), QLatin1String(kSourceJoins))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The typical case no longer exists."));
    return caseFrom(q);
}

Result CaseRepository::check(const TypicalCase &c) const
{
    if (!c.month.isValid())
        return Result::rejected(tr("Choose the month the case is reported for."), QStringLiteral("month"));
    if (c.title.isEmpty())
        return Result::rejected(tr("Enter the title of the case."), QStringLiteral("title"));
    if (c.fundsRecovered.isNegative())
        return Result::rejected(tr("The funds recovered cannot be negative."), QStringLiteral("fundsRecovered"));
    if (c.source != LedgerSource::Manual) {
        QSqlQuery q(m_db.connection());
        q.prepare(c.source == LedgerSource::Inspection ? QStringLiteral("SELECT 1 FROM inspection_answer WHERE id = ?")
                                                       : QStringLiteral("SELECT 1 FROM complaint WHERE id = ?"));
        q.addBindValue(c.sourceId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(c.source == LedgerSource::Inspection
                    ? tr("The self-inspection item this case comes from no longer exists.")
                    : tr("The complaint #%1 this case comes from no longer exists.").arg(c.sourceId),
                QStringLiteral("source"));
    }
    return Result::success();
}

Result CaseRepository::create(TypicalCase &c)
{
    normalise(c);
    c.id = 0;
    if (Result bad = check(c); !bad)
        return bad;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO typical_case (month, title, summary, problem_type, persons, handling, "
                             "funds_recovered_fen, source, source_id) VALUES (?,?,?,?,?,?,?,?,?)"));
    bindFields(q, c);
    if (!m_db.exec(q, &error))
        return error;
    c.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).append(
            QStringLiteral("create"), QStringLiteral("typical_case"), c.id, 0, {}, caseJson(c), &error))
        return error;
    if (!t.commit(&error)) {
        c.id = 0;
        return error;
    }
    if (const auto stored = typicalCase(c.id))
        c = *stored;
    return Result::success();
}

Result CaseRepository::update(TypicalCase &c)
{
    const Outcome<TypicalCase> before = typicalCase(c.id);
    if (!before)
        return before.result();
    normalise(c);
    if (Result bad = check(c); !bad)
        return bad;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE typical_case SET month = ?, title = ?, summary = ?, problem_type = ?, persons = ?, "
                       "handling = ?, funds_recovered_fen = ?, source = ?, source_id = ? WHERE id = ?"));
    bindFields(q, c);
    q.addBindValue(c.id);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(caseJson(*before), caseJson(c), &oldValue, &newValue);
    if (!oldValue.isEmpty() || !newValue.isEmpty()) {
        if (!AuditLog(m_db).append(
                QStringLiteral("update"), QStringLiteral("typical_case"), c.id, 0, oldValue, newValue, &error))
            return error;
    }
    if (!t.commit(&error))
        return error;
    if (const auto stored = typicalCase(c.id))
        c = *stored;
    return Result::success();
}

Result CaseRepository::remove(qint64 id)
{
    const Outcome<TypicalCase> before = typicalCase(id);
    if (!before)
        return before.result();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM typical_case WHERE id = ?"));
    q.addBindValue(id);
    if (!m_db.exec(q, &error))
        return error;
    if (!AuditLog(m_db).append(
            QStringLiteral("remove"), QStringLiteral("typical_case"), id, 0, caseJson(*before), {}, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
