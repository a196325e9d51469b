#include "exchange/roster/RosterImporter.h"

#include "core/Sha256.h"
#include "exchange/roster/ImportMerge.h"
#include "exchange/roster/ImportProfileRepository.h"
#include "exchange/sheets/SheetRowPipe.h"
#include "office/OfficeRepository.h"
#include "roster/RosterBulkWriter.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMap>
#include <QScopeGuard>

#include <limits>

using Field = RosterColumns::Field;
using namespace Domain;

namespace {

constexpr qint64 kNewVillage = std::numeric_limits<qint64>::max();

} // namespace

// What checking the households needs, kept while they arrive from the parser.
struct RosterImporter::Checking
{
    ImportPreview context; // file, sheet, shape and mapping, for placeIssue()
    QHash<QString, qint64> byBase; // village name without 村委会/居委会 → id
    QHash<QString, qint64> known; // village as written → id on file (0: none)
    QMap<QString, QList<int>> unknown; // village → rows, reported once per village
    QSet<int> rowsWithIssues; // rows the parser found problems in
    qsizetype parserIssues = 0; // of the parser's issues, those in rowsWithIssues
    QList<ImportIssue> issues; // found by validate(), in the households' order
    QList<ImportIssue> compareIssues; // found comparing with the roster, in the households' order
    QList<int> undated; // first rows of new households without the dates their history needs
    QDate today;
    Result readFailure; // the roster could not be read to compare with: the preview fails
};

RosterImporter::RosterImporter(Database &db)
    : m_db(db)
{ }

bool RosterImporter::report(int done, int total)
{
    return !m_progress || m_progress(done, total);
}

ImportPreview RosterImporter::preview(const QString &path, const ImportOptions &options)
{
    m_preview = ImportPreview();
    m_options = options;
    m_plan.clear();
    m_fresh.clear();
    m_planUsed = false;
    m_villages.clear();
    ImportPreview &p = m_preview;
    p.file = path;
    const QString fileName = QFileInfo(path).fileName();
    auto fileIssue = [&](const QString &reason) {
        ImportIssue i;
        i.file = fileName;
        i.sheet = p.sheet;
        i.reason = reason;
        p.issues.append(i);
        return p;
    };
    // What could not be read: a failure (of the database, or of the machine) is kept as such, a refusal of the file
    // is the file's issue.
    auto readIssue = [&](const Result &r) {
        if (r.kind() == Result::Kind::Failed)
            p.failure = r;
        return fileIssue(r.message());
    };
    // The file's SHA-256, for the audit records: libcrypto hashes a 10 MB workbook in a few milliseconds.
    QFile f(path);
    Sha256 sha;
    if (!f.open(QIODevice::ReadOnly) || !sha.addData(&f))
        return fileIssue(tr("the file cannot be read (%1)").arg(f.errorString()));
    p.sha256 = QString::fromLatin1(sha.result().toHex());
    f.close();

    QString profileJson;
    if (!options.profile.isEmpty()) {
        // A profile that cannot be read fails the preview with the reason, as a roster that cannot be read does.
        const Outcome<std::optional<QString>> saved = ImportProfileRepository(m_db).mapping(options.profile);
        if (!saved)
            return readIssue(saved.result());
        if (!saved.value()) {
            const Outcome<QStringList> names = ImportProfileRepository(m_db).names();
            if (!names)
                return readIssue(names.result());
            return fileIssue(
                tr("there is no import profile named %1 (saved profiles: %2)")
                    .arg(options.profile, names->isEmpty() ? tr("none") : names->join(QStringLiteral(", "))));
        }
        profileJson = *saved.value();
    }

    if (!options.mapping.isEmpty())
        profileJson = options.mapping;
    p.values = ValueMappings::fromProfile(profileJson);
    p.values.insert(options.values);
    p.asOf = options.asOf;
    if (options.asOf.isValid() && options.asOf > Period::fromDate(m_db.today()))
        return fileIssue(tr("the month the roster describes (%1) has not begun yet").arg(options.asOf.toString()));

    // A file that cannot be read, for whatever reason, is the preview's problem with the file.
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    if (!chosen)
        return readIssue(chosen.result());
    const std::unique_ptr<SheetReader> reader = std::move(chosen).value();
    if (const Result opened = reader->open(path); !opened)
        return readIssue(opened);
    p.sheets = reader->sheetNames();
    if (p.sheets.isEmpty())
        return fileIssue(tr("the workbook has no sheets"));
    p.sheet = options.sheet.isEmpty() ? p.sheets.first() : options.sheet;
    if (!p.sheets.contains(p.sheet))
        return fileIssue(
            tr("there is no sheet named %1 (sheets: %2)").arg(p.sheet, p.sheets.join(QStringLiteral(", "))));

    RosterSheetParser parser(fileName, p.sheet);
    parser.setProfile(profileJson);
    parser.setValueMappings(p.values);
    parser.setAsOf(options.asOf);
    parser.setToday(m_db.today());
    // The households are checked as the parser completes them, while the next rows are still being read.
    Checking checking;
    if (const Result r = startCheck(p, checking); !r)
        return readIssue(r);
    int rows = 0;
    Result read;
    {
        SheetRowPipe pipe(*reader, p.sheet);
        while (const QList<SheetRow> *batch = pipe.next()) {
            for (const SheetRow &row : *batch) {
                parser.addRow(row);
                if (++rows % 2000 == 0 && !report(rows, 0))
                    p.cancelled = true;
            }
            if (p.cancelled)
                break;
            checkCompleted(p, parser, checking);
        }
        read = pipe.finish();
    }
    if (p.cancelled || !read) {
        m_plan.clear();
        m_fresh.clear();
        p.newVillages.clear();
        return p.cancelled ? p : readIssue(read);
    }
    parser.finish();
    checkCompleted(p, parser, checking);
    p.headerRow = parser.headerRow();
    p.shape = parser.shape();
    p.mapping = parser.mapping();
    finishCheck(p, parser, checking);
    if (!checking.readFailure) {
        m_plan.clear();
        m_fresh.clear();
        p.newVillages.clear();
        return readIssue(checking.readFailure);
    }
    p.issues += checking.compareIssues;
    const auto byRow = [](const ImportIssue &a, const ImportIssue &b) { return a.row < b.row; };
    std::stable_sort(p.issues.begin(), p.issues.end(), byRow);
    p.warnings = parser.warnings();
    std::stable_sort(p.warnings.begin(), p.warnings.end(), byRow);
    p.valueWords = parser.valueWords();
    const Outcome<QList<AuditRecord>> head = AuditLog(m_db).latest(1);
    if (!head)
        return readIssue(head.result());
    m_auditHeadAtPreview = head->isEmpty() ? 0 : head->first().seq;
    return p;
}

void RosterImporter::placeIssue(
    const ImportPreview &preview, const Planned &plan, const Result &problem, QList<ImportIssue> &issues)
{
    // validate() names fields as "members[2].idNumber", "amount", …: place them in the sheet.
    const ImportedHousehold &h = plan.imported;
    const bool householdShape = preview.shape == RosterSheetParser::Shape::HouseholdPerRow;
    ImportIssue i;
    i.file = QFileInfo(preview.file).fileName();
    i.sheet = preview.sheet;
    i.row = h.firstRow;
    i.reason = problem.message();
    const QString field = problem.field();
    Field column = Field::Ignore;
    static const QRegularExpression memberField(QStringLiteral("^members\\[(\\d+)\\]\\.(\\w+)$"));
    if (const QRegularExpressionMatch m = memberField.match(field); m.hasMatch()) {
        const int index = m.captured(1).toInt();
        i.row = h.memberRows.value(index, h.firstRow);
        const QString part = m.captured(2);
        if (part == QLatin1String("idNumber"))
            column = householdShape && !preview.mapping.has(Field::IdNumber) ? Field::HeadIdNumber : Field::IdNumber;
        else if (part == QLatin1String("name"))
            column = householdShape && preview.mapping.has(Field::HeadName) ? Field::HeadName : Field::Name;
        else if (part == QLatin1String("covered"))
            column = Field::Covered;
        if (index < h.household.members.size() && column != Field::Ignore) {
            const Person &person = plan.merged.members.value(index);
            i.value = part == QLatin1String("idNumber") ? person.idNumber
                : part == QLatin1String("name")         ? person.name
                                                        : QString();
        }
    } else if (field == QLatin1String("amount")) {
        column = Field::Amount;
    } else if (field == QLatin1String("startPeriod")) {
        column = Field::StartPeriod;
    } else if (field == QLatin1String("statusDate")) {
        column = Field::StatusDate;
    } else if (field == QLatin1String("village")) {
        column = Field::Village;
    } else if (field == QLatin1String("memberCount")) {
        column = Field::MemberCount;
    } else if (field == QLatin1String("coveredCount")) {
        column = Field::CoveredCount;
    } else if (field == QLatin1String("members")) {
        column = preview.mapping.has(Field::Relation) ? Field::Relation : Field::IdNumber;
    }
    if (column != Field::Ignore && preview.mapping.has(column))
        i.column = preview.mapping.headerOf(column);
    issues.append(i);
}

Result RosterImporter::startCheck(ImportPreview &p, Checking &c)
{
    const Outcome<QList<Village>> villages = OfficeRepository(m_db).villages();
    if (!villages)
        return villages.result();
    for (const Village &v : *villages) {
        m_villages.insert(v.name, v.id);
        c.byBase.insert(OfficeRepository::villageBaseName(v.name), v.id);
    }
    Outcome<QHash<QString, HouseholdRules::IdHolder>> holders = RosterQueries(m_db).currentIdHolders();
    if (!holders)
        return holders.result();
    m_holders = std::move(holders).value();
    c.today = m_db.today();
    c.context.file = p.file;
    c.context.sheet = p.sheet;
    return Result::success();
}

void RosterImporter::checkCompleted(ImportPreview &p, RosterSheetParser &parser, Checking &c)
{
    // The rows of a household the parser has closed have all their problems reported.
    QList<ImportedHousehold> completed = parser.takeHouseholds();
    if (completed.isEmpty())
        return;
    c.context.shape = parser.shape();
    c.context.mapping = parser.mapping();
    const QList<ImportIssue> &parserIssues = parser.issues();
    for (; c.parserIssues < parserIssues.size(); ++c.parserIssues)
        c.rowsWithIssues.insert(parserIssues[c.parserIssues].row);
    const QHash<QString, RosterRepository::IdHolder> &holders = m_holders;
    const auto lookup = [&holders](const QString &id) -> std::optional<RosterRepository::IdHolder> {
        const auto found = holders.constFind(id);
        if (found == holders.constEnd())
            return std::nullopt;
        return *found;
    };
    RosterRepository repo(m_db);
    for (ImportedHousehold &completedHousehold : completed) {
        Planned &plan = m_plan.emplace_back();
        plan.imported = std::move(completedHousehold);
        ImportedHousehold &h = plan.imported;
        ++p.households;
        p.members += int(h.household.members.size());
        p.declaredPersons += qMax(h.household.memberCount, int(h.household.members.size()));
        p.monthlyTotal += h.household.monthlyAmount;
        // Village by name, also without 村委会/居委会 suffixes.
        auto found = c.known.constFind(h.villageName);
        if (found == c.known.constEnd()) {
            qint64 id = m_villages.value(h.villageName.trimmed(), 0);
            if (id == 0)
                id = c.byBase.value(OfficeRepository::villageBaseName(h.villageName), 0);
            found = c.known.insert(h.villageName, id);
        }
        qint64 villageId = *found;
        if (villageId == 0 && !h.villageName.isEmpty()) {
            if (p.newVillages.contains(h.villageName)) {
                villageId = kNewVillage;
            } else if (m_options.createVillages) {
                p.newVillages.append(h.villageName);
                villageId = kNewVillage;
            } else {
                c.unknown[h.villageName].append(h.firstRow);
            }
        }
        h.household.villageId = villageId;
        h.household.villageName = h.villageName;
        // Match an existing household by its head's ID number.
        QString headId;
        for (const Person &person : h.household.members) {
            if (person.isHead())
                headId = person.idNumber;
        }
        if (const auto it = holders.constFind(headId); !headId.isEmpty() && it != holders.constEnd())
            plan.existingId = it->householdId;
        plan.merged = h.household;
        plan.merged.id = plan.existingId;
        bool clean = true;
        for (int row : h.memberRows)
            clean = clean && !c.rowsWithIssues.contains(row);
        // A re-imported household keeps its history; a new one needs the dates to begin it (one error for all).
        if (plan.existingId == 0 && h.lacksDates) {
            c.undated.append(h.firstRow);
            clean = false;
        }
        if (clean && !c.rowsWithIssues.contains(h.firstRow) && villageId != 0 && plan.existingId == 0) {
            for (const Result &problem : repo.validate(plan.merged, lookup, c.today))
                placeIssue(c.context, plan, problem, c.issues);
        }
        if (Result r = compare(p, plan, c.context, repo, c.compareIssues); !r && c.readFailure)
            c.readFailure = r;
        if (plan.existingId == 0 && plan.changed) {
            // A new household is kept once, as it will be written, while it is at hand: the file's copy is let go,
            // so that the writer giving the members their ids copies nothing (80,000 members: 20 ms to copy and
            // as long to free), and apply() does not walk the plan again for it.
            m_fresh.append(std::move(plan.merged));
            plan.merged = Household();
            h.household = Household();
        }
    }
}

void RosterImporter::finishCheck(ImportPreview &p, const RosterSheetParser &parser, Checking &c)
{
    // In the order the checks were made before they ran while reading: the parser's, validate()'s, villages.
    p.issues = parser.issues() + c.issues;
    const QString fileName = QFileInfo(p.file).fileName();
    for (auto it = c.unknown.begin(); it != c.unknown.end(); ++it) {
        ImportIssue i;
        i.file = fileName;
        i.sheet = p.sheet;
        i.row = it.value().first();
        i.column = p.mapping.headerOf(Field::Village);
        i.value = it.key();
        i.reason = tr("this village is not in the township's list (%n row(s) name it); add the village first, or "
                      "let the import create it (the check box in the wizard, --create-villages on the command line)",
            nullptr, int(it.value().size()));
        p.issues.append(i);
    }
    if (!c.undated.isEmpty()) {
        // One error for the whole file: the fix is one month for all of them, or the dates in the file.
        QStringList rows;
        for (int row : std::as_const(c.undated).first(qMin(c.undated.size(), qsizetype(ValueWord::ListedRows))))
            rows << QString::number(row);
        if (c.undated.size() > ValueWord::ListedRows)
            rows << QStringLiteral("…");
        ImportIssue i;
        i.file = fileName;
        i.sheet = p.sheet;
        i.row = c.undated.first();
        if (p.mapping.has(Field::StartPeriod) || p.mapping.has(Field::StatusDate))
            i.column = p.mapping.headerOf(p.mapping.has(Field::StartPeriod) ? Field::StartPeriod : Field::StatusDate);
        i.reason = tr("%n household(s) (rows %1) give neither the month the benefit started (在保) nor the date of "
                      "their status (停保, 退保), so the program cannot tell since when they are on the roster. Give "
                      "the month the roster describes (--as-of YYYY-MM on the command line, \"The roster describes "
                      "the month\" in the import wizard): they are taken as on the roster from its first day. Or "
                      "add the dates to the file.",
            nullptr, int(c.undated.size()))
                       .arg(rows.join(QStringLiteral(", ")));
        p.issues.append(i);
    }
}

Result RosterImporter::compare(
    ImportPreview &p, Planned &plan, const ImportPreview &context, RosterRepository &repo, QList<ImportIssue> &issues)
{
    const auto lookup = [this](const QString &id) -> std::optional<RosterRepository::IdHolder> {
        const auto found = m_holders.constFind(id);
        if (found == m_holders.constEnd())
            return std::nullopt;
        return *found;
    };
    const bool memberShape = context.shape == RosterSheetParser::Shape::MemberPerRow;
    const ColumnMapping &map = context.mapping;
    const ImportedHousehold &h = plan.imported;
    ImportPreview::HouseholdChange change;
    change.row = h.firstRow;
    change.headName = h.household.headName();
    change.headIdNumber = h.household.headIdNumber();
    if (plan.existingId == 0) {
        change.isNew = true;
        plan.changed = true;
        ++p.newHouseholds;
        p.changes.append(change);
        return Result::success();
    }
    const Outcome<Household> existing = repo.household(plan.existingId);
    if (!existing)
        return existing.result();
    if (existing->headIdNumber() != change.headIdNumber) {
        ImportIssue i;
        i.file = QFileInfo(p.file).fileName();
        i.sheet = p.sheet;
        i.row = h.firstRow;
        i.column = map.headerOf(map.has(Field::HeadIdNumber) ? Field::HeadIdNumber : Field::IdNumber);
        i.value = change.headIdNumber;
        i.reason = tr("this person is a member, not the head, of the household of %1 in %2; change the household "
                      "on the roster first")
                       .arg(existing->headName(), existing->villageName);
        issues.append(i);
        return Result::success();
    }
    plan.merged = ImportMerge::merge(*existing, h, map, memberShape, &change);
    plan.changed = !change.changes.isEmpty();
    if (plan.changed) {
        const Household &file = h.household;
        for (const Result &problem : repo.validate(plan.merged, lookup))
            placeIssue(context, plan, problem, issues);
        if (h.present.contains(Field::Status) && file.status != existing->status
            && !StatusTransitions::canChangeStatus(existing->status, file.status)) {
            ImportIssue i;
            i.file = QFileInfo(p.file).fileName();
            i.sheet = p.sheet;
            i.row = h.firstRow;
            i.column = map.headerOf(Field::Status);
            i.value = zhLabel(file.status);
            i.reason = tr("a household that is %1 cannot become %2").arg(label(existing->status), label(file.status));
            issues.append(i);
        }
        ++p.changedHouseholds;
        p.changes.append(change);
    } else {
        ++p.unchangedHouseholds;
    }
    return Result::success();
}

Result RosterImporter::apply()
{
    if (!m_preview.isAcceptable())
        return Result::rejected(tr("The file has problems; nothing was written. Correct them and import again."));
    if (m_planUsed)
        return Result::rejected(
            tr("This preview has been used; nothing was written. Read the file again to import it."));
    m_planUsed = true;
    Result error;
    Transaction t(m_db);
    if (!t.begin(&error))
        return error;
    const Outcome<QList<AuditRecord>> head = AuditLog(m_db).latest(1);
    if (!head)
        return head.result();
    if ((head->isEmpty() ? 0 : head->first().seq) != m_auditHeadAtPreview)
        return Result::rejected(tr("The roster changed since the preview (another window or program wrote to it); "
                                   "nothing was written. Run the import again."));
    const QString fileName = QFileInfo(m_preview.file).fileName();
    m_db.setAuditContext(
        {{QStringLiteral("source_file"), fileName}, {QStringLiteral("source_sha256"), m_preview.sha256}});
    const auto clearContext = qScopeGuard([this] { m_db.setAuditContext({}); });
    const QString reason = RecordedReason::importedFrom(fileName);

    const Outcome<QList<Village>> added = OfficeRepository(m_db).addVillagesNamed(m_preview.newVillages);
    if (!added)
        return added.result();
    QHash<QString, qint64> created; // the new villages' ids by name
    for (const Village &v : *added)
        created.insert(v.name, v.id);
    QList<Household> fresh = std::move(m_fresh); // checkCompleted() made them
    for (Household &h : fresh) {
        if (h.villageId == kNewVillage)
            h.villageId = created.value(h.villageName);
    }
    QList<const Planned *> updates;
    for (const Planned &plan : m_plan) {
        if (plan.changed && plan.existingId != 0)
            updates.append(&plan);
    }
    const int total = int(fresh.size() + updates.size());
    RosterRepository repo(m_db);
    if (!fresh.isEmpty()) {
        if (Result r
            = RosterBulkWriter(m_db).createHouseholds(fresh, reason, [&](int done) { return report(done, total); });
            !r)
            return r;
    }
    int done = int(fresh.size());
    for (const Planned *plan : updates) {
        Household h = plan->merged;
        if (h.villageId == kNewVillage)
            h.villageId = created.value(plan->imported.villageName);
        if (Result r = repo.updateHousehold(h, reason); !r)
            return r;
        const HouseholdStatus wanted = plan->imported.household.status;
        if (plan->imported.present.contains(Field::Status) && wanted != h.status) {
            if (Result r = StatusTransitions(m_db).changeStatus(h.id, wanted, m_db.today(), reason); !r)
                return r;
        }
        if (!report(++done, total))
            return Result::rejected(tr("Cancelled: nothing was saved."));
    }
    const QJsonObject summary {{QStringLiteral("sheet"), m_preview.sheet},
        {QStringLiteral("new_households"), m_preview.newHouseholds},
        {QStringLiteral("changed_households"), m_preview.changedHouseholds},
        {QStringLiteral("unchanged_households"), m_preview.unchangedHouseholds}};
    if (!AuditLog(m_db).append(QStringLiteral("import"), QStringLiteral("file"), 0, 0, {}, summary, &error))
        return error;
    if (!t.commit(&error))
        return error;
    return Result::success();
}
