#include "ledgers/calendar/CalendarRepository.h"

#include "roster/RosterRecords.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

using namespace RosterRecords;

namespace {

const char *const kItemColumns = "id, code, title, title_en, monthly, month, day, note, active";

CalendarItem itemFrom(const QSqlQuery &q)
{
    CalendarItem i;
    i.id = q.value(0).toLongLong();
    i.code = q.value(1).toString();
    i.title = q.value(2).toString();
    i.titleEn = q.value(3).toString();
    i.monthly = q.value(4).toInt() != 0;
    i.month = q.value(5).toInt();
    i.day = q.value(6).toInt();
    i.note = q.value(7).toString();
    i.active = q.value(8).toInt() != 0;
    return i;
}

QJsonObject itemJson(const CalendarItem &i)
{
    QJsonObject o;
    o[QStringLiteral("code")] = i.code;
    o[QStringLiteral("title")] = i.title;
    o[QStringLiteral("title_en")] = i.titleEn;
    o[QStringLiteral("monthly")] = i.monthly;
    o[QStringLiteral("month")] = i.month;
    o[QStringLiteral("day")] = i.day;
    o[QStringLiteral("note")] = i.note;
    o[QStringLiteral("active")] = i.active;
    return o;
}

QJsonObject submissionJson(const CalendarEntry &e)
{
    QJsonObject o;
    o[QStringLiteral("item")] = e.item.code;
    o[QStringLiteral("due_date")] = e.dueDate.toString(Qt::ISODate);
    o[QStringLiteral("submitted_date")] = e.submittedDate.toString(Qt::ISODate);
    o[QStringLiteral("submitted_by")] = e.submittedBy;
    if (!e.fileName.isEmpty())
        o[QStringLiteral("file_name")] = e.fileName;
    return o;
}

// The longest each month ever is; 29 February is refused because most years lack it.
int longestDay(int month)
{
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
}

} // namespace

CalendarRepository::CalendarRepository(Database &db)
    : m_db(db)
{ }

Outcome<QList<CalendarItem>> CalendarRepository::items() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM calendar_item ORDER BY id").arg(QLatin1String(kItemColumns))))
        return m_db.readFailure(q.lastError());
    QList<CalendarItem> out;
    while (q.next())
        out.append(itemFrom(q));
    return out;
}

Result CalendarRepository::saveItem(CalendarItem &item)
{
    item.title = item.title.trimmed();
    item.titleEn = item.titleEn.trimmed();
    item.code = item.code.trimmed();
    item.note = item.note.trimmed();
    if (item.title.isEmpty())
        return Result::rejected(tr("Enter the title of the submission."), QStringLiteral("title"));
    if (item.day < 1 || item.day > 31)
        return Result::rejected(
            tr("The due day must be between 1 and 31; %1 was given.").arg(item.day), QStringLiteral("day"));
    if (item.monthly) {
        item.month = 0;
    } else {
        if (item.month < 1 || item.month > 12)
            return Result::rejected(tr("A yearly submission needs its month (1 to 12); %1 was given.").arg(item.month),
                QStringLiteral("month"));
        if (item.day > longestDay(item.month))
            return Result::rejected(tr("Day %2 does not exist in month %1 every year: choose a day from 1 to %3.")
                                        .arg(item.month)
                                        .arg(item.day)
                                        .arg(longestDay(item.month)),
                QStringLiteral("day"));
    }
    std::optional<CalendarItem> before;
    if (item.id > 0) {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT %1 FROM calendar_item WHERE id = ?").arg(QLatin1String(kItemColumns)));
        q.addBindValue(item.id);
        if (!q.exec())
            return m_db.readFailure(q.lastError());
        if (!q.next())
            return Result::rejected(tr("The calendar item no longer exists."));
        before = itemFrom(q);
        if (item.code.isEmpty())
            item.code = before->code;
    }
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    if (item.code.isEmpty()) {
        // The code identifies an item across databases; a clerk's own items get a generated one.
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM calendar_item")) || !q.next())
            return m_db.failure(q.lastError());
        item.code = QStringLiteral("custom-%1").arg(q.value(0).toLongLong());
    }
    QSqlQuery dup(m_db.connection());
    dup.prepare(QStringLiteral("SELECT title FROM calendar_item WHERE code = ? AND id <> ?"));
    dup.addBindValue(item.code);
    dup.addBindValue(item.id);
    if (!dup.exec())
        return m_db.readFailure(dup.lastError());
    if (dup.next())
        return Result::rejected(
            tr("The code %1 is already used by “%2”.").arg(item.code, dup.value(0).toString()), QStringLiteral("code"));
    QSqlQuery q(m_db.connection());
    if (before) {
        q.prepare(QStringLiteral("UPDATE calendar_item SET code = ?, title = ?, title_en = ?, monthly = ?, month = ?, "
                                 "day = ?, note = ?, active = ? WHERE id = ?"));
    } else {
        q.prepare(QStringLiteral("INSERT INTO calendar_item (code, title, title_en, monthly, month, day, note, active) "
                                 "VALUES (?,?,?,?,?,?,?,?)"));
    }
    q.addBindValue(item.code);
    q.addBindValue(item.title);
    q.addBindValue(item.titleEn);
    q.addBindValue(item.monthly ? 1 : 0);
    q.addBindValue(item.month);
    q.addBindValue(item.day);
    q.addBindValue(item.note);
    q.addBindValue(item.active ? 1 : 0);
    if (before)
        q.addBindValue(item.id);
    if (!m_db.exec(q, &error))
        return error;
    if (before) {
        QJsonObject oldValue, newValue;
        AuditLog::diff(itemJson(*before), itemJson(item), &oldValue, &newValue);
        if (!oldValue.isEmpty() || !newValue.isEmpty()) {
            if (!AuditLog(m_db).append(
                    QStringLiteral("update"), QStringLiteral("calendar_item"), item.id, 0, oldValue, newValue, &error))
                return error;
        }
    } else {
        item.id = q.lastInsertId().toLongLong();
        if (!AuditLog(m_db).append(
                QStringLiteral("create"), QStringLiteral("calendar_item"), item.id, 0, {}, itemJson(item), &error)) {
            item.id = 0;
            return error;
        }
    }
    if (!t.commit(&error)) {
        if (!before)
            item.id = 0;
        return error;
    }
    return Result::success();
}

Outcome<QList<CalendarEntry>> CalendarRepository::entries(int year) const
{
    QHash<QPair<qint64, QDate>, CalendarEntry> submitted;
    QSqlQuery s(m_db.connection());
    s.setForwardOnly(true);
    const bool prepared = s.prepare(QStringLiteral("SELECT item_id, due_date, submitted_date, submitted_by, file_name "
                                                   "FROM calendar_submission WHERE due_date BETWEEN ? AND ?"));
    s.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    s.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    if (!prepared || !s.exec())
        return m_db.readFailure(s.lastError());
    while (s.next()) {
        CalendarEntry e;
        e.dueDate = dateFrom(s.value(1));
        e.submittedDate = dateFrom(s.value(2));
        e.submittedBy = s.value(3).toString();
        e.fileName = s.value(4).toString();
        submitted.insert({s.value(0).toLongLong(), e.dueDate}, e);
    }
    const Outcome<QDate> tracked = trackingSince();
    if (!tracked)
        return tracked.result();
    const Outcome<QList<CalendarItem>> all = items();
    if (!all)
        return all.result();
    QList<CalendarEntry> out;
    const QDate since = *tracked;
    for (const CalendarItem &item : *all) {
        if (!item.active)
            continue;
        for (const QDate &due : item.dueDatesIn(year)) {
            CalendarEntry e = submitted.value({item.id, due});
            e.item = item;
            e.dueDate = due;
            e.beforeTracking = since.isValid() && due < since && !e.isSubmitted();
            out.append(e);
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const CalendarEntry &a, const CalendarEntry &b) {
        return a.dueDate != b.dueDate ? a.dueDate < b.dueDate : a.item.id < b.item.id;
    });
    return out;
}

Outcome<QList<CalendarEntry>> CalendarRepository::upcoming(const QDate &today, int days) const
{
    const QDate until = today.addDays(qMax(0, days));
    QList<CalendarEntry> overdue;
    QList<CalendarEntry> due;
    for (int year = today.year() - 1; year <= until.year(); ++year) {
        const Outcome<QList<CalendarEntry>> read = entries(year);
        if (!read)
            return read.result();
        for (const CalendarEntry &e : *read) {
            if (e.isSubmitted() || e.beforeTracking)
                continue;
            if (e.dueDate < today)
                overdue.append(e);
            else if (e.dueDate >= today && e.dueDate <= until)
                due.append(e);
        }
    }
    return overdue + due; // each already in date order
}

Result CalendarRepository::markSubmitted(
    qint64 itemId, const QDate &dueDate, const QDate &submitted, const QString &by, const QString &fileName)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 FROM calendar_item WHERE id = ?").arg(QLatin1String(kItemColumns)));
    q.addBindValue(itemId);
    if (!q.exec())
        return m_db.readFailure(q.lastError());
    if (!q.next())
        return Result::rejected(tr("The calendar item no longer exists."));
    const CalendarItem item = itemFrom(q);
    if (!dueDate.isValid() || !item.dueDatesIn(dueDate.year()).contains(dueDate))
        return Result::rejected(tr("“%1” is not due on %2.").arg(item.displayTitle(), dueDate.toString(Qt::ISODate)),
            QStringLiteral("dueDate"));
    if (!submitted.isValid())
        return Result::rejected(
            tr("Enter the date “%1” was submitted.").arg(item.displayTitle()), QStringLiteral("submittedDate"));
    if (submitted > m_db.today())
        return Result::rejected(tr("The submission date %1 is in the future.").arg(submitted.toString(Qt::ISODate)),
            QStringLiteral("submittedDate"));
    const QString name = by.trimmed();
    if (name.isEmpty())
        return Result::rejected(
            tr("Enter who submitted “%1”.").arg(item.displayTitle()), QStringLiteral("submittedBy"));

    CalendarEntry after;
    after.item = item;
    after.dueDate = dueDate;
    after.submittedDate = submitted;
    after.submittedBy = name;
    after.fileName = fileName.trimmed();
    std::optional<CalendarEntry> before;
    qint64 rowId = 0;
    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT id, submitted_date, submitted_by, file_name FROM calendar_submission "
                             "WHERE item_id = ? AND due_date = ?"));
    s.addBindValue(itemId);
    s.addBindValue(dueDate.toString(Qt::ISODate));
    if (!s.exec())
        return m_db.readFailure(s.lastError());
    if (s.next()) {
        rowId = s.value(0).toLongLong();
        CalendarEntry e = after;
        e.submittedDate = dateFrom(s.value(1));
        e.submittedBy = s.value(2).toString();
        e.fileName = s.value(3).toString();
        before = e;
    }
    s.finish();

    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery w(m_db.connection());
    if (rowId > 0) {
        w.prepare(QStringLiteral(
            "UPDATE calendar_submission SET submitted_date = ?, submitted_by = ?, file_name = ? WHERE id = ?"));
    } else {
        w.prepare(QStringLiteral("INSERT INTO calendar_submission (submitted_date, submitted_by, file_name, item_id, "
                                 "due_date) VALUES (?,?,?,?,?)"));
    }
    w.addBindValue(submitted.toString(Qt::ISODate));
    w.addBindValue(name);
    w.addBindValue(after.fileName);
    if (rowId > 0) {
        w.addBindValue(rowId);
    } else {
        w.addBindValue(itemId);
        w.addBindValue(dueDate.toString(Qt::ISODate));
    }
    if (!m_db.exec(w, &error))
        return error;
    if (rowId == 0)
        rowId = w.lastInsertId().toLongLong();
    QJsonObject oldValue, newValue;
    if (before)
        AuditLog::diff(submissionJson(*before), submissionJson(after), &oldValue, &newValue);
    else
        newValue = submissionJson(after);
    if (!oldValue.isEmpty() || !newValue.isEmpty()) {
        if (!AuditLog(m_db).append(
                QStringLiteral("submit"), QStringLiteral("calendar_submission"), rowId, 0, oldValue, newValue, &error))
            return error;
    }
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Result CalendarRepository::clearSubmitted(qint64 itemId, const QDate &dueDate)
{
    QSqlQuery s(m_db.connection());
    s.prepare(QStringLiteral("SELECT s.id, s.submitted_date, s.submitted_by, s.file_name, i.code, i.title, i.title_en "
                             "FROM calendar_submission s JOIN calendar_item i ON i.id = s.item_id "
                             "WHERE s.item_id = ? AND s.due_date = ?"));
    s.addBindValue(itemId);
    s.addBindValue(dueDate.toString(Qt::ISODate));
    if (!s.exec())
        return m_db.readFailure(s.lastError());
    if (!s.next())
        return Result::rejected(
            tr("No submission is recorded for the due date %1 of this item.").arg(dueDate.toString(Qt::ISODate)),
            QStringLiteral("dueDate"));
    CalendarEntry before;
    const qint64 rowId = s.value(0).toLongLong();
    before.item.code = s.value(4).toString();
    before.item.title = s.value(5).toString();
    before.item.titleEn = s.value(6).toString();
    before.dueDate = dueDate;
    before.submittedDate = dateFrom(s.value(1));
    before.submittedBy = s.value(2).toString();
    before.fileName = s.value(3).toString();
    s.finish();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery d(m_db.connection());
    d.prepare(QStringLiteral("DELETE FROM calendar_submission WHERE id = ?"));
    d.addBindValue(rowId);
    if (!m_db.exec(d, &error))
        return error;
    if (!AuditLog(m_db).append(QStringLiteral("clear_submission"), QStringLiteral("calendar_submission"), rowId, 0,
            submissionJson(before), {}, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}

Outcome<QDate> CalendarRepository::trackingSince() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'calendar_since'")))
        return m_db.readFailure(q.lastError());
    return q.next() ? QDate::fromString(q.value(0).toString(), Qt::ISODate) : QDate();
}

Result CalendarRepository::setTrackingSince(const QDate &date)
{
    if (!date.isValid() || date > m_db.today())
        return Result::rejected(tr("Choose a day up to today from which the calendar tracks submissions."),
            QStringLiteral("trackingSince"));
    const Outcome<QDate> read = trackingSince();
    if (!read)
        return read.result();
    const QDate before = *read;
    if (before == date)
        return Result::success();
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('calendar_since', ?) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!m_db.exec(q, &error))
        return error;
    QJsonObject oldValue;
    if (before.isValid())
        oldValue[QStringLiteral("tracking_since")] = before.toString(Qt::ISODate);
    if (!AuditLog(m_db).append(QStringLiteral("update"), QStringLiteral("calendar"), 0, 0, oldValue,
            {{QStringLiteral("tracking_since"), date.toString(Qt::ISODate)}}, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
