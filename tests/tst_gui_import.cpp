#include "ImportWizard.h"
#include "StatsRepository.h"
#include "TestSupport.h"

#include <QCheckBox>
#include <QComboBox>
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
        QTest::mouseClick(next, Qt::LeftButton);
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
        QCOMPARE(StatsRepository(*t->db).stats().householdsTotal, 120);
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
        QCOMPARE(StatsRepository(*t->db).stats().householdsTotal, 0);
    }
};

QTEST_MAIN(TestGuiImport)
#include "tst_gui_import.moc"
