#include "TestSupport.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseRepository.h"
#include "storage/AuditLog.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace TestSupport;

namespace {

bool lists(const QList<CalendarEntry> &entries, const QString &code, const QDate &due)
{
    return std::any_of(entries.begin(), entries.end(),
        [&](const CalendarEntry &e) { return e.item.code == code && e.dueDate == due; });
}

} // namespace

class TestCalendar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QDate m_today = QDate(2026, 6, 28);

    Database &db() { return *m_t->db; }
    CalendarRepository repo() { return CalendarRepository(db()); }

    qint64 itemId(const QString &code)
    {
        for (const CalendarItem &i : repo().items().value()) {
            if (i.code == code)
                return i.id;
        }
        return 0;
    }

    // Refused, naming the field, and nothing written.
    void verifyRejected(const Result &r, const QString &mentions, const QString &field)
    {
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(mentions, Qt::CaseInsensitive), qPrintable(r.message()));
        QCOMPARE(r.field(), field);
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        db().setClock([this] { return QDateTime(m_today, QTime(9, 30)); });
        // These tests look at 2026 from its start; a new database tracks from the day it was made.
        QSqlQuery since(db().connection());
        QVERIFY(since.exec(QStringLiteral("UPDATE meta SET value = '2025-01-01' WHERE key = 'calendar_since'")));
        QCOMPARE(since.numRowsAffected(), 1);
    }

    void cleanup()
    {
        const AuditLog::Verdict verdict = AuditLog(db()).verify();
        QVERIFY2(verdict.ok, qPrintable(verdict.reason));
    }

    void installedCalendar()
    {
        const QList<CalendarItem> items = repo().items().value();
        QCOMPARE(items.size(), 5);
        QVERIFY(itemId(QStringLiteral("typical-cases")) > 0);
        const QList<CalendarEntry> year = repo().entries(2026).value();
        QCOMPARE(year.size(), 12 + 4); // monthly typical cases, four yearly items
        for (qsizetype i = 1; i < year.size(); ++i)
            QVERIFY(year.at(i - 1).dueDate <= year.at(i).dueDate);
        QCOMPARE(year.first().dueDate, QDate(2026, 1, 3));
        QCOMPARE(year.last().dueDate, QDate(2026, 12, 7));
        QVERIFY(std::none_of(year.begin(), year.end(), [](const CalendarEntry &e) { return e.isSubmitted(); }));
    }

    void upcomingBeforeJuly()
    {
        m_today = QDate(2026, 6, 28);
        const QList<CalendarEntry> soon = repo().upcoming(m_today, 14).value();
        QVERIFY(lists(soon, QStringLiteral("typical-cases"), QDate(2026, 7, 3)));
        QVERIFY(lists(soon, QStringLiteral("disclosure-table"), QDate(2026, 7, 5)));
        QVERIFY(!lists(soon, QStringLiteral("self-inspection-report"), QDate(2026, 7, 25)));
        // What was never submitted this year and last is overdue, and comes first.
        QVERIFY(lists(soon, QStringLiteral("typical-cases"), QDate(2026, 6, 3)));
        QVERIFY(lists(soon, QStringLiteral("stage-summary"), QDate(2025, 12, 7)));
        QVERIFY(!lists(soon, QStringLiteral("stage-summary"), QDate(2024, 12, 7)));
        bool seenDue = false;
        for (const CalendarEntry &e : soon) {
            if (e.isOverdue(m_today))
                QVERIFY2(!seenDue, qPrintable(e.dueDate.toString(Qt::ISODate)));
            else
                seenDue = true;
        }
        QVERIFY(soon.last().dueDate == QDate(2026, 7, 5));
    }

    void overdueUntilSubmitted()
    {
        m_today = QDate(2026, 7, 6);
        const qint64 disclosure = itemId(QStringLiteral("disclosure-table"));
        const QDate due(2026, 7, 5);
        QList<CalendarEntry> soon = repo().upcoming(m_today, 14).value();
        const auto entry = std::find_if(soon.begin(), soon.end(),
            [&](const CalendarEntry &e) { return e.item.id == disclosure && e.dueDate == due; });
        QVERIFY(entry != soon.end());
        QVERIFY(entry->isOverdue(m_today));

        const int audits = count(db(), QStringLiteral("audit_log"));
        QVERIFY(repo().markSubmitted(
            disclosure, due, QDate(2026, 7, 6), QStringLiteral("张明"), QStringLiteral("信息公开统计表.pdf")));
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits + 1);
        soon = repo().upcoming(m_today, 14).value();
        QVERIFY(!lists(soon, QStringLiteral("disclosure-table"), due));
        const QList<CalendarEntry> year = repo().entries(2026).value();
        const auto stored = std::find_if(year.begin(), year.end(),
            [&](const CalendarEntry &e) { return e.item.id == disclosure && e.dueDate == due; });
        QVERIFY(stored->isSubmitted());
        QCOMPARE(stored->submittedDate, QDate(2026, 7, 6));
        QCOMPARE(stored->submittedBy, QStringLiteral("张明"));
        QCOMPARE(stored->fileName, QStringLiteral("信息公开统计表.pdf"));
        QVERIFY(!stored->isOverdue(m_today));

        // Corrected once more, then undone: both audited.
        QVERIFY(repo().markSubmitted(disclosure, due, QDate(2026, 7, 5), QStringLiteral("张明")));
        QCOMPARE(count(db(), QStringLiteral("calendar_submission")), 1);
        QVERIFY(repo().clearSubmitted(disclosure, due));
        QCOMPARE(count(db(), QStringLiteral("calendar_submission")), 0);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits + 3);
        QCOMPARE(AuditLog(db()).latest(1).value().first().action, QStringLiteral("clear_submission"));
        QVERIFY(lists(repo().upcoming(m_today, 14).value(), QStringLiteral("disclosure-table"), due));
        verifyRejected(
            repo().clearSubmitted(disclosure, due), QStringLiteral("No submission"), QStringLiteral("dueDate"));
    }

    void nextJanuaryNearYearEnd()
    {
        m_today = QDate(2026, 12, 25);
        const QList<CalendarEntry> soon = repo().upcoming(m_today, 14).value();
        QVERIFY(lists(soon, QStringLiteral("typical-cases"), QDate(2027, 1, 3)));
        QVERIFY(lists(soon, QStringLiteral("screening-table"), QDate(2026, 12, 7))); // overdue
        QVERIFY(!lists(soon, QStringLiteral("typical-cases"), QDate(2027, 2, 3)));
    }

    void badSubmissionsRefused()
    {
        const qint64 cases = itemId(QStringLiteral("typical-cases"));
        const int audits = count(db(), QStringLiteral("audit_log"));
        verifyRejected(repo().markSubmitted(cases, QDate(2026, 6, 4), m_today, QStringLiteral("张明")),
            QStringLiteral("not due on 2026-06-04"), QStringLiteral("dueDate"));
        verifyRejected(repo().markSubmitted(cases, QDate(2026, 6, 3), m_today.addDays(1), QStringLiteral("张明")),
            QStringLiteral("future"), QStringLiteral("submittedDate"));
        verifyRejected(repo().markSubmitted(cases, QDate(2026, 6, 3), QDate(), QStringLiteral("张明")),
            QStringLiteral("Enter the date"), QStringLiteral("submittedDate"));
        verifyRejected(repo().markSubmitted(cases, QDate(2026, 6, 3), m_today, QStringLiteral("  ")),
            QStringLiteral("who submitted"), QStringLiteral("submittedBy"));
        verifyRejected(repo().markSubmitted(9999, QDate(2026, 6, 3), m_today, QStringLiteral("张明")),
            QStringLiteral("no longer exists"), QString());
        QCOMPARE(count(db(), QStringLiteral("calendar_submission")), 0);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits);
    }

    void badItemsRefused_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<bool>("monthly");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("mentions");
        QTest::addColumn<QString>("field");
        QTest::newRow("31 June") << "半年报" << false << 6 << 31 << "Day 31 does not exist in month 6"
                                 << "day";
        QTest::newRow("30 February") << "半年报" << false << 2 << 30 << "Day 30 does not exist in month 2"
                                     << "day";
        QTest::newRow("29 February") << "半年报" << false << 2 << 29 << "every year"
                                     << "day";
        QTest::newRow("month 13") << "半年报" << false << 13 << 1 << "month (1 to 12)"
                                  << "month";
        QTest::newRow("yearly without month") << "半年报" << false << 0 << 1 << "month (1 to 12)"
                                              << "month";
        QTest::newRow("day 0") << "月报" << true << 0 << 0 << "between 1 and 31"
                               << "day";
        QTest::newRow("day 32") << "月报" << true << 0 << 32 << "between 1 and 31"
                                << "day";
        QTest::newRow("empty title") << "  " << false << 6 << 30 << "title"
                                     << "title";
    }

    void badItemsRefused()
    {
        QFETCH(QString, title);
        QFETCH(bool, monthly);
        QFETCH(int, month);
        QFETCH(int, day);
        QFETCH(QString, mentions);
        QFETCH(QString, field);
        const int items = count(db(), QStringLiteral("calendar_item"));
        const int audits = count(db(), QStringLiteral("audit_log"));
        CalendarItem item;
        item.title = title;
        item.monthly = monthly;
        item.month = month;
        item.day = day;
        verifyRejected(repo().saveItem(item), mentions, field);
        QCOMPARE(item.id, 0);
        QCOMPARE(count(db(), QStringLiteral("calendar_item")), items);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits);

        // An existing item is not changed by a refused edit either.
        CalendarItem existing = repo().items().value().first();
        const CalendarItem original = existing;
        existing.title = title;
        existing.monthly = monthly;
        existing.month = month;
        existing.day = day;
        verifyRejected(repo().saveItem(existing), mentions, field);
        const CalendarItem stored = repo().items().value().first();
        QCOMPARE(stored.title, original.title);
        QCOMPARE(stored.day, original.day);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits);
    }

    void itemsSavedAndAudited()
    {
        const int audits = count(db(), QStringLiteral("audit_log"));
        CalendarItem item;
        item.title = QStringLiteral("低保资金发放情况月报");
        item.monthly = true;
        item.month = 7; // ignored for a monthly item
        item.day = 31; // the last day of shorter months
        QVERIFY(repo().saveItem(item));
        QVERIFY(item.id > 0);
        QVERIFY(!item.code.isEmpty());
        QCOMPARE(item.month, 0);
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits + 1);
        QVERIFY(lists(repo().entries(2026).value(), item.code, QDate(2026, 2, 28)));
        QVERIFY(lists(repo().entries(2026).value(), item.code, QDate(2026, 4, 30)));

        CalendarItem yearly;
        yearly.title = QStringLiteral("年度总结");
        yearly.month = 6;
        yearly.day = 30;
        QVERIFY(repo().saveItem(yearly));
        QVERIFY(yearly.code != item.code);
        CalendarItem clash = yearly;
        clash.id = 0;
        verifyRejected(repo().saveItem(clash), QStringLiteral("already used"), QStringLiteral("code"));

        // Deactivated: no longer due.
        item.active = false;
        QVERIFY(repo().saveItem(item));
        QCOMPARE(count(db(), QStringLiteral("audit_log")), audits + 3);
        QCOMPARE(AuditLog(db()).latest(1).value().first().action, QStringLiteral("update"));
        QVERIFY(!lists(repo().entries(2026).value(), item.code, QDate(2026, 2, 28)));
        QCOMPARE(repo().items().value().size(), 7);
    }

    void trackingSinceSetUp()
    {
        // What fell due before the calendar was kept here is neither overdue nor a reminder.
        m_today = QDate(2026, 8, 10);
        QVERIFY(repo().setTrackingSince(QDate(2026, 7, 10)));
        QCOMPARE(repo().trackingSince().value(), QDate(2026, 7, 10));
        QStringList overdue;
        for (const CalendarEntry &e : repo().upcoming(m_today, 14).value()) {
            if (e.isOverdue(m_today))
                overdue << e.item.code + u'@' + e.dueDate.toString(Qt::ISODate);
        }
        QCOMPARE(overdue,
            QStringList(
                {QStringLiteral("self-inspection-report@2026-07-25"), QStringLiteral("typical-cases@2026-08-03")}));
        for (const CalendarEntry &e : repo().entries(2026).value()) {
            if (e.dueDate < QDate(2026, 7, 10)) {
                QVERIFY(e.beforeTracking);
                QVERIFY(!e.isOverdue(m_today));
            }
        }
        verifyRejected(
            repo().setTrackingSince(QDate(2026, 8, 11)), QStringLiteral("today"), QStringLiteral("trackingSince"));
        QCOMPARE(repo().trackingSince().value(), QDate(2026, 7, 10));
    }
    void droppedTableIsAFailureNotAnEmptyList_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("calendar_item") << QStringLiteral("calendar_item");
        QTest::newRow("calendar_submission") << QStringLiteral("calendar_submission");
    }
    // A table another program dropped: the year and the reminders fail with the reason rather than show nothing
    // due, and a write that reads first fails rather than being refused.
    void droppedTableIsAFailureNotAnEmptyList()
    {
        QFETCH(QString, table);
        const qint64 disclosure = itemId(QStringLiteral("disclosure-table"));
        QVERIFY(disclosure > 0);
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(q.lastError().text()));

        const Result year = repo().entries(2026).result();
        QCOMPARE(year.kind(), Result::Kind::Failed);
        QVERIFY2(year.message().contains(QStringLiteral("could not be read")) && year.message().contains(table),
            qPrintable(year.message()));
        QCOMPARE(repo().upcoming(m_today, 14).result().kind(), Result::Kind::Failed);
        const Result marked
            = repo().markSubmitted(disclosure, QDate(2026, 7, 5), QDate(2026, 6, 28), QStringLiteral("张明"));
        QCOMPARE(marked.kind(), Result::Kind::Failed);
        if (table == QLatin1String("calendar_item")) {
            QCOMPARE(repo().items().result().kind(), Result::Kind::Failed);
            QCOMPARE(CaseRepository(db()).reportDue(Period(2026, 5)).result().kind(), Result::Kind::Failed);
            CalendarItem item;
            item.id = disclosure;
            item.title = QStringLiteral("信息公开统计表");
            item.monthly = true;
            item.day = 5;
            QCOMPARE(repo().saveItem(item).kind(), Result::Kind::Failed);
        } else {
            QVERIFY(repo().items().isOk());
            QCOMPARE(repo().clearSubmitted(disclosure, QDate(2026, 7, 5)).kind(), Result::Kind::Failed);
        }
    }

    // The day tracking began cannot be read: the year is not shown with every past date overdue.
    void unreadableTrackingDayIsAFailure()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE meta RENAME TO meta_elsewhere")));
        const Result since = repo().trackingSince().result();
        const Result year = repo().entries(2026).result();
        const Result set = repo().setTrackingSince(QDate(2026, 6, 1));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE meta_elsewhere RENAME TO meta"))); // for the audit check
        QCOMPARE(since.kind(), Result::Kind::Failed);
        QCOMPARE(year.kind(), Result::Kind::Failed);
        QCOMPARE(set.kind(), Result::Kind::Failed);
        QVERIFY(repo().trackingSince().isOk());
    }
};

QTEST_GUILESS_MAIN(TestCalendar)
#include "tst_calendar.moc"
