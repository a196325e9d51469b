// The ledgers' XLSX exports (issue 4) read back cell by cell, and the CLI's export and calendar commands.
#include "TestSupport.h"
#include "exchange/sheets/SheetReader.h"
#include "ledgers/LedgerExporter.h"
#include "ledgers/calendar/CalendarRepository.h"
#include "ledgers/cases/CaseRepository.h"
#include "ledgers/complaints/ComplaintRepository.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "ledgers/rectifications/RectificationRepository.h"
#include "roster/RosterRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace TestSupport;
using namespace Domain;

namespace {

// Every non-empty row of the first sheet, as text cells.
QList<QStringList> readRows(const QString &path)
{
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    QList<QStringList> rows;
    const Result opened = chosen ? chosen.value()->open(path) : chosen.result();
    if (!opened) {
        qWarning() << opened.message();
        return rows;
    }
    chosen.value()->readSheet({}, [&rows](const SheetRow &row) {
        QStringList cells;
        for (const SheetCell &c : row.cells)
            cells << c.text;
        rows << cells;
        return true;
    });
    return rows;
}

// The numbered rows under the header row (the one whose first cell is 序号), up to the totals.
QList<QStringList> dataRows(const QList<QStringList> &rows)
{
    QList<QStringList> out;
    bool inside = false;
    for (const QStringList &r : rows) {
        if (r.value(0) == QStringLiteral("序号")) {
            inside = true;
            continue;
        }
        bool numbered = false;
        r.value(0).toInt(&numbered);
        if (inside && numbered)
            out << r;
    }
    return out;
}

// The totals row (合计 in the second column, or a summary starting with 共).
QStringList totalsRow(const QList<QStringList> &rows)
{
    for (const QStringList &r : rows) {
        if (r.value(0).isEmpty() && (r.value(1) == QStringLiteral("合计") || r.value(1).startsWith(u'共')))
            return r;
    }
    return {};
}

} // namespace

class TestLedgerExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QTemporaryDir m_dir;
    qint64 m_household = 0;
    qint64 m_inspection = 0;

    QString out(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        m_t = makeDatabase();
        m_t->db->setClock([] { return QDateTime(QDate(2026, 10, 20), QTime(9, 0)); });
        m_t->db->setOperatorName(QStringLiteral("王专干"));
        // The calendar is looked at from the year's start; a new database tracks from the day it was made.
        QVERIFY(CalendarRepository(*m_t->db).setTrackingSince(QDate(2026, 1, 1)));
        Household h = household(m_t->village1, QStringLiteral("张三"), QDate(1950, 1, 1), 11);
        QVERIFY(RosterRepository(*m_t->db).createHousehold(h));
        m_household = h.id;

        InspectionRepository inspections(*m_t->db);
        Inspection run;
        run.name = QStringLiteral("2026年10月自查");
        run.period = Period(2026, 10);
        run.date = QDate(2026, 10, 18);
        run.participants = QStringLiteral("王专干、李主任");
        QVERIFY(inspections.createInspection(run));
        m_inspection = run.id;
        QList<InspectionAnswer> answers = inspections.answers(run.id).value();
        QVERIFY(answers.size() >= 30);
        answers[0].result = InspectionResult::Compliant;
        QVERIFY(inspections.saveAnswer(answers[0]));
        answers[1].result = InspectionResult::Problem;
        answers[1].description = QStringLiteral("入户调查记录只有一人签字");
        answers[1].responsible = QStringLiteral("李四");
        answers[1].householdIds = {m_household};
        QVERIFY(inspections.saveAnswer(answers[1]));

        RectificationRepository rectifications(*m_t->db);
        Rectification r = rectifications.draftFromAnswer(answers[1].id);
        r.measures = QStringLiteral("补签入户调查记录");
        r.deadline = QDate(2026, 10, 31);
        QVERIFY(rectifications.create(r));

        ComplaintRepository complaints(*m_t->db);
        Complaint c;
        c.receivedDate = QDate(2026, 10, 8);
        c.channel = ComplaintChannel::Phone;
        c.reporterName = QStringLiteral("赵六");
        c.reporterContact = QStringLiteral("13800000000");
        c.subjectText = QStringLiteral("张三");
        c.householdId = m_household;
        c.villageId = m_t->village1;
        c.problemType = ProblemType::WrongfulInclusion;
        c.summary = QStringLiteral("反映张三家有小轿车仍享受低保");
        c.handler = QStringLiteral("王专干");
        QVERIFY(complaints.create(c));

        CaseRepository cases(*m_t->db);
        TypicalCase k;
        k.month = Period(2026, 9);
        k.title = QStringLiteral("某村干部优亲厚友案");
        k.summary = QStringLiteral("村干部为亲属违规办理低保");
        k.problemType = ProblemType::Corruption;
        k.persons = QStringLiteral("某村委会主任");
        k.handling = {Handling::PartyDiscipline};
        k.fundsRecovered = Money::fromFen(1234500);
        QVERIFY(cases.create(k));
    }

    void checklistExport()
    {
        int rows = 0;
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Checklist, out(QStringLiteral("c.xlsx")), {}, m_inspection, &rows));
        const QList<QStringList> all = readRows(out(QStringLiteral("c.xlsx")));
        QVERIFY(all.value(0).value(0).contains(QStringLiteral("自查自纠情况表")));
        const QList<QStringList> data = dataRows(all);
        QCOMPARE(data.size(), rows);
        QCOMPARE(rows, int(InspectionRepository(*m_t->db).answers(m_inspection)->size()));
        QCOMPARE(data.at(0).value(5), QStringLiteral("符合"));
        QCOMPARE(data.at(1).value(5), QStringLiteral("存在问题"));
        QCOMPARE(data.at(1).value(6), QStringLiteral("入户调查记录只有一人签字"));
        QCOMPARE(data.at(1).value(7), QStringLiteral("1"));
        QCOMPARE(data.at(1).value(9), QStringLiteral("李四"));
        QCOMPARE(data.at(2).value(5), QStringLiteral("未检查"));
        // By period: the run of October; none in September.
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Checklist, out(QStringLiteral("c2.xlsx")), Period(2026, 10)));
        const Result none = LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Checklist, out(QStringLiteral("c3.xlsx")), Period(2026, 9));
        QCOMPARE(none.kind(), Result::Kind::Rejected);
        QVERIFY(!QFile::exists(out(QStringLiteral("c3.xlsx"))));
    }

    void rectificationExport()
    {
        int rows = 0;
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Rectifications, out(QStringLiteral("r.xlsx")), {}, 0, &rows));
        const QList<QStringList> data = dataRows(readRows(out(QStringLiteral("r.xlsx"))));
        QCOMPARE(rows, 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).value(1), QStringLiteral("入户调查记录只有一人签字"));
        QVERIFY(data.at(0).value(2).contains(QStringLiteral("2026年10月自查")));
        QCOMPARE(data.at(0).value(3), QStringLiteral("补签入户调查记录"));
        QCOMPARE(data.at(0).value(5), QStringLiteral("2026-10-31"));
        QCOMPARE(data.at(0).value(6), QStringLiteral("未整改"));
    }

    void complaintExportMasksTheReporter()
    {
        int rows = 0;
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Complaints, out(QStringLiteral("k.xlsx")), Period(2026, 10), 0, &rows));
        const QList<QStringList> all = readRows(out(QStringLiteral("k.xlsx")));
        const QList<QStringList> data = dataRows(all);
        QCOMPARE(rows, 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.at(0).value(1), QStringLiteral("2026-10-08"));
        QCOMPARE(data.at(0).value(2), QStringLiteral("电话"));
        QCOMPARE(data.at(0).value(3), QStringLiteral("赵*"));
        QCOMPARE(data.at(0).value(9), QStringLiteral("2026-11-07")); // 30 days
        for (const QStringList &r : all)
            QVERIFY(!r.join(u' ').contains(QStringLiteral("13800000000")));
        // Another month has none.
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Complaints, out(QStringLiteral("k9.xlsx")), Period(2026, 9), 0, &rows));
        QCOMPARE(rows, 0);
    }

    void caseExport()
    {
        int rows = 0;
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Cases, out(QStringLiteral("t.xlsx")), Period(2026, 9), 0, &rows));
        const QList<QStringList> all = readRows(out(QStringLiteral("t.xlsx")));
        const QList<QStringList> data = dataRows(all);
        QCOMPARE(rows, 1);
        QCOMPARE(data.at(0).value(1), QStringLiteral("2026-09"));
        QCOMPARE(data.at(0).value(2), QStringLiteral("某村干部优亲厚友案"));
        QCOMPARE(data.at(0).value(6), QStringLiteral("党纪处分"));
        QCOMPARE(data.at(0).value(7).toDouble(), 12345.0);
        QCOMPARE(totalsRow(all).value(7).toDouble(), 12345.0);
        // An empty month still gives the table, saying 无.
        QVERIFY(LedgerExporter(*m_t->db).exportLedger(
            LedgerExporter::Ledger::Cases, out(QStringLiteral("t10.xlsx")), Period(2026, 10), 0, &rows));
        QCOMPARE(rows, 0);
        bool saysNone = false;
        for (const QStringList &r : readRows(out(QStringLiteral("t10.xlsx"))))
            saysNone = saysNone || r.value(2) == QStringLiteral("无");
        QVERIFY(saysNone);
    }

    void cliExports()
    {
        QString o, e;
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("export"), QStringLiteral("complaints"),
                            QStringLiteral("--period"), QStringLiteral("2026-10"), QStringLiteral("--out"),
                            out(QStringLiteral("cli.xlsx"))},
                     &o, &e),
            0);
        QCOMPARE(dataRows(readRows(out(QStringLiteral("cli.xlsx")))).size(), 1);
        for (const QString &name :
            {QStringLiteral("checklist"), QStringLiteral("rectifications"), QStringLiteral("cases")}) {
            QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("--json"), QStringLiteral("export"),
                                name, QStringLiteral("--out"), out(name + QStringLiteral(".xlsx"))},
                         &o, &e),
                0);
            QCOMPARE(QJsonDocument::fromJson(o.toUtf8()).object().value(QStringLiteral("table")).toString(), name);
        }
        // Wrong usage: an unknown table, a missing --out. Rejected: a period that is not a month.
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("export"), QStringLiteral("ledger"),
                            QStringLiteral("--out"), out(QStringLiteral("x.xlsx"))},
                     &o, &e),
            1);
        QVERIFY(e.contains(QStringLiteral("ledger")));
        QCOMPARE(
            runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("export"), QStringLiteral("cases")}, &o, &e),
            1);
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("--lang"), QStringLiteral("en"),
                            QStringLiteral("export"), QStringLiteral("cases"), QStringLiteral("--period"),
                            QStringLiteral("2026-13"), QStringLiteral("--out"), out(QStringLiteral("x.xlsx"))},
                     &o, &e),
            2);
        QVERIFY2(e.contains(QStringLiteral("--period")), qPrintable(e));
        QVERIFY(!QFile::exists(out(QStringLiteral("x.xlsx"))));
    }

    void cliCalendar()
    {
        QString o, e;
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("--json"), QStringLiteral("calendar"),
                            QStringLiteral("--date"), QStringLiteral("2026-06-28")},
                     &o, &e),
            0);
        const QJsonObject doc = QJsonDocument::fromJson(o.toUtf8()).object();
        QCOMPARE(doc.value(QStringLiteral("year")).toInt(), 2026);
        QStringList soon;
        for (const auto &v : doc.value(QStringLiteral("due_within_14_days_or_overdue")).toArray())
            soon << v[QStringLiteral("code")].toString() + u'@' + v[QStringLiteral("due_date")].toString();
        QVERIFY2(soon.contains(QStringLiteral("typical-cases@2026-07-03")), qPrintable(soon.join(u' ')));
        QVERIFY(soon.contains(QStringLiteral("disclosure-table@2026-07-05")));
        QVERIFY(!soon.contains(QStringLiteral("self-inspection-report@2026-07-25")));
        int entries = 0;
        for (const auto &v : doc.value(QStringLiteral("entries")).toArray()) {
            ++entries;
            QVERIFY(!v[QStringLiteral("state")].toString().isEmpty());
        }
        QCOMPARE(entries, 12 + 4); // monthly typical cases and four yearly submissions
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("calendar"), QStringLiteral("--date"),
                            QStringLiteral("2026-02-30")},
                     &o, &e),
            2);
        QCOMPARE(runCli({QStringLiteral("--db"), m_t->path(), QStringLiteral("calendar")}, &o, &e), 0);
        QVERIFY(o.contains(QStringLiteral("2026-12-07")));
    }
};

QTEST_MAIN(TestLedgerExport)
#include "tst_ledger_export.moc"
