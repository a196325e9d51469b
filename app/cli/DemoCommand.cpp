#include "DemoCommand.h"

#include "demo/DemoGenerator.h"
#include "office/OfficeRepository.h"
#include "roster/StatsRepository.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>

int DemoCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    QCommandLineParser options;
    if (!m_cli.parse(options, args, {{"households"}, {"seed"}}, &exitCode, 1, 0))
        return exitCode;
    const QString householdsText = options.value(QStringLiteral("households"));
    const QString seedText = options.value(QStringLiteral("seed"));
    if (householdsText.isEmpty())
        return m_cli.usage(tr("demo needs --households N."));
    bool ok = false;
    const int households = householdsText.toInt(&ok);
    if (!ok)
        return m_cli.usage(tr("--households needs a whole number, not \"%1\".").arg(householdsText));
    quint32 seed = 1;
    if (!seedText.isEmpty()) {
        seed = seedText.toUInt(&ok);
        if (!ok)
            return m_cli.usage(tr("--seed needs a whole number from 0 to 4294967295, not \"%1\".").arg(seedText));
    }
    constexpr int maxHouseholds = 500000;
    if (households < 1 || households > maxHouseholds)
        return m_cli.fail(
            Result::rejected(tr("--households must be from 1 to %1 (it is %2).").arg(maxHouseholds).arg(households),
                QStringLiteral("households")));

    Database db;
    if (!m_cli.openDatabase(db, true, &exitCode))
        return exitCode;
    QElapsedTimer timer;
    timer.start();
    if (const Result r = DemoGenerator(db).generate(households, seed); !r)
        return m_cli.fail(r);
    const double seconds = double(timer.elapsed()) / 1000.0;
    const Outcome<RosterStats> read = StatsRepository(db).stats();
    const Outcome<Office> readOffice = OfficeRepository(db).office();
    if (!read || !readOffice)
        return m_cli.fail(!read ? read.result() : readOffice.result());
    const RosterStats &stats = *read;
    const Office &office = *readOffice;

    if (m_json) {
        QJsonObject o;
        o[QStringLiteral("ok")] = true;
        o[QStringLiteral("database")] = QDir::toNativeSeparators(db.path());
        o[QStringLiteral("office")] = office.name;
        o[QStringLiteral("division_code")] = office.divisionCode;
        o[QStringLiteral("households")] = households;
        o[QStringLiteral("seed")] = qint64(seed);
        o[QStringLiteral("villages")] = int(stats.byVillage.size());
        o[QStringLiteral("seconds")] = seconds;
        o[QStringLiteral("stats")] = stats.toJson();
        m_cli.printJson(o);
        return Success;
    }
    m_out << tr("Demo township %1 (%2) written to %3 in %4 s (seed %5):")
                 .arg(office.name, office.divisionCode, QDir::toNativeSeparators(db.path()))
                 .arg(seconds, 0, 'f', 1)
                 .arg(seed)
          << '\n';
    m_out << tr("  %1 villages, %2 households: %3 active, %4 suspended, %5 exited, %6 rejected, %7 applying")
                 .arg(CliContext::count(stats.byVillage.size()), CliContext::count(stats.householdsTotal),
                     CliContext::count(stats.byStatus.value(QStringLiteral("active"))),
                     CliContext::count(stats.byStatus.value(QStringLiteral("suspended"))),
                     CliContext::count(stats.byStatus.value(QStringLiteral("exited"))),
                     CliContext::count(stats.byStatus.value(QStringLiteral("rejected"))),
                     CliContext::count(stats.byStatus.value(QStringLiteral("applying"))))
          << '\n';
    m_out << tr("  active households: %1 persons, %2 covered, %3 yuan a month")
                 .arg(CliContext::count(stats.personsActive), CliContext::count(stats.coveredPersonsActive),
                     stats.monthlyTotalActive.toDisplayString())
          << '\n';
    return Success;
}
