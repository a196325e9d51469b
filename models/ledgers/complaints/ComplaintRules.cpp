#include "ledgers/complaints/ComplaintRules.h"

#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;

namespace {

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

ComplaintRules::ComplaintRules(Database &db)
    : m_db(db)
{ }

void ComplaintRules::normalise(Complaint &c)
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
Result ComplaintRules::fillLinks(Complaint &c) const
{
    if (c.personId > 0 && c.householdId <= 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT household_id FROM person WHERE id = ?"));
        q.addBindValue(c.personId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (q.next())
            c.householdId = q.value(0).toLongLong();
    }
    if (c.householdId > 0 && c.villageId <= 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT village_id FROM household WHERE id = ?"));
        q.addBindValue(c.householdId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (q.next())
            c.villageId = q.value(0).toLongLong();
    }
    return Result::success();
}

Result ComplaintRules::check(const Complaint &c) const
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
