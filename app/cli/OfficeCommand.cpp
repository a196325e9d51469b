#include "OfficeCommand.h"

#include "StandardCommand.h"
#include "TextTable.h"
#include "office/BenefitCeiling.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The office's fields as the CLI names them: option, JSON key, the Office member and the field of
// OfficeRepository::problems().
struct OfficeField
{
    const char *option;
    const char *jsonKey;
    QString Office::*member;
    const char *problemField;
};

const OfficeField kOfficeFields[] = {
    {"name", "name", &Office::name, "name"},
    {"code", "division_code", &Office::divisionCode, "divisionCode"},
    {"county", "county", &Office::county, ""},
    {"address", "address", &Office::address, ""},
    {"hotline", "hotline", &Office::hotline, "hotline"},
    {"disclosure-url", "disclosure_url", &Office::disclosureUrl, "disclosureUrl"},
    {"head", "unit_head", &Office::unitHead, ""},
    {"reviewer", "reviewer", &Office::reviewer, ""},
    {"preparer", "preparer", &Office::preparer, ""},
    {"phone", "phone", &Office::phone, "phone"},
};

QJsonObject officeJson(const Office &office)
{
    QJsonObject o;
    for (const OfficeField &f : kOfficeFields)
        o[QLatin1String(f.jsonKey)] = office.*f.member;
    return o;
}

// The office as set up (*configured false: none yet), or why it cannot be read.
Result readOffice(Database &db, bool *configured, Office *office)
{
    const OfficeRepository offices(db);
    const Outcome<bool> isConfigured = offices.isConfigured();
    const Outcome<Office> read = offices.office();
    if (!isConfigured || !read)
        return !isConfigured ? isConfigured.result() : read.result();
    *configured = *isConfigured;
    *office = *read;
    return Result::success();
}

} // namespace

int OfficeCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.value(1);
    if (sub == QLatin1String("show")) {
        int exitCode = Success;
        Database db;
        if (!m_cli.openToRead(args, 2, db, &exitCode))
            return exitCode;
        bool configured = false;
        Office office;
        if (const Result r = readOffice(db, &configured, &office); !r)
            return m_cli.fail(r);
        const Period month = Period::fromDate(db.today());
        const Outcome<BenefitCeiling> rule = BenefitCeiling::read(db);
        if (!rule)
            return m_cli.fail(rule.result());
        const std::optional<BenefitStandard> standard = rule->standardIn(month);
        if (m_json) {
            QJsonObject o = officeJson(office);
            o[QStringLiteral("configured")] = configured;
            o[QStringLiteral("month")] = month.toString();
            o[QStringLiteral("standard")]
                = standard ? QJsonValue(StandardCommand::standardJson(*standard, true)) : QJsonValue();
            m_cli.printJson(o);
            return Success;
        }
        if (!configured) {
            m_out << tr("No township office is set up in this database yet: use \"dibao-cli init\" or "
                        "\"dibao-cli office set --name NAME --code CODE\".")
                  << '\n';
            return Success;
        }
        const QString none = tr("(not set)");
        const QList<std::pair<QString, QString>> lines = {{tr("Township"), office.name},
            {tr("Division code"), office.divisionCode}, {tr("County"), office.county}, {tr("Address"), office.address},
            {tr("Complaint hotline"), office.hotline}, {tr("Disclosure web address"), office.disclosureUrl},
            {tr("Unit head"), office.unitHead}, {tr("Reviewer"), office.reviewer}, {tr("Preparer"), office.preparer},
            {tr("Contact phone"), office.phone},
            {tr("Standard in %1").arg(month.toString()),
                standard ? tr("%1 yuan per person per month (from %2)")
                               .arg(standard->monthlyPerPerson.toDisplayString(),
                                   Period::fromDate(standard->effectiveDate).toString())
                         : QString()}};
        int width = 0;
        for (const auto &line : lines)
            width = std::max(width, TextTable::displayWidth(line.first));
        for (const auto &line : lines) {
            m_out << line.first << QString(width - TextTable::displayWidth(line.first) + 2, u' ')
                  << (line.second.isEmpty() ? none : line.second) << '\n';
        }
        return Success;
    }
    if (sub != QLatin1String("set"))
        return m_cli.usage(sub.isEmpty()
                ? tr("office needs a subcommand: office show, or office set.")
                : tr("Unknown office subcommand \"%1\"; use office show or office set.").arg(sub));

    int exitCode = Success;
    QList<CliContext::Option> fields;
    for (const OfficeField &f : kOfficeFields)
        fields.append({f.option});
    QCommandLineParser options;
    if (!m_cli.parse(options, args, fields, &exitCode, 2))
        return exitCode;
    // An empty value ("--hotline ''") clears the field.
    QList<std::pair<const OfficeField *, QString>> given;
    for (const OfficeField &f : kOfficeFields) {
        if (options.isSet(QLatin1String(f.option)))
            given.append({&f, options.value(QLatin1String(f.option))});
    }
    if (args.size() > 2)
        return m_cli.usage(
            tr("office set takes no argument \"%1\"; give values with options such as --hotline.").arg(args.at(2)));
    if (given.isEmpty())
        return m_cli.usage(tr("office set needs at least one of --name, --code, --county, --address, --hotline, "
                              "--disclosure-url, --head, --reviewer, --preparer, --phone."));
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    OfficeRepository offices(db);
    bool configured = false;
    Office before;
    if (const Result r = readOffice(db, &configured, &before); !r)
        return m_cli.fail(r);
    Office office = before;
    bool named = false, coded = false;
    for (const auto &[field, value] : std::as_const(given)) {
        office.*field->member = value;
        named = named || field->member == &Office::name;
        coded = coded || field->member == &Office::divisionCode;
    }
    if (!configured && (!named || !coded))
        return m_cli.usage(tr("The database has no township office yet: office set needs --name and --code as well."));

    // Every problem, each with the option that carries it; nothing is written while there is one.
    const QList<Result> problems = OfficeRepository::problems(office);
    if (!problems.isEmpty()) {
        QJsonArray list;
        QStringList lines;
        for (const Result &problem : problems) {
            QString option, value;
            for (const OfficeField &f : kOfficeFields) {
                if (problem.field() == QLatin1String(f.problemField)) {
                    option = QStringLiteral("--") + QLatin1String(f.option);
                    value = office.*f.member;
                }
            }
            lines << tr("%1 \"%2\": %3").arg(option, value, problem.message());
            list << QJsonObject {{QStringLiteral("option"), option}, {QStringLiteral("field"), problem.field()},
                {QStringLiteral("value"), value}, {QStringLiteral("message"), problem.message()}};
        }
        if (m_json) {
            m_cli.printJson(QJsonObject {{QStringLiteral("ok"), false},
                {QStringLiteral("exit_code"), int(InputRejected)}, {QStringLiteral("error"), lines.first()},
                {QStringLiteral("field"), problems.first().field()}, {QStringLiteral("problems"), list}});
        }
        for (const QString &line : std::as_const(lines))
            m_cli.err() << tr("dibao-cli: %1").arg(line) << '\n';
        m_cli.err() << tr("Nothing was saved.") << '\n';
        m_cli.err().flush();
        return InputRejected;
    }
    if (const Result r = offices.saveOffice(office); !r)
        return m_cli.fail(r);
    const Outcome<Office> saved = offices.office();
    if (!saved)
        return m_cli.fail(saved.result());
    const Office &after = *saved;
    QStringList changed;
    QJsonArray changedKeys;
    for (const OfficeField &f : kOfficeFields) {
        if (!configured || before.*f.member != after.*f.member) {
            changed << QStringLiteral("--") + QLatin1String(f.option);
            changedKeys << QLatin1String(f.jsonKey);
        }
    }
    if (m_json) {
        m_cli.printJson(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("changed"), changedKeys},
            {QStringLiteral("office"), officeJson(after)}});
        return Success;
    }
    if (changed.isEmpty())
        m_out << tr("The office settings of %1 are unchanged.").arg(after.name) << '\n';
    else
        m_out << tr("Saved the office settings of %1 (%2): %3.")
                     .arg(after.name, after.divisionCode, changed.join(QStringLiteral(", ")))
              << '\n';
    return Success;
}
