#include "roster/RosterBulkWriter.h"

#include "core/NameOrder.h"
#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeferredIndexes.h"
#include "storage/JsonObjectText.h"
#include "storage/SqliteStatement.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSqlError>
#include <QStringEncoder>

#include <algorithm>
#include <array>
#include <atomic>
#include <future>
#include <limits>
#include <numeric>
#include <optional>
#include <thread>
#include <vector>

using namespace Domain;

namespace {

// An enumeration's stable key as UTF-8, without building a QString for every row.
template<typename E> const QByteArray &keyText(E value)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> out;
        for (E v : allValues<E>())
            out.append(key(v).toUtf8());
        return out;
    }();
    const int i = int(value);
    return keys[(i >= 0 && i < keys.size()) ? i : 0];
}

// The audit context's fields as JSON text, in key order.
JsonObjectText::Fields contextFields(const QJsonObject &context)
{
    JsonObjectText::Fields out;
    for (auto it = context.begin(); it != context.end(); ++it) {
        QByteArray text = QJsonDocument(QJsonArray {it.value()}).toJson(QJsonDocument::Compact);
        out.append({it.key(), text.mid(1, text.size() - 2)});
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    return out;
}

// RosterRecords::personJson as text.
void appendPerson(QByteArray &out, const Person &p)
{
    using L = QLatin1StringView;
    JsonObjectText o(out);
    o.boolean(L("covered"), p.covered);
    if (p.deceasedDate.isValid())
        o.string(L("deceased_date"), p.deceasedDate.toString(Qt::ISODate));
    if (!p.disabilityCertificate.isEmpty())
        o.string(L("disability_certificate"), p.disabilityCertificate);
    o.keyword(L("disability_grade"), keyText(p.disabilityGrade));
    o.keyword(L("disability_kind"), keyText(p.disabilityKind));
    if (!p.disabilityText.isEmpty())
        o.string(L("disability_text"), p.disabilityText);
    o.keyword(L("health"), keyText(p.health));
    o.string(L("id_number"), p.idNumber);
    if (p.joinedDate.isValid())
        o.string(L("joined_date"), p.joinedDate.toString(Qt::ISODate));
    o.keyword(L("labour_ability"), keyText(p.labourAbility));
    if (p.leftDate.isValid()) {
        o.string(L("left_date"), p.leftDate.toString(Qt::ISODate));
        o.string(L("left_reason"), p.leftReason);
    }
    o.string(L("name"), p.name);
    if (!p.note.isEmpty())
        o.string(L("note"), p.note);
    o.keyword(L("relation"), keyText(p.relation));
    if (!p.relationText.isEmpty())
        o.string(L("relation_text"), p.relationText);
}

// RosterRecords::householdJson with its "members", and the audit context, as text.
void appendHousehold(QByteArray &out, const Household &h, const JsonObjectText::Fields &context)
{
    using L = QLatin1StringView;
    JsonObjectText o(out, context);
    o.string(L("address"), h.address);
    o.string(L("bank_account"), h.bankAccount);
    o.keyword(L("category"), keyText(h.category));
    o.integer(L("covered_count"), h.coveredCount);
    o.integer(L("member_count"), h.memberCount);
    if (o.key(L("members"))) {
        out += '[';
        for (qsizetype i = 0; i < h.members.size(); ++i) {
            if (i > 0)
                out += ',';
            appendPerson(out, h.members[i]);
        }
        out += ']';
    }
    o.integer(L("monthly_amount_fen"), h.monthlyAmount.fen());
    o.string(L("note"), h.note);
    o.string(L("phone"), h.phone);
    o.boolean(L("registered_poor"), h.registeredPoor);
    if (h.reviewDate.isValid())
        o.string(L("review_date"), h.reviewDate.toString(Qt::ISODate));
    o.string(L("start_period"), h.startPeriod.toString());
    o.keyword(L("status"), keyText(h.status));
    o.integer(L("village_id"), h.villageId);
}

void bindDate(SqliteStatement &s, int index, const QDate &date)
{
    if (date.isValid())
        s.bindUtf8(index, date.toString(Qt::ISODate).toLatin1());
    else
        s.bindNull(index);
}

// Below this many members the indexes are kept up to date row by row (no schema change for a small batch).
constexpr qsizetype kDeferIndexesFrom = 2000;

// Sets the figures and the ids the households and their members will be written with: ids follow the largest
// ones on file, as SQLite itself would give them, so the audit records can be prepared while the rows are written.
bool prepareHouseholds(QList<Household> &households, qint64 lastId, qint64 lastPersonId, const QDate &today)
{
    qsizetype members = 0;
    for (const Household &h : std::as_const(households))
        members += h.members.size();
    if (lastId > std::numeric_limits<qint64>::max() - households.size()
        || lastPersonId > std::numeric_limits<qint64>::max() - members)
        return false;
    for (Household &h : households) {
        int records = 0;
        int coveredRecords = 0;
        h.id = ++lastId;
        h.headPersonId = 0;
        for (Person &p : h.members) {
            p.id = ++lastPersonId;
            p.householdId = h.id;
            if (p.isCurrent()) {
                ++records;
                coveredRecords += (p.covered && !p.deceasedDate.isValid()) ? 1 : 0;
                if (p.isHead())
                    h.headPersonId = p.id;
            }
        }
        h.memberCount = qMax(h.memberCount, records);
        h.coveredCount
            = qMin(h.memberCount, h.coveredCount > 0 ? qMax(h.coveredCount, coveredRecords) : coveredRecords);
        if (!h.history.isEmpty()) {
            h.status = h.history.last().to;
            h.statusDate = h.history.last().date;
        }
        if (!h.statusDate.isValid())
            h.statusDate = today;
    }
    return true;
}

// A member's texts as the writer binds them (UTF-8): name, ID number, left reason, note, relation as written,
// disability as written, disability certificate, the name's collation key (core/NameOrder).
using MemberTexts = std::array<QByteArray, 8>;

// A household's texts as the writer binds them (UTF-8), and where its members' are.
struct RowTexts
{
    QByteArray address, phone, bankAccount, note, startPeriod, statusDate;
    QByteArray paidFrom; // the month after the status date: when an approval at that date is first paid
    qsizetype firstMember = 0; // in BulkPreparation's member texts
};

// What writing the households needs besides SQLite, made on a thread of its own while the rows are written: first
// the texts to bind, then the audit records. All their bytes are kept in large blocks (keep()), so that the texts of
// 80,000 members are not half a million small allocations to make and free; the same thread frees the texts once
// the rows are written.
class BulkPreparation
{
public:
    BulkPreparation(const AuditLog &audit, const QList<Household> &households, const QJsonObject &context)
        : m_households(households) // shared, never written while this lives
        , m_texts(size_t(households.size()))
        , m_memberTexts(size_t(std::accumulate(households.cbegin(), households.cend(), qsizetype(0),
              [](qsizetype n, const Household &h) { return n + h.members.size(); })))
        , m_recordsReady(m_recordsPromise.get_future())
        , m_rowsWritten(m_rowsWrittenPromise.get_future())
        , m_thread([this, &audit, context] { run(audit, contextFields(context)); })
    { }
    ~BulkPreparation()
    {
        m_cancelled = true;
        rowsWritten();
        if (m_thread.joinable())
            m_thread.join();
    }
    BulkPreparation(const BulkPreparation &) = delete;
    BulkPreparation &operator=(const BulkPreparation &) = delete;

    // The texts of the i-th household, waiting for them if need be (they are made far quicker than written).
    const RowTexts &texts(qsizetype i) const
    {
        while (m_textsDone.load(std::memory_order_acquire) <= i)
            std::this_thread::yield();
        return m_texts[size_t(i)];
    }
    // The texts of a member of a household whose texts() are ready.
    const MemberTexts &memberTexts(const RowTexts &household, qsizetype member) const
    {
        return m_memberTexts[size_t(household.firstMember + member)];
    }
    // The texts are no longer needed.
    void rowsWritten()
    {
        if (!m_rowsWrittenSet) {
            m_rowsWrittenSet = true;
            m_rowsWrittenPromise.set_value();
        }
    }
    // Waits for the records, chained as they will follow the head of the audit log.
    QList<AuditLog::Created> &records()
    {
        m_recordsReady.wait();
        return m_records;
    }

private:
    void run(const AuditLog &audit, const JsonObjectText::Fields &context)
    {
        {
            const auto ready = qScopeGuard([this] { m_recordsPromise.set_value(); });
            prepare(audit, context);
        }
        m_rowsWritten.wait();
        std::vector<RowTexts>().swap(m_texts); // freed here, not by the writer
        std::vector<MemberTexts>().swap(m_memberTexts);
        std::vector<QByteArray>().swap(m_textBlocks);
    }

    void prepare(const AuditLog &audit, const JsonObjectText::Fields &context)
    {
        qsizetype member = 0;
        QDate lastDate;
        QByteArray statusDate;
        Period lastPeriod;
        QByteArray startPeriod;
        for (qsizetype i = 0; i < m_households.size(); ++i) {
            if (m_cancelled)
                return;
            const Household &h = m_households[i];
            RowTexts &t = m_texts[size_t(i)];
            if (h.statusDate != lastDate || statusDate.isNull()) {
                lastDate = h.statusDate;
                statusDate = h.statusDate.toString(Qt::ISODate).toLatin1();
            }
            if (h.startPeriod != lastPeriod || startPeriod.isNull()) {
                lastPeriod = h.startPeriod;
                startPeriod = h.startPeriod.toString().toLatin1();
            }
            t.address = keepUtf8(h.address);
            t.phone = keepUtf8(h.phone);
            t.bankAccount = keepUtf8(h.bankAccount);
            t.note = keepUtf8(h.note);
            t.startPeriod = startPeriod;
            t.statusDate = statusDate;
            if (!h.startPeriod.isValid())
                t.paidFrom = keepUtf8(RosterRecords::paidFromApproval(h.statusDate).toString());
            t.firstMember = member;
            for (const Person &p : h.members)
                m_memberTexts[size_t(member++)] = {keepUtf8(p.name), keepUtf8(p.idNumber), keepUtf8(p.leftReason),
                    keepUtf8(p.note), keepUtf8(p.relationText), keepUtf8(p.disabilityText),
                    keepUtf8(p.disabilityCertificate), keep(m_textBlocks, NameOrder::key(p.name))};
            m_textsDone.store(i + 1, std::memory_order_release);
        }
        m_records.reserve(m_households.size());
        QByteArray json;
        json.reserve(4096);
        for (const Household &h : m_households) {
            if (m_cancelled)
                return;
            AuditLog::Created r;
            r.entityId = h.id;
            r.householdId = h.id;
            json.clear();
            appendHousehold(json, h, context);
            r.newValue = keep(m_blocks, json);
            m_records.append(std::move(r));
        }
        audit.chainCreated(QStringLiteral("create"), QStringLiteral("household"), m_records);
    }

    // Room for `size` bytes at the end of the last of the blocks, which stay where they are (a new block if need be).
    static QByteArray &blockFor(std::vector<QByteArray> &blocks, qsizetype size)
    {
        constexpr qsizetype BlockSize = 1 << 20;
        if (blocks.empty() || blocks.back().capacity() - blocks.back().size() < size)
            blocks.emplace_back().reserve(qMax(BlockSize, size));
        return blocks.back();
    }
    // The bytes kept in a large block, without an allocation of their own: 30,000 records of a kilobyte each,
    // allocated one by one here, took the writer 40 ms to free.
    static QByteArray keep(std::vector<QByteArray> &blocks, QByteArrayView bytes)
    {
        if (bytes.isEmpty())
            return QByteArray();
        QByteArray &block = blockFor(blocks, bytes.size());
        const qsizetype at = block.size();
        block.append(bytes); // within the capacity: the block stays where it is
        return QByteArray::fromRawData(block.constData() + at, bytes.size());
    }
    // A text as UTF-8 in the texts' blocks, encoded in place.
    QByteArray keepUtf8(QStringView text)
    {
        if (text.isEmpty())
            return QByteArray();
        QByteArray &block = blockFor(m_textBlocks, m_utf8.requiredSpace(text.size()));
        const qsizetype at = block.size();
        char *const start = block.data() + at; // data(): the block is not shared
        const qsizetype size = m_utf8.appendToBuffer(start, text) - start;
        block.resize(at + size); // within the capacity
        return QByteArray::fromRawData(start, size);
    }

    const QList<Household> m_households;
    std::vector<RowTexts> m_texts;
    std::vector<MemberTexts> m_memberTexts; // all members, household after household
    std::vector<QByteArray> m_textBlocks; // the texts' bytes (see keep())
    QStringEncoder m_utf8 {QStringEncoder::Utf8, QStringEncoder::Flag::Stateless}; // as QString::toUtf8()
    std::atomic<qsizetype> m_textsDone = 0;
    QList<AuditLog::Created> m_records;
    std::vector<QByteArray> m_blocks; // the records' JSON (see keep())
    std::promise<void> m_recordsPromise;
    std::future<void> m_recordsReady;
    std::promise<void> m_rowsWrittenPromise;
    std::future<void> m_rowsWritten;
    bool m_rowsWrittenSet = false;
    std::atomic_bool m_cancelled = false;
    std::thread m_thread; // last: starts when the rest is ready
};

} // namespace

Result RosterBulkWriter::createHouseholds(
    QList<Household> &households, const QString &reason, const std::function<bool(int)> &progress)
{
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    const QSqlDatabase db = m_db.connection();
    qint64 lastId = 0;
    qint64 lastPersonId = 0;
    qint64 members = 0;
    {
        SqliteStatement last(db,
            "SELECT (SELECT ifnull(max(id), 0) FROM household), (SELECT ifnull(max(id), 0) FROM person), "
            "(SELECT count(*) FROM person)");
        if (!last.step())
            return m_db.failure(last.lastError());
        lastId = last.int64(0);
        lastPersonId = last.int64(1);
        members = last.int64(2);
    }
    const QDateTime now = m_db.now();
    if (!prepareHouseholds(households, lastId, lastPersonId, now.date()))
        return m_db.failure(QSqlError(
            QString(), QStringLiteral("no household ids left"), QSqlError::StatementError, QStringLiteral("1")));
    qsizetype newMembers = 0;
    for (const Household &h : std::as_const(households))
        newMembers += h.members.size();
    std::optional<DeferredIndexes> deferredIndexes;
    if (newMembers >= kDeferIndexesFrom && newMembers > members) {
        deferredIndexes.emplace(db);
        if (deferredIndexes->lastError().type() != QSqlError::NoError || !deferredIndexes->drop())
            return m_db.failure(deferredIndexes->lastError());
    }
    SqliteStatement insertHousehold(db,
        "INSERT INTO household (id, village_id, status, category, address, phone, bank_account, monthly_amount_fen, "
        "start_period, status_date, registered_poor, note, member_count, covered_count, review_date) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    SqliteStatement insertPerson(db,
        "INSERT INTO person (id, household_id, name, id_number, relation, covered, disability_kind, disability_grade, "
        "health, labour_ability, deceased_date, left_date, left_reason, note, joined_date, relation_text, "
        "disability_text, disability_certificate, name_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    // The head is set once its row is written, not with the household: a household naming a member not yet
    // written would make SQLite look for it in every household as each member is written (the reference is
    // checked at the commit, DEFERRABLE INITIALLY DEFERRED, and household.head_person_id has no index).
    SqliteStatement setHead(db, "UPDATE household SET head_person_id = ? WHERE id = ?");
    SqliteStatement history(db,
        "INSERT INTO status_history (household_id, from_status, to_status, effective_date, reason, "
        "monthly_amount_fen, covered_count, recorded_at, operator, sets_amount, sets_covered, paid_from) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const SqliteStatement *s : {&insertHousehold, &insertPerson, &setHead, &history}) {
        if (!s->isValid())
            return m_db.failure(s->lastError());
    }
    AuditLog audit(m_db);
    if (!audit.beginBatch(&error))
        return error;
    BulkPreparation prepared(audit, households, m_db.auditContext());
    const QByteArray recordedAt = now.toString(Qt::ISODateWithMs).toUtf8();
    const QByteArray operatorName = m_db.operatorName().toUtf8();
    const QString reasonText = reason.isEmpty() ? RecordedReason::registered() : reason;
    const QByteArray why = reasonText.toUtf8();
    auto failed = [this](const SqliteStatement &s) { return m_db.failure(s.lastError()); };
    // Texts are bound without a copy (bindUtf8Static): all of them outlive their row's exec().
    int done = 0;
    for (qsizetype i = 0; i < households.size(); ++i) {
        const Household &h = std::as_const(households)[i];
        const RowTexts &texts = prepared.texts(i);
        const QByteArray &status = keyText(h.status);
        insertHousehold.bind(1, h.id);
        insertHousehold.bind(2, h.villageId);
        insertHousehold.bindUtf8Static(3, status);
        insertHousehold.bindUtf8Static(4, keyText(h.category));
        insertHousehold.bindUtf8Static(5, texts.address);
        insertHousehold.bindUtf8Static(6, texts.phone);
        insertHousehold.bindUtf8Static(7, texts.bankAccount);
        insertHousehold.bind(8, h.monthlyAmount.fen());
        if (h.startPeriod.isValid())
            insertHousehold.bindUtf8Static(9, texts.startPeriod);
        else
            insertHousehold.bindNull(9);
        insertHousehold.bindUtf8Static(10, texts.statusDate);
        insertHousehold.bind(11, h.registeredPoor ? 1 : 0);
        insertHousehold.bindUtf8Static(12, texts.note);
        insertHousehold.bind(13, h.memberCount);
        insertHousehold.bind(14, h.coveredCount);
        bindDate(insertHousehold, 15, h.reviewDate);
        if (!insertHousehold.exec())
            return failed(insertHousehold);
        for (qsizetype m = 0; m < h.members.size(); ++m) {
            const Person &p = h.members[m];
            const auto &[name, idNumber, leftReason, personNote, relationText, disabilityText, certificate, nameKey]
                = prepared.memberTexts(texts, m);
            insertPerson.bind(1, p.id);
            insertPerson.bind(2, h.id);
            insertPerson.bindUtf8Static(3, name);
            insertPerson.bindUtf8Static(4, idNumber);
            insertPerson.bindUtf8Static(5, keyText(p.relation));
            insertPerson.bind(6, p.covered && !p.deceasedDate.isValid() ? 1 : 0);
            insertPerson.bindUtf8Static(7, keyText(p.disabilityKind));
            insertPerson.bindUtf8Static(8, keyText(p.disabilityGrade));
            insertPerson.bindUtf8Static(9, keyText(p.health));
            insertPerson.bindUtf8Static(10, keyText(p.labourAbility));
            bindDate(insertPerson, 11, p.deceasedDate);
            bindDate(insertPerson, 12, p.leftDate);
            insertPerson.bindUtf8Static(13, leftReason);
            insertPerson.bindUtf8Static(14, personNote);
            bindDate(insertPerson, 15, p.joinedDate);
            insertPerson.bindUtf8Static(16, relationText);
            insertPerson.bindUtf8Static(17, disabilityText);
            insertPerson.bindUtf8Static(18, certificate);
            insertPerson.bindBlobStatic(19, nameKey);
            if (!insertPerson.exec())
                return failed(insertPerson);
            if (p.id == h.headPersonId) {
                setHead.bind(1, p.id);
                setHead.bind(2, h.id);
                if (!setHead.exec())
                    return failed(setHead);
            }
        }
        if (h.history.isEmpty()) {
            // The common case, without building the row: the household's status at its date.
            const bool starts = h.status == HouseholdStatus::Active;
            history.bind(1, h.id);
            history.bindNull(2);
            history.bindUtf8Static(3, status);
            history.bindUtf8Static(4, texts.statusDate);
            history.bindUtf8Static(5, why);
            history.bind(6, h.monthlyAmount.fen());
            history.bind(7, h.coveredCount);
            history.bindUtf8Static(8, recordedAt);
            history.bindUtf8Static(9, operatorName);
            history.bind(10, 1);
            history.bind(11, 1);
            if (starts)
                history.bindUtf8Static(12, h.startPeriod.isValid() ? texts.startPeriod : texts.paidFrom);
            else
                history.bindNull(12);
            if (!history.exec())
                return failed(history);
        } else {
            for (const StatusChange &c : RosterRecords::openingHistory(h, reasonText)) {
                history.bind(1, h.id);
                if (c.from)
                    history.bindUtf8Static(2, keyText(*c.from));
                else
                    history.bindNull(2);
                history.bindUtf8Static(3, keyText(c.to));
                history.bindUtf8(4, c.date.toString(Qt::ISODate).toLatin1());
                history.bindUtf8(5, c.reason.toUtf8());
                history.bind(6, c.monthlyAmount.fen());
                history.bind(7, c.coveredCount);
                history.bindUtf8Static(8, recordedAt);
                history.bindUtf8Static(9, operatorName);
                history.bind(10, c.setsAmount ? 1 : 0);
                history.bind(11, c.setsCovered ? 1 : 0);
                if (c.paidFrom.isValid())
                    history.bindUtf8(12, c.paidFrom.toString().toLatin1());
                else
                    history.bindNull(12);
                if (!history.exec())
                    return failed(history);
            }
        }
        ++done;
        if (progress && !progress(done))
            return Result::rejected(tr("Cancelled: nothing was saved."));
    }
    prepared.rowsWritten();
    if (deferredIndexes && !deferredIndexes->rebuild())
        return m_db.failure(deferredIndexes->lastError());
    QList<AuditLog::Created> &records = prepared.records();
    if (!audit.appendCreated(QStringLiteral("create"), QStringLiteral("household"), records, &error))
        return error;
    if (!audit.endBatch(&error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
