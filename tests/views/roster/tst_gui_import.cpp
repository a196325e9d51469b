#include "TestSupport.h"
#include "exchange/roster/ImportProfileRepository.h"
#include "roster/RosterQueries.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "roster/import/ImportWizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>

using namespace TestSupport;

class TestGuiImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsThroughTheWizard()
    {
        auto t = makeDatabase();
        ImportWizard wizard(*t->db);
        QSignalSpy changed(&wizard, &ImportWizard::rosterChanged);
        wizard.show();
        wizard.setFile(QStringLiteral(DIBAO_TEST_DATA "/sheets/sample_roster_libreoffice.xlsx"));
        wizard.findChild<QCheckBox *>(QStringLiteral("createVillagesCheckBox"))->setChecked(true);
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        auto *import = wizard.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(next->isEnabled());
        // From the keyboard: Enter in the path goes on (Next is the default, Browse is not), the labels and buttons
        // have their Alt letters.
        QVERIFY(next->isDefault());
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("browseButton"))->autoDefault());
        QCOMPARE(TestSupport::labelsShowingAmpersands(&wizard), QStringList());
        QCOMPARE(next->shortcut(), QKeySequence(QStringLiteral("Alt+N")));
        QCOMPARE(wizard.findChild<QPushButton *>(QStringLiteral("backButton"))->shortcut(),
            QKeySequence(QStringLiteral("Alt+B")));
        auto *path = wizard.findChild<QLineEdit *>(QStringLiteral("fileLineEdit"));
        path->setFocus();
        QTest::keyClick(path, Qt::Key_Return);
        // The mapping step lists the file's columns with what they are imported as.
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isVisible(), 20000);
        QCOMPARE(mapping->rowCount(), 10);
        QCOMPARE(mapping->item(3, 1)->text(), QStringLiteral("公民身份号码"));
        QCOMPARE(qobject_cast<QComboBox *>(mapping->cellWidget(3, 2))->currentData().toString(),
            QStringLiteral("id_number"));
        auto *sheets = wizard.findChild<QComboBox *>(QStringLiteral("sheetComboBox"));
        QVERIFY(sheets->count() >= 1);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(import->isEnabled());
        QVERIFY(wizard.preview().isAcceptable());
        QCOMPARE(wizard.preview().newHouseholds, 120);
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(StatsRepository(*t->db).stats().value().householdsTotal, 120);
    }

    void showsEveryBadRowAndRefusesToImport()
    {
        auto t = makeDatabase();
        ImportWizard wizard(*t->db);
        wizard.show();
        wizard.setFile(QStringLiteral(DIBAO_TEST_DATA "/sheets/id_as_number_libreoffice.xlsx"));
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        QTest::mouseClick(next, Qt::LeftButton);
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isVisible() || !wizard.preview().issues.isEmpty(), 20000);
        if (mapping->isVisible())
            QTest::mouseClick(next, Qt::LeftButton);
        auto *issues = wizard.findChild<QTableWidget *>(QStringLiteral("issuesTableWidget"));
        QTRY_VERIFY(issues->isVisible());
        QVERIFY(issues->rowCount() > 0);
        bool numberMessage = false;
        for (int r = 0; r < issues->rowCount(); ++r)
            numberMessage = numberMessage || issues->item(r, 4)->text().contains(QStringLiteral("as text"));
        QStringList all;
        for (const ImportIssue &i : wizard.preview().issues)
            all << i.text();
        QVERIFY2(numberMessage, qPrintable(all.join(u'\n')));
        QVERIFY(!wizard.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        QCOMPARE(StatsRepository(*t->db).stats().value().householdsTotal, 0);
    }

    void wordsTheProgramCannotPlaceAreMappedAndSaved()
    {
        auto t = makeDatabase();
        ImportWizard wizard(*t->db);
        wizard.show();
        wizard.setFile(QStringLiteral(DIBAO_TEST_DATA "/sheets/members_unmapped_libreoffice.xlsx"));
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        auto *import = wizard.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isVisible(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        // The rows are imported all the same: warnings, not errors.
        QTRY_VERIFY(import->isEnabled());
        auto *warnings = wizard.findChild<QTableWidget *>(QStringLiteral("warningsTableWidget"));
        QVERIFY(warnings->isVisible());
        QCOMPARE(warnings->rowCount(), 3);
        QCOMPARE(warnings->item(0, 1)->text(), QStringLiteral("4"));
        QCOMPARE(warnings->item(0, 3)->text(), QStringLiteral("干亲"));
        // The words, each with what it is imported as.
        auto *words = wizard.findChild<QTableWidget *>(QStringLiteral("valueMappingTableWidget"));
        QVERIFY(words->isVisible());
        QCOMPARE(words->rowCount(), 2);
        QCOMPARE(words->item(0, 1)->text(), QStringLiteral("干亲"));
        auto *kind = qobject_cast<QComboBox *>(words->cellWidget(0, 3));
        QCOMPARE(kind->currentData().toString(), QStringLiteral("other"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("relative")));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("applyValuesButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.preview().warnings.size(), 1, 20000);
        QTRY_COMPARE(warnings->rowCount(), 1);
        QCOMPARE(warnings->item(0, 3)->text(), QStringLiteral("侏儒"));
        // Saved in a profile for the next file from the same source.
        auto *name = wizard.findChild<QLineEdit *>(QStringLiteral("valuesProfileLineEdit"));
        name->setText(QStringLiteral("干亲方案"));
        QTest::mouseClick(wizard.findChild<QPushButton *>(QStringLiteral("saveValuesButton")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(import->isEnabled(), 20000); // the preview, taken again
        const std::optional<QString> saved
            = ImportProfileRepository(*t->db).mapping(QStringLiteral("干亲方案")).value();
        QVERIFY(saved);
        QVERIFY2(
            saved->contains(QStringLiteral("\"@values\"")) && saved->contains(QStringLiteral("\"干亲\":\"relative\"")),
            qPrintable(*saved));
        QVERIFY2(saved->contains(QStringLiteral("\"与户主关系\":\"relation\"")), qPrintable(*saved));
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
        RosterRepository repo(*t->db);
        const QString id = idNumber(QDate(1968, 2, 2), 28);
        const Outcome<Household> household = repo.household(RosterQueries(*t->db).householdOfIdNumber(id).value());
        QVERIFY(household);
        for (const Person &p : household->members) {
            if (p.idNumber == id) {
                QCOMPARE(p.relation, Domain::Relation::Relative);
                QCOMPARE(p.relationText, QStringLiteral("干亲"));
            }
        }
    }

    void theMonthTheRosterDescribes()
    {
        auto t = makeDatabase();
        ImportWizard wizard(*t->db);
        wizard.show();
        wizard.setFile(QStringLiteral(DIBAO_TEST_DATA "/sheets/members_no_dates_libreoffice.xlsx"));
        auto *next = wizard.findChild<QPushButton *>(QStringLiteral("nextButton"));
        auto *back = wizard.findChild<QPushButton *>(QStringLiteral("backButton"));
        auto *import = wizard.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *mapping = wizard.findChild<QTableWidget *>(QStringLiteral("mappingTableWidget"));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isVisible(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        auto *issues = wizard.findChild<QTableWidget *>(QStringLiteral("issuesTableWidget"));
        QTRY_VERIFY(issues->isVisible());
        QCOMPARE(issues->rowCount(), 1);
        QVERIFY(issues->item(0, 4)->text().contains(QStringLiteral("The roster describes the month")));
        QVERIFY(!import->isEnabled());
        QTest::mouseClick(back, Qt::LeftButton);
        QTest::mouseClick(back, Qt::LeftButton);
        auto *asOf = wizard.findChild<QCheckBox *>(QStringLiteral("asOfCheckBox"));
        auto *month = wizard.findChild<QDateEdit *>(QStringLiteral("asOfDateEdit"));
        QVERIFY(asOf->isVisible());
        QVERIFY(!month->isEnabled());
        asOf->setChecked(true);
        QVERIFY(month->isEnabled());
        month->setDate(QDate(2026, 10, 1));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(mapping->isVisible(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.imported(), 20000);
        RosterRepository repo(*t->db);
        const QList<StatusChange> history
            = repo.statusHistory(RosterQueries(*t->db).householdOfIdNumber(idNumber(QDate(1951, 1, 1), 12)).value())
                  .value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().date, QDate(2026, 10, 1));
    }
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
