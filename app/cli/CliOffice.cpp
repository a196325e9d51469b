// dibao-cli: the office's settings (office show|set) and its benefit standards and category top-ups
// (standard list|add, standard topup list|set).
#include "CliApp.h"
#include "Startup.h"
#include "TextTable.h"
#include "office/BenefitCeiling.h"
#include "office/OfficeRepository.h"
#include "office/StandardRepository.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

using namespace Domain;

namespace {

// An option's value when it was given at all, so that an empty value ("--hotline ''") clears the field.
std::optional<QString> takeGiven(QStringList &args, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if ((args.at(i) == flag && i + 1 < args.size()) || args.at(i).startsWith(flag + u'='))
            return Startup::takeOption(args, name);
    }
    return std::nullopt;
}

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

QJsonObject standardJson(const BenefitStandard &s, bool inForce)
{
    return QJsonObject {{QStringLiteral("from"), Period::fromDate(s.effectiveDate).toString()},
        {QStringLiteral("effective_date"), s.effectiveDate.toString(Qt::ISODate)},
        {QStringLiteral("monthly_fen_per_person"), s.monthlyPerPerson.fen()},
        {QStringLiteral("yuan"), s.monthlyPerPerson.toPlainString()}, {QStringLiteral("note"), s.note},
        {QStringLiteral("in_force"), inForce}};
}

// "30", "12.5", "30%": a share in percent with at most one decimal, as permille.
bool parseShare(const QString &text, int *permille)
{
    static const QRegularExpression share(QStringLiteral("^\\s*(\\d{1,3})(?:\\.(\\d))?\\s*[%％]?\\s*$"));
    const QRegularExpressionMatch m = share.match(text);
    if (!m.hasMatch())
        return false;
    *permille = m.captured(1).toInt() * 10 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
    return true;
}

QString shareText(int permille)
{
    return QLocale().toString(double(permille) / 10.0, 'g', 4);
}

} // namespace

int CliApp::runOffice(QStringList args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("show")) {
        int exitCode = Success;
        if (!noStrayOptions(args, &exitCode))
            return exitCode;
        if (args.size() > 2)
            return usage(tr("office show takes no argument \"%1\".").arg(args.at(2)));
        Database db;
        if (!openDatabase(db, false, &exitCode))
            return exitCode;
        OfficeRepository offices(db);
        const bool configured = offices.isConfigured();
        const Office office = offices.office();
        const Period month = Period::fromDate(db.today());
        const Outcome<BenefitCeiling> rule = BenefitCeiling::read(db);
        if (!rule)
            return fail(rule.result());
        const std::optional<BenefitStandard> standard = rule->standardIn(month);
        if (m_json) {
            QJsonObject o = officeJson(office);
            o[QStringLiteral("configured")] = configured;
            o[QStringLiteral("month")] = month.toString();
            o[QStringLiteral("standard")] = standard ? QJsonValue(standardJson(*standard, true)) : QJsonValue();
            printJson(o);
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
        return usage(sub.isEmpty() ? tr("office needs a subcommand: office show, or office set.")
                                   : tr("Unknown office subcommand \"%1\"; use office show or office set.").arg(sub));

    QList<std::pair<const OfficeField *, QString>> given;
    for (const OfficeField &f : kOfficeFields) {
        if (const std::optional<QString> value = takeGiven(args, QLatin1String(f.option)))
            given.append({&f, *value});
    }
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 2)
        return usage(
            tr("office set takes no argument \"%1\"; give values with options such as --hotline.").arg(args.at(2)));
    if (given.isEmpty())
        return usage(tr("office set needs at least one of --name, --code, --county, --address, --hotline, "
                        "--disclosure-url, --head, --reviewer, --preparer, --phone."));
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    OfficeRepository offices(db);
    const bool configured = offices.isConfigured();
    const Office before = offices.office();
    Office office = before;
    bool named = false, coded = false;
    for (const auto &[field, value] : std::as_const(given)) {
        office.*field->member = value;
        named = named || field->member == &Office::name;
        coded = coded || field->member == &Office::divisionCode;
    }
    if (!configured && (!named || !coded))
        return usage(tr("The database has no township office yet: office set needs --name and --code as well."));

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
            printJson(QJsonObject {{QStringLiteral("ok"), false}, {QStringLiteral("exit_code"), int(InputRejected)},
                {QStringLiteral("error"), lines.first()}, {QStringLiteral("field"), problems.first().field()},
                {QStringLiteral("problems"), list}});
        }
        for (const QString &line : std::as_const(lines))
            m_err << tr("dibao-cli: %1").arg(line) << '\n';
        m_err << tr("Nothing was saved.") << '\n';
        m_err.flush();
        return InputRejected;
    }
    if (const Result r = offices.saveOffice(office); !r)
        return fail(r);
    const Office after = offices.office();
    QStringList changed;
    QJsonArray changedKeys;
    for (const OfficeField &f : kOfficeFields) {
        if (!configured || before.*f.member != after.*f.member) {
            changed << QStringLiteral("--") + QLatin1String(f.option);
            changedKeys << QLatin1String(f.jsonKey);
        }
    }
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("changed"), changedKeys},
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

int CliApp::runStandard(QStringList args)
{
    const QString sub = args.value(1);
    if (sub == QLatin1String("topup"))
        return runTopUp(args);
    if (sub == QLatin1String("list")) {
        int exitCode = Success;
        if (!noStrayOptions(args, &exitCode))
            return exitCode;
        if (args.size() > 2)
            return usage(tr("standard list takes no argument \"%1\".").arg(args.at(2)));
        Database db;
        if (!openDatabase(db, false, &exitCode))
            return exitCode;
        const Outcome<QList<BenefitStandard>> read = StandardRepository(db).standards();
        if (!read)
            return fail(read.result());
        const QList<BenefitStandard> &standards = read.value();
        const std::optional<BenefitStandard> current
            = BenefitCeiling(standards, {}).standardIn(Period::fromDate(db.today()));
        if (m_json) {
            QJsonArray list;
            for (const BenefitStandard &s : standards)
                list << standardJson(s, current && current->id == s.id);
            printJson(list);
            return Success;
        }
        if (standards.isEmpty()) {
            m_out << tr("No benefit standard is set yet: add one with \"dibao-cli standard add --from YYYY-MM "
                        "--yuan N\".")
                  << '\n';
            return Success;
        }
        using Align = TextTable::Align;
        TextTable table({tr("From"), tr("Yuan per person per month"), tr("In force"), tr("Note")},
            {Align::Left, Align::Right, Align::Left, Align::Left});
        for (const BenefitStandard &s : standards) {
            table.addRow({Period::fromDate(s.effectiveDate).toString(), s.monthlyPerPerson.toDisplayString(),
                current && current->id == s.id ? tr("this month") : QString(), s.note});
        }
        m_out << table.toString();
        return Success;
    }
    if (sub != QLatin1String("add"))
        return usage(sub.isEmpty()
                ? tr("standard needs a subcommand: standard list, standard add, standard topup list or standard "
                     "topup set.")
                : tr("Unknown standard subcommand \"%1\"; use list, add or topup.").arg(sub));

    const QString monthText = Startup::takeOption(args, QStringLiteral("from"));
    const QString yuanText = Startup::takeOption(args, QStringLiteral("yuan"));
    const QString note = Startup::takeOption(args, QStringLiteral("note"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 2)
        return usage(tr("standard add takes no argument \"%1\".").arg(args.at(2)));
    if (monthText.isEmpty() || yuanText.isEmpty())
        return usage(tr("standard add needs --from YYYY-MM and --yuan N."));
    const Period from = Period::parse(monthText);
    if (!from.isValid())
        return fail(Result::rejected(
                        tr("--from \"%1\": this is not a month; write it as YYYY-MM, e.g. 2025-07.").arg(monthText),
                        QStringLiteral("from")),
            InputRejected);
    Money amount;
    if (!Money::parse(yuanText, &amount))
        return fail(
            Result::rejected(tr("--yuan \"%1\": this is not an amount in yuan; write it like 765.50.").arg(yuanText),
                QStringLiteral("amount")),
            InputRejected);
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    BenefitStandard standard {0, from.firstDay(), amount, note};
    StandardRepository standards(db);
    if (const QList<Result> problems = standards.validate(standard); !problems.isEmpty()) {
        const Result &p = problems.first();
        const bool aboutMonth = p.field() == QLatin1String("from");
        return fail(Result::rejected(tr("%1 \"%2\": %3")
                                         .arg(aboutMonth ? QStringLiteral("--from") : QStringLiteral("--yuan"),
                                             aboutMonth ? monthText : yuanText, p.message()),
                        p.field()),
            InputRejected);
    }
    if (const Result r = standards.addStandard(standard); !r)
        return fail(r);
    if (m_json) {
        const std::optional<BenefitStandard> current
            = BenefitCeiling(standards.standards().valueOr({}), {}).standardIn(Period::fromDate(db.today()));
        printJson(QJsonObject {{QStringLiteral("ok"), true},
            {QStringLiteral("standard"), standardJson(standard, current && current->id == standard.id)}});
        return Success;
    }
    m_out << tr("Added the benefit standard of %1 yuan per person per month from %2.")
                 .arg(standard.monthlyPerPerson.toDisplayString(), from.toString())
          << '\n';
    return Success;
}

int CliApp::runTopUp(QStringList args)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("list")) {
        int exitCode = Success;
        if (!noStrayOptions(args, &exitCode))
            return exitCode;
        if (args.size() > 3)
            return usage(tr("standard topup list takes no argument \"%1\".").arg(args.at(3)));
        Database db;
        if (!openDatabase(db, false, &exitCode))
            return exitCode;
        const Outcome<BenefitCeiling> rule = BenefitCeiling::read(db);
        const Outcome<QList<CategorySupplement>> read = StandardRepository(db).supplements();
        if (!rule || !read)
            return fail(!rule ? rule.result() : read.result());
        const QList<CategorySupplement> &supplements = read.value();
        const BenefitCeiling &ceiling = rule.value();
        const Period month = Period::fromDate(db.today());
        QJsonArray list;
        using Align = TextTable::Align;
        TextTable table(
            {tr("Category"), tr("From"), tr("Top-up"), tr("Yuan per person per month"), tr("In force"), tr("Note")},
            {Align::Left, Align::Left, Align::Left, Align::Right, Align::Left, Align::Left});
        for (const CategorySupplement &s : supplements) {
            const std::optional<BenefitStandard> standard = ceiling.standardIn(s.from);
            const std::optional<Money> perPerson
                = standard ? std::optional(s.perPerson(standard->monthlyPerPerson)) : std::nullopt;
            const std::optional<CategorySupplement> current = ceiling.supplementIn(s.category, month);
            const bool inForce = current && current->id == s.id;
            list << QJsonObject {{QStringLiteral("category"), key(s.category)},
                {QStringLiteral("from"), s.from.toString()},
                {QStringLiteral("amount_fen"), s.sharePermille ? QJsonValue() : QJsonValue(s.amount.fen())},
                {QStringLiteral("share_percent"),
                    s.sharePermille ? QJsonValue(double(*s.sharePermille) / 10.0) : QJsonValue()},
                {QStringLiteral("per_person_fen"), perPerson ? QJsonValue(perPerson->fen()) : QJsonValue()},
                {QStringLiteral("in_force"), inForce}, {QStringLiteral("note"), s.note}};
            table.addRow({label(s.category), s.from.toString(),
                s.sharePermille ? tr("%1 % of the standard").arg(shareText(*s.sharePermille))
                                : tr("%1 yuan").arg(s.amount.toDisplayString()),
                perPerson ? perPerson->toDisplayString() : tr("(no standard yet)"),
                inForce ? tr("this month") : QString(), s.note});
        }
        if (m_json) {
            printJson(list);
            return Success;
        }
        if (supplements.isEmpty()) {
            m_out << tr("No category top-up is set: households of every category get the standard alone.") << '\n';
            return Success;
        }
        m_out << table.toString();
        return Success;
    }
    if (sub != QLatin1String("set"))
        return usage(sub.isEmpty()
                ? tr("standard topup needs a subcommand: standard topup list, or standard topup set.")
                : tr("Unknown standard topup subcommand \"%1\"; use list or set.").arg(sub));

    const QString categoryText = Startup::takeOption(args, QStringLiteral("category"));
    const QString monthText = Startup::takeOption(args, QStringLiteral("from"));
    const std::optional<QString> yuanText = takeGiven(args, QStringLiteral("yuan"));
    const std::optional<QString> shareGiven = takeGiven(args, QStringLiteral("share"));
    const QString note = Startup::takeOption(args, QStringLiteral("note"));
    int exitCode = Success;
    if (!noStrayOptions(args, &exitCode))
        return exitCode;
    if (args.size() > 3)
        return usage(tr("standard topup set takes no argument \"%1\".").arg(args.at(3)));
    if (categoryText.isEmpty() || monthText.isEmpty() || (!yuanText && !shareGiven))
        return usage(tr("standard topup set needs --category A|B|C, --from YYYY-MM and --yuan N or --share PERCENT."));
    if (yuanText && shareGiven)
        return usage(tr("standard topup set takes --yuan (a fixed amount) or --share (a percentage of the "
                        "standard), not both."));
    CategorySupplement supplement;
    if (!fromText(categoryText.trimmed().toUpper(), &supplement.category) || supplement.category == Category::Ordinary)
        return fail(
            Result::rejected(tr("--category \"%1\": top-ups are set for the categories A, B and C.").arg(categoryText),
                QStringLiteral("category")),
            InputRejected);
    supplement.from = Period::parse(monthText);
    if (!supplement.from.isValid())
        return fail(Result::rejected(
                        tr("--from \"%1\": this is not a month; write it as YYYY-MM, e.g. 2025-07.").arg(monthText),
                        QStringLiteral("from")),
            InputRejected);
    if (yuanText) {
        if (!Money::parse(*yuanText, &supplement.amount))
            return fail(Result::rejected(
                            tr("--yuan \"%1\": this is not an amount in yuan; write it like 120.50.").arg(*yuanText),
                            QStringLiteral("amount")),
                InputRejected);
    } else {
        int permille = 0;
        if (!parseShare(*shareGiven, &permille))
            return fail(Result::rejected(tr("--share \"%1\": write the share as a percentage of the standard, e.g. 30 "
                                            "or 12.5.")
                                             .arg(*shareGiven),
                            QStringLiteral("share")),
                InputRejected);
        supplement.sharePermille = permille;
    }
    supplement.note = note;
    if (const QList<Result> problems = StandardRepository::validate(supplement); !problems.isEmpty()) {
        const Result &p = problems.first();
        const QString option = p.field() == QLatin1String("share") ? QStringLiteral("--share")
            : p.field() == QLatin1String("amount")                 ? QStringLiteral("--yuan")
                                                                   : QStringLiteral("--") + p.field();
        const QString value = p.field() == QLatin1String("share") ? shareGiven.value_or(QString())
            : p.field() == QLatin1String("amount")                ? yuanText.value_or(QString())
                                                                  : monthText;
        return fail(Result::rejected(tr("%1 \"%2\": %3").arg(option, value, p.message()), p.field()), InputRejected);
    }
    Database db;
    if (!openDatabase(db, false, &exitCode))
        return exitCode;
    StandardRepository repository(db);
    if (const Result r = repository.setSupplement(supplement); !r)
        return fail(r);
    const std::optional<BenefitStandard> standard
        = BenefitCeiling(repository.standards().valueOr({}), {}).standardIn(supplement.from);
    const std::optional<Money> perPerson
        = standard ? std::optional(supplement.perPerson(standard->monthlyPerPerson)) : std::nullopt;
    if (m_json) {
        printJson(QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("category"), key(supplement.category)},
            {QStringLiteral("from"), supplement.from.toString()},
            {QStringLiteral("amount_fen"),
                supplement.sharePermille ? QJsonValue() : QJsonValue(supplement.amount.fen())},
            {QStringLiteral("share_percent"),
                supplement.sharePermille ? QJsonValue(double(*supplement.sharePermille) / 10.0) : QJsonValue()},
            {QStringLiteral("per_person_fen"), perPerson ? QJsonValue(perPerson->fen()) : QJsonValue()}});
        return Success;
    }
    const QString what = supplement.sharePermille ? tr("%1 % of the standard").arg(shareText(*supplement.sharePermille))
                                                  : tr("%1 yuan").arg(supplement.amount.toDisplayString());
    m_out << tr("Set the %1 top-up from %2: %3 per person per month.")
                 .arg(label(supplement.category), supplement.from.toString(), what);
    if (supplement.sharePermille && perPerson)
        m_out << ' '
              << tr("Under the standard of %1 yuan that is %2 yuan.")
                     .arg(standard->monthlyPerPerson.toDisplayString(), perPerson->toDisplayString());
    m_out << '\n';
    return Success;
}
