#include "StatsCommand.h"

#include "TextTable.h"
#include "office/OfficeRepository.h"
#include "roster/StatsRepository.h"
#include "storage/Database.h"

int StatsCommand::run(const QStringList &arguments)
{
    QStringList args = arguments;
    int exitCode = Success;
    Database db;
    if (!m_cli.openToRead(args, 1, db, &exitCode))
        return exitCode;
    const Outcome<RosterStats> read = StatsRepository(db).stats();
    const Outcome<Office> office = OfficeRepository(db).office();
    if (!read || !office)
        return m_cli.fail(!read ? read.result() : office.result());
    const RosterStats &stats = *read;
    if (m_json) {
        m_cli.printJson(stats.toJson());
        return Success;
    }
    if (!office->name.isEmpty()) // set up
        m_out << tr("%1 (%2)").arg(office->name, office->divisionCode) << '\n';
    m_out << tr("Households on file: %1").arg(CliContext::count(stats.householdsTotal)) << '\n';
    QStringList byStatus;
    for (Domain::HouseholdStatus s : Domain::allValues<Domain::HouseholdStatus>())
        byStatus.append(tr("%1 %2").arg(Domain::label(s), CliContext::count(stats.byStatus.value(Domain::key(s)))));
    m_out << "  " << byStatus.join(QStringLiteral("  ")) << '\n';
    m_out << tr("Active households: %1, persons %2, covered %3, monthly total %4 yuan")
                 .arg(CliContext::count(stats.householdsActive), CliContext::count(stats.personsActive),
                     CliContext::count(stats.coveredPersonsActive), stats.monthlyTotalActive.toDisplayString())
          << '\n';
    if (stats.byVillage.isEmpty())
        return Success;
    using Align = TextTable::Align;
    TextTable table(
        {tr("Code"), tr("Village"), tr("Active households"), tr("Persons"), tr("Covered"), tr("Monthly total (yuan)")},
        {Align::Left, Align::Left, Align::Right, Align::Right, Align::Right, Align::Right});
    for (const RosterStats::VillageFigures &v : stats.byVillage) {
        table.addRow({v.code, v.name, CliContext::count(v.householdsActive), CliContext::count(v.personsActive),
            CliContext::count(v.coveredPersonsActive), v.monthlyTotalActive.toDisplayString()});
    }
    table.addRow(
        {tr("Total"), QString(), CliContext::count(stats.householdsActive), CliContext::count(stats.personsActive),
            CliContext::count(stats.coveredPersonsActive), stats.monthlyTotalActive.toDisplayString()});
    m_out << '\n' << table.toString();
    return Success;
}
