#include "ledgers/complaints/ComplaintRepository.h"

#include "ledgers/EvidenceRepository.h"
#include "ledgers/complaints/ComplaintRules.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

namespace {

QJsonObject complaintJson(const Complaint &c)
{
    const auto date = [](const QDate &d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    QJsonObject o;
    o[QStringLiteral("received_date")] = date(c.receivedDate);
    o[QStringLiteral("channel")] = key(c.channel);
    o[QStringLiteral("anonymous")] = c.anonymous;
    o[QStringLiteral("reporter_name")] = c.reporterName;
    o[QStringLiteral("reporter_contact")] = c.reporterContact;
    o[QStringLiteral("household_id")] = c.householdId;
    o[QStringLiteral("person_id")] = c.personId;
    o[QStringLiteral("subject_text")] = c.subjectText;
    o[QStringLiteral("village_id")] = c.villageId;
    o[QStringLiteral("problem_type")] = c.problemType ? QJsonValue(key(*c.problemType)) : QJsonValue();
    o[QStringLiteral("summary")] = c.summary;
    o[QStringLiteral("handler")] = c.handler;
    o[QStringLiteral("due_date")] = date(c.dueDate);
    o[QStringLiteral("transferred_date")] = date(c.transferredDate);
    o[QStringLiteral("transfer_body")] = c.transferBody;
    o[QStringLiteral("transfer_reference")] = c.transferReference;
    o[QStringLiteral("finding")] = c.finding ? QJsonValue(key(*c.finding)) : QJsonValue();
    o[QStringLiteral("feedback_date")] = date(c.feedbackDate);
    o[QStringLiteral("feedback_method")] = c.feedbackMethod;
    o[QStringLiteral("closed_date")] = date(c.closedDate);
    return o;
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ComplaintRepository::ComplaintRepository(Database &db)
    : m_db(db)
{ }

namespace {

// received_date … feedback_method, the columns create() and update() write.
void bindFields(QSqlQuery &q, const Complaint &c)
{
    q.addBindValue(isoDate(c.receivedDate));
    q.addBindValue(key(c.channel));
    q.addBindValue(c.anonymous ? 1 : 0);
    q.addBindValue(c.reporterName);
    q.addBindValue(c.reporterContact);
    q.addBindValue(idValue(c.householdId));
    q.addBindValue(idValue(c.personId));
    q.addBindValue(c.subjectText);
    q.addBindValue(idValue(c.villageId));
    q.addBindValue(c.problemType ? QVariant(key(*c.problemType)) : QVariant());
    q.addBindValue(c.summary);
    q.addBindValue(c.handler);
    q.addBindValue(dateValue(c.dueDate));
    q.addBindValue(dateValue(c.transferredDate));
    q.addBindValue(c.transferBody);
    q.addBindValue(c.transferReference);
    q.addBindValue(c.finding ? QVariant(key(*c.finding)) : QVariant());
    q.addBindValue(dateValue(c.feedbackDate));
    q.addBindValue(c.feedbackMethod);
}

} // namespace

Result ComplaintRepository::prepare(Complaint &c) const
{
    ComplaintRules::normalise(c);
    c.closedDate = QDate(); // closing goes through close()
    if (Result r = ComplaintRules(m_db).fillLinks(c); !r)
        return r;
    if (!c.dueDate.isValid() && c.receivedDate.isValid()) {
        const Outcome<int> days = dueDays();
        if (!days)
            return days.result();
        c.dueDate = dueDateFor(c.receivedDate, *days);
    }
    if (Result bad = ComplaintRules(m_db).check(c); !bad)
        return bad;
    return Result::success();
}

Result ComplaintRepository::create(Complaint &c)
{
    c.id = 0;
    if (Result r = prepare(c); !r)
        return r;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("INSERT INTO complaint (received_date, channel, anonymous, reporter_name, "
                       "reporter_contact, household_id, person_id, subject_text, village_id, problem_type, "
                       "summary, handler, due_date, transferred_date, transfer_body, transfer_reference, "
                       "finding, feedback_date, feedback_method) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    bindFields(q, c);
    if (!m_db.exec(q, &error))
        return error;
    c.id = q.lastInsertId().toLongLong();
    if (!AuditLog(m_db).append(
            QStringLiteral("create"), QStringLiteral("complaint"), c.id, c.householdId, {}, complaintJson(c), &error))
        return error;
    if (!t.commit(&error)) {
        c.id = 0;
        return error;
    }
    if (const auto stored = complaint(c.id))
        c = *stored;
    return Result::success();
}

Result ComplaintRepository::update(Complaint &c)
{
    const Outcome<Complaint> before = complaint(c.id);
    if (!before)
        return before.result();
    if (before->isClosed())
        return Result::rejected(
            tr("This complaint was closed on %1 and can no longer be changed.").arg(isoDate(before->closedDate)),
            QStringLiteral("closedDate"));
    if (Result r = prepare(c); !r)
        return r;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE complaint SET received_date = ?, channel = ?, anonymous = ?, reporter_name = ?, "
                             "reporter_contact = ?, household_id = ?, person_id = ?, subject_text = ?, village_id = ?, "
                             "problem_type = ?, summary = ?, handler = ?, due_date = ?, transferred_date = ?, "
                             "transfer_body = ?, transfer_reference = ?, finding = ?, feedback_date = ?, "
                             "feedback_method = ? WHERE id = ?"));
    bindFields(q, c);
    q.addBindValue(c.id);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(complaintJson(*before), complaintJson(c), &oldValue, &newValue);
    if (!oldValue.isEmpty() || !newValue.isEmpty()) {
        if (!AuditLog(m_db).append(
                QStringLiteral("update"), QStringLiteral("complaint"), c.id, c.householdId, oldValue, newValue, &error))
            return error;
    }
    if (!t.commit(&error))
        return error;
    if (const auto stored = complaint(c.id))
        c = *stored;
    return Result::success();
}

Result ComplaintRepository::addStep(qint64 complaintId, ComplaintStep &step)
{
    const Outcome<Complaint> c = complaint(complaintId);
    if (!c)
        return c.result();
    if (c->isClosed())
        return Result::rejected(
            tr("This complaint was closed on %1; no more steps can be recorded.").arg(isoDate(c->closedDate)),
            QStringLiteral("closedDate"));
    step.text = step.text.trimmed();
    if (!step.date.isValid())
        return Result::rejected(tr("Enter the date of the step."), QStringLiteral("date"));
    if (step.date < c->receivedDate)
        return Result::rejected(tr("The step's date %1 is before the date the complaint was received (%2).")
                                    .arg(isoDate(step.date), isoDate(c->receivedDate)),
            QStringLiteral("date"));
    if (step.date > m_db.today())
        return Result::rejected(
            tr("The step's date %1 is in the future.").arg(isoDate(step.date)), QStringLiteral("date"));
    if (step.text.isEmpty())
        return Result::rejected(tr("Describe what was done in this step."), QStringLiteral("text"));
    step.operatorName = m_db.operatorName();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO complaint_step (complaint_id, step_date, text, operator, recorded_at) "
                             "VALUES (?,?,?,?,?)"));
    q.addBindValue(complaintId);
    q.addBindValue(isoDate(step.date));
    q.addBindValue(step.text);
    q.addBindValue(step.operatorName);
    q.addBindValue(m_db.now().toString(Qt::ISODateWithMs));
    if (!m_db.exec(q, &error))
        return error;
    step.id = q.lastInsertId().toLongLong();
    QJsonObject added;
    added[QStringLiteral("step_id")] = step.id;
    added[QStringLiteral("date")] = isoDate(step.date);
    added[QStringLiteral("text")] = step.text;
    if (!AuditLog(m_db).append(
            QStringLiteral("step"), QStringLiteral("complaint"), complaintId, c->householdId, {}, added, &error))
        return error;
    if (!t.commit(&error)) {
        step.id = 0;
        return error;
    }
    return Result::success();
}

Result ComplaintRepository::transfer(
    qint64 complaintId, const QDate &date, const QString &body, const QString &reference)
{
    const Outcome<Complaint> before = complaint(complaintId);
    if (!before)
        return before.result();
    if (before->isClosed())
        return Result::rejected(
            tr("This complaint was closed on %1 and can no longer be changed.").arg(isoDate(before->closedDate)),
            QStringLiteral("closedDate"));
    if (!date.isValid())
        return Result::rejected(
            tr("Enter the date of the transfer to the discipline-inspection body."), QStringLiteral("transferredDate"));
    Complaint after = *before;
    after.transferredDate = date;
    after.transferBody = body.trimmed();
    after.transferReference = reference.trimmed();
    if (Result bad = ComplaintRules(m_db).check(after); !bad)
        return bad;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE complaint SET transferred_date = ?, transfer_body = ?, transfer_reference = ? "
                             "WHERE id = ?"));
    q.addBindValue(isoDate(date));
    q.addBindValue(after.transferBody);
    q.addBindValue(after.transferReference);
    q.addBindValue(complaintId);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(complaintJson(*before), complaintJson(after), &oldValue, &newValue);
    if (!AuditLog(m_db).append(QStringLiteral("transfer"), QStringLiteral("complaint"), complaintId,
            before->householdId, oldValue, newValue, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result ComplaintRepository::close(qint64 complaintId, const QDate &date)
{
    const Outcome<Complaint> before = complaint(complaintId);
    if (!before)
        return before.result();
    if (before->isClosed())
        return Result::rejected(tr("This complaint was already closed on %1.").arg(isoDate(before->closedDate)),
            QStringLiteral("closedDate"));
    if (!before->finding)
        return Result::rejected(tr("A complaint cannot be closed without a finding: record whether it "
                                   "was substantiated first."),
            QStringLiteral("finding"));
    if (!date.isValid())
        return Result::rejected(tr("Enter the date the complaint was closed."), QStringLiteral("closedDate"));
    if (date < before->receivedDate)
        return Result::rejected(tr("The closing date %1 is before the date the complaint was received (%2).")
                                    .arg(isoDate(date), isoDate(before->receivedDate)),
            QStringLiteral("closedDate"));
    if (date > m_db.today())
        return Result::rejected(
            tr("The closing date %1 is in the future.").arg(isoDate(date)), QStringLiteral("closedDate"));
    Complaint after = *before;
    after.closedDate = date;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE complaint SET closed_date = ? WHERE id = ?"));
    q.addBindValue(isoDate(date));
    q.addBindValue(complaintId);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(complaintJson(*before), complaintJson(after), &oldValue, &newValue);
    if (!AuditLog(m_db).append(QStringLiteral("close"), QStringLiteral("complaint"), complaintId, before->householdId,
            oldValue, newValue, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result ComplaintRepository::setDueDays(int days)
{
    if (days < 1 || days > 365)
        return Result::rejected(
            tr("The time limit for complaints must be between 1 and 365 days; %1 was given.").arg(days),
            QStringLiteral("complaintDays"));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT complaint_days FROM office WHERE id = 1")))
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("Set up the office first: the time limit for complaints is one of its settings."),
            QStringLiteral("complaintDays"));
    const int before = q.value(0).toInt();
    q.finish();
    if (before == days)
        return Result::success();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery u(m_db.connection());
    u.prepare(QStringLiteral("UPDATE office SET complaint_days = ? WHERE id = 1"));
    u.addBindValue(days);
    if (!m_db.exec(u, &error))
        return error;
    if (!AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("office"), 1, 0,
            QJsonObject {{QStringLiteral("complaint_days"), before}},
            QJsonObject {{QStringLiteral("complaint_days"), days}}, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

// ---- reads ----------------------------------------------------------------------------------------------------------

namespace {

constexpr int kDefaultDueDays = 30;

// Columns read by complaintFrom(); c is the complaint, p the named person, hp the household's head.
const char *const kColumns
    = "c.id, c.received_date, c.channel, c.anonymous, c.reporter_name, c.reporter_contact, c.household_id, "
      "c.person_id, c.subject_text, coalesce(c.village_id, h.village_id), v.name, c.problem_type, c.summary, "
      "c.handler, c.due_date, c.transferred_date, c.transfer_body, c.transfer_reference, c.finding, "
      "c.feedback_date, c.feedback_method, c.closed_date, p.name, hp.name";
const char *const kJoins = "LEFT JOIN household h ON h.id = c.household_id LEFT JOIN person p ON p.id = c.person_id "
                           "LEFT JOIN person hp ON hp.id = h.head_person_id "
                           "LEFT JOIN village v ON v.id = coalesce(c.village_id, h.village_id)";

template<typename E> std::optional<E> optionalEnum(const QVariant &value)
{
    E out {};
    if (value.isNull() || !fromText(value.toString(), &out))
        return std::nullopt;
    return out;
}

Complaint complaintFrom(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.receivedDate = dateFrom(q.value(1));
    c.channel = enumOr(q.value(2), ComplaintChannel::Phone);
    c.anonymous = q.value(3).toInt() != 0;
    c.reporterName = q.value(4).toString();
    c.reporterContact = q.value(5).toString();
    c.householdId = q.value(6).toLongLong();
    c.personId = q.value(7).toLongLong();
    c.subjectText = q.value(8).toString();
    c.villageId = q.value(9).toLongLong();
    c.villageName = q.value(10).toString();
    c.problemType = optionalEnum<ProblemType>(q.value(11));
    c.summary = q.value(12).toString();
    c.handler = q.value(13).toString();
    c.dueDate = dateFrom(q.value(14));
    c.transferredDate = dateFrom(q.value(15));
    c.transferBody = q.value(16).toString();
    c.transferReference = q.value(17).toString();
    c.finding = optionalEnum<Finding>(q.value(18));
    c.feedbackDate = dateFrom(q.value(19));
    c.feedbackMethod = q.value(20).toString();
    c.closedDate = dateFrom(q.value(21));
    // A subject on the roster is named as the roster names them.
    const QString personName = q.value(22).toString();
    const QString headName = q.value(23).toString();
    if (c.personId > 0 && !personName.isEmpty())
        c.subjectText = personName;
    else if (c.householdId > 0 && !headName.isEmpty())
        c.subjectText = headName;
    return c;
}

} // namespace

Outcome<QList<Complaint>> ComplaintRepository::complaints(const ComplaintFilter &filter) const
{
    QStringList where;
    QVariantList values;
    switch (filter.state) {
    case ComplaintFilter::State::Any:
        break;
    case ComplaintFilter::State::Open:
        where << QStringLiteral("c.closed_date IS NULL");
        break;
    case ComplaintFilter::State::Overdue:
        where << QStringLiteral("c.closed_date IS NULL AND c.due_date < ?");
        values << isoDate(m_db.today());
        break;
    case ComplaintFilter::State::Transferred:
        where << QStringLiteral("c.transferred_date IS NOT NULL");
        break;
    case ComplaintFilter::State::Closed:
        where << QStringLiteral("c.closed_date IS NOT NULL");
        break;
    }
    if (filter.villageId > 0) {
        where << QStringLiteral("coalesce(c.village_id, h.village_id) = ?");
        values << filter.villageId;
    }
    if (const QString s = filter.search.trimmed(); !s.isEmpty()) {
        where << QStringLiteral("(instr(c.summary, ?) > 0 OR instr(c.subject_text, ?) > 0 OR instr(c.handler, ?) > 0 "
                                "OR instr(coalesce(p.name, ''), ?) > 0 OR instr(coalesce(hp.name, ''), ?) > 0)");
        values << s << s << s << s << s;
    }
    if (filter.period.isValid()) {
        where << QStringLiteral("c.received_date BETWEEN ? AND ?");
        values << isoDate(filter.period.firstDay()) << isoDate(filter.period.lastDay());
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT %1 FROM complaint c %2%3 ORDER BY c.received_date DESC, c.id DESC")
            .arg(QLatin1String(kColumns), QLatin1String(kJoins),
                where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    QList<Complaint> out;
    while (q.next())
        out.append(complaintFrom(q));
    return out;
}

Outcome<Complaint> ComplaintRepository::complaint(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM complaint c %2 WHERE c.id = ?")
                       .arg(QLatin1String(kColumns), QLatin1String(kJoins))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The complaint no longer exists."));
    Complaint c = complaintFrom(q);
    QSqlQuery s(m_db.connection());
    if (!s.prepare(QStringLiteral("SELECT id, step_date, text, operator FROM complaint_step WHERE complaint_id = ? "
                                  "ORDER BY step_date, id")))
        return m_db.readFailure(s.lastError());
    s.addBindValue(id);
    if (!s.exec())
        return m_db.readFailure(s.lastError());
    while (s.next())
        c.steps.append(ComplaintStep {
            s.value(0).toLongLong(), dateFrom(s.value(1)), s.value(2).toString(), s.value(3).toString()});
    Outcome<QList<Evidence>> files = EvidenceRepository(m_db).evidence(Evidence::Owner::Complaint, id);
    if (!files)
        return files.result();
    c.evidence = std::move(files).value();
    return c;
}

Outcome<LedgerCounts> ComplaintRepository::counts() const
{
    LedgerCounts c;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT count(*), coalesce(sum(closed_date IS NULL), 0), "
                                  "coalesce(sum(closed_date IS NULL AND due_date < ?), 0), "
                                  "coalesce(sum(closed_date IS NOT NULL), 0) FROM complaint")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(isoDate(m_db.today()));
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (q.next()) {
        c.total = q.value(0).toInt();
        c.open = q.value(1).toInt();
        c.overdue = q.value(2).toInt();
        c.closed = q.value(3).toInt();
    }
    return c;
}

Outcome<int> ComplaintRepository::dueDays() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT complaint_days FROM office WHERE id = 1")))
        return m_db.readFailure(q.lastError());
    if (q.next()) {
        const int days = q.value(0).toInt();
        if (days > 0)
            return days;
    }
    return kDefaultDueDays; // no office set up yet
}
