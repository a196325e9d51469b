#include "CalendarCommand.h"

#include "TextTable.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

int CalendarCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"year"}, {"date"}}, &exitCode, 1, 0))
        return exitCode;
    const QString yearText = options.value(QStringLiteral("year"));
    const QString dateText = options.value(QStringLiteral("date"));
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    QDate today;
    if (!m_cli.dateOption(dateText, &today, &exitCode))
        return exitCode;
    if (!today.isValid())
        today = db.today();
    int year = today.year();
    if (!yearText.isEmpty()) {
        bool ok = false;
        year = yearText.toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return m_cli.fail(Result::rejected(tr("--year: \"%1\" is not a year.").arg(yearText)), InputRejected);
    }
    CalendarRepository calendar(db);
    const Outcome<QList<CalendarEntry>> readEntries = calendar.entries(year);
    if (!readEntries)
        return m_cli.fail(readEntries.result());
    const Outcome<QList<CalendarEntry>> readSoon = calendar.upcoming(today, 14);
    if (!readSoon)
        return m_cli.fail(readSoon.result());
    const QList<CalendarEntry> &entries = *readEntries;
    const QList<CalendarEntry> &soon = *readSoon;
    const auto stateOf = [&today, &soon](const CalendarEntry &e) {
        if (e.isSubmitted())
            return QStringLiteral("submitted");
        if (e.isOverdue(today))
            return QStringLiteral("overdue");
        for (const CalendarEntry &s : std::as_const(soon)) {
            if (s.item.id == e.item.id && s.dueDate == e.dueDate)
                return QStringLiteral("due_soon");
        }
        return QStringLiteral("upcoming");
    };
    const auto toJson = [&stateOf](const CalendarEntry &e) {
        QJsonObject o;
        o[QStringLiteral("code")] = e.item.code;
        o[QStringLiteral("title")] = e.item.title;
        o[QStringLiteral("due_date")] = e.dueDate.toString(Qt::ISODate);
        o[QStringLiteral("state")] = stateOf(e);
        if (e.isSubmitted()) {
            o[QStringLiteral("submitted_date")] = e.submittedDate.toString(Qt::ISODate);
            o[QStringLiteral("submitted_by")] = e.submittedBy;
            o[QStringLiteral("file")] = e.fileName;
        }
        return o;
    };
    if (m_json) {
        QJsonArray all;
        for (const CalendarEntry &e : entries)
            all << toJson(e);
        QJsonArray next;
        for (const CalendarEntry &e : std::as_const(soon))
            next << toJson(e);
        QJsonObject o;
        o[QStringLiteral("date")] = today.toString(Qt::ISODate);
        o[QStringLiteral("year")] = year;
        o[QStringLiteral("entries")] = all;
        o[QStringLiteral("due_within_14_days_or_overdue")] = next;
        m_cli.printJson(o);
        return Success;
    }
    const auto stateText = [](const QString &state) {
        if (state == QLatin1String("submitted"))
            return tr("submitted");
        if (state == QLatin1String("overdue"))
            return tr("OVERDUE");
        if (state == QLatin1String("due_soon"))
            return tr("due soon");
        return tr("upcoming");
    };
    TextTable table({tr("Due"), tr("Submission"), tr("State"), tr("Submitted")});
    for (const CalendarEntry &e : entries) {
        table.addRow({e.dueDate.toString(Qt::ISODate), e.item.displayTitle(), stateText(stateOf(e)),
            e.isSubmitted() ? tr("%1 by %2").arg(e.submittedDate.toString(Qt::ISODate), e.submittedBy) : QString()});
    }
    m_out << tr("Reporting calendar %1 (today %2)").arg(year).arg(today.toString(Qt::ISODate)) << "\n\n"
          << table.toString();
    m_out.flush();
    return Success;
}
