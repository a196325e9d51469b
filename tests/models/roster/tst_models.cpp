#include "TestSupport.h"
#include "roster/AuditHistoryModel.h"
#include "roster/MemberModel.h"
#include "roster/RosterModel.h"
#include "roster/RosterRepository.h"
#include "roster/StatusTransitions.h"
#include "storage/AuditLog.h"

#include <QAbstractItemModelTester>
#include <QCollator>
#include <QSignalSpy>
#include <QTest>

using namespace Domain;
using namespace TestSupport;

class TestModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rosterModelPagesAndFilters()
    {
        auto t = makeDatabase();
        RosterRepository repo(*t->db);
        const int n = RosterModel::PageSize + 50;
        Result error;
        QVERIFY(t->db->begin(&error));
        for (int i = 0; i < n; ++i) {
            Household h = household(i % 2 ? t->village1 : t->village2,
                (i % 4 ? QStringLiteral("陈") : QStringLiteral("黄")) + QString::number(i),
                QDate(1940, 1, 1).addDays(i), 11);
            QVERIFY(repo.createHousehold(h));
        }
        QVERIFY(t->db->commit(&error));

        RosterModel model(*t->db);
        QCOMPARE(model.rowCount(), RosterModel::PageSize);
        QCOMPARE(model.totals().households, n);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), n);
        QVERIFY(!model.canFetchMore({}));
        // The tester fetches and checks on every change from here on.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        // ID numbers are masked unless full display is on.
        const QModelIndex id = model.index(0, RosterModel::IdNumberColumn);
        QVERIFY(model.data(id).toString().contains(QStringLiteral("********")));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setShowFullIdNumbers(true);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.data(id).toString(), model.data(id, RosterModel::FullIdNumberRole).toString());
        QCOMPARE(model.data(id).toString().size(), 18);

        RosterFilter f;
        f.search = QStringLiteral("黄");
        QSignalSpy totals(&model, &RosterModel::totalsChanged);
        model.setFilter(f);
        QCOMPARE(totals.size(), 1);
        QCOMPARE(model.totals().households, (n + 3) / 4); // i % 4 == 0
        QCOMPARE(model.rowCount(), (n + 3) / 4);
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(
                model.data(model.index(r, RosterModel::HeadNameColumn)).toString().startsWith(QStringLiteral("黄")));
        // In pinyin order, as Qt's own zh collation orders the names.
        model.sort(RosterModel::HeadNameColumn, Qt::DescendingOrder);
        const QCollator zh(QLocale(QLocale::Chinese, QLocale::China));
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(zh.compare(model.data(model.index(r - 1, RosterModel::HeadNameColumn)).toString(),
                        model.data(model.index(r, RosterModel::HeadNameColumn)).toString())
                >= 0);
        const qint64 hid = model.householdIdAt(3);
        QCOMPARE(model.rowOfHousehold(hid), 3);
        QCOMPARE(model.data(model.index(3, 0), RosterModel::HouseholdIdRole).toLongLong(), hid);
        QCOMPARE(model.headerData(RosterModel::AmountColumn, Qt::Horizontal).toString(),
            QStringLiteral("Monthly amount (yuan)"));
    }

    void memberModelEdits()
    {
        MemberModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEditable(true);
        model.setReferenceDate(QDate(2026, 11, 1));
        QVERIFY(model.insertRows(0, 1));
        QCOMPARE(model.member(0).relation, Relation::Head); // the first member defaults to head
        QVERIFY(model.insertRows(1, 1));
        QCOMPARE(model.member(1).relation, Relation::Other);
        QVERIFY(model.setData(model.index(0, MemberModel::NameColumn), QStringLiteral("陈秀英")));
        QVERIFY(model.setData(model.index(0, MemberModel::IdNumberColumn), QStringLiteral("11010519491231002x")));
        QCOMPARE(model.member(0).idNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(model.data(model.index(0, MemberModel::AgeColumn)).toInt(), 76);
        QCOMPARE(model.data(model.index(0, MemberModel::SexColumn)).toString(), QStringLiteral("Female"));
        QVERIFY(!(model.flags(model.index(0, MemberModel::AgeColumn)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(1, MemberModel::IdNumberColumn), QStringLiteral("110105194912310021")));
        QVERIFY(model.data(model.index(1, MemberModel::IdNumberColumn), MemberModel::ErrorRole)
                    .toString()
                    .contains(QStringLiteral("check digit")));
        QVERIFY(model.setData(model.index(1, MemberModel::CoveredColumn), false));
        QVERIFY(!model.member(1).covered);
        QVERIFY(model.removeRows(1, 1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, MemberModel::IdNumberColumn)).toString().contains(QStringLiteral("****")));
        model.setShowFullIdNumbers(true);
        QCOMPARE(
            model.data(model.index(0, MemberModel::IdNumberColumn)).toString(), QStringLiteral("11010519491231002X"));
        model.setEditable(false);
        QVERIFY(!model.setData(model.index(0, MemberModel::NameColumn), QStringLiteral("x")));
    }

    void auditHistoryModelDescribes()
    {
        auto t = makeDatabase();
        RosterRepository repo(*t->db);
        Household h = household(t->village1, QStringLiteral("陈秀英"), QDate(1952, 4, 8), 24);
        QVERIFY(repo.createHousehold(h));
        QVERIFY(StatusTransitions(*t->db).changeStatus(
            h.id, HouseholdStatus::Suspended, QDate(2026, 3, 1), QStringLiteral("外出务工")));
        QVERIFY(StatusTransitions(*t->db).setMonthlyAmount(
            h.id, Money::fromFen(35000), QDate(2026, 4, 1), QStringLiteral("复核")));
        AuditHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRecords(AuditLog(*t->db).forHousehold(h.id).value());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, AuditHistoryModel::OperatorColumn)).toString(), QStringLiteral("测试员"));
        QCOMPARE(
            model.data(model.index(1, AuditHistoryModel::ActionColumn)).toString(), QStringLiteral("Status changed"));
        const QString status = model.data(model.index(1, AuditHistoryModel::ChangeColumn)).toString();
        QVERIFY2(status.contains(QStringLiteral("Active → Suspended")), qPrintable(status));
        const QString amount = model.data(model.index(2, AuditHistoryModel::ChangeColumn)).toString();
        QVERIFY2(amount.contains(QStringLiteral("300.00 → 350.00")), qPrintable(amount));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
