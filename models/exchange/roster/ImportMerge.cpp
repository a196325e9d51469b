#include "exchange/roster/ImportMerge.h"

#include "core/IdNumber.h"
#include "roster/DisabilityText.h"

using Field = RosterColumns::Field;
using namespace Domain;

Household ImportMerge::merge(const Household &onFile, const ImportedHousehold &imported, const ColumnMapping &map,
    bool memberShape, ImportPreview::HouseholdChange *change)
{
    Household merged = onFile;
    auto note = [change](Field f, const QString &before, const QString &after) {
        if (before != after)
            change->changes.append({RosterColumns::label(f), before, after});
    };
    const Household &file = imported.household;
    if (imported.present.contains(Field::Village) && file.villageId != merged.villageId) {
        note(Field::Village, merged.villageName, imported.villageName);
        merged.villageId = file.villageId;
    }
    if (imported.present.contains(Field::MemberCount)) {
        note(Field::MemberCount, QString::number(merged.memberCount), QString::number(file.memberCount));
        merged.memberCount = file.memberCount;
    }
    if (imported.present.contains(Field::CoveredCount)) {
        note(Field::CoveredCount, QString::number(merged.coveredCount), QString::number(file.coveredCount));
        merged.coveredCount = file.coveredCount;
    }
    if (imported.present.contains(Field::Category)) {
        note(Field::Category, zhLabel(merged.category), zhLabel(file.category));
        merged.category = file.category;
    }
    if (imported.present.contains(Field::Amount)) {
        note(Field::Amount, merged.monthlyAmount.toPlainString(), file.monthlyAmount.toPlainString());
        merged.monthlyAmount = file.monthlyAmount;
    }
    if (imported.present.contains(Field::StartPeriod)) {
        note(Field::StartPeriod, merged.startPeriod.toString(), file.startPeriod.toString());
        merged.startPeriod = file.startPeriod;
    }
    if (imported.present.contains(Field::Status))
        note(Field::Status, zhLabel(merged.status), zhLabel(file.status));
    const std::pair<Field, QString Household::*> texts[]
        = {{Field::Address, &Household::address}, {Field::Phone, &Household::phone},
            {Field::BankAccount, &Household::bankAccount}, {Field::Note, &Household::note}};
    for (const auto &[f, member] : texts) {
        if (imported.present.contains(f)) {
            note(f, merged.*member, file.*member);
            merged.*member = file.*member;
        }
    }
    if (imported.present.contains(Field::RegisteredPoor)) {
        note(Field::RegisteredPoor, RosterColumns::yesNo(merged.registeredPoor),
            RosterColumns::yesNo(file.registeredPoor));
        merged.registeredPoor = file.registeredPoor;
    }
    // Members matched by ID number; the file's values replace the mapped fields.
    for (const Person &fp : file.members) {
        Person *target = nullptr;
        for (Person &mp : merged.members) {
            if (mp.isCurrent() && mp.idNumber == fp.idNumber)
                target = &mp;
        }
        if (!target) {
            if (memberShape) {
                Person added = fp;
                added.id = 0;
                merged.members.append(added);
                change->changes.append({tr("new member"), QString(), fp.name + u' ' + IdNumber::masked(fp.idNumber)});
            }
            continue;
        }
        const QString who = target->name;
        auto noteMember = [&](Field f, const QString &before, const QString &after) {
            if (before != after)
                change->changes.append({QStringLiteral("%1 · %2").arg(who, RosterColumns::label(f)), before, after});
        };
        if (!fp.name.isEmpty()) {
            noteMember(Field::Name, target->name, fp.name);
            target->name = fp.name;
        }
        if (memberShape && map.has(Field::Relation)) {
            const auto shown
                = [](const Person &p) { return p.relationText.isEmpty() ? zhLabel(p.relation) : p.relationText; };
            noteMember(Field::Relation, shown(*target), shown(fp));
            target->relation = fp.relation;
            target->relationText = fp.relationText;
        }
        if (map.has(Field::Covered)) {
            noteMember(Field::Covered, RosterColumns::yesNo(target->covered), RosterColumns::yesNo(fp.covered));
            target->covered = fp.covered;
        }
        if (map.has(Field::DisabilityKind) || map.has(Field::DisabilityGrade) || map.has(Field::Disability)
            || map.has(Field::DisabilityCertificate)) {
            const auto shown = [](const Person &p) {
                const QString read = DisabilityText::describe(p.disabilityKind, p.disabilityGrade);
                return p.disabilityText.isEmpty() ? read : QStringLiteral("%1（%2）").arg(read, p.disabilityText);
            };
            // A file with only a kind (or only a grade) column leaves the other as it is on the roster.
            const bool both = map.has(Field::Disability) || map.has(Field::DisabilityCertificate)
                || (map.has(Field::DisabilityKind) && map.has(Field::DisabilityGrade));
            Person read = *target;
            if (both || map.has(Field::DisabilityKind) || fp.disabilityKind != DisabilityKind::None)
                read.disabilityKind = fp.disabilityKind;
            if (both || map.has(Field::DisabilityGrade) || fp.disabilityGrade != DisabilityGrade::None)
                read.disabilityGrade = fp.disabilityGrade;
            read.disabilityText = fp.disabilityText;
            noteMember(
                map.has(Field::Disability) ? Field::Disability : Field::DisabilityKind, shown(*target), shown(read));
            target->disabilityKind = read.disabilityKind;
            target->disabilityGrade
                = read.disabilityKind == DisabilityKind::None ? DisabilityGrade::None : read.disabilityGrade;
            target->disabilityText = read.disabilityText;
        }
        if (map.has(Field::DisabilityCertificate)) {
            noteMember(Field::DisabilityCertificate, target->disabilityCertificate, fp.disabilityCertificate);
            target->disabilityCertificate = fp.disabilityCertificate;
        }
        if (map.has(Field::Health)) {
            noteMember(Field::Health, zhLabel(target->health), zhLabel(fp.health));
            target->health = fp.health;
        }
        if (map.has(Field::LabourAbility)) {
            noteMember(Field::LabourAbility, zhLabel(target->labourAbility), zhLabel(fp.labourAbility));
            target->labourAbility = fp.labourAbility;
        }
    }
    return merged;
}
