#include "AuditCommand.h"

#include "storage/AuditLog.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonObject>

int AuditCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {}, &exitCode))
        return exitCode;
    if (args.size() < 2)
        return m_cli.usage(tr("audit needs a subcommand: audit verify."));
    if (args.at(1) != QLatin1String("verify"))
        return m_cli.usage(tr("Unknown audit subcommand \"%1\"; the one there is: audit verify.").arg(args.at(1)));
    if (args.size() > 2)
        return m_cli.usage(tr("audit verify takes no argument \"%1\".").arg(args.at(2)));
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    const AuditLog::Verdict verdict = AuditLog(db).verify();
    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = verdict.ok;
        o[QStringLiteral("records")] = verdict.records;
        o[QStringLiteral("first_bad_seq")] = verdict.ok ? QJsonValue() : QJsonValue(verdict.firstBadSeq);
        o[QStringLiteral("reason")] = verdict.ok ? QJsonValue() : QJsonValue(verdict.reason);
        m_cli.printJson(o);
    } else if (verdict.ok) {
        m_out << tr("%1 records, chain intact").arg(verdict.records) << '\n';
    } else {
        m_out << tr("The audit log is broken at record %1: %2 (%3 records read).")
                     .arg(verdict.firstBadSeq)
                     .arg(verdict.reason)
                     .arg(verdict.records)
              << '\n';
    }
    return verdict.ok ? Success : InputRejected;
}
