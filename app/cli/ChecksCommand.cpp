#include "ChecksCommand.h"

#include "TextTable.h"
#include "checks/DataChecks.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {

QString guardsAgainst(const DataCheck &check, const QString &separator)
{
    QStringList types;
    for (Domain::ProblemType type : check.problemTypes())
        types << Domain::label(type);
    return types.join(separator);
}

} // namespace

int ChecksCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"date"}, {"check"}}, &exitCode, 1, 0))
        return exitCode;
    const QString dateText = options.value(QStringLiteral("date"));
    const QString key = options.value(QStringLiteral("check"));
    if (!key.isEmpty() && !DataChecks::find(key))
        return m_cli.usage(tr("--check: \"%1\" is not a data check; use one of %2.")
                               .arg(key, DataChecks::keys().join(QStringLiteral(", "))));
    QDate day;
    if (!m_cli.dateOption(dateText, &day, &exitCode))
        return exitCode;
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    if (!day.isValid())
        day = db.today();
    const DataChecks checks(db);

    if (!key.isEmpty()) {
        const Outcome<QList<DataCheckHit>> hits = checks.run(key, day);
        if (!hits)
            return m_cli.fail(hits.result());
        if (m_json) {
            QJsonArray households;
            for (const DataCheckHit &hit : *hits)
                households << QJsonObject {{QStringLiteral("household_id"), hit.householdId},
                    {QStringLiteral("village"), hit.villageName}, {QStringLiteral("head"), hit.headName},
                    {QStringLiteral("head_id_number"), hit.headIdNumber}, {QStringLiteral("detail"), hit.detail}};
            m_cli.printJson(
                QJsonObject {{QStringLiteral("check"), key}, {QStringLiteral("title"), DataChecks::title(key)},
                    {QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("households"), households}});
            return Success;
        }
        m_out << tr("%1 on %2: %n household(s) found.", nullptr, int(hits->size()))
                     .arg(DataChecks::title(key), day.toString(Qt::ISODate))
              << '\n';
        if (!hits->isEmpty()) {
            TextTable table({tr("Village"), tr("Head of household"), tr("ID number"), tr("What is wrong")});
            for (const DataCheckHit &hit : *hits)
                table.addRow({hit.villageName, hit.headName, hit.headIdNumber, hit.detail});
            m_out << table.toString();
        }
        m_out.flush();
        return Success;
    }

    QJsonArray all;
    TextTable table({tr("Check"), tr("Title"), tr("Link"), tr("Guards against"), tr("Households")},
        {TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left, TextTable::Align::Left,
            TextTable::Align::Right});
    for (const std::unique_ptr<DataCheck> &check : DataChecks::all()) {
        const Outcome<QList<DataCheckHit>> hits = checks.run(check->id(), day);
        if (!hits)
            return m_cli.fail(hits.result());
        if (m_json) {
            QJsonArray types;
            for (Domain::ProblemType type : check->problemTypes())
                types << Domain::key(type);
            all << QJsonObject {{QStringLiteral("check"), check->id()}, {QStringLiteral("title"), check->title()},
                {QStringLiteral("link"), Domain::key(check->link())}, {QStringLiteral("problem_types"), types},
                {QStringLiteral("households"), int(hits->size())}};
        }
        table.addRow({check->id(), check->title(), Domain::label(check->link()), guardsAgainst(*check, tr(", ")),
            QString::number(hits->size())});
    }
    if (m_json) {
        m_cli.printJson(
            QJsonObject {{QStringLiteral("date"), day.toString(Qt::ISODate)}, {QStringLiteral("checks"), all}});
        return Success;
    }
    m_out << tr("Data checks over the households on dibao on %1:").arg(day.toString(Qt::ISODate)) << '\n'
          << table.toString();
    m_out.flush();
    return Success;
}
