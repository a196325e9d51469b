#include "BackupCommand.h"

#include "TextTable.h"
#include "backup/BackupService.h"
#include "core/AppSettings.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QJsonObject fileJson(const BackupFile &file)
{
    return QJsonObject {{QStringLiteral("file"), shown(file.path)},
        {QStringLiteral("name"), QFileInfo(file.path).fileName()}, {QStringLiteral("kind"), file.kindKey()},
        {QStringLiteral("made"), file.made.toString(Qt::ISODate)}, {QStringLiteral("bytes"), file.bytes}};
}

QJsonObject reportJson(const QString &path, const BackupVerifier::Report &report)
{
    return QJsonObject {{QStringLiteral("file"), shown(path)}, {QStringLiteral("bytes"), report.bytes},
        {QStringLiteral("schema_version"), report.schemaVersion}, {QStringLiteral("households"), report.households},
        {QStringLiteral("audit_records"), report.auditRecords}, {QStringLiteral("office"), report.office},
        {QStringLiteral("last_change"),
            report.lastChange.isValid() ? QJsonValue(report.lastChange.toString(Qt::ISODate)) : QJsonValue()}};
}

} // namespace

int BackupCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString subcommand = args.value(1);
    if (subcommand.isEmpty())
        return m_cli.usage(tr("backup needs a subcommand: backup create, verify FILE, restore FILE or list."));
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"to"}}, &exitCode, 2))
        return exitCode;
    const QString to = options.value(QStringLiteral("to"));
    const bool takesFile = subcommand == QLatin1String("verify") || subcommand == QLatin1String("restore");
    if (!takesFile && subcommand != QLatin1String("create") && subcommand != QLatin1String("list"))
        return m_cli.usage(
            tr("Unknown backup subcommand \"%1\"; they are create, verify, restore and list.").arg(subcommand));
    if (takesFile && args.size() < 3)
        return m_cli.usage(tr("backup %1 needs the backup file.").arg(subcommand));
    if (args.size() > (takesFile ? 3 : 2))
        return m_cli.usage(tr("backup %1 takes no argument \"%2\".").arg(subcommand, args.at(takesFile ? 3 : 2)));
    if (subcommand == QLatin1String("verify") && !to.isEmpty())
        return m_cli.usage(tr("backup verify takes no --to: it checks the file it is given."));

    QString folder = to;
    if (folder.isEmpty())
        folder = AppSettings().value(AppSettings::Key::BackupFolder).toString();
    if (folder.isEmpty())
        folder = BackupService::defaultFolder();
    BackupService service(m_cli.databasePath(), folder);

    if (subcommand == QLatin1String("create")) {
        BackupFile made;
        if (const Result r = service.create(BackupFile::Kind::Manual, &made); !r)
            return m_cli.fail(r);
        if (m_json) {
            QJsonObject o = fileJson(made);
            o[QStringLiteral("ok")] = true;
            o[QStringLiteral("database")] = shown(service.databasePath());
            o[QStringLiteral("folder")] = shown(service.folder());
            m_cli.printJson(o);
        } else {
            m_out << tr("Backup of %1 written to %2 (%3) and checked: complete, undamaged, audit log intact.")
                         .arg(shown(service.databasePath()), shown(made.path), size(made.bytes))
                  << '\n';
        }
        return Success;
    }

    if (subcommand == QLatin1String("list")) {
        const Outcome<QList<BackupFile>> listed = service.list();
        if (!listed)
            return m_cli.fail(listed.result());
        const QList<BackupFile> &files = *listed;
        if (m_json) {
            QJsonArray list;
            for (const BackupFile &f : files)
                list.append(fileJson(f));
            m_cli.printJson(
                QJsonObject {{QStringLiteral("folder"), shown(service.folder())}, {QStringLiteral("backups"), list}});
            return Success;
        }
        if (files.isEmpty()) {
            m_out << tr("There are no backups in %1.").arg(shown(service.folder())) << '\n';
            return Success;
        }
        m_out << tr("Backups in %1, newest first:").arg(shown(service.folder())) << '\n';
        using Align = TextTable::Align;
        TextTable table(
            {tr("Made"), tr("Kind"), tr("Size"), tr("File")}, {Align::Left, Align::Left, Align::Right, Align::Left});
        for (const BackupFile &f : files) {
            QString kind;
            switch (f.kind) {
            case BackupFile::Kind::Manual:
                kind = tr("manual");
                break;
            case BackupFile::Kind::Automatic:
                kind = tr("automatic");
                break;
            case BackupFile::Kind::Replaced:
                //: A database that a restore replaced, kept in the backup folder
                kind = tr("replaced by a restore");
                break;
            }
            table.addRow({f.made.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), kind, size(f.bytes),
                QFileInfo(f.path).fileName()});
        }
        m_out << table.toString();
        return Success;
    }

    const QString file = args.at(2);
    if (subcommand == QLatin1String("verify")) {
        const BackupVerifier::Report report = BackupVerifier::verify(file);
        if (!report.result)
            return m_cli.fail(report.result);
        if (m_json) {
            QJsonObject o = reportJson(file, report);
            o[QStringLiteral("ok")] = true;
            m_cli.printJson(o);
        } else {
            m_out << tr("%1 is a complete, undamaged backup with an intact audit log: %2 households, %3 audit "
                        "records, schema %4.")
                         .arg(shown(file))
                         .arg(report.households)
                         .arg(report.auditRecords)
                         .arg(report.schemaVersion)
                  << '\n';
        }
        return Success;
    }

    BackupService::Restored restored;
    if (const Result r = service.restore(file, &restored); !r)
        return m_cli.fail(r);
    if (m_json) {
        QJsonObject o = reportJson(file, restored.backup);
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("database")] = shown(service.databasePath());
        o[QStringLiteral("replaced")]
            = restored.replacedPath.isEmpty() ? QJsonValue() : QJsonValue(shown(restored.replacedPath));
        m_cli.printJson(o);
        return Success;
    }
    m_out << tr("Restored %1 into %2 (%3 households).")
                 .arg(shown(file), shown(service.databasePath()))
                 .arg(restored.backup.households)
          << '\n';
    if (!restored.replacedPath.isEmpty())
        m_out << tr("The database it replaced is kept as %1.").arg(shown(restored.replacedPath)) << '\n';
    return Success;
}
