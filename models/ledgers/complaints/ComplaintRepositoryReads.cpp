// ComplaintRepository: reads — the ledger's list, one complaint with its steps and evidence, the counts and the
// office's time limit. A query that fails is a failure (Database::readFailure), never "none".
#include "ledgers/EvidenceRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "roster/RosterRecords.h"
#include "storage/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Domain;
using namespace RosterRecords;

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

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
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
