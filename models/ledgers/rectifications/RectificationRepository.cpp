#include "ledgers/rectifications/RectificationRepository.h"

#include "ledgers/EvidenceRepository.h"
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

#include <algorithm>

using namespace Domain;
using namespace RosterRecords;

namespace {

// Columns read by rectificationFrom(); r is the rectification, the joins name its source.
const char *const kColumns = "r.id, r.problem, r.source, r.source_id, r.measures, r.responsible, r.deadline, r.status, "
                             "r.completed_date, r.completion_note, r.reviewer, r.signed_off_date, r.created_date, "
                             "si.name, sc.code, sk.received_date";
const char *const kSourceJoins
    = "LEFT JOIN inspection_answer sa ON r.source = 'inspection' AND sa.id = r.source_id "
      "LEFT JOIN inspection si ON si.id = sa.inspection_id LEFT JOIN checklist_item sc ON sc.id = sa.item_id "
      "LEFT JOIN complaint sk ON r.source = 'complaint' AND sk.id = r.source_id";

Rectification rectificationFrom(const QSqlQuery &q)
{
    Rectification r;
    r.id = q.value(0).toLongLong();
    r.problem = q.value(1).toString();
    r.source = enumOr(q.value(2), LedgerSource::Manual);
    r.sourceId = q.value(3).toLongLong();
    r.measures = q.value(4).toString();
    r.responsible = q.value(5).toString();
    r.deadline = dateFrom(q.value(6));
    r.status = enumOr(q.value(7), RectificationStatus::Open);
    r.completedDate = dateFrom(q.value(8));
    r.completionNote = q.value(9).toString();
    r.reviewer = q.value(10).toString();
    r.signedOffDate = dateFrom(q.value(11));
    r.createdDate = dateFrom(q.value(12));
    r.sourceText = RectificationRepository::describeSource(
        r.source, r.sourceId, q.value(13).toString(), q.value(14).toString(), dateFrom(q.value(15)));
    return r;
}

QJsonObject rectificationJson(const Rectification &r)
{
    QJsonObject o;
    o[QStringLiteral("problem")] = r.problem;
    o[QStringLiteral("source")] = key(r.source);
    if (r.sourceId > 0)
        o[QStringLiteral("source_id")] = r.sourceId;
    o[QStringLiteral("measures")] = r.measures;
    o[QStringLiteral("responsible")] = r.responsible;
    if (r.deadline.isValid())
        o[QStringLiteral("deadline")] = r.deadline.toString(Qt::ISODate);
    o[QStringLiteral("status")] = key(r.status);
    if (r.completedDate.isValid())
        o[QStringLiteral("completed_date")] = r.completedDate.toString(Qt::ISODate);
    if (!r.completionNote.isEmpty())
        o[QStringLiteral("completion_note")] = r.completionNote;
    if (!r.reviewer.isEmpty())
        o[QStringLiteral("reviewer")] = r.reviewer;
    if (r.signedOffDate.isValid())
        o[QStringLiteral("signed_off_date")] = r.signedOffDate.toString(Qt::ISODate);
    o[QStringLiteral("created_date")] = r.createdDate.toString(Qt::ISODate);
    QJsonArray households;
    for (qint64 id : r.householdIds)
        households.append(id);
    o[QStringLiteral("households")] = households;
    return o;
}

QList<qint64> uniqueIds(const QList<qint64> &ids)
{
    QList<qint64> out;
    for (qint64 id : ids) {
        if (id > 0 && !out.contains(id))
            out.append(id);
    }
    return out;
}

} // namespace

RectificationRepository::RectificationRepository(Database &db)
    : m_db(db)
{ }

QString RectificationRepository::describeSource(LedgerSource source, qint64 sourceId, const QString &inspectionName,
    const QString &itemCode, const QDate &complaintReceived)
{
    switch (source) {
    case LedgerSource::Inspection:
        if (!inspectionName.isEmpty())
            return tr("Self-inspection: %1 %2").arg(inspectionName, itemCode).trimmed();
        break;
    case LedgerSource::Complaint:
        if (complaintReceived.isValid())
            return tr("Complaint #%1 %2").arg(sourceId).arg(complaintReceived.toString(Qt::ISODate));
        break;
    case LedgerSource::Manual:
        return label(source);
    }
    // The record behind it is gone: say what kind of source it was.
    return sourceId > 0 ? tr("%1 #%2").arg(label(source)).arg(sourceId) : label(source);
}

Outcome<QList<Rectification>> RectificationRepository::rectifications(const RectificationFilter &filter) const
{
    QStringList where;
    QVariantList values;
    if (filter.status) {
        where << QStringLiteral("r.status = ?");
        values << key(*filter.status);
    }
    if (filter.overdueOnly) {
        where << QStringLiteral("r.deadline < ? AND r.status IN ('open','in_progress')");
        values << m_db.today().toString(Qt::ISODate);
    }
    if (const QString s = filter.search.trimmed(); !s.isEmpty()) {
        where << QStringLiteral("(instr(r.problem, ?) > 0 OR instr(r.measures, ?) > 0 OR instr(r.responsible, ?) > 0)");
        values << s << s << s;
    }
    if (filter.period.isValid()) {
        where << QStringLiteral("r.created_date BETWEEN ? AND ?");
        values << filter.period.firstDay().toString(Qt::ISODate) << filter.period.lastDay().toString(Qt::ISODate);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    const bool prepared = q.prepare(
        QStringLiteral("SELECT %1 FROM rectification r %2%3")
            .arg(QLatin1String(kColumns), QLatin1String(kSourceJoins),
                where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(v);
    QList<Rectification> out;
    QHash<qint64, qsizetype> index;
    if (!prepared || !q.exec())
        return m_db.readFailure(q.lastError());
    while (q.next()) {
        index.insert(q.value(0).toLongLong(), out.size());
        out.append(rectificationFrom(q));
    }
    if (!out.isEmpty()) {
        QSqlQuery h(m_db.connection());
        h.setForwardOnly(true);
        if (!h.exec(QStringLiteral("SELECT rectification_id, household_id FROM rectification_household "
                                   "ORDER BY rectification_id, household_id")))
            return m_db.readFailure(h.lastError());
        while (h.next()) {
            if (const auto it = index.constFind(h.value(0).toLongLong()); it != index.constEnd())
                out[*it].householdIds.append(h.value(1).toLongLong());
        }
    }
    const QDate today = m_db.today();
    std::stable_sort(out.begin(), out.end(), [&today](const Rectification &a, const Rectification &b) {
        const bool ao = a.isOverdue(today), bo = b.isOverdue(today);
        if (ao != bo)
            return ao;
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid(); // no deadline: last
        if (a.deadline != b.deadline)
            return a.deadline < b.deadline;
        return a.id < b.id;
    });
    return out;
}

Outcome<Rectification> RectificationRepository::rectification(qint64 id) const
{
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT %1 FROM rectification r %2 WHERE r.id = ?")
                       .arg(QLatin1String(kColumns), QLatin1String(kSourceJoins))))
        return m_db.readFailure(q.lastError());
    q.addBindValue(id);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The rectification item no longer exists."));
    Rectification r = rectificationFrom(q);
    QSqlQuery h(m_db.connection());
    if (!h.prepare(QStringLiteral(
            "SELECT household_id FROM rectification_household WHERE rectification_id = ? ORDER BY household_id")))
        return m_db.readFailure(h.lastError());
    h.addBindValue(id);
    if (!h.exec())
        return m_db.readFailure(h.lastError());
    while (h.next())
        r.householdIds.append(h.value(0).toLongLong());
    Outcome<QList<Evidence>> files = EvidenceRepository(m_db).evidence(Evidence::Owner::Rectification, id);
    if (!files)
        return files.result();
    r.evidence = std::move(files).value();
    return r;
}

Rectification RectificationRepository::draftFromAnswer(qint64 answerId) const
{
    Rectification r;
    r.createdDate = m_db.today();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT a.description, a.responsible, c.text, c.text_en, c.code, i.name "
                             "FROM inspection_answer a JOIN checklist_item c ON c.id = a.item_id "
                             "JOIN inspection i ON i.id = a.inspection_id WHERE a.id = ?"));
    q.addBindValue(answerId);
    if (!q.exec() || !q.next())
        return r;
    ChecklistItem item;
    item.text = q.value(2).toString();
    item.textEn = q.value(3).toString();
    const QString description = q.value(0).toString().trimmed();
    r.problem = description.isEmpty() ? item.displayText() : description;
    r.responsible = q.value(1).toString();
    r.source = LedgerSource::Inspection;
    r.sourceId = answerId;
    r.sourceText = describeSource(r.source, answerId, q.value(5).toString(), q.value(4).toString(), {});
    QSqlQuery h(m_db.connection());
    h.prepare(QStringLiteral(
        "SELECT household_id FROM inspection_answer_household WHERE answer_id = ? ORDER BY household_id"));
    h.addBindValue(answerId);
    if (h.exec()) {
        while (h.next())
            r.householdIds.append(h.value(0).toLongLong());
    }
    return r;
}

Rectification RectificationRepository::draftFromComplaint(qint64 complaintId) const
{
    Rectification r;
    r.createdDate = m_db.today();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT summary, household_id, received_date FROM complaint WHERE id = ?"));
    q.addBindValue(complaintId);
    if (!q.exec() || !q.next())
        return r;
    r.problem = q.value(0).toString();
    r.source = LedgerSource::Complaint;
    r.sourceId = complaintId;
    r.sourceText = describeSource(r.source, complaintId, {}, {}, dateFrom(q.value(2)));
    if (const qint64 household = q.value(1).toLongLong(); household > 0)
        r.householdIds.append(household);
    return r;
}

Result RectificationRepository::check(const Rectification &r) const
{
    const QDate today = m_db.today();
    if (r.problem.trimmed().isEmpty())
        return Result::rejected(tr("Describe the problem to be rectified."), QStringLiteral("problem"));
    if (r.status == RectificationStatus::SignedOff)
        return Result::rejected(tr("An item is signed off by the reviewer with the sign-off action, not by "
                                   "choosing the status."),
            QStringLiteral("status"));
    if (r.createdDate > today)
        return Result::rejected(tr("The date entered %1 is in the future.").arg(r.createdDate.toString(Qt::ISODate)),
            QStringLiteral("createdDate"));
    if (r.deadline.isValid() && r.deadline < r.createdDate)
        return Result::rejected(tr("The deadline %1 is before the date the item was entered (%2).")
                                    .arg(r.deadline.toString(Qt::ISODate), r.createdDate.toString(Qt::ISODate)),
            QStringLiteral("deadline"));
    if (r.status == RectificationStatus::Done && !r.completedDate.isValid())
        return Result::rejected(
            tr("A rectified item needs its completion date: enter the date the rectification was completed."),
            QStringLiteral("completedDate"));
    if (r.completedDate.isValid() && r.completedDate > today)
        return Result::rejected(
            tr("The completion date %1 is in the future.").arg(r.completedDate.toString(Qt::ISODate)),
            QStringLiteral("completedDate"));
    if (r.source != LedgerSource::Manual) {
        QSqlQuery q(m_db.connection());
        q.prepare(r.source == LedgerSource::Inspection ? QStringLiteral("SELECT 1 FROM inspection_answer WHERE id = ?")
                                                       : QStringLiteral("SELECT 1 FROM complaint WHERE id = ?"));
        q.addBindValue(r.sourceId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(r.source == LedgerSource::Inspection
                    ? tr("The self-inspection item this rectification comes from no longer exists.")
                    : tr("The complaint #%1 this rectification comes from no longer exists.").arg(r.sourceId),
                QStringLiteral("source"));
    }
    for (qint64 householdId : r.householdIds) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM household WHERE id = ?"));
        q.addBindValue(householdId);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("A household linked to the item no longer exists; remove it from the list."),
                QStringLiteral("households"));
    }
    return Result::success();
}

namespace {

Result writeHouseholds(Database &db, const Rectification &r)
{
    Result error;
    QSqlQuery d(db.connection());
    d.prepare(QStringLiteral("DELETE FROM rectification_household WHERE rectification_id = ?"));
    d.addBindValue(r.id);
    if (!db.exec(d, &error))
        return error;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO rectification_household (rectification_id, household_id) VALUES (?,?)"));
    for (qint64 householdId : r.householdIds) {
        q.bindValue(0, r.id);
        q.bindValue(1, householdId);
        if (!db.exec(q, &error))
            return error;
    }
    return Result::success();
}

void bindFields(QSqlQuery &q, const Rectification &r)
{
    q.addBindValue(r.problem);
    q.addBindValue(key(r.source));
    q.addBindValue(r.source == LedgerSource::Manual || r.sourceId <= 0 ? QVariant() : QVariant(r.sourceId));
    q.addBindValue(r.measures);
    q.addBindValue(r.responsible);
    q.addBindValue(dateValue(r.deadline));
    q.addBindValue(key(r.status));
    q.addBindValue(dateValue(r.completedDate));
    q.addBindValue(r.completionNote);
}

void normalise(Rectification &r)
{
    r.problem = r.problem.trimmed();
    r.measures = r.measures.trimmed();
    r.responsible = r.responsible.trimmed();
    r.completionNote = r.completionNote.trimmed();
    r.householdIds = uniqueIds(r.householdIds);
    if (r.source == LedgerSource::Manual)
        r.sourceId = 0;
}

} // namespace

Result RectificationRepository::create(Rectification &r)
{
    normalise(r);
    r.id = 0;
    if (!r.createdDate.isValid())
        r.createdDate = m_db.today();
    if (Result bad = check(r); !bad)
        return bad;
    r.reviewer.clear();
    r.signedOffDate = QDate();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO rectification (problem, source, source_id, measures, responsible, deadline, "
                             "status, completed_date, completion_note, created_date) VALUES (?,?,?,?,?,?,?,?,?,?)"));
    bindFields(q, r);
    q.addBindValue(r.createdDate.toString(Qt::ISODate));
    if (!m_db.exec(q, &error))
        return error;
    r.id = q.lastInsertId().toLongLong();
    if (Result w = writeHouseholds(m_db, r); !w)
        return w;
    if (!AuditLog(m_db).append(QStringLiteral("create"), QStringLiteral("rectification"), r.id, r.householdIds.value(0),
            {}, rectificationJson(r), &error))
        return error;
    if (!t.commit(&error)) {
        r.id = 0;
        return error;
    }
    if (const auto stored = rectification(r.id))
        r = *stored;
    return Result::success();
}

Result RectificationRepository::update(Rectification &r)
{
    const Outcome<Rectification> before = rectification(r.id);
    if (!before)
        return before.result();
    if (before->status == RectificationStatus::SignedOff)
        return Result::rejected(tr("This item was signed off on %1 by %2 and can no longer be changed.")
                                    .arg(before->signedOffDate.toString(Qt::ISODate), before->reviewer),
            QStringLiteral("status"));
    normalise(r);
    r.createdDate = before->createdDate;
    r.source = before->source; // the link to the source stays
    r.sourceId = before->sourceId;
    if (Result bad = check(r); !bad)
        return bad;
    r.reviewer.clear();
    r.signedOffDate = QDate();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE rectification SET problem = ?, source = ?, source_id = ?, measures = ?, "
                             "responsible = ?, deadline = ?, status = ?, completed_date = ?, completion_note = ? "
                             "WHERE id = ?"));
    bindFields(q, r);
    q.addBindValue(r.id);
    if (!m_db.exec(q, &error))
        return error;
    if (Result w = writeHouseholds(m_db, r); !w)
        return w;
    QJsonObject oldValue, newValue;
    AuditLog::diff(rectificationJson(*before), rectificationJson(r), &oldValue, &newValue);
    if (!oldValue.isEmpty() || !newValue.isEmpty()) {
        if (!AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("rectification"), r.id,
                r.householdIds.value(0), oldValue, newValue, &error))
            return error;
    }
    if (!t.commit(&error))
        return error;
    if (const auto stored = rectification(r.id))
        r = *stored;
    return Result::success();
}

Result RectificationRepository::signOff(qint64 id, const QString &reviewer, const QDate &date)
{
    const Outcome<Rectification> before = rectification(id);
    if (!before)
        return before.result();
    if (before->status == RectificationStatus::SignedOff)
        return Result::rejected(tr("This item was already signed off on %1 by %2.")
                                    .arg(before->signedOffDate.toString(Qt::ISODate), before->reviewer),
            QStringLiteral("status"));
    if (!before->completedDate.isValid())
        return Result::rejected(tr("The item cannot be signed off without its completion date: record when "
                                   "the rectification was completed first."),
            QStringLiteral("completedDate"));
    if (before->status != RectificationStatus::Done)
        return Result::rejected(tr("Only a rectified item (status: %1) can be signed off; this one is %2.")
                                    .arg(label(RectificationStatus::Done), label(before->status)),
            QStringLiteral("status"));
    const QString name = reviewer.trimmed();
    if (name.isEmpty())
        return Result::rejected(
            tr("Enter the name of the reviewer who signs the item off."), QStringLiteral("reviewer"));
    if (!date.isValid())
        return Result::rejected(tr("Enter the sign-off date."), QStringLiteral("signedOffDate"));
    if (date < before->completedDate)
        return Result::rejected(tr("The sign-off date %1 is before the completion date %2.")
                                    .arg(date.toString(Qt::ISODate), before->completedDate.toString(Qt::ISODate)),
            QStringLiteral("signedOffDate"));
    if (date > m_db.today())
        return Result::rejected(tr("The sign-off date %1 is in the future.").arg(date.toString(Qt::ISODate)),
            QStringLiteral("signedOffDate"));
    Rectification after = *before;
    after.status = RectificationStatus::SignedOff;
    after.reviewer = name;
    after.signedOffDate = date;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE rectification SET status = 'signed_off', reviewer = ?, signed_off_date = ? "
                             "WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(date.toString(Qt::ISODate));
    q.addBindValue(id);
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue, newValue;
    AuditLog::diff(rectificationJson(*before), rectificationJson(after), &oldValue, &newValue);
    if (!AuditLog(m_db).append(QStringLiteral("sign_off"), QStringLiteral("rectification"), id,
            before->householdIds.value(0), oldValue, newValue, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Outcome<LedgerCounts> RectificationRepository::counts() const
{
    LedgerCounts c;
    QSqlQuery q(m_db.connection());
    if (!q.prepare(QStringLiteral("SELECT count(*), "
                                  "coalesce(sum(status IN ('open','in_progress')), 0), "
                                  "coalesce(sum(status IN ('open','in_progress') AND deadline < ?), 0), "
                                  "coalesce(sum(status = 'signed_off'), 0) FROM rectification")))
        return m_db.readFailure(q.lastError());
    q.addBindValue(m_db.today().toString(Qt::ISODate));
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
