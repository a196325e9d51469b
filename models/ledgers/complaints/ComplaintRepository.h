#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"
#include "ledgers/rectifications/RectificationRepository.h"

#include <QCoreApplication>

class Database;

struct ComplaintFilter
{
    enum class State { Any, Open, Overdue, Transferred, Closed } state = State::Any;
    qint64 villageId = 0;
    QString search; // summary, subject or handler contains
    Period period; // received in this month (invalid: any)
};

// The complaint and tip ledger (群众举报问题线索台账): received, handled step by step, possibly
// transferred to the discipline-inspection body, found (核查结论), answered to the reporter, closed.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(ComplaintRepository)

public:
    explicit ComplaintRepository(Database &db);

    Outcome<QList<Complaint>> complaints(const ComplaintFilter &filter = {}) const; // newest first, steps not loaded
    Outcome<Complaint> complaint(qint64 id) const; // rejected when there is none // with steps and evidence
    // The due date defaults to received + dueDays(). Rejects: no received date or a future one, a due date
    // before the received date, no summary, a named reporter without name when not anonymous.
    Result create(Complaint &complaint);
    Result update(Complaint &complaint); // refused once closed
    Result addStep(qint64 complaintId, ComplaintStep &step); // dated; not before received
    // 移交纪检监察: date (not before received), body and reference.
    Result transfer(qint64 complaintId, const QDate &date, const QString &body, const QString &reference);
    // 办结: needs a finding; the closing date not before received nor in the future.
    Result close(qint64 complaintId, const QDate &date);
    Outcome<LedgerCounts> counts() const;

    // Days from receipt to the due date, from the office settings (30 while the office is not set up).
    Outcome<int> dueDays() const;
    // The due date of a complaint received on a date, given the office's days (办结时限).
    static QDate dueDateFor(const QDate &received, int dueDays)
    {
        return received.isValid() ? received.addDays(dueDays) : QDate();
    }
    Result setDueDays(int days);

private:
    // What create() and update() do before writing: the texts trimmed, the roster links filled in, the time limit's
    // due date where none is given, the rules checked.
    Result prepare(Complaint &complaint) const;

    Database &m_db;
};
