#include "StandardCommand.h"

#include "TextTable.h"
#include "office/BenefitCeiling.h"
#include "office/StandardRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

using namespace Domain;

namespace {

// An option's value when it was given at all, so that an empty value is not taken for none.
std::optional<QString> given(const QCommandLineParser &options, const QString &name)
{
    return options.isSet(name) ? std::optional(options.value(name)) : std::nullopt;
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

QJsonObject StandardCommand::standardJson(const BenefitStandard &s, bool inForce)
{
    return QJsonObject {{QStringLiteral("from"), Period::fromDate(s.effectiveDate).toString()},
        {QStringLiteral("effective_date"), s.effectiveDate.toString(Qt::ISODate)},
        {QStringLiteral("monthly_fen_per_person"), s.monthlyPerPerson.fen()},
        {QStringLiteral("yuan"), s.monthlyPerPerson.toPlainString()}, {QStringLiteral("note"), s.note},
        {QStringLiteral("in_force"), inForce}};
}

int StandardCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    const QString sub = args.value(1);
    if (sub == QLatin1String("topup"))
        return topUp(args);
    if (sub == QLatin1String("list")) {
        int exitCode = Success;
        Database db;
        if (!m_cli.openToRead(args, 2, db, &exitCode))
            return exitCode;
        const Outcome<QList<BenefitStandard>> read = StandardRepository(db).standards();
        if (!read)
            return m_cli.fail(read.result());
        const QList<BenefitStandard> &standards = read.value();
        const std::optional<BenefitStandard> current
            = BenefitCeiling(standards, {}).standardIn(Period::fromDate(db.today()));
        if (m_json) {
            QJsonArray list;
            for (const BenefitStandard &s : standards)
                list << standardJson(s, current && current->id == s.id);
            m_cli.printJson(list);
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
        return m_cli.usage(sub.isEmpty()
                ? tr("standard needs a subcommand: standard list, standard add, standard topup list or standard "
                     "topup set.")
                : tr("Unknown standard subcommand \"%1\"; use list, add or topup.").arg(sub));

    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"from"}, {"yuan"}, {"note"}}, &exitCode, 2, 0))
        return exitCode;
    const QString monthText = options.value(QStringLiteral("from"));
    const QString yuanText = options.value(QStringLiteral("yuan"));
    const QString note = options.value(QStringLiteral("note"));
    if (monthText.isEmpty() || yuanText.isEmpty())
        return m_cli.usage(tr("standard add needs --from YYYY-MM and --yuan N."));
    const Period from = Period::parse(monthText);
    if (!from.isValid())
        return m_cli.fail(
            Result::rejected(
                tr("--from \"%1\": this is not a month; write it as YYYY-MM, e.g. 2025-07.").arg(monthText),
                QStringLiteral("from")),
            InputRejected);
    Money amount;
    if (!Money::parse(yuanText, &amount))
        return m_cli.fail(
            Result::rejected(tr("--yuan \"%1\": this is not an amount in yuan; write it like 765.50.").arg(yuanText),
                QStringLiteral("amount")),
            InputRejected);
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    BenefitStandard standard {0, from.firstDay(), amount, note};
    StandardRepository standards(db);
    if (const QList<Result> problems = standards.validate(standard); !problems.isEmpty()) {
        const Result &p = problems.first();
        const bool aboutMonth = p.field() == QLatin1String("from");
        return m_cli.fail(Result::rejected(tr("%1 \"%2\": %3")
                                               .arg(aboutMonth ? QStringLiteral("--from") : QStringLiteral("--yuan"),
                                                   aboutMonth ? monthText : yuanText, p.message()),
                              p.field()),
            InputRejected);
    }
    if (const Result r = standards.addStandard(standard); !r)
        return m_cli.fail(r);
    if (m_json) {
        const std::optional<BenefitStandard> current
            = BenefitCeiling(standards.standards().valueOr({}), {}).standardIn(Period::fromDate(db.today()));
        m_cli.printJson(QJsonObject {{QStringLiteral("ok"), true},
            {QStringLiteral("standard"), standardJson(standard, current && current->id == standard.id)}});
        return Success;
    }
    m_out << tr("Added the benefit standard of %1 yuan per person per month from %2.")
                 .arg(standard.monthlyPerPerson.toDisplayString(), from.toString())
          << '\n';
    return Success;
}

int StandardCommand::topUp(QStringList args)
{
    const QString sub = args.value(2);
    if (sub == QLatin1String("list")) {
        int exitCode = Success;
        Database db;
        if (!m_cli.openToRead(args, 3, db, &exitCode))
            return exitCode;
        const Outcome<BenefitCeiling> rule = BenefitCeiling::read(db);
        if (!rule)
            return m_cli.fail(rule.result());
        const BenefitCeiling &ceiling = rule.value();
        const QList<CategorySupplement> &supplements = ceiling.supplements();
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
            m_cli.printJson(list);
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
        return m_cli.usage(sub.isEmpty()
                ? tr("standard topup needs a subcommand: standard topup list, or standard topup set.")
                : tr("Unknown standard topup subcommand \"%1\"; use list or set.").arg(sub));

    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"category"}, {"from"}, {"yuan"}, {"share"}, {"note"}}, &exitCode, 3, 0))
        return exitCode;
    const QString categoryText = options.value(QStringLiteral("category"));
    const QString monthText = options.value(QStringLiteral("from"));
    const std::optional<QString> yuanText = given(options, QStringLiteral("yuan"));
    const std::optional<QString> shareGiven = given(options, QStringLiteral("share"));
    const QString note = options.value(QStringLiteral("note"));
    if (categoryText.isEmpty() || monthText.isEmpty() || (!yuanText && !shareGiven))
        return m_cli.usage(
            tr("standard topup set needs --category A|B|C, --from YYYY-MM and --yuan N or --share PERCENT."));
    if (yuanText && shareGiven)
        return m_cli.usage(tr("standard topup set takes --yuan (a fixed amount) or --share (a percentage of the "
                              "standard), not both."));
    CategorySupplement supplement;
    if (!fromText(categoryText.trimmed().toUpper(), &supplement.category) || supplement.category == Category::Ordinary)
        return m_cli.fail(
            Result::rejected(tr("--category \"%1\": top-ups are set for the categories A, B and C.").arg(categoryText),
                QStringLiteral("category")),
            InputRejected);
    supplement.from = Period::parse(monthText);
    if (!supplement.from.isValid())
        return m_cli.fail(
            Result::rejected(
                tr("--from \"%1\": this is not a month; write it as YYYY-MM, e.g. 2025-07.").arg(monthText),
                QStringLiteral("from")),
            InputRejected);
    if (yuanText) {
        if (!Money::parse(*yuanText, &supplement.amount))
            return m_cli.fail(
                Result::rejected(
                    tr("--yuan \"%1\": this is not an amount in yuan; write it like 120.50.").arg(*yuanText),
                    QStringLiteral("amount")),
                InputRejected);
    } else {
        int permille = 0;
        if (!parseShare(*shareGiven, &permille))
            return m_cli.fail(
                Result::rejected(tr("--share \"%1\": write the share as a percentage of the standard, e.g. 30 "
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
        return m_cli.fail(
            Result::rejected(tr("%1 \"%2\": %3").arg(option, value, p.message()), p.field()), InputRejected);
    }
    Database db;
    if (!m_cli.openDatabase(db, false, &exitCode))
        return exitCode;
    StandardRepository repository(db);
    if (const Result r = repository.setSupplement(supplement); !r)
        return m_cli.fail(r);
    const std::optional<BenefitStandard> standard
        = BenefitCeiling(repository.standards().valueOr({}), {}).standardIn(supplement.from);
    const std::optional<Money> perPerson
        = standard ? std::optional(supplement.perPerson(standard->monthlyPerPerson)) : std::nullopt;
    if (m_json) {
        m_cli.printJson(
            QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("category"), key(supplement.category)},
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
