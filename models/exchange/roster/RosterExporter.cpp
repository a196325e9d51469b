#include "exchange/roster/RosterExporter.h"

#include "core/IdNumber.h"
#include "exchange/roster/RosterColumns.h"
#include "exchange/sheets/OfficialSheetWriter.h"
#include "office/OfficeRepository.h"
#include "storage/Database.h"

using Field = RosterColumns::Field;
using namespace Domain;

namespace {

struct ExportColumn
{
    double width;
    Field field;
    TableColumn::Kind kind;
};

// clang-format off
const ExportColumn kColumns[] = {
    {6, Field::SerialNumber, TableColumn::Kind::Integer},
    {12, Field::Village, TableColumn::Kind::Text},
    {10, Field::HeadName, TableColumn::Kind::Text},
    {21, Field::HeadIdNumber, TableColumn::Kind::Text},
    {10, Field::Name, TableColumn::Kind::Text},
    {21, Field::IdNumber, TableColumn::Kind::Text},
    {5, Field::Sex, TableColumn::Kind::Text},
    {8, Field::Relation, TableColumn::Kind::Text},
    {7, Field::Covered, TableColumn::Kind::Text},
    {9, Field::DisabilityKind, TableColumn::Kind::Text},
    {7, Field::DisabilityGrade, TableColumn::Kind::Text},
    {8, Field::Health, TableColumn::Kind::Text},
    {10, Field::LabourAbility, TableColumn::Kind::Text},
    {6, Field::MemberCount, TableColumn::Kind::Integer},
    {6, Field::CoveredCount, TableColumn::Kind::Integer},
    {7, Field::Category, TableColumn::Kind::Text},
    {11, Field::Amount, TableColumn::Kind::Money},
    {10, Field::StartPeriod, TableColumn::Kind::Text},
    {7, Field::Status, TableColumn::Kind::Text},
    {11, Field::StatusDate, TableColumn::Kind::Text},
    {8, Field::RegisteredPoor, TableColumn::Kind::Text},
    {18, Field::Address, TableColumn::Kind::Text},
    {13, Field::Phone, TableColumn::Kind::Text},
    {21, Field::BankAccount, TableColumn::Kind::Text},
    {14, Field::Note, TableColumn::Kind::Text},
};
// clang-format on

} // namespace

RosterExporter::RosterExporter(Database &db)
    : m_db(db)
{ }

Result RosterExporter::exportRoster(const QString &path, const RosterFilter &filter, Summary *summary)
{
    OfficeRepository officeRepo(m_db);
    const Outcome<Office> read = officeRepo.office();
    if (!read)
        return read.result();
    const Office &office = *read;
    QList<TableColumn> columns;
    for (const ExportColumn &c : kColumns)
        columns.append(TableColumn {RosterColumns::exportHeader(c.field), c.width, c.kind});
    OfficialSheetWriter writer;
    if (Result opened = writer.open(path, QStringLiteral("花名册"), columns); !opened)
        return opened;
    // The form's title names what the filter kept.
    QStringList scope;
    if (filter.villageId > 0) {
        if (const auto v = officeRepo.village(filter.villageId))
            scope << v->name;
    }
    if (filter.status)
        scope << zhLabel(*filter.status);
    if (filter.category)
        scope << zhLabel(*filter.category);
    QString title = office.name + QStringLiteral("农村最低生活保障对象花名册");
    if (!scope.isEmpty())
        title += QStringLiteral("（%1）").arg(scope.join(QStringLiteral("、")));
    writer.writeHeading(title, office, m_db.today());

    Summary s;
    qint64 lastHousehold = 0;
    // A roster that cannot be read leaves no file behind (the writer removes its part file).
    Result walked = RosterQueries(m_db).forEachMember(filter, [&](const Household &h, const Person &p) {
        if (h.id != lastHousehold) {
            lastHousehold = h.id;
            ++s.households;
            s.persons += h.memberCount;
            s.monthlyTotal += h.monthlyAmount;
        }
        ++s.members;
        const IdNumber id = IdNumber::parse(p.idNumber);
        writer.writeRow({s.households, h.villageName, h.headName(), h.headIdNumber(), p.name, p.idNumber,
            id.isValid() ? (id.sex() == IdNumber::Sex::Male ? QStringLiteral("男") : QStringLiteral("女")) : QString(),
            zhLabel(p.relation), RosterColumns::yesNo(p.covered), zhLabel(p.disabilityKind), zhLabel(p.disabilityGrade),
            zhLabel(p.health), zhLabel(p.labourAbility), h.memberCount, h.coveredCount, zhLabel(h.category),
            h.monthlyAmount.fen(), h.startPeriod.toString(), zhLabel(h.status), h.statusDate.toString(Qt::ISODate),
            RosterColumns::yesNo(h.registeredPoor), h.address, h.phone, h.bankAccount, h.note});
    });
    if (!walked)
        return walked;
    writer.writeTotals(
        {QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QVariant(),
            QVariant(), QVariant(), QVariant(), QVariant(), s.persons, QVariant(), QVariant(), s.monthlyTotal.fen()});
    writer.writeFooter(office);
    if (Result closed = writer.close(); !closed)
        return closed;
    if (summary)
        *summary = s;
    return Result::success();
}
