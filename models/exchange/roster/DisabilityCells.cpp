#include "exchange/roster/DisabilityCells.h"

#include "exchange/roster/ImportWords.h"

#include <QStringList>

#include <array>
#include <optional>

using Field = RosterColumns::Field;
using namespace Domain;

void DisabilityCells::read(
    int row, const Value &value, bool certificateIsNumber, Person &p, const IdNumber &id, const Warn &warning)
{
    using Role = DisabilityText::Role;
    struct Part
    {
        Field field = Field::Ignore;
        Role role = Role::Combined;
        const QString *text = nullptr;
        const ImportWords::DisabilityReading *read = nullptr;
    };
    std::array<Part, 3> parts;
    int count = 0;
    for (const auto &[field, role] : {std::pair(Field::Disability, Role::Combined),
             std::pair(Field::DisabilityKind, Role::Kind), std::pair(Field::DisabilityGrade, Role::Grade)}) {
        if (const QString &v = value(field); !v.isEmpty())
            parts[count++] = Part {field, role, &v, nullptr};
    }
    const QString &certificateText = value(Field::DisabilityCertificate);
    if (count == 0 && certificateText.isEmpty())
        return; // most members: no disability, nothing written
    for (int i = 0; i < count; ++i)
        parts[i].read = &m_words.disabilityOf(*parts[i].text, parts[i].role);

    // The texts: the first column naming a kind (or grade) gives it.
    DisabilityKind kind = DisabilityKind::None;
    DisabilityGrade grade = DisabilityGrade::None;
    const Part *kindPart = nullptr;
    const Part *gradePart = nullptr;
    const Part *unknownPart = nullptr; // words naming no kind the program knows
    bool saysNone = count > 0;
    QStringList kept;
    for (int i = 0; i < count; ++i) {
        const Part &part = parts[i];
        const DisabilityText::Reading &r = part.read->reading;
        saysNone = saysNone && r.none;
        if (part.read->mapped)
            m_words.note(ValueWord::Field::Disability, *part.text, row, key(r.kind));
        else if (r.kind == DisabilityKind::None && !r.none && (r.unknownWords || r.grade == DisabilityGrade::None))
            unknownPart = &part;
        if (r.kind != DisabilityKind::None && !kindPart) {
            kind = r.kind;
            kindPart = &part;
        } else if (r.kind != DisabilityKind::None && r.kind != kind) {
            warning(part.field, *part.text,
                tr("names another kind of disability than column %1 (%2); %2 is used")
                    .arg(m_mapping.headerOf(kindPart->field), zhLabel(kind)));
        }
        if (r.grade != DisabilityGrade::None && !gradePart) {
            grade = r.grade;
            gradePart = &part;
        } else if (r.grade != DisabilityGrade::None && r.grade != grade) {
            warning(part.field, *part.text,
                tr("names another disability grade than column %1 (%2); %2 is used")
                    .arg(m_mapping.headerOf(gradePart->field), zhLabel(grade)));
        }
        const bool plain = r.none
            || (part.role == Role::Kind && *part.text == zhLabel(r.kind) && r.grade == DisabilityGrade::None)
            || (part.role == Role::Grade && *part.text == zhLabel(r.grade) && r.kind == DisabilityKind::None)
            || (part.role == Role::Combined && *part.text == DisabilityText::describe(r.kind, r.grade));
        if (!plain)
            kept << *part.text;
    }

    // The certificate number: read, checked against the member, and used where the texts say nothing.
    std::optional<DisabilityText::Certificate> certificate;
    if (!certificateText.isEmpty()) {
        if (certificateIsNumber) {
            warning(Field::DisabilityCertificate, certificateText,
                tr("the certificate number was stored as a number and its digits are lost; it is not imported "
                   "(format the column as text and export again)"));
        } else {
            const DisabilityText::Certificate c = DisabilityText::readCertificate(certificateText);
            p.disabilityCertificate = c.number;
            if (!c.isValid())
                warning(Field::DisabilityCertificate, certificateText,
                    tr("%1; the number is kept, its kind and grade are not used").arg(c.problemText()));
            else if (id.isValid() && c.idNumber != id.text())
                warning(Field::DisabilityCertificate, certificateText,
                    tr("the first 18 characters are not this member's ID number; the number is kept, its kind and "
                       "grade are not used"));
            else
                certificate = c;
        }
    }
    if (certificate) {
        const QString byCertificate = DisabilityText::describe(certificate->kind, certificate->grade);
        const bool agrees = (kind == DisabilityKind::None || kind == certificate->kind)
            && (grade == DisabilityGrade::None || grade == certificate->grade);
        if (count == 0 || (agrees && !saysNone)) {
            // The certificate tells what the texts leave out (肢体残疾 with the grade in the number), or all of it.
            if (unknownPart && kind == DisabilityKind::None)
                warning(unknownPart->field, *unknownPart->text,
                    tr("the program does not know this disability; the certificate number's %1 is used")
                        .arg(byCertificate));
            kind = certificate->kind;
            grade = certificate->grade;
            unknownPart = nullptr;
        } else {
            // The roster's own column is what the office keeps up to date; a certificate can predate a
            // re-assessment. The clerk is told, and decides.
            const Part &said = kindPart ? *kindPart : gradePart ? *gradePart : parts[0];
            warning(Field::DisabilityCertificate, certificateText,
                tr("the certificate number says %1, column %2 says %3; %3 is used")
                    .arg(byCertificate, m_mapping.headerOf(said.field),
                        saysNone ? zhLabel(DisabilityKind::None) : DisabilityText::describe(kind, grade)));
        }
    }
    if (unknownPart && kind == DisabilityKind::None) {
        kind = DisabilityKind::Other;
        warning(unknownPart->field, *unknownPart->text,
            tr("the program does not know this disability: imported as %1, the words kept; map the words to a kind "
               "of disability in the import wizard or a profile")
                .arg(zhLabel(DisabilityKind::Other)));
        m_words.note(ValueWord::Field::Disability, *unknownPart->text, row, QString());
    } else if (unknownPart && kindPart) {
        warning(unknownPart->field, *unknownPart->text,
            tr("the program does not understand this; %1 of column %2 is used")
                .arg(DisabilityText::describe(kind, grade), m_mapping.headerOf(kindPart->field)));
    } else if (kind == DisabilityKind::None && grade != DisabilityGrade::None) {
        kind = DisabilityKind::Other;
        warning(gradePart->field, *gradePart->text,
            tr("a disability grade is given but not the kind of disability: imported as %1")
                .arg(zhLabel(DisabilityKind::Other)));
    }
    p.disabilityKind = kind;
    p.disabilityGrade = kind == DisabilityKind::None ? DisabilityGrade::None : grade;
    p.disabilityText = kept.join(u' ');
}
