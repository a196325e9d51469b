#include "IdCheckCommand.h"

#include "core/IdNumber.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

int IdCheckCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {}, &exitCode))
        return exitCode;
    const QStringList numbers = args.mid(1);
    if (numbers.isEmpty())
        return m_cli.usage(tr("id-check needs at least one ID number."));
    QJsonArray list;
    bool allValid = true;
    for (const QString &input : numbers) {
        const IdNumber id = IdNumber::parse(input);
        allValid = allValid && id.isValid();
        const QString number = id.isValid() ? id.text() : IdNumber::normalise(input);
        const QString sex = id.isValid()
            ? (id.sex() == IdNumber::Sex::Male ? QStringLiteral("male") : QStringLiteral("female"))
            : QString();
        if (m_json) {
            QJsonObject o;
            o[QStringLiteral("input")] = input;
            o[QStringLiteral("number")] = number;
            o[QStringLiteral("valid")] = id.isValid();
            o[QStringLiteral("reason")] = id.isValid() ? QJsonValue() : QJsonValue(id.errorText());
            o[QStringLiteral("birth_date")]
                = id.isValid() ? QJsonValue(id.birthDate().toString(Qt::ISODate)) : QJsonValue();
            o[QStringLiteral("sex")] = id.isValid() ? QJsonValue(sex) : QJsonValue();
            o[QStringLiteral("region")] = id.isValid() ? QJsonValue(id.regionCode()) : QJsonValue();
            o[QStringLiteral("upgraded_from_15")] = id.wasUpgraded();
            list.append(o);
            continue;
        }
        if (id.isValid()) {
            const QString sexText = id.sex() == IdNumber::Sex::Male ? tr("male") : tr("female");
            m_out << tr("%1  valid    born %2, %3, region %4")
                         .arg(number, id.birthDate().toString(Qt::ISODate), sexText, id.regionCode());
            if (id.wasUpgraded())
                m_out << tr(" (upgraded from the 15-digit number %1)").arg(IdNumber::normalise(input));
            if (number != input)
                m_out << tr(" (given as \"%1\")").arg(input);
            m_out << '\n';
        } else {
            m_out << tr("%1  invalid  %2")
                         .arg(number.isEmpty() ? QStringLiteral("\"%1\"").arg(input) : number, id.errorText())
                  << '\n';
        }
    }
    if (m_json)
        m_cli.printJson(list);
    return allValid ? Success : InputRejected;
}
