#include "ledgers/complaints/ComplaintRepository.h"

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

Result ComplaintRepository::check(const Complaint &c) const
{
    const QDate today = m_db.today();
    if (!c.receivedDate.isValid())
        return Result::rejected(tr("Enter the date the complaint was received."), QStringLiteral("receivedDate"));
    if (c.receivedDate > today)
        return Result::rejected(
            tr("The date received %1 is in the future.").arg(isoDate(c.receivedDate)), QStringLiteral("receivedDate"));
    if (c.dueDate.isValid() && c.dueDate < c.receivedDate)
        return Result::rejected(tr("The due date %1 is before the date the complaint was received (%2).")
                                    .arg(isoDate(c.dueDate), isoDate(c.receivedDate)),
            QStringLiteral("dueDate"));
    if (c.summary.isEmpty())
        return Result::rejected(tr("Enter what the complaint is about (summary)."), QStringLiteral("summary"));
    if (!c.anonymous && c.reporterName.isEmpty())
        return Result::rejected(
            tr("Enter the reporter's name, or mark the complaint as anonymous."), QStringLiteral("reporterName"));
    if (c.householdId > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM household WHERE id = ?"));
        q.addBindValue(c.householdId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(
                tr("The household named as the subject no longer exists."), QStringLiteral("subject"));
    }
    if (c.personId > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id = ?"));
        q.addBindValue(c.personId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("The person named as the subject no longer exists."), QStringLiteral("subject"));
        if (c.householdId > 0 && q.value(0).toLongLong() != c.householdId)
            return Result::rejected(tr("The person named as the subject is not a member of the household chosen."),
                QStringLiteral("subject"));
    }
    if (c.villageId > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM village WHERE id = ?"));
        q.addBindValue(c.villageId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("The village chosen no longer exists."), QStringLiteral("village"));
    }
    if (c.transferredDate.isValid()) {
        if (c.transferredDate < c.receivedDate || c.transferredDate > today)
            return Result::rejected(tr("The transfer date %1 must lie between the date received (%2) and today.")
                                        .arg(isoDate(c.transferredDate), isoDate(c.receivedDate)),
                QStringLiteral("transferredDate"));
        if (c.transferBody.isEmpty())
            return Result::rejected(tr("Enter the discipline-inspection body the complaint was transferred to."),
                QStringLiteral("transferBody"));
    }
    if (c.feedbackDate.isValid() && (c.feedbackDate < c.receivedDate || c.feedbackDate > today))
        return Result::rejected(tr("The date of the feedback to the reporter %1 must lie between the date received "
                                   "(%2) and today.")
                                    .arg(isoDate(c.feedbackDate), isoDate(c.receivedDate)),
            QStringLiteral("feedbackDate"));
    return Result::success();
}

namespace {

void normalise(Complaint &c)
{
    c.reporterName = c.reporterName.trimmed();
    c.reporterContact = c.reporterContact.trimmed();
    c.subjectText = c.subjectText.trimmed();
    c.summary = c.summary.trimmed();
    c.handler = c.handler.trimmed();
    c.transferBody = c.transferBody.trimmed();
    c.transferReference = c.transferReference.trimmed();
    c.feedbackMethod = c.feedbackMethod.trimmed();
    if (!c.transferredDate.isValid()) {
        c.transferBody.clear();
        c.transferReference.clear();
    }
}

// A person named as the subject brings their household, a household its village.
void fillLinks(Database &db, Complaint &c)
{
    if (c.personId > 0 && c.householdId <= 0) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id = ?"));
        q.addBindValue(c.personId);
        if (q.exec() && q.next())
            c.householdId = q.value(0).toLongLong();
    }
    if (c.householdId > 0 && c.villageId <= 0) {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
        q.addBindValue(c.householdId);
        if (q.exec() && q.next())
            c.villageId = q.value(0).toLongLong();
    }
}

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

Result ComplaintRepository::create(Complaint &c)
{
    normalise(c);
    c.id = 0;
    c.closedDate = QDate(); // closing goes through close()
    fillLinks(m_db, c);
    if (!c.dueDate.isValid() && c.receivedDate.isValid()) {
        const Outcome<int> days = dueDays();
        if (!days)
            return days.result();
        c.dueDate = dueDateFor(c.receivedDate, *days);
    }
    if (Result bad = check(c); !bad)
        return bad;
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
    normalise(c);
    c.closedDate = QDate();
    fillLinks(m_db, c);
    if (!c.dueDate.isValid() && c.receivedDate.isValid()) {
        const Outcome<int> days = dueDays();
        if (!days)
            return days.result();
        c.dueDate = dueDateFor(c.receivedDate, *days);
    }
    if (Result bad = check(c); !bad)
        return bad;
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
    if (Result bad = check(after); !bad)
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
