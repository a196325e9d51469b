// First start: the set-up and operator dialogs, and the GUI executable's flags (--screenshot, bad --db).
#include "TestSupport.h"
#include "core/AppSettings.h"
#include "core/Result.h"
#include "office/OfficeRepository.h"
#include "roster/RosterRepository.h"
#include "roster/StatsRepository.h"
#include "settings/SetupDialog.h"
#include "shell/MainWindow.h"
#include "shell/OperatorDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::typeText;

namespace { } // namespace

class TestGuiStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setupValidatesDivisionCodeInline();
    void setupSavesTownshipAndVillages();
    void setupOpensDemoData();
    void operatorDialogNeedsAName();
    void screenshotOfEachPage_data();
    void screenshotOfEachPage();
    void screenshotOfEmptyDatabaseSkipsDialogs();
    void refusesCorruptDatabase();
    void refusesUnknownPage();

private:
    int runGui(const QStringList &args, QString *err = nullptr);
    QTemporaryDir m_home;
};

int TestGuiStartup::runGui(const QStringList &args, QString *err)
{
    QProcess gui;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config"))); // not the user's settings
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    gui.setProcessEnvironment(env);
    gui.start(QStringLiteral(DIBAO_GUI_PATH), args);
    if (!gui.waitForFinished(120000)) {
        gui.kill();
        return -1;
    }
    if (err)
        *err = QString::fromUtf8(gui.readAllStandardError());
    return gui.exitStatus() == QProcess::NormalExit ? gui.exitCode() : -2;
}

void TestGuiStartup::setupValidatesDivisionCodeInline()
{
    auto tdb = TestSupport::makeDatabase(false);
    SetupDialog dialog(*tdb->db);
    dialog.show();
    QCOMPARE(dialog.currentId(), int(SetupDialog::TownshipPage));
    QAbstractButton *next = dialog.button(QWizard::NextButton);
    auto *code = dialog.findChild<QLineEdit *>(QStringLiteral("divisionCodeLineEdit"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("divisionCodeProblemLabel"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("townshipLineEdit")), QStringLiteral("上街镇"));
    auto *villages = dialog.findChild<QTableWidget *>(QStringLiteral("villageTableWidget"));
    villages->item(0, 0)->setText(QStringLiteral("上街村"));
    typeText(code, QStringLiteral("35012110100"));
    QVERIFY(!next->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY(!problem->text().isEmpty());
    typeText(code, QStringLiteral("0"));
    QVERIFY2(next->isEnabled(), qPrintable(dialog.problems(SetupDialog::TownshipPage).join(u'\n')));
    QVERIFY(!problem->isVisible());
    typeText(code, QStringLiteral("abc")); // the validator keeps letters out
    QCOMPARE(code->text(), QStringLiteral("350121101000"));
}

// The first start walks through the township, its contacts and signatories and its standard, saves them all at
// Finish, and lands on the overview.
void TestGuiStartup::setupSavesTownshipAndVillages()
{
    auto tdb = TestSupport::makeDatabase(false);
    QVERIFY(!OfficeRepository(*tdb->db).isConfigured().value());
    SetupDialog dialog(*tdb->db);
    dialog.show();
    QVERIFY(dialog.height() <= 740 && dialog.width() <= 1366); // fits a 1366×768 screen
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("townshipLineEdit")), QStringLiteral("上街镇"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("divisionCodeLineEdit")), QStringLiteral("350121101000"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("countyLineEdit")), QStringLiteral("闽侯县"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("addressLineEdit")), QStringLiteral("上街镇政府路1号"));
    auto *villages = dialog.findChild<QTableWidget *>(QStringLiteral("villageTableWidget"));
    villages->item(0, 0)->setText(QStringLiteral("上街村"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("addVillageButton")), Qt::LeftButton);
    villages->item(1, 0)->setText(QStringLiteral("下洋村"));
    villages->item(1, 1)->setText(QStringLiteral("350121101007"));
    QTest::mouseClick(dialog.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(dialog.currentId(), int(SetupDialog::ContactsPage));
    QVERIFY(!OfficeRepository(*tdb->db).isConfigured().value()); // nothing saved before Finish

    // Contacts and signatories: a bad web address holds the walk until it is corrected.
    auto *url = dialog.findChild<QLineEdit *>(QStringLiteral("disclosureUrlLineEdit"));
    typeText(url, QStringLiteral("民政网站"));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("disclosureUrlProblemLabel"))->isVisible());
    QVERIFY(!dialog.button(QWizard::NextButton)->isEnabled());
    url->clear();
    typeText(url, QStringLiteral("https://www.minhou.gov.cn/dibao"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("hotlineLineEdit")), QStringLiteral("0591-22861200"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("unitHeadLineEdit")), QStringLiteral("王建国"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("reviewerLineEdit")), QStringLiteral("李明"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("preparerLineEdit")), QStringLiteral("张丽"));
    typeText(dialog.findChild<QLineEdit *>(QStringLiteral("phoneLineEdit")), QStringLiteral("0591-22861234"));
    QVERIFY(dialog.button(QWizard::NextButton)->isEnabled());
    QTest::mouseClick(dialog.button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(dialog.currentId(), int(SetupDialog::StandardPage));

    // The standard: Finish waits for an amount.
    QAbstractButton *finish = dialog.button(QWizard::FinishButton);
    QVERIFY(!finish->isEnabled());
    dialog.findChild<QDateEdit *>(QStringLiteral("standardMonthDateEdit"))->setDate(QDate(2026, 7, 1));
    dialog.findChild<QDoubleSpinBox *>(QStringLiteral("standardAmountSpinBox"))->setValue(765.5);
    QVERIFY(finish->isEnabled());
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    OfficeRepository office(*tdb->db);
    QVERIFY(office.isConfigured().value());
    const Office o = office.office().value();
    QCOMPARE(o.name, QStringLiteral("上街镇"));
    QCOMPARE(o.divisionCode, QStringLiteral("350121101000"));
    QCOMPARE(o.county, QStringLiteral("闽侯县"));
    QCOMPARE(o.address, QStringLiteral("上街镇政府路1号"));
    QCOMPARE(o.disclosureUrl, QStringLiteral("https://www.minhou.gov.cn/dibao"));
    QCOMPARE(o.hotline, QStringLiteral("0591-22861200"));
    QCOMPARE(o.unitHead, QStringLiteral("王建国"));
    QCOMPARE(o.reviewer, QStringLiteral("李明"));
    QCOMPARE(o.preparer, QStringLiteral("张丽"));
    QCOMPARE(o.phone, QStringLiteral("0591-22861234"));
    const QList<Village> list = office.villages().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(office.villageByName(QStringLiteral("上街村")).value()->code, QStringLiteral("350121101001")); // generated
    QCOMPARE(office.villageByName(QStringLiteral("下洋村")).value()->code, QStringLiteral("350121101007")); // typed
    const QList<BenefitStandard> standards = office.standards().value();
    QCOMPARE(standards.size(), 1);
    QCOMPARE(standards.first().effectiveDate, QDate(2026, 7, 1));
    QCOMPARE(standards.first().monthlyPerPerson.fen(), 76550);

    // Then the window, on the overview.
    AppSettings settings(tdb->dir.filePath(QStringLiteral("settings.ini")));
    MainWindow window(*tdb->db, settings);
    window.restoreLayout();
    QCOMPARE(window.currentPageKey(), QStringLiteral("overview"));
}

void TestGuiStartup::setupOpensDemoData()
{
    auto tdb = TestSupport::makeDatabase(false);
    SetupDialog dialog(*tdb->db);
    dialog.show();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("demoButton")), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(OfficeRepository(*tdb->db).isConfigured().value());
    QCOMPARE(StatsRepository(*tdb->db).stats().value().householdsTotal, 300);
}

void TestGuiStartup::operatorDialogNeedsAName()
{
    OperatorDialog dialog;
    dialog.show();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("operatorLineEdit"));
    QVERIFY(!ok->isEnabled());
    typeText(name, QStringLiteral("   "));
    QVERIFY(!ok->isEnabled());
    typeText(name, QStringLiteral("林  秀英 "));
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.operatorName(), QStringLiteral("林 秀英"));
}

void TestGuiStartup::screenshotOfEachPage_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("overview") << QStringLiteral("overview");
    QTest::newRow("roster") << QStringLiteral("roster");
}

void TestGuiStartup::screenshotOfEachPage()
{
    QFETCH(QString, page);
    auto tdb = TestSupport::makeDatabase();
    Household h = TestSupport::household(tdb->village1, QStringLiteral("张三"), QDate(1960, 3, 4), 11, 2);
    QVERIFY(RosterRepository(*tdb->db).createHousehold(h));
    tdb->db->close();
    const QString png = tdb->dir.filePath(page + QStringLiteral(".png"));
    QString err;
    QCOMPARE(runGui({QStringLiteral("--db"), tdb->path(), QStringLiteral("--screenshot"), png, QStringLiteral("--page"),
                        page, QStringLiteral("--lang"), QStringLiteral("en")},
                 &err),
        0);
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(err));
    QCOMPARE(image.size(), QSize(1280, 800));
}

void TestGuiStartup::screenshotOfEmptyDatabaseSkipsDialogs()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("empty.png"));
    QCOMPARE(runGui({QStringLiteral("--db"), dir.filePath(QStringLiteral("new.sqlite")), QStringLiteral("--screenshot"),
                 png}),
        0);
    QVERIFY(QFile::exists(png));
}

void TestGuiStartup::refusesCorruptDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("corrupt.sqlite"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("This is a spreadsheet, not a database.\n");
    file.close();
    const QString png = dir.filePath(QStringLiteral("x.png"));
    QString err;
    const int code = runGui({QStringLiteral("--db"), path, QStringLiteral("--screenshot"), png}, &err);
    QVERIFY2(code > 0, qPrintable(QString::number(code)));
    QVERIFY2(err.contains(path), qPrintable(err));
    QVERIFY(!QFile::exists(png));
    // Left untouched.
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("This is a spreadsheet, not a database.\n"));
}

void TestGuiStartup::refusesUnknownPage()
{
    auto tdb = TestSupport::makeDatabase();
    tdb->db->close();
    QString err;
    QCOMPARE(
        runGui({QStringLiteral("--db"), tdb->path(), QStringLiteral("--screenshot"),
                   tdb->dir.filePath(QStringLiteral("x.png")), QStringLiteral("--page"), QStringLiteral("nowhere")},
            &err),
        1);
    QVERIFY(err.contains(QStringLiteral("nowhere")));
}

QTEST_MAIN(TestGuiStartup)
#include "tst_gui_startup.moc"
