#include "exchange/roster/RosterSheetParser.h"

#include "core/IdNumber.h"
#include "exchange/roster/DisabilityCells.h"
#include "exchange/roster/ImportedHistory.h"
#include "exchange/sheets/SheetCellText.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using Field = RosterColumns::Field;
using namespace Domain;

using SheetCellText::clean;
using SheetCellText::fromSerial;
using SheetCellText::isBlank;
using SheetCellText::needsCleaning;
using SheetCellText::number;
using SheetCellText::parseDateText;
using SheetCellText::parseYesNo;
using SheetCellText::plainPeriod;

namespace {

// A valid ID number (18 digits, the last maybe X) as a number: quicker to find than its text.
qint64 idKey(const QString &idNumber)
{
    qint64 key = 0;
    for (QChar c : idNumber)
        key = key * 11 + (c == u'X' ? 10 : c.unicode() - '0');
    return key;
}

// The slot of an enumeration's remembered texts in RosterSheetParser::m_enumTexts.
template<typename E> constexpr int enumSlot();
template<> constexpr int enumSlot<Category>()
{
    return 0;
}
template<> constexpr int enumSlot<HouseholdStatus>()
{
    return 1;
}
template<> constexpr int enumSlot<Health>()
{
    return 2;
}
template<> constexpr int enumSlot<LabourAbility>()
{
    return 3;
}

template<typename E> QString allowedValues()
{
    QStringList names;
    for (E v : allValues<E>())
        names << zhLabel(v);
    return names.join(QStringLiteral("、"));
}

} // namespace

RosterSheetParser::RosterSheetParser(const QString &fileName, const QString &sheetName)
    : m_file(fileName)
    , m_sheet(sheetName)
{ }

template<typename E> bool RosterSheetParser::enumFrom(const QString &text, E *out)
{
    QHash<CellTextKey, int> &known = m_enumTexts[enumSlot<E>()];
    if (const auto it = known.constFind(text); it != known.constEnd()) {
        if (*it < 0)
            return false;
        *out = E(*it);
        return true;
    }
    E found = *out;
    const bool ok = fromText(text, &found);
    if (known.size() < 256) // a file of random words must not grow it without end
        known.insert(text, ok ? int(found) : -1);
    if (ok)
        *out = found;
    return ok;
}

bool RosterSheetParser::looksLikeHeader(const SheetRow &row) const
{
    int matches = 0;
    bool id = false;
    for (const SheetCell &c : row.cells) {
        if (c.kind != SheetCell::Kind::Text)
            continue;
        const Field f = RosterColumns::match(c.text);
        if (f != Field::Ignore) {
            ++matches;
            id = id || f == Field::IdNumber || f == Field::HeadIdNumber;
        }
    }
    return matches >= 3 && id;
}

bool RosterSheetParser::addRow(const SheetRow &row)
{
    if (m_failed)
        return false;
    if (m_headerRow > 0) {
        parseDataRow(row);
        return true;
    }
    m_pending.append(row);
    if (m_pending.size() >= HeaderSearchRows)
        chooseHeader();
    return !m_failed;
}

void RosterSheetParser::chooseHeader()
{
    // The row with the most known column names, among those naming an ID column.
    int best = -1;
    int bestMatches = 0;
    for (int i = 0; i < m_pending.size(); ++i) {
        if (!looksLikeHeader(m_pending[i]))
            continue;
        int matches = 0;
        for (const SheetCell &c : m_pending[i].cells)
            matches += RosterColumns::match(c.text) != Field::Ignore ? 1 : 0;
        if (matches > bestMatches) {
            best = i;
            bestMatches = matches;
        }
    }
    if (best < 0) {
        m_failed = true;
        ImportIssue i;
        i.file = m_file;
        i.sheet = m_sheet;
        i.reason = tr("no header row was found in the first %1 rows: a roster needs columns such as 户主姓名, "
                      "身份证号码 and 村(居)名称")
                       .arg(HeaderSearchRows);
        m_issues.append(i);
        m_pending.clear();
        return;
    }
    const SheetRow &header = m_pending[best];
    QHash<int, QString> headers;
    for (int c = 0; c < header.cells.size(); ++c) {
        QString text = clean(header.cells[c].text);
        // Two-level headers: a column merged vertically has its name in the row above.
        if (text.isEmpty() && best > 0)
            text = clean(m_pending[best - 1].cell(c).text);
        if (!text.isEmpty())
            headers.insert(c, text);
    }
    m_headerRow = header.number;
    m_mapping = ColumnMapping::fromHeaders(headers, m_profile);
    startData();
    const QList<SheetRow> rest = m_pending.mid(best + 1);
    m_pending.clear();
    for (const SheetRow &r : rest)
        parseDataRow(r);
}

void RosterSheetParser::startData()
{
    const bool memberColumns = m_mapping.has(Field::Name) || m_mapping.has(Field::Relation);
    const bool headColumns = m_mapping.has(Field::HeadName) || m_mapping.has(Field::HeadIdNumber);
    // Member rows carry a relation, or a member's name/ID beside the head's.
    m_shape = (m_mapping.has(Field::Relation) || (memberColumns && headColumns && m_mapping.has(Field::IdNumber)))
        ? Shape::MemberPerRow
        : Shape::HouseholdPerRow;
    const bool hasId = m_mapping.has(Field::IdNumber) || m_mapping.has(Field::HeadIdNumber);
    const bool hasName = m_mapping.has(Field::Name) || m_mapping.has(Field::HeadName);
    if (!hasId || !hasName) {
        ImportIssue i;
        i.file = m_file;
        i.sheet = m_sheet;
        i.row = m_headerRow;
        i.reason = tr("the header has no column for the %1; map a column to it")
                       .arg(!hasId ? RosterColumns::label(Field::IdNumber) : RosterColumns::label(Field::Name));
        m_issues.append(i);
        m_failed = true;
    }
}

const SheetCell &RosterSheetParser::cellOf(const SheetRow &row, Field field) const
{
    return row.cell(m_mapping.columnOf(field));
}

void RosterSheetParser::loadValues(const SheetRow &row)
{
    // Pointers into the row where the text needs no cleaning: the rows may come from another thread, and
    // only reading them keeps their memory where it is.
    static const QString none;
    for (int f = int(Field::Ignore) + 1; f < FieldCount; ++f) {
        const int c = m_mapping.columnOf(Field(f));
        const QString &text = c < 0 ? none : row.cell(c).text;
        if (needsCleaning(text)) {
            m_cleaned[f] = clean(text);
            m_values[f] = &m_cleaned[f];
        } else {
            m_values[f] = &text;
        }
    }
}

void RosterSheetParser::issue(int row, Field field, const QString &value, const QString &reason)
{
    ImportIssue i;
    i.file = m_file;
    i.sheet = m_sheet;
    i.row = row;
    i.column = m_mapping.headerOf(field);
    i.value = value;
    i.reason = reason;
    m_issues.append(i);
}

void RosterSheetParser::warning(int row, Field field, const QString &value, const QString &reason)
{
    ImportIssue i;
    i.file = m_file;
    i.sheet = m_sheet;
    i.row = row;
    i.column = m_mapping.headerOf(field);
    i.value = value;
    i.reason = reason;
    i.severity = ImportIssue::Severity::Warning;
    m_warnings.append(i);
}

QDate RosterSheetParser::dateOf(const SheetRow &row, Field field, const QString &text) const
{
    const SheetCell &c = cellOf(row, field);
    if (c.kind == SheetCell::Kind::Date)
        return QDate::fromString(c.text, Qt::ISODate);
    if (c.kind == SheetCell::Kind::Number)
        return text.size() == 8 && !text.contains(u'.') ? parseDateText(text) : fromSerial(text.toDouble());
    if (const QDate d = parseDateText(text); d.isValid())
        return d;
    // A month alone (2024-06, 2024年6月): its first day.
    const Period month = Period::parse(text);
    return month.isValid() ? month.firstDay() : QDate();
}

bool RosterSheetParser::isFooter(const SheetRow &row) const
{
    for (const SheetCell &c : row.cells) {
        if (isBlank(c.text))
            continue;
        // Only the first non-empty cell decides; most rows are told apart by its first character.
        const auto first = std::find_if(c.text.cbegin(), c.text.cend(), [](QChar ch) { return !ch.isSpace(); });
        if (!QStringView(u"合总小填审制单").contains(*first))
            return false;
        const QString t = clean(c.text).remove(u' ');
        static const QStringList footers = {QStringLiteral("合计"), QStringLiteral("总计"), QStringLiteral("小计"),
            QStringLiteral("填表人"), QStringLiteral("审核人"), QStringLiteral("制表人"), QStringLiteral("单位负责人"),
            QStringLiteral("填报日期"), QStringLiteral("制表日期")};
        for (const QString &f : footers) {
            if (t.startsWith(f))
                return true;
        }
        return false; // only the first non-empty cell decides
    }
    return false;
}

bool RosterSheetParser::isRepeatedHeader(const SheetRow &row) const
{
    // Printed rosters repeat the header on every page: the ID column then holds its own header.
    const int column = m_mapping.has(Field::IdNumber) ? m_mapping.columnOf(Field::IdNumber)
                                                      : m_mapping.columnOf(Field::HeadIdNumber);
    const SheetCell &cell = row.cell(column);
    return cell.kind == SheetCell::Kind::Text && !cell.text.isEmpty() && !cell.text.at(0).isDigit()
        && clean(cell.text) == m_mapping.headers.value(column);
}

IdNumber RosterSheetParser::parseIdNumber(const SheetRow &row, Field field)
{
    const SheetCell &cell = cellOf(row, field);
    const QString &raw = value(field);
    if (raw.isEmpty())
        return {};
    if (cell.kind == SheetCell::Kind::Number) {
        // More than 15 digits as a number: the spreadsheet already rounded the last ones away.
        const QString digits = QString(raw).remove(QRegularExpression(QStringLiteral("[^0-9]")));
        if (raw.contains(u'E', Qt::CaseInsensitive) || digits.size() > 15) {
            issue(row.number, field, raw, IdNumber::errorText(IdNumber::Error::SpreadsheetNumber));
            return {};
        }
    }
    IdNumber id = IdNumber::parse(raw);
    if (!id.isValid()) {
        issue(row.number, field, raw, id.errorText());
        return {};
    }
    return id;
}

bool RosterSheetParser::readPerson(const SheetRow &row, Person &p, bool householdShape)
{
    const Field nameField = householdShape && m_mapping.has(Field::HeadName) ? Field::HeadName : Field::Name;
    const Field idField = householdShape && !m_mapping.has(Field::IdNumber) ? Field::HeadIdNumber : Field::IdNumber;
    p.name = value(m_mapping.has(nameField) ? nameField : Field::HeadName);
    const int before = int(m_issues.size());
    const QString &rawId = value(idField);
    const IdNumber id = parseIdNumber(row, idField); // invalid (and reported) unless p.idNumber is set
    p.idNumber = id.isValid() ? id.text() : QString();
    if (rawId.isEmpty())
        issue(row.number, idField, QString(), tr("the ID number is missing"));
    if (p.name.isEmpty())
        issue(row.number, m_mapping.has(nameField) ? nameField : Field::HeadName, QString(), tr("the name is missing"));
    if (!p.idNumber.isEmpty()) {
        if (const auto it = m_idRows.constFind(idKey(p.idNumber)); it != m_idRows.constEnd())
            issue(row.number, idField, p.idNumber, tr("the same ID number is already in row %1").arg(it.value()));
        else
            m_idRows.insert(idKey(p.idNumber), row.number);
    }
    if (householdShape) {
        p.relation = Relation::Head;
    } else if (const QString &rel = value(Field::Relation); !rel.isEmpty()) {
        const ImportWords::RelationText &r = m_words.relationOf(rel);
        p.relation = r.relation;
        p.relationText = r.kept;
        if (!r.known) {
            warning(row.number, Field::Relation, rel,
                tr("the program does not know this relation to the head: imported as %1, the word kept; map the "
                   "word to a relation in the import wizard or a profile")
                    .arg(zhLabel(Relation::Other)));
            m_words.note(ValueWord::Field::Relation, rel, row.number, QString());
        } else if (r.mapped) {
            m_words.note(ValueWord::Field::Relation, rel, row.number, key(r.relation));
        }
    }
    if (const QString &v = value(Field::Covered); !v.isEmpty() && !parseYesNo(v, &p.covered))
        issue(row.number, Field::Covered, v, tr("write 是 or 否"));
    if (!value(Field::Disability).isEmpty() || !value(Field::DisabilityKind).isEmpty()
        || !value(Field::DisabilityGrade).isEmpty() || !value(Field::DisabilityCertificate).isEmpty()) {
        // Most members have no disability: nothing to read.
        DisabilityCells(m_words, m_mapping)
            .read(
                row.number, [this](Field field) -> const QString & { return value(field); },
                cellOf(row, Field::DisabilityCertificate).kind == SheetCell::Kind::Number, p, id,
                [this, &row](Field field, const QString &text, const QString &reason) {
                    warning(row.number, field, text, reason);
                });
    }
    if (const QString &v = value(Field::Health); !v.isEmpty() && !enumFrom(v, &p.health))
        issue(row.number, Field::Health, v, tr("unknown health state; use one of %1").arg(allowedValues<Health>()));
    if (const QString &v = value(Field::LabourAbility); !v.isEmpty() && !enumFrom(v, &p.labourAbility))
        issue(row.number, Field::LabourAbility, v,
            tr("unknown labour ability; use one of %1").arg(allowedValues<LabourAbility>()));
    if (const QString &v = value(Field::Sex); !v.isEmpty() && id.isValid()) {
        const QChar c = v.size() == 1 ? v.front() : QChar();
        const bool male = c == u'男' || c == u'M' || c == u'm';
        const bool female = c == u'女' || c == u'F' || c == u'f';
        if (!male && !female)
            issue(row.number, Field::Sex, v, tr("write 男 or 女"));
        else if (male != (id.sex() == IdNumber::Sex::Male))
            issue(row.number, Field::Sex, v, tr("does not match the sex in the ID number"));
    }
    if (const SheetCell &c = cellOf(row, Field::BirthDate); m_mapping.has(Field::BirthDate) && !c.isEmpty()) {
        const QDate d = c.kind == SheetCell::Kind::Date ? QDate::fromString(c.text, Qt::ISODate)
            : c.kind == SheetCell::Kind::Number         ? fromSerial(c.text.toDouble())
                                                        : parseDateText(c.text);
        if (!d.isValid())
            issue(row.number, Field::BirthDate, clean(c.text), tr("the date does not exist"));
        else if (id.isValid() && d != id.birthDate())
            issue(row.number, Field::BirthDate, clean(c.text),
                tr("does not match the birth date in the ID number (%1)").arg(id.birthDate().toString(Qt::ISODate)));
    }
    return int(m_issues.size()) == before;
}

void RosterSheetParser::readHouseholdFields(const SheetRow &row, ImportedHousehold &h, bool first)
{
    // Household columns: blank means "as above" (merged cells, or the clerk left them out).
    auto fieldValue = [&](Field f) -> const QString & {
        const QString &v = value(f);
        if (!v.isEmpty() && !first && h.present.contains(f) && m_lastHouseholdValues[int(f)] != v)
            issue(row.number, f, v,
                tr("differs from the value \"%1\" given for the same household in row %2")
                    .arg(m_lastHouseholdValues[int(f)])
                    .arg(h.firstRow));
        return v;
    };
    auto take = [&](Field f, const auto &apply) {
        if (!m_mapping.has(f))
            return;
        const QString &v = fieldValue(f);
        if (v.isEmpty() || h.present.contains(f))
            return;
        h.present.insert(f);
        m_lastHouseholdValues[int(f)] = v;
        apply(v);
    };
    Household &hh = h.household;
    take(Field::Village, [&](const QString &v) { h.villageName = v; });
    take(Field::MemberCount, [&](const QString &v) {
        bool ok = false;
        const double n = number(QString(v).remove(u'人').remove(u'口'), &ok);
        if (!ok || n < 1 || n != std::floor(n) || n > 99)
            issue(row.number, Field::MemberCount, v, tr("the household size must be a whole number from 1 to 99"));
        else
            hh.memberCount = int(n);
    });
    take(Field::CoveredCount, [&](const QString &v) {
        bool ok = false;
        const double n = number(QString(v).remove(u'人').remove(u'口'), &ok);
        if (!ok || n < 0 || n != std::floor(n) || n > 99)
            issue(row.number, Field::CoveredCount, v, tr("the covered persons must be a whole number from 0 to 99"));
        else
            hh.coveredCount = int(n);
    });
    take(Field::Category, [&](const QString &v) {
        if (!enumFrom(v, &hh.category))
            issue(row.number, Field::Category, v, tr("unknown category; use one of %1").arg(allowedValues<Category>()));
    });
    take(Field::Amount, [&](const QString &v) {
        const SheetCell &c = cellOf(row, Field::Amount);
        Money m;
        bool ok = false;
        if (c.kind == SheetCell::Kind::Number) {
            const double yuan = number(c.text, &ok);
            const double fen = yuan * 100.0;
            ok = ok && std::isfinite(fen) && std::fabs(fen - std::round(fen)) < 1e-6 * std::max(1.0, std::fabs(fen));
            m = Money::fromFen(qint64(std::llround(fen)));
        } else {
            ok = Money::parse(v, &m);
        }
        if (!ok)
            issue(row.number, Field::Amount, v, tr("is not an amount in yuan; write digits such as 300 or 300.50"));
        else if (m.isNegative())
            issue(row.number, Field::Amount, v, tr("the monthly amount cannot be negative"));
        else
            hh.monthlyAmount = m;
    });
    take(Field::StartPeriod, [&](const QString &v) {
        const SheetCell &c = cellOf(row, Field::StartPeriod);
        Period p;
        if (c.kind == SheetCell::Kind::Date) {
            p = Period::fromDate(QDate::fromString(c.text, Qt::ISODate));
        } else if (c.kind == SheetCell::Kind::Number && !v.contains(u'.') && v.size() != 6) {
            p = Period::fromDate(fromSerial(v.toDouble())); // a date serial without a date format
        } else if (const Period plain = plainPeriod(v); plain.isValid()) {
            p = plain;
        } else {
            p = Period::parse(v);
            if (!p.isValid()) {
                const QDate d = parseDateText(v);
                if (d.isValid())
                    p = Period::fromDate(d);
            }
        }
        if (!p.isValid())
            issue(row.number, Field::StartPeriod, v, tr("is not a month; write it as 2018-03 or 2018年3月"));
        else
            hh.startPeriod = p;
    });
    take(Field::Status, [&](const QString &v) {
        if (!enumFrom(v, &hh.status))
            issue(row.number, Field::Status, v,
                tr("unknown status; use one of %1").arg(allowedValues<HouseholdStatus>()));
    });
    take(Field::StatusDate, [&](const QString &v) {
        h.statusDateRow = row.number;
        h.statusDate = dateOf(row, Field::StatusDate, v);
        if (!h.statusDate.isValid())
            issue(row.number, Field::StatusDate, v, tr("is not a date; write it as 2024-06-15 or 2024年6月15日"));
        else if (h.statusDate > m_today)
            issue(row.number, Field::StatusDate, v, tr("the date is in the future"));
    });
    take(Field::StatusReason, [&](const QString &v) { h.statusReason = v; });
    take(Field::Address, [&](const QString &v) { hh.address = v; });
    take(Field::Phone, [&](const QString &v) { hh.phone = v; });
    take(Field::BankAccount, [&](const QString &v) {
        const SheetCell &c = cellOf(row, Field::BankAccount);
        if (c.kind == SheetCell::Kind::Number && (v.contains(u'E', Qt::CaseInsensitive) || v.size() > 15))
            issue(row.number, Field::BankAccount, v,
                tr("the account number was stored as a number and its digits are lost; format the column as "
                   "text and export again"));
        else
            hh.bankAccount = IdNumber::normalise(v);
    });
    take(Field::RegisteredPoor, [&](const QString &v) {
        if (!parseYesNo(v, &hh.registeredPoor))
            issue(row.number, Field::RegisteredPoor, v, tr("write 是 or 否"));
    });
    take(Field::Note, [&](const QString &v) { hh.note = v; });
}

void RosterSheetParser::closeHousehold()
{
    if (!m_current)
        return;
    ImportedHousehold &h = *m_current;
    if (m_shape == Shape::MemberPerRow) {
        int heads = 0;
        for (const Person &p : h.household.members)
            heads += p.isHead() ? 1 : 0;
        if (heads == 0 && !h.household.members.isEmpty() && !m_mapping.has(Field::Relation))
            h.household.members.first().relation = Relation::Head;
        else if (heads == 0 && !h.household.members.isEmpty())
            issue(h.firstRow, Field::Relation, QString(), tr("no member of this household is marked as 户主"));
        // Without a per-member column, who is covered is known only when everyone is.
        if (!m_mapping.has(Field::Covered) && h.present.contains(RosterColumns::Field::CoveredCount)) {
            const bool all = h.household.coveredCount >= h.household.members.size();
            for (Person &p : h.household.members)
                p.covered = all;
        }
    }
    if (h.household.status == HouseholdStatus::Applying && !h.present.contains(Field::Status))
        h.household.status = HouseholdStatus::Active; // a roster lists households on dibao
    if (const auto problem = ImportedHistory(m_asOf, m_today).build(h))
        issue(problem->row, problem->field, problem->value, problem->reason);
    if (!h.present.contains(Field::Village))
        issue(h.firstRow, Field::Village, QString(), tr("the village is missing"));
    m_households.append(std::move(h));
    m_current.reset();
}

void RosterSheetParser::parseDataRow(const SheetRow &row)
{
    if (m_failed)
        return;
    bool empty = true;
    for (const SheetCell &c : row.cells)
        empty = empty && isBlank(c.text);
    if (empty || isFooter(row) || isRepeatedHeader(row))
        return;
    ++m_dataRows;
    loadValues(row);
    if (m_shape == Shape::HouseholdPerRow) {
        closeHousehold();
        ImportedHousehold h;
        h.firstRow = row.number;
        m_lastHouseholdValues.fill(QString());
        readHouseholdFields(row, h, true);
        Person head;
        readPerson(row, head, true);
        if (h.household.memberCount == 0 && !m_mapping.has(Field::MemberCount))
            h.household.memberCount = 1;
        head.covered = h.household.coveredCount > 0 || !m_mapping.has(Field::CoveredCount);
        h.household.members.append(head);
        h.memberRows.append(row.number);
        m_current = std::move(h);
        closeHousehold();
        return;
    }
    // One row per member: a new household starts where the household key changes (blank = as above).
    QString key;
    if (m_mapping.has(Field::HeadIdNumber))
        key = IdNumber::normalise(value(Field::HeadIdNumber));
    else if (m_mapping.has(Field::HeadName))
        key = value(Field::HeadName) + u'|' + value(Field::Village);
    const bool isHeadRow = m_mapping.has(Field::Relation) && !value(Field::Relation).isEmpty()
        && m_words.relationOf(value(Field::Relation)).relation == Relation::Head;
    const bool keyed = m_mapping.has(Field::HeadIdNumber) || m_mapping.has(Field::HeadName);
    const bool startsNew = !m_current || (keyed ? (!key.isEmpty() && key != u'|' && key != m_currentKey) : isHeadRow);
    if (startsNew) {
        closeHousehold();
        m_current = ImportedHousehold();
        m_current->firstRow = row.number;
        m_currentKey = key;
        m_lastHouseholdValues.fill(QString());
    } else if (isHeadRow) {
        const QList<Person> &members = m_current->household.members;
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (members[i].isHead()) {
                issue(row.number, Field::Relation, value(Field::Relation),
                    tr("this household already has a head (%1, row %2)")
                        .arg(members[i].name)
                        .arg(m_current->memberRows.value(i)));
                break;
            }
        }
    }
    readHouseholdFields(row, *m_current, startsNew);
    Person p;
    readPerson(row, p, false);
    if (!m_mapping.has(Field::Relation) && m_mapping.has(Field::HeadIdNumber))
        p.relation = (p.idNumber == IdNumber::parse(key).text()) ? Relation::Head : Relation::Other;
    m_current->household.members.append(p);
    m_current->memberRows.append(row.number);
}

void RosterSheetParser::finish()
{
    if (m_headerRow == 0 && !m_failed)
        chooseHeader();
    closeHousehold();
}
