// RosterSheetParser: the words of a member's relation and disability, and a household's history from the file.
#include "exchange/roster/RosterSheetParser.h"
#include "roster/RelationWords.h"
#include "roster/RosterRecords.h"

#include <QStringList>

#include <optional>

using Field = RosterColumns::Field;
using namespace Domain;

void RosterSheetParser::noteWord(ValueWord::Field field, const QString &word, int row, const QString &mappedTo)
{
    const QString key = QString::number(int(field)) + word;
    auto it = m_wordIndex.constFind(key);
    if (it == m_wordIndex.constEnd()) {
        ValueWord w;
        w.field = field;
        w.word = word;
        w.mappedTo = mappedTo;
        m_words.append(w);
        it = m_wordIndex.insert(key, int(m_words.size() - 1));
    }
    ValueWord &w = m_words[*it];
    ++w.count;
    if (w.rows.size() < ValueWord::ListedRows)
        w.rows.append(row);
}

const RosterSheetParser::RelationText &RosterSheetParser::relationOf(const QString &text)
{
    if (const auto it = m_relations.constFind(text); it != m_relations.constEnd())
        return *it;
    RelationText r;
    const QString normalised = RelationWords::normalise(text);
    if (const auto m = m_valueMappings.relations.constFind(normalised); m != m_valueMappings.relations.constEnd()) {
        r.relation = *m;
        r.known = r.mapped = true;
        r.kept = normalised == zhLabel(r.relation) ? QString() : text;
    } else {
        const RelationWords::Reading reading = RelationWords::read(text);
        r.relation = reading.relation;
        r.known = reading.known;
        // A word the program cannot place is kept as written: it is all the clerk has.
        r.kept = reading.known ? reading.kept : text;
    }
    if (m_relations.size() < CachedTexts)
        return *m_relations.insert(text, r);
    m_relationScratch = r;
    return m_relationScratch;
}

const RosterSheetParser::DisabilityReading &RosterSheetParser::disabilityOf(
    const QString &text, DisabilityText::Role role)
{
    QHash<CellTextKey, DisabilityReading> &known = m_disabilities[int(role)];
    if (const auto it = known.constFind(text); it != known.constEnd())
        return *it;
    DisabilityReading d;
    d.reading = DisabilityText::read(text, role);
    const auto m = m_valueMappings.disabilities.constFind(DisabilityText::normalise(text));
    if (m != m_valueMappings.disabilities.constEnd()) {
        d.reading.kind = *m;
        d.reading.none = *m == DisabilityKind::None;
        d.mapped = true;
    }
    if (known.size() < CachedTexts)
        return *known.insert(text, d);
    m_disabilityScratch[int(role)] = d;
    return m_disabilityScratch[int(role)];
}

void RosterSheetParser::readDisability(const SheetRow &row, Person &p, const IdNumber &id)
{
    using Role = DisabilityText::Role;
    struct Part
    {
        Field field = Field::Ignore;
        Role role = Role::Combined;
        const QString *text = nullptr;
        const DisabilityReading *read = nullptr;
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
        parts[i].read = &disabilityOf(*parts[i].text, parts[i].role);

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
            noteWord(ValueWord::Field::Disability, *part.text, row.number, key(r.kind));
        else if (r.kind == DisabilityKind::None && !r.none && (r.unknownWords || r.grade == DisabilityGrade::None))
            unknownPart = &part;
        if (r.kind != DisabilityKind::None && !kindPart) {
            kind = r.kind;
            kindPart = &part;
        } else if (r.kind != DisabilityKind::None && r.kind != kind) {
            warning(row.number, part.field, *part.text,
                tr("names another kind of disability than column %1 (%2); %2 is used")
                    .arg(m_mapping.headerOf(kindPart->field), zhLabel(kind)));
        }
        if (r.grade != DisabilityGrade::None && !gradePart) {
            grade = r.grade;
            gradePart = &part;
        } else if (r.grade != DisabilityGrade::None && r.grade != grade) {
            warning(row.number, part.field, *part.text,
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
        const SheetCell &cell = cellOf(row, Field::DisabilityCertificate);
        if (cell.kind == SheetCell::Kind::Number) {
            warning(row.number, Field::DisabilityCertificate, certificateText,
                tr("the certificate number was stored as a number and its digits are lost; it is not imported "
                   "(format the column as text and export again)"));
        } else {
            const DisabilityText::Certificate c = DisabilityText::readCertificate(certificateText);
            p.disabilityCertificate = c.number;
            if (!c.isValid())
                warning(row.number, Field::DisabilityCertificate, certificateText,
                    tr("%1; the number is kept, its kind and grade are not used").arg(c.problemText()));
            else if (id.isValid() && c.idNumber != id.text())
                warning(row.number, Field::DisabilityCertificate, certificateText,
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
                warning(row.number, unknownPart->field, *unknownPart->text,
                    tr("the program does not know this disability; the certificate number's %1 is used")
                        .arg(byCertificate));
            kind = certificate->kind;
            grade = certificate->grade;
            unknownPart = nullptr;
        } else {
            // The roster's own column is what the office keeps up to date; a certificate can predate a
            // re-assessment. The clerk is told, and decides.
            const Part &said = kindPart ? *kindPart : gradePart ? *gradePart : parts[0];
            warning(row.number, Field::DisabilityCertificate, certificateText,
                tr("the certificate number says %1, column %2 says %3; %3 is used")
                    .arg(byCertificate, m_mapping.headerOf(said.field),
                        saysNone ? zhLabel(DisabilityKind::None) : DisabilityText::describe(kind, grade)));
        }
    }
    if (unknownPart && kind == DisabilityKind::None) {
        kind = DisabilityKind::Other;
        warning(row.number, unknownPart->field, *unknownPart->text,
            tr("the program does not know this disability: imported as %1, the words kept; map the words to a kind "
               "of disability in the import wizard or a profile")
                .arg(zhLabel(DisabilityKind::Other)));
        noteWord(ValueWord::Field::Disability, *unknownPart->text, row.number, QString());
    } else if (unknownPart && kindPart) {
        warning(row.number, unknownPart->field, *unknownPart->text,
            tr("the program does not understand this; %1 of column %2 is used")
                .arg(DisabilityText::describe(kind, grade), m_mapping.headerOf(kindPart->field)));
    } else if (kind == DisabilityKind::None && grade != DisabilityGrade::None) {
        kind = DisabilityKind::Other;
        warning(row.number, gradePart->field, *gradePart->text,
            tr("a disability grade is given but not the kind of disability: imported as %1")
                .arg(zhLabel(DisabilityKind::Other)));
    }
    p.disabilityKind = kind;
    p.disabilityGrade = kind == DisabilityKind::None ? DisabilityGrade::None : grade;
    p.disabilityText = kept.join(u' ');
}

void RosterSheetParser::buildHistory(ImportedHousehold &h)
{
    Household &hh = h.household;
    // A value given but not understood has its error already.
    if ((h.present.contains(Field::StartPeriod) && !hh.startPeriod.isValid())
        || (h.present.contains(Field::StatusDate) && (!h.statusDate.isValid() || h.statusDate > m_today)))
        return;
    const Period start = hh.startPeriod;
    const QDate fileDate = h.statusDate;
    const auto entry = [](HouseholdStatus to, const QDate &date, const QString &reason, const Period &paidFrom) {
        StatusChange c;
        c.to = to;
        c.date = date;
        c.reason = reason;
        c.paidFrom = paidFrom;
        return c;
    };
    QList<StatusChange> history;
    switch (hh.status) {
    case HouseholdStatus::Active:
        if (start.isValid()) {
            // Paid from next month: approved this month, the start is not a date in the future.
            history << entry(HouseholdStatus::Active, qMin(start.firstDay(), m_today), h.statusReason, start);
        } else if (fileDate.isValid()) {
            hh.startPeriod = RosterRecords::paidFromApproval(fileDate);
            history << entry(HouseholdStatus::Active, fileDate, h.statusReason, hh.startPeriod);
        } else if (m_asOf.isValid()) {
            hh.startPeriod = m_asOf;
            history << entry(HouseholdStatus::Active, m_asOf.firstDay(), h.statusReason, m_asOf);
        }
        break;
    case HouseholdStatus::Suspended:
    case HouseholdStatus::Exited: {
        const QDate at = fileDate.isValid() ? fileDate : m_asOf.isValid() ? m_asOf.firstDay() : QDate();
        if (!at.isValid())
            break;
        if (start.isValid() && at < start.firstDay()) {
            if (fileDate.isValid())
                issue(h.statusDateRow, Field::StatusDate, fileDate.toString(Qt::ISODate),
                    tr("the household is %1 on a date before the month its benefit started (%2)")
                        .arg(zhLabel(hh.status), start.toString()));
            else
                issue(h.firstRow, Field::StartPeriod, start.toString(),
                    tr("the benefit started after the month the roster describes (%1), yet the household is %2")
                        .arg(m_asOf.toString(), zhLabel(hh.status)));
            return;
        }
        if (start.isValid())
            history << entry(HouseholdStatus::Active, start.firstDay(), QString(), start);
        history << entry(hh.status, at,
            h.statusReason.isEmpty() ? RecordedReason::importedWithStatus(hh.status) : h.statusReason, Period());
        break;
    }
    case HouseholdStatus::Applying:
    case HouseholdStatus::Rejected: {
        // Without a date they are as they are on the day of the import, as before.
        const QDate at = fileDate.isValid() ? fileDate : m_asOf.isValid() ? m_asOf.firstDay() : QDate();
        if (at.isValid())
            history << entry(hh.status, at,
                h.statusReason.isEmpty() ? RecordedReason::importedWithStatus(hh.status) : h.statusReason, Period());
        break;
    }
    }
    h.lacksDates
        = history.isEmpty() && hh.status != HouseholdStatus::Applying && hh.status != HouseholdStatus::Rejected;
    if (!history.isEmpty())
        hh.statusDate = history.last().date;
    hh.history = std::move(history);
}
