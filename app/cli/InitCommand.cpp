#include "InitCommand.h"

#include "office/OfficeRepository.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

int InitCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args,
            {{"name"}, {"code"}, {"county"}, {"phone"}, {"village", CliContext::Option::Values}}, &exitCode))
        return exitCode;
    const QString name = options.value(QStringLiteral("name")).trimmed();
    const QString code = options.value(QStringLiteral("code")).trimmed();
    const QString county = options.value(QStringLiteral("county")).trimmed();
    const QString phone = options.value(QStringLiteral("phone")).trimmed();
    const QStringList villageArgs = options.values(QStringLiteral("village"));
    if (args.size() > 1)
        return m_cli.usage(
            tr("init takes no argument \"%1\"; give values with --name, --code and --village.").arg(args.at(1)));

    // Check every input before anything is written.
    if (!code.isEmpty()) {
        if (const QString problem = OfficeRepository::divisionCodeProblem(code); !problem.isEmpty())
            return m_cli.fail(Result::rejected(tr("--code %1: %2.").arg(code, problem), QStringLiteral("code")));
    }
    QStringList villages;
    for (const QString &v : villageArgs) {
        const QString trimmed = v.trimmed();
        if (trimmed.isEmpty())
            return m_cli.fail(Result::rejected(tr("--village: a village name is empty."), QStringLiteral("village")));
        if (!villages.contains(trimmed))
            villages.append(trimmed);
    }
    const bool exists = QFileInfo::exists(m_cli.databasePath());
    if (!exists && (name.isEmpty() || code.isEmpty()))
        return m_cli.usage(tr("init needs --name and --code to set up a new database."));

    Database db;
    if (!m_cli.openDatabase(db, true, &exitCode))
        return exitCode;
    OfficeRepository offices(db);
    const Outcome<bool> isConfigured = offices.isConfigured();
    const Outcome<Office> onFile = offices.office();
    if (!isConfigured || !onFile)
        return m_cli.fail(!isConfigured ? isConfigured.result() : onFile.result());
    const bool configured = *isConfigured;
    if (!configured && (name.isEmpty() || code.isEmpty()))
        return m_cli.usage(tr("init needs --name and --code: the database has no township office yet."));

    Office office = configured ? *onFile : Office();
    const Office before = office;
    if (!name.isEmpty())
        office.name = name;
    if (!code.isEmpty())
        office.divisionCode = code;
    if (!county.isEmpty())
        office.county = county;
    if (!phone.isEmpty())
        office.phone = phone;
    const bool officeChanged = !configured || office.name != before.name || office.divisionCode != before.divisionCode
        || office.county != before.county || office.phone != before.phone;

    Transaction transaction(db);
    Result error;
    if (!transaction.begin(&error))
        return m_cli.fail(error);
    if (officeChanged) {
        if (const Result r = offices.saveOffice(office); !r)
            return m_cli.fail(r);
    }
    QJsonArray added;
    QJsonArray existing;
    QStringList addedText;
    QStringList existingText;
    QStringList newNames;
    for (const QString &villageName : std::as_const(villages)) {
        const Outcome<std::optional<Village>> named = offices.villageByName(villageName);
        if (!named)
            return m_cli.fail(named.result());
        if (const std::optional<Village> &v = named.value()) {
            existing.append(QJsonObject {{QStringLiteral("code"), v->code}, {QStringLiteral("name"), v->name}});
            existingText.append(tr("%1 (%2)").arg(v->name, v->code));
        } else {
            newNames.append(villageName);
        }
    }
    const Outcome<QList<Village>> made = offices.addVillagesNamed(newNames);
    if (!made)
        return m_cli.fail(made.result().kind() == Result::Kind::Rejected
                ? Result::rejected(tr("--village: %1").arg(made.result().message()), QStringLiteral("village"))
                : made.result());
    for (const Village &v : *made) {
        added.append(QJsonObject {{QStringLiteral("code"), v.code}, {QStringLiteral("name"), v.name}});
        addedText.append(tr("%1 (%2)").arg(v.name, v.code));
    }
    if (!transaction.commit(&error))
        return m_cli.fail(error);

    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("database")] = QDir::toNativeSeparators(db.path());
        o[QStringLiteral("office")] = QJsonObject {{QStringLiteral("name"), office.name},
            {QStringLiteral("division_code"), office.divisionCode}, {QStringLiteral("county"), office.county},
            {QStringLiteral("phone"), office.phone}};
        o[QStringLiteral("office_changed")] = officeChanged;
        o[QStringLiteral("villages_added")] = added;
        o[QStringLiteral("villages_existing")] = existing;
        m_cli.printJson(o);
        return Success;
    }
    if (!configured)
        m_out << tr("Set up %1 (%2) in %3.").arg(office.name, office.divisionCode, QDir::toNativeSeparators(db.path()))
              << '\n';
    else if (officeChanged)
        m_out << tr("Updated %1 (%2).").arg(office.name, office.divisionCode) << '\n';
    else
        m_out << tr("%1 (%2) is unchanged.").arg(office.name, office.divisionCode) << '\n';
    if (!addedText.isEmpty())
        m_out << tr("Villages added: %1").arg(addedText.join(tr(", "))) << '\n';
    if (!existingText.isEmpty())
        m_out << tr("Villages already there: %1").arg(existingText.join(tr(", "))) << '\n';
    return Success;
}
