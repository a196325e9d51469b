// dibao-cli: the campaign's ledgers (export checklist|rectifications|complaints|cases) and the
// reporting calendar (calendar).
#include "CliApp.h"
#include "Startup.h"
#include "TextTable.h"
#include "ledgers/LedgerExporter.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "storage/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

int CliApp::runLedgerExport(QStringList args)
{
    const QString name = args.value(1);
    LedgerExporter::Ledger ledger;
    if (!LedgerExporter::ledgerFromName(name, &ledger))
        return usage(tr("export: unknown table \"%1\"; use roster, %2.")
                         .arg(name, LedgerExporter::ledgerNames().join(QStringLiteral(", "))));
    const QString out = Startup::takeOption(args, QStringLiteral("out"));
    const QString periodText = Startup::takeOption(args, QStringLiteral("period"));
    const QString inspectionText = Startup::takeOption(args, QStringLiteral("inspection"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 2)
        return usage(tr("export %1 takes no argument \"%2\".").arg(name, args.at(2)));
    if (out.isEmpty())
        return usage(tr("export %1 needs --out FILE.xlsx.").arg(name));
    Period period;
    if (!periodText.isEmpty()) {
        period = Period::parse(periodText);
        if (!period.isValid())
            return fail(Result::rejected(
                            tr("--period: \"%1\" is not a month; write it as YYYY-MM, e.g. 2026-10.").arg(periodText)),
                InputRejected);
    }
    qint64 inspectionId = 0;
    if (!inspectionText.isEmpty()) {
        bool ok = false;
        inspectionId = inspectionText.toLongLong(&ok);
        if (!ok || inspectionId <= 0 || ledger != LedgerExporter::Ledger::Checklist)
            return usage(tr("--inspection takes the number of a self-inspection run, for export checklist only."));
    }
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    int rows = 0;
    if (const Result r = LedgerExporter(db).exportLedger(ledger, out, period, inspectionId, &rows); !r)
        return fail(r);
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("file")] = out;
        o[QStringLiteral("table")] = name;
        o[QStringLiteral("rows")] = rows;
        if (period.isValid())
            o[QStringLiteral("period")] = period.toString();
        printJson(o);
        return Success;
    }
    m_out << tr("Exported %1 rows to %2.").arg(rows).arg(QDir::toNativeSeparators(out)) << '\n';
    m_out.flush();
    return Success;
}

int CliApp::runCalendar(QStringList args)
{
    const QString yearText = Startup::takeOption(args, QStringLiteral("year"));
    const QString dateText = Startup::takeOption(args, QStringLiteral("date"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 1)
        return usage(tr("calendar takes no argument \"%1\".").arg(args.at(1)));
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    QDate today;
    if (!dateOption(dateText, &today, &exitCode))
        return exitCode;
    if (!today.isValid())
        today = db.today();
    int year = today.year();
    if (!yearText.isEmpty()) {
        bool ok = false;
        year = yearText.toInt(&ok);
        if (!ok || year < 2000 || year > 2100)
            return fail(Result::rejected(tr("--year: \"%1\" is not a year.").arg(yearText)), InputRejected);
    }
    CalendarRepository calendar(db);
    const QList<CalendarEntry> entries = calendar.entries(year);
    QList<CalendarEntry> soon = calendar.upcoming(today, 14);
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
        printJson(o);
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
