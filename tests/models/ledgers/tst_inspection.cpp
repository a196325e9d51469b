#include "TestSupport.h"
#include "checks/DataChecks.h"
#include "ledgers/EvidenceRepository.h"
#include "ledgers/inspection/ChecklistRepository.h"
#include "ledgers/inspection/InspectionAnswerModel.h"
#include "ledgers/inspection/InspectionRepository.h"
#include "roster/RosterRepository.h"
#include "storage/AuditLog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

class TestInspection : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TempDatabase> m_t;
    QTemporaryDir m_files;
    const QDate m_today = QDate(2026, 7, 20);

    InspectionRepository repo() { return InspectionRepository(*m_t->db); }
    ChecklistRepository checklists() { return ChecklistRepository(*m_t->db); }
    EvidenceRepository evidence() { return EvidenceRepository(*m_t->db); }

    Inspection newRun(const QString &name = QStringLiteral("2026年自查自纠"))
    {
        Inspection run;
        run.name = name;
        run.period = Period(2026, 7);
        run.date = m_today;
        run.participants = QStringLiteral("王主任、李专干");
        return run;
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QString path = m_files.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    // The answer slot of an item code in a run.
    InspectionAnswer slot(qint64 inspectionId, const QString &code)
    {
        const auto run = repo().inspection(inspectionId);
        const auto checklist = checklists().checklistTemplate(run->templateId);
        for (const InspectionAnswer &a : repo().answers(inspectionId).value()) {
            for (const ChecklistItem &item : checklist->items)
                if (item.id == a.itemId && item.code == code)
                    return a;
        }
        return {};
    }

    qint64 addHousehold(const QString &head, int sequence)
    {
        Household h = household(m_t->village1, head, QDate(1950, 1, 1), sequence);
        if (!RosterRepository(*m_t->db).createHousehold(h))
            return 0;
        return h.id;
    }

private Q_SLOTS:
    void init()
    {
        m_t = makeDatabase();
        m_t->db->setClock([this] { return QDateTime(m_today, QTime(10, 0)); });
    }

    void newDatabaseHasDefaultChecklist()
    {
        const auto checklist = checklists().latestTemplate();
        QVERIFY(checklist);
        QCOMPARE(checklist->code, QStringLiteral("dibao-self-inspection"));
        QCOMPARE(checklist->version, 1);
        QCOMPARE(checklist->items.size(), 47);
        QSet<Link> links;
        QStringList checks;
        for (int i = 0; i < checklist->items.size(); ++i) {
            const ChecklistItem &item = checklist->items.at(i);
            QCOMPARE(item.position, i + 1);
            QVERIFY(!item.text.isEmpty());
            links.insert(item.link);
            if (!item.dataCheck.isEmpty())
                checks << item.dataCheck;
        }
        QCOMPARE(links.size(), 7);
        // Every data check is offered by exactly one item.
        checks.sort();
        QStringList keys = DataChecks::keys();
        keys.sort();
        QCOMPARE(checks, keys);
        QCOMPARE(checklists().templates()->size(), 1);
        QVERIFY(!checklists().latestTemplate(QStringLiteral("no-such-checklist")));
    }

    void templateEditMakesNewVersion()
    {
        Inspection run = newRun();
        QVERIFY(repo().createInspection(run));
        const ChecklistTemplate v1 = *checklists().latestTemplate();
        QCOMPARE(run.templateId, v1.id);

        ChecklistTemplate edited = v1;
        edited.items[0].text = QStringLiteral("是否按新标准认定家庭经济状况？");
        edited.items.removeLast();
        ChecklistItem extra;
        extra.code = QStringLiteral("GL99");
        extra.link = Link::Management;
        extra.problemTypes = {ProblemType::WorkStyle};
        extra.text = QStringLiteral("是否建立低保档案电子化管理制度？");
        edited.items << extra;
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        QVERIFY(checklists().saveTemplateVersion(edited));
        QCOMPARE(edited.version, 2);
        QVERIFY(edited.id != v1.id);
        QVERIFY(edited.items.last().id > 0);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits + 1);
        QCOMPARE(checklists().templates()->size(), 2);
        QCOMPARE(checklists().templates()->first().version, 2);

        // Version 1 is as it was, and the open run still answers its items.
        const auto stored = checklists().checklistTemplate(v1.id);
        QCOMPARE(stored->items.size(), 47);
        QCOMPARE(stored->items.first().text, v1.items.first().text);
        QCOMPARE(stored->items.last().code, v1.items.last().code);
        QCOMPARE(repo().inspection(run.id)->templateId, v1.id);
        const QList<InspectionAnswer> answers = repo().answers(run.id).value();
        QCOMPARE(answers.size(), 47);
        QCOMPARE(answers.first().itemId, v1.items.first().id);
        QCOMPARE(answers.last().itemId, v1.items.last().id);
        QVERIFY(!answers.first().result);

        // A new run takes the newest version.
        Inspection second = newRun(QStringLiteral("2026年第二次自查"));
        QVERIFY(repo().createInspection(second));
        QCOMPARE(second.templateId, edited.id);
        QCOMPARE(repo().answers(second.id)->last().itemId, edited.items.last().id);
        QCOMPARE(checklists().latestTemplate()->items.first().text, QStringLiteral("是否按新标准认定家庭经济状况？"));
    }

    void badTemplateRejected_data()
    {
        QTest::addColumn<int>("defect");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("duplicate code") << 0 << "RD01";
        QTest::newRow("empty wording") << 1 << "wording";
        QTest::newRow("no link") << 2 << "link";
        QTest::newRow("no items") << 3 << "at least one item";
        QTest::newRow("no name") << 4 << "name";
        QTest::newRow("unknown data check") << 5 << "no_such_check";
    }

    void badTemplateRejected()
    {
        QFETCH(int, defect);
        QFETCH(QString, mentions);
        ChecklistTemplate t = *checklists().latestTemplate();
        switch (defect) {
        case 0:
            t.items[5].code = QStringLiteral("RD01");
            break;
        case 1:
            t.items[3].text = QStringLiteral("  ");
            break;
        case 2:
            t.items[2].link = static_cast<Link>(99);
            break;
        case 3:
            t.items.clear();
            break;
        case 4:
            t.name.clear();
            break;
        case 5:
            t.items[1].dataCheck = QStringLiteral("no_such_check");
            break;
        }
        const int templates = count(*m_t->db, QStringLiteral("checklist_template"));
        const int items = count(*m_t->db, QStringLiteral("checklist_item"));
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        const Result r = checklists().saveTemplateVersion(t);
        QCOMPARE(r.kind(), Result::Kind::Rejected);
        QVERIFY2(r.message().contains(mentions), qPrintable(r.message()));
        QCOMPARE(count(*m_t->db, QStringLiteral("checklist_template")), templates);
        QCOMPARE(count(*m_t->db, QStringLiteral("checklist_item")), items);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
    }

    void inspectionNeedsNameDateAndPeriod()
    {
        Inspection noName = newRun(QStringLiteral(" "));
        QCOMPARE(repo().createInspection(noName).field(), QStringLiteral("name"));
        Inspection noDate = newRun();
        noDate.date = QDate();
        QCOMPARE(repo().createInspection(noDate).field(), QStringLiteral("date"));
        Inspection noPeriod = newRun();
        noPeriod.period = Period();
        QCOMPARE(repo().createInspection(noPeriod).field(), QStringLiteral("period"));
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection")), 0);

        Inspection run = newRun();
        QVERIFY(repo().createInspection(run));
        run.name = QStringLiteral("2026年上半年自查自纠");
        run.participants = QStringLiteral("王主任");
        QVERIFY(repo().updateInspection(run));
        const auto stored = repo().inspection(run.id);
        QCOMPARE(stored->name, QStringLiteral("2026年上半年自查自纠"));
        QCOMPARE(stored->period, Period(2026, 7));
        QCOMPARE(stored->date, m_today);
        QVERIFY(!stored->isClosed());
        QCOMPARE(repo().inspections()->size(), 1);
        run.name.clear();
        QCOMPARE(repo().updateInspection(run).kind(), Result::Kind::Rejected);
        QCOMPARE(repo().inspection(run.id)->name, QStringLiteral("2026年上半年自查自纠"));
    }

    void answeringAndProgress()
    {
        const qint64 h1 = addHousehold(QStringLiteral("陈一"), 101);
        const qint64 h2 = addHousehold(QStringLiteral("林二"), 111);
        QVERIFY(h1 > 0 && h2 > 0);
        Inspection run = newRun();
        QVERIFY(repo().createInspection(run));
        const ChecklistTemplate checklist = *checklists().checklistTemplate(run.templateId);
        QCOMPARE(repo().progress(run.id)->total, 47);
        QCOMPARE(repo().progress(run.id)->answered, 0);

        // A problem needs a description; nothing is written without one.
        InspectionAnswer hd03 = slot(run.id, QStringLiteral("HD03"));
        QVERIFY(hd03.itemId > 0);
        QCOMPARE(hd03.id, 0);
        hd03.result = InspectionResult::Problem;
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        const Result noDescription = repo().saveAnswer(hd03);
        QCOMPARE(noDescription.kind(), Result::Kind::Rejected);
        QCOMPARE(noDescription.field(), QStringLiteral("description"));
        QVERIFY2(noDescription.message().contains(QStringLiteral("HD03")), qPrintable(noDescription.message()));
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection_answer")), 0);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);

        // Households must be on the roster.
        hd03.description = QStringLiteral("2户成员身份证号码校验位错误");
        hd03.householdIds = {h2, 999999};
        QCOMPARE(repo().saveAnswer(hd03).field(), QStringLiteral("households"));
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection_answer")), 0);

        hd03.householdIds = {h2, h1, h2};
        hd03.responsible = QStringLiteral("李专干");
        QVERIFY(repo().saveAnswer(hd03));
        QVERIFY(hd03.id > 0);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits + 1);
        auto stored = repo().answer(hd03.id);
        QCOMPARE(stored->result, InspectionResult::Problem);
        QCOMPARE(stored->householdIds, (QList<qint64> {h1, h2}));
        QCOMPARE(stored->responsible, QStringLiteral("李专干"));
        QCOMPARE(slot(run.id, QStringLiteral("HD03")).householdIds, (QList<qint64> {h1, h2}));

        // Saving the same item again (even without the id) updates it and replaces its households.
        InspectionAnswer again = slot(run.id, QStringLiteral("HD03"));
        again.id = 0;
        again.householdIds = {h1};
        again.description = QStringLiteral("1户成员身份证号码校验位错误");
        QVERIFY(repo().saveAnswer(again));
        QCOMPARE(again.id, hd03.id);
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection_answer")), 1);
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection_answer_household")), 1);
        QCOMPARE(repo().answer(hd03.id)->householdIds, QList<qint64> {h1});
        QCOMPARE(repo().describeAnswer(hd03.id).value(), QStringLiteral("2026年自查自纠 · HD03"));
        QCOMPARE(repo().describeAnswer(hd03.id + 100000).result().kind(), Result::Kind::Rejected);

        // Answer more: a compliant, a not-applicable, and problems in other links.
        const QStringList problems = {QStringLiteral("RD04"), QStringLiteral("GL03")};
        for (const QString &code : problems) {
            InspectionAnswer a = slot(run.id, code);
            a.result = InspectionResult::Problem;
            a.description = QStringLiteral("发现问题：") + code;
            QVERIFY(repo().saveAnswer(a));
        }
        InspectionAnswer ok = slot(run.id, QStringLiteral("RD01"));
        ok.result = InspectionResult::Compliant;
        QVERIFY(repo().saveAnswer(ok));
        InspectionAnswer na = slot(run.id, QStringLiteral("HD01"));
        na.result = InspectionResult::NotApplicable;
        QVERIFY(repo().saveAnswer(na));

        // Expected figures from the items themselves.
        QList<int> byLink(allValues<Link>().size(), 0);
        QList<int> byType(allValues<ProblemType>().size(), 0);
        for (const ChecklistItem &item : checklist.items) {
            if (item.code == QLatin1String("HD03") || problems.contains(item.code)) {
                ++byLink[int(item.link)];
                for (ProblemType type : item.problemTypes)
                    ++byType[int(type)];
            }
        }
        const InspectionProgress p = repo().progress(run.id).value();
        QCOMPARE(p.total, 47);
        QCOMPARE(p.answered, 5);
        QCOMPARE(p.compliant, 1);
        QCOMPARE(p.notApplicable, 1);
        QCOMPARE(p.problems, 3);
        QCOMPARE(p.problemsByLink, byLink);
        QCOMPARE(p.problemsByType, byType);
        QCOMPARE(p.problemsByLink.at(int(Link::Verification)), 1); // HD03 is an information cross-check
        int typed = 0;
        for (int n : p.problemsByType)
            typed += n;
        QVERIFY(typed >= 3);

        // An answer can be taken back to "not answered".
        InspectionAnswer undo = slot(run.id, QStringLiteral("HD01"));
        undo.result.reset();
        QVERIFY(repo().saveAnswer(undo));
        QCOMPARE(repo().progress(run.id)->answered, 4);
        QVERIFY(!slot(run.id, QStringLiteral("HD01")).result);

        // An item of another checklist version is not part of this run.
        ChecklistTemplate v2 = checklist;
        QVERIFY(checklists().saveTemplateVersion(v2));
        InspectionAnswer foreign;
        foreign.inspectionId = run.id;
        foreign.itemId = v2.items.first().id;
        foreign.result = InspectionResult::Compliant;
        QCOMPARE(repo().saveAnswer(foreign).kind(), Result::Kind::Rejected);
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    void closedRunIsReadOnly()
    {
        Inspection run = newRun(QStringLiteral("2026年7月自查"));
        QVERIFY(repo().createInspection(run));
        InspectionAnswer a = slot(run.id, QStringLiteral("GK01"));
        a.result = InspectionResult::Problem;
        a.description = QStringLiteral("公示栏未公示监督电话");
        QVERIFY(repo().saveAnswer(a));
        Evidence photo;
        QVERIFY(evidence().addFile(
            Evidence::Owner::Answer, a.id, writeFile(QStringLiteral("公示栏.jpg"), QByteArray(2048, 'j')), &photo));

        QVERIFY(repo().closeInspection(run.id));
        const auto closed = repo().inspection(run.id);
        QVERIFY(closed->isClosed());
        QCOMPARE(closed->closedBy, QStringLiteral("测试员"));
        QCOMPARE(closed->closedAt.date(), m_today);

        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        const int answers = count(*m_t->db, QStringLiteral("inspection_answer"));
        const int files = count(*m_t->db, QStringLiteral("evidence"));
        const auto refused = [&](const Result &r) {
            return r.kind() == Result::Kind::Rejected && r.message().contains(QStringLiteral("2026年7月自查"));
        };

        Inspection renamed = *closed;
        renamed.name = QStringLiteral("改名");
        QVERIFY(refused(repo().updateInspection(renamed)));
        InspectionAnswer change = *repo().answer(a.id);
        change.result = InspectionResult::Compliant;
        QVERIFY(refused(repo().saveAnswer(change)));
        InspectionAnswer fresh = slot(run.id, QStringLiteral("RD01"));
        fresh.result = InspectionResult::Compliant;
        QVERIFY(refused(repo().saveAnswer(fresh)));
        QVERIFY(refused(repo().closeInspection(run.id)));
        const Result add
            = evidence().addFile(Evidence::Owner::Answer, a.id, writeFile(QStringLiteral("补充.jpg"), "more"));
        QVERIFY2(refused(add) && add.message().contains(QStringLiteral("补充.jpg")), qPrintable(add.message()));
        const Result remove = evidence().remove(photo.id);
        QVERIFY2(
            refused(remove) && remove.message().contains(QStringLiteral("公示栏.jpg")), qPrintable(remove.message()));

        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits);
        QCOMPARE(count(*m_t->db, QStringLiteral("inspection_answer")), answers);
        QCOMPARE(count(*m_t->db, QStringLiteral("evidence")), files);
        QCOMPARE(repo().answer(a.id)->result, InspectionResult::Problem);
        QCOMPARE(repo().inspection(run.id)->name, QStringLiteral("2026年7月自查"));
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    void evidenceFiles()
    {
        Inspection run = newRun();
        QVERIFY(repo().createInspection(run));
        InspectionAnswer a = slot(run.id, QStringLiteral("RD01"));
        a.result = InspectionResult::Compliant;
        QVERIFY(repo().saveAnswer(a));

        QByteArray bytes;
        for (int i = 0; i < 5000; ++i)
            bytes.append(char(i * 7));
        const QString path = writeFile(QStringLiteral("入户调查表.pdf"), bytes);
        const int audits = count(*m_t->db, QStringLiteral("audit_log"));
        Evidence added;
        QVERIFY(evidence().addFile(Evidence::Owner::Answer, a.id, path, &added));
        QVERIFY(added.id > 0);
        QCOMPARE(added.fileName, QStringLiteral("入户调查表.pdf"));
        QCOMPARE(added.size, qint64(bytes.size()));
        QCOMPARE(
            added.sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(added.operatorName, QStringLiteral("测试员"));
        QCOMPARE(added.addedAt.date(), m_today);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), audits + 1);
        const AuditRecord record = AuditLog(*m_t->db).latest(1).value().first();
        QCOMPARE(record.entity, QStringLiteral("evidence"));
        QVERIFY(record.newValue.contains(added.sha256));
        QVERIFY(record.newValue.size() < 1000); // the bytes stay out of the log
        const QList<Evidence> listed = evidence().evidence(Evidence::Owner::Answer, a.id).value();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().sha256, added.sha256);
        QCOMPARE(repo().answer(a.id)->evidence.size(), 1);
        QCOMPARE(slot(run.id, QStringLiteral("RD01")).evidence.size(), 1);
        QCOMPARE(evidence().content(added.id).value(), bytes);

        // saveCopy writes the same bytes back.
        const QString copy = m_files.filePath(QStringLiteral("copy.pdf"));
        QVERIFY(evidence().saveCopy(added.id, copy));
        QFile back(copy);
        QVERIFY(back.open(QIODevice::ReadOnly));
        QCOMPARE(back.readAll(), bytes);

        // Refusals name the file; nothing is written.
        const int files = count(*m_t->db, QStringLiteral("evidence"));
        const int before = count(*m_t->db, QStringLiteral("audit_log"));
        const Result missing
            = evidence().addFile(Evidence::Owner::Answer, a.id, m_files.filePath(QStringLiteral("不存在.jpg")));
        QCOMPARE(missing.kind(), Result::Kind::Rejected);
        QVERIFY2(missing.message().contains(QStringLiteral("不存在.jpg")), qPrintable(missing.message()));
        const Result empty = evidence().addFile(Evidence::Owner::Answer, a.id, writeFile(QStringLiteral("空.jpg"), {}));
        QCOMPARE(empty.kind(), Result::Kind::Rejected);
        QVERIFY2(empty.message().contains(QStringLiteral("空.jpg")), qPrintable(empty.message()));
        const QString bigPath = writeFile(QStringLiteral("录像.mp4"), "x");
        QVERIFY(QFile::resize(bigPath, EvidenceRepository::MaxFileBytes + 1));
        const Result big = evidence().addFile(Evidence::Owner::Answer, a.id, bigPath);
        QCOMPARE(big.kind(), Result::Kind::Rejected);
        QVERIFY2(big.message().contains(QStringLiteral("录像.mp4")) && big.message().contains(QStringLiteral("20 MB")),
            qPrintable(big.message()));
        const Result noOwner = evidence().addFile(Evidence::Owner::Answer, 999999, path);
        QCOMPARE(noOwner.kind(), Result::Kind::Rejected);
        QVERIFY2(noOwner.message().contains(QStringLiteral("入户调查表.pdf")), qPrintable(noOwner.message()));
        QCOMPARE(count(*m_t->db, QStringLiteral("evidence")), files);
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), before);

        // A damaged copy in the database is reported, not written out.
        QSqlQuery damage(m_t->db->connection());
        QVERIFY(damage.exec(QStringLiteral("UPDATE evidence SET content = X'00' WHERE id = %1").arg(added.id)));
        const QString damagedCopy = m_files.filePath(QStringLiteral("damaged.pdf"));
        const Result damaged = evidence().saveCopy(added.id, damagedCopy);
        QCOMPARE(damaged.kind(), Result::Kind::Failed);
        QVERIFY2(damaged.message().contains(QStringLiteral("damaged")), qPrintable(damaged.message()));
        QVERIFY(!QFile::exists(damagedCopy));

        // remove() is audited.
        QVERIFY(evidence().remove(added.id));
        QVERIFY(evidence().evidence(Evidence::Owner::Answer, a.id)->isEmpty());
        QCOMPARE(count(*m_t->db, QStringLiteral("audit_log")), before + 1);
        QCOMPARE(AuditLog(*m_t->db).latest(1).value().first().action, QStringLiteral("delete"));
        QVERIFY(AuditLog(*m_t->db).verify().ok);
    }

    void evidenceOfClosedLedgerItems()
    {
        // Rows as the rectification and complaint ledgers store them.
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO rectification (id, problem, status, created_date, signed_off_date) "
                                      "VALUES (1, '公示不规范', 'signed_off', '2026-06-01', '2026-07-01'), "
                                      "(2, '档案不全', 'in_progress', '2026-06-01', NULL)")));
        QVERIFY(q.exec(
            QStringLiteral("INSERT INTO complaint (id, received_date, channel, closed_date) "
                           "VALUES (1, '2026-05-01', 'phone', '2026-06-15'), (2, '2026-06-01', 'letter', NULL)")));
        const QString path = writeFile(QStringLiteral("整改照片.jpg"), "photo");
        const int files = count(*m_t->db, QStringLiteral("evidence"));
        const Result signedOff = evidence().addFile(Evidence::Owner::Rectification, 1, path);
        QCOMPARE(signedOff.kind(), Result::Kind::Rejected);
        QVERIFY2(signedOff.message().contains(QStringLiteral("整改照片.jpg")), qPrintable(signedOff.message()));
        const Result closed = evidence().addFile(Evidence::Owner::Complaint, 1, path);
        QCOMPARE(closed.kind(), Result::Kind::Rejected);
        QCOMPARE(evidence().addFile(Evidence::Owner::Complaint, 3, path).kind(), Result::Kind::Rejected);
        QCOMPARE(count(*m_t->db, QStringLiteral("evidence")), files);

        Evidence open;
        QVERIFY(evidence().addFile(Evidence::Owner::Rectification, 2, path, &open));
        QVERIFY(evidence().addFile(Evidence::Owner::Complaint, 2, path));
        QCOMPARE(evidence().evidence(Evidence::Owner::Rectification, 2)->size(), 1);
        QCOMPARE(evidence().evidence(Evidence::Owner::Complaint, 2)->size(), 1);
        QVERIFY(evidence().evidence(Evidence::Owner::Answer, 2)->isEmpty());
        // Once signed off, its evidence stays.
        QVERIFY(q.exec(QStringLiteral("UPDATE rectification SET status = 'signed_off' WHERE id = 2")));
        QCOMPARE(evidence().remove(open.id).kind(), Result::Kind::Rejected);
        QCOMPARE(evidence().evidence(Evidence::Owner::Rectification, 2)->size(), 1);
        QCOMPARE(EvidenceRepository::ownerKey(Evidence::Owner::Complaint), QStringLiteral("complaint"));
    }
    // A record that is not there is refused in words; the lists of a database without runs are empty, not failed.
    void missingRecordsAreRejected()
    {
        QVERIFY(repo().inspections().isOk());
        QVERIFY(repo().inspections()->isEmpty());
        QVERIFY(repo().answers(9999).isOk());
        const Result run = repo().inspection(9999).result();
        QCOMPARE(run.kind(), Result::Kind::Rejected);
        QVERIFY2(run.message().contains(QStringLiteral("no longer exists")), qPrintable(run.message()));
        QCOMPARE(repo().answer(9999).result().kind(), Result::Kind::Rejected);
        QCOMPARE(checklists().checklistTemplate(9999).result().kind(), Result::Kind::Rejected);
        QCOMPARE(
            checklists().latestTemplate(QStringLiteral("no-such-checklist")).result().kind(), Result::Kind::Rejected);
        QCOMPARE(evidence().content(9999).result().kind(), Result::Kind::Rejected);
    }

    void droppedTableIsAFailureNotAnEmptyList_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("inspection_answer") << QStringLiteral("inspection_answer");
        QTest::newRow("inspection") << QStringLiteral("inspection");
        QTest::newRow("checklist_item") << QStringLiteral("checklist_item");
        QTest::newRow("evidence") << QStringLiteral("evidence");
    }
    // A table another program dropped: every read of it fails with the reason, a write that reads first fails
    // (not "no longer exists"), and the answers' model shows no rows and says why instead of an empty checklist.
    void droppedTableIsAFailureNotAnEmptyList()
    {
        QFETCH(QString, table);
        Inspection run = newRun();
        QVERIFY(repo().createInspection(run));
        InspectionAnswer a = slot(run.id, QStringLiteral("HD03"));
        a.result = InspectionResult::Compliant;
        QVERIFY(repo().saveAnswer(a));
        QVERIFY(evidence().addFile(Evidence::Owner::Answer, a.id, writeFile(QStringLiteral("照片.jpg"), "photo")));
        InspectionAnswerModel before(*m_t->db);
        before.setInspection(run.id);
        QVERIFY(before.readResult().isOk());
        QCOMPARE(before.rowCount(), 47);

        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY2(q.exec(QStringLiteral("DROP TABLE %1").arg(table)), qPrintable(q.lastError().text()));

        const auto failed = [&table](const Result &r, const char *what) {
            QVERIFY2(r.kind() == Result::Kind::Failed, what);
            QVERIFY2(r.message().contains(QStringLiteral("could not be read")) && r.message().contains(table),
                qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(what), r.message())));
        };
        failed(repo().answers(run.id).result(), "answers");
        if (table == QLatin1String("inspection_answer") || table == QLatin1String("evidence"))
            failed(repo().answer(a.id).result(), "answer"); // the answer, its households and its evidence
        if (table != QLatin1String("evidence")) { // progress() reads no evidence
            failed(repo().progress(run.id).result(), "progress");
            a.result = InspectionResult::NotApplicable;
            QCOMPARE(repo().saveAnswer(a).kind(), Result::Kind::Failed);
        }
        if (table == QLatin1String("inspection")) {
            failed(repo().inspections().result(), "inspections");
            failed(repo().inspection(run.id).result(), "inspection");
            failed(repo().describeAnswer(a.id).result(), "describeAnswer");
            run.participants = QStringLiteral("王主任");
            QCOMPARE(repo().updateInspection(run).kind(), Result::Kind::Failed);
            QCOMPARE(repo().closeInspection(run.id).kind(), Result::Kind::Failed);
        }
        if (table == QLatin1String("checklist_item")) {
            failed(checklists().checklistTemplate(run.templateId).result(), "checklistTemplate");
            failed(checklists().latestTemplate().result(), "latestTemplate");
            Inspection another = newRun(QStringLiteral("另一次自查"));
            QCOMPARE(repo().createInspection(another).kind(), Result::Kind::Failed);
        }
        if (table == QLatin1String("evidence")) {
            failed(evidence().evidence(Evidence::Owner::Answer, a.id).result(), "evidence");
            failed(evidence().content(1).result(), "content");
        }

        InspectionAnswerModel model(*m_t->db);
        model.setInspection(run.id);
        QCOMPARE(model.readResult().kind(), Result::Kind::Failed);
        QCOMPARE(model.rowCount(), 0);
    }

    void droppedTemplatesAreAFailure()
    {
        QVERIFY(checklists().templates().isOk());
        QSqlQuery q(m_t->db->connection());
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        QVERIFY(q.exec(QStringLiteral("DROP TABLE checklist_template")));
        QCOMPARE(checklists().templates().result().kind(), Result::Kind::Failed);
        QCOMPARE(checklists().latestTemplate().result().kind(), Result::Kind::Failed);
        Inspection run = newRun();
        const Result created = repo().createInspection(run);
        QCOMPARE(created.kind(), Result::Kind::Failed); // not "there is no checklist"
        QVERIFY2(created.message().contains(QStringLiteral("checklist_template")), qPrintable(created.message()));
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
