#pragma once

#include "core/Outcome.h"
#include "ledgers/LedgerTypes.h"

#include <QCoreApplication>

class Database;

struct RectificationFilter
{
    std::optional<Domain::RectificationStatus> status;
    bool overdueOnly = false;
    QString search; // problem, measures or responsible person contains
    Period period; // created in this month (invalid: any)
};

// Counts for the overview page and the ledgers' status lines.
struct LedgerCounts
{
    int total = 0;
    int open = 0; // not yet done (rectifications) / not closed (complaints)
    int overdue = 0;
    int closed = 0; // signed off (rectifications) / closed (complaints)
};

// The rectification ledger (整改台账): a problem, its source, measures, deadline and status, then
// completion and sign-off (销号) by the reviewer. Signed-off items are read-only.
class RectificationRepository
{
    Q_DECLARE_TR_FUNCTIONS(RectificationRepository)

public:
    explicit RectificationRepository(Database &db);

    Outcome<QList<Rectification>> rectifications(
        const RectificationFilter &filter = {}) const; // overdue first, then deadline
    Outcome<Rectification> rectification(qint64 id) const; // rejected when there is none
    // A new item pre-filled from a checklist problem or a complaint (not saved).
    Rectification draftFromAnswer(qint64 answerId) const;
    Rectification draftFromComplaint(qint64 complaintId) const;
    // Rejects: empty problem; a deadline before the creation date; status done without a completion
    // date; a completion date in the future; signed_off here (use signOff).
    Result create(Rectification &rectification);
    Result update(Rectification &rectification); // refused once signed off
    // 销号: only a rectified item with its completion date; the reviewer's name and the date are required.
    Result signOff(qint64 id, const QString &reviewer, const QDate &date);
    Outcome<LedgerCounts> counts() const;

    // A ledger item's source in words: 自查自纠：<inspection> <item code>, 举报线索 #id <received date>, or the
    // source's label when there is no record behind it. Shared with the typical cases.
    static QString describeSource(Domain::LedgerSource source, qint64 sourceId, const QString &inspectionName,
        const QString &itemCode, const QDate &complaintReceived);

private:
    Result check(const Rectification &rectification) const;
    Database &m_db;
};
