// Settings ▸ Office settings (issue 10): the dialog's tabs driven by object name, inline problems, what it saves
// on the tables (CSV, PDF, the roster's XLSX), standards and top-ups added through it, the menu that opens it,
// and the amount dialog's hint that follows the ceiling rule.
#include "TestSupport.h"
#include "checks/DataChecks.h"
#include "core/AppSettings.h"
#include "exchange/roster/RosterExporter.h"
#include "exchange/sheets/SheetReader.h"
#include "office/OfficeRepository.h"
#include "office/StandardRepository.h"
#include "overview/OverviewPage.h"
#include "reports/compute/DisclosureReport.h"
#include "reports/compute/MonthlyReport.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportPainter.h"
#include "roster/AmountDialog.h"
#include "roster/RosterRepository.h"
#include "settings/OfficeSettingsDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace Domain;
using TestSupport::typeText;

namespace {

const QDate kToday(2026, 10, 20);

QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

void replaceText(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    typeText(edit, text);
}

} // namespace

class TestGuiOfficeSettings : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestSupport::TempDatabase> m_t;
    Database &db() { return *m_t->db; }

    template<typename T> static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }

private Q_SLOTS:
    void init()
    {
        MessageBoxes::clearAnswers();
        m_t = TestSupport::makeDatabase(); // 上街镇; 600 yuan from 2020-01
        QVERIFY(db().isOpen());
        db().setClock([] { return QDateTime(kToday, QTime(10, 0)); });
    }

    void editsTheOfficeWithInlineProblems()
    {
        OfficeSettingsDialog dialog(db());
        QSignalSpy changed(&dialog, &OfficeSettingsDialog::settingsChanged);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // Fits a 1366×768 screen.
        QVERIFY(dialog.width() <= 1366 && dialog.height() <= 700);
        QVERIFY(dialog.minimumSizeHint().height() <= 700);
        QCOMPARE(child<QLineEdit>(&dialog, "townshipLineEdit")->text(), QStringLiteral("上街镇"));
        QCOMPARE(child<QLineEdit>(&dialog, "divisionCodeLineEdit")->text(), QStringLiteral("350121101000"));
        QPushButton *ok = child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());

        auto *tabs = child<QTabWidget>(&dialog, "settingsTabWidget");
        QCOMPARE(tabs->count(), 4);
        typeText(child<QLineEdit>(&dialog, "addressLineEdit"), QStringLiteral("上街镇政府路1号"));
        tabs->setCurrentIndex(OfficeSettingsDialog::ContactsTab);
        auto *url = child<QLineEdit>(&dialog, "disclosureUrlLineEdit");
        auto *urlProblem = child<QLabel>(&dialog, "disclosureUrlProblemLabel");
        typeText(url, QStringLiteral("ftp://mhx.gov.cn"));
        QVERIFY(urlProblem->isVisible());
        QVERIFY2(urlProblem->text().contains(QStringLiteral("http")), qPrintable(urlProblem->text()));
        QVERIFY(url->property("invalid").toBool());
        QVERIFY(!ok->isEnabled());
        replaceText(url, QStringLiteral("www.mhx.gov.cn/db"));
        QVERIFY(!urlProblem->isVisible());
        QVERIFY(ok->isEnabled());
        typeText(child<QLineEdit>(&dialog, "hotlineLineEdit"), QStringLiteral("0591-22861200"));
        typeText(child<QLineEdit>(&dialog, "unitHeadLineEdit"), QStringLiteral("陈主任"));
        typeText(child<QLineEdit>(&dialog, "reviewerLineEdit"), QStringLiteral("林审核"));
        typeText(child<QLineEdit>(&dialog, "preparerLineEdit"), QStringLiteral("黄填表"));
        typeText(child<QLineEdit>(&dialog, "phoneLineEdit"), QStringLiteral("0591-22861234"));
        // An empty township name is refused beside the field on the first tab.
        tabs->setCurrentIndex(OfficeSettingsDialog::OfficeTab);
        auto *name = child<QLineEdit>(&dialog, "townshipLineEdit");
        replaceText(name, QString());
        QVERIFY(child<QLabel>(&dialog, "townshipProblemLabel")->isVisible());
        QVERIFY(!ok->isEnabled());
        typeText(name, QStringLiteral("上街镇"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(changed.count(), 0);
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);

        const Office o = OfficeRepository(db()).office().value();
        QCOMPARE(o.address, QStringLiteral("上街镇政府路1号"));
        QCOMPARE(o.hotline, QStringLiteral("0591-22861200"));
        QCOMPARE(o.disclosureUrl, QStringLiteral("www.mhx.gov.cn/db"));
        QCOMPARE(o.unitHead, QStringLiteral("陈主任"));
        QCOMPARE(o.reviewer, QStringLiteral("林审核"));
        QCOMPARE(o.preparer, QStringLiteral("黄填表"));
        QCOMPARE(o.phone, QStringLiteral("0591-22861234"));

        // On the tables: the monthly report as CSV and PDF, the disclosure table, the roster's XLSX export.
        const QString line = QStringLiteral("单位负责人：陈主任,审核人：林审核,填表人：黄填表,联系电话：0591-22861234");
        const QString csv = m_t->dir.filePath(QStringLiteral("monthly.csv"));
        QVERIFY(ReportCsvWriter::write(MonthlyReport(db()).compute(Period(2026, 10)).value(), csv));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString csvText = QString::fromUtf8(csvFile.readAll());
        QVERIFY2(csvText.contains(line), qPrintable(csvText));
        const QString disclosure = m_t->dir.filePath(QStringLiteral("disclosure.csv"));
        QVERIFY(ReportCsvWriter::write(DisclosureReport(db()).compute(Period()).value(), disclosure));
        QFile disclosureFile(disclosure);
        QVERIFY(disclosureFile.open(QIODevice::ReadOnly));
        const QString disclosureText = QString::fromUtf8(disclosureFile.readAll());
        QVERIFY2(
            disclosureText.contains(QStringLiteral("1,上街镇,www.mhx.gov.cn/db,0591-22861200,黄填表,0591-22861234")),
            qPrintable(disclosureText));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString pdf = m_t->dir.filePath(QStringLiteral("monthly.pdf"));
            QVERIFY(ReportPainter::writePdf(MonthlyReport(db()).compute(Period(2026, 10)).value(), pdf));
            QProcess p;
            p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(p.waitForFinished(60000));
            const QString text = squeezed(QString::fromUtf8(p.readAllStandardOutput()));
            QVERIFY2(text.contains(QStringLiteral("单位负责人：陈主任"))
                    && text.contains(QStringLiteral("审核人：林审核"))
                    && text.contains(QStringLiteral("填表人：黄填表"))
                    && text.contains(QStringLiteral("联系电话：0591-22861234")),
                qPrintable(text));
        }
        const QString xlsx = m_t->dir.filePath(QStringLiteral("roster.xlsx"));
        QVERIFY(RosterExporter(db()).exportRoster(xlsx, RosterFilter()));
        const std::unique_ptr<SheetReader> reader = SheetReader::forFile(xlsx).value();
        const Result opened = reader->open(xlsx);
        QVERIFY2(opened, qPrintable(opened.message()));
        QString footer;
        QVERIFY(reader->readSheet(QString(), [&footer](const SheetRow &r) {
            if (r.cell(0).text.startsWith(QStringLiteral("单位负责人")))
                footer = squeezed(r.cell(0).text);
            return true;
        }));
        QCOMPARE(footer, QString(line).remove(u','));
    }

    // Settings that cannot be read are not shown as blank fields that OK would save over the office's: the dialog
    // says why and cannot be saved; the overview says its figures cannot be read instead of showing zeros.
    void unreadableOfficeSaysSo()
    {
        QSqlQuery q(db().connection());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office RENAME TO office_aside")));
        {
            OfficeSettingsDialog dialog(db());
            auto *bar = dialog.findChild<MessageBar *>();
            QVERIFY(bar && bar->isVisibleTo(&dialog));
            QCOMPARE(bar->level(), MessageBar::Level::Error);
            QVERIFY(!child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household RENAME TO household_aside")));
        {
            OverviewPage overview(db());
            overview.show(); // loads when shown
            auto *bar = overview.findChild<MessageBar *>();
            QVERIFY(bar);
            QVERIFY2(bar->text().contains(QStringLiteral("The figures could not be read")), qPrintable(bar->text()));
        }
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE household_aside RENAME TO household")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE office_aside RENAME TO office")));
        OfficeSettingsDialog dialog(db());
        QVERIFY(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void cancelAsksBeforeDiscarding()
    {
        OfficeSettingsDialog dialog(db());
        dialog.show();
        typeText(child<QLineEdit>(&dialog, "hotlineLineEdit"), QStringLiteral("12345"));
        MessageBoxes::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        MessageBoxes::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(
            child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Cancel), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(OfficeRepository(db()).office().value().hotline, QString());
    }

    void addsStandardsFromAMonth()
    {
        OfficeSettingsDialog dialog(db());
        QSignalSpy changed(&dialog, &OfficeSettingsDialog::settingsChanged);
        dialog.showTab(OfficeSettingsDialog::StandardsTab);
        dialog.show();
        auto *table = child<QTableView>(&dialog, "standardsTableView");
        QCOMPARE(table->model()->rowCount(), 1);
        auto *month = child<QDateEdit>(&dialog, "standardMonthDateEdit");
        auto *amount = child<QDoubleSpinBox>(&dialog, "standardAmountSpinBox");
        auto *add = child<QPushButton>(&dialog, "addStandardButton");
        auto *amountProblem = child<QLabel>(&dialog, "standardAmountProblemLabel");
        // Nothing entered: the amount is refused beside its field.
        month->setDate(QDate(2026, 7, 1));
        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(amountProblem->isVisible());
        QCOMPARE(table->model()->rowCount(), 1);
        amount->setValue(765.5);
        QVERIFY(!amountProblem->isVisible());
        QTest::mouseClick(add, Qt::LeftButton);
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("765.50")),
            qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));
        QCOMPARE(amount->value(), 0.0); // ready for the next one
        // The same month again is refused, and says why.
        amount->setValue(800);
        QTest::mouseClick(add, Qt::LeftButton);
        auto *monthProblem = child<QLabel>(&dialog, "standardMonthProblemLabel");
        QVERIFY(monthProblem->isVisible());
        QVERIFY2(monthProblem->text().contains(QStringLiteral("2026-07")), qPrintable(monthProblem->text()));
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(StandardRepository(db()).standards().value().size(), 2);
        // The one in force this month (October) is the new one; the monthly report prints it, September's too.
        QVERIFY(table->model()->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(MonthlyReport(db()).compute(Period(2026, 10)).value().rows.last().cells.value(14).toLongLong(), 76550);
        QCOMPARE(MonthlyReport(db()).compute(Period(2026, 6)).value().rows.last().cells.value(14).toLongLong(), 60000);
    }

    void setsTopUpsThatTheCheckUses()
    {
        BenefitStandard standard {0, QDate(2026, 7, 1), Money::fromFen(76550), {}};
        QVERIFY(StandardRepository(db()).addStandard(standard));
        Household h = TestSupport::household(m_t->village1, QStringLiteral("甲类户"), QDate(1950, 1, 1), 11, 1);
        h.category = Category::ClassA;
        h.monthlyAmount = Money::fromYuan(1800); // 2 covered: above 1,531.00, below 1,990.30
        QVERIFY(RosterRepository(db()).createHousehold(h));
        const auto hits
            = [this] { return DataChecks(db()).run(QStringLiteral("amount_above_standard"), kToday).value().size(); };
        QCOMPARE(hits(), 1);

        OfficeSettingsDialog dialog(db());
        dialog.showTab(OfficeSettingsDialog::SupplementsTab);
        dialog.show();
        auto *category = child<QComboBox>(&dialog, "supplementCategoryComboBox");
        category->setCurrentIndex(category->findData(int(Category::ClassA)));
        child<QDateEdit>(&dialog, "supplementMonthDateEdit")->setDate(QDate(2026, 8, 1));
        child<QRadioButton>(&dialog, "shareRadioButton")->setChecked(true);
        child<QDoubleSpinBox>(&dialog, "supplementShareSpinBox")->setValue(30);
        auto *preview = child<QLabel>(&dialog, "supplementPreviewLabel");
        QVERIFY2(
            preview->text().contains(QStringLiteral("229.65")) && preview->text().contains(QStringLiteral("995.15")),
            qPrintable(preview->text()));
        QTest::mouseClick(child<QPushButton>(&dialog, "setSupplementButton"), Qt::LeftButton);
        QCOMPARE(child<QTableView>(&dialog, "supplementsTableView")->model()->rowCount(), 1);
        QCOMPARE(StandardRepository(db()).supplements().value().size(), 1);
        QCOMPARE(hits(), 0);

        // A fixed top-up for category A from November replaces the share from then on: 10 yuan is too little.
        child<QDateEdit>(&dialog, "supplementMonthDateEdit")->setDate(QDate(2026, 11, 1));
        child<QRadioButton>(&dialog, "fixedAmountRadioButton")->setChecked(true);
        child<QDoubleSpinBox>(&dialog, "supplementAmountSpinBox")->setValue(10);
        QTest::mouseClick(child<QPushButton>(&dialog, "setSupplementButton"), Qt::LeftButton);
        QCOMPARE(StandardRepository(db()).supplements().value().size(), 2);
        QCOMPARE(hits(), 0); // October
        QCOMPARE(DataChecks(db()).run(QStringLiteral("amount_above_standard"), QDate(2026, 11, 5)).value().size(), 1);
    }

    void amountHintFollowsTheCeilingOfTheMonth()
    {
        BenefitStandard standard {0, QDate(2026, 7, 1), Money::fromFen(76550), {}};
        QVERIFY(StandardRepository(db()).addStandard(standard));
        CategorySupplement topUp;
        topUp.category = Category::ClassA;
        topUp.from = Period(2026, 9);
        topUp.sharePermille = 300;
        QVERIFY(StandardRepository(db()).setSupplement(topUp));
        Household h = TestSupport::household(m_t->village1, QStringLiteral("甲类户"), QDate(1950, 1, 1), 11, 1);
        h.category = Category::ClassA;
        QVERIFY(RosterRepository(db()).createHousehold(h));
        h = *RosterRepository(db()).household(h.id);

        AmountDialog dialog(db(), h);
        dialog.show();
        auto *hint = child<QLabel>(&dialog, "ceilingHintLabel");
        // October: (765.50 + 229.65) × 2 = 1,990.30.
        QVERIFY2(hint->text().contains(QStringLiteral("229.65")) && hint->text().contains(QStringLiteral("1,990.30")),
            qPrintable(hint->text()));
        // From August, before the top-up: 765.50 × 2.
        child<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2026, 8, 15));
        QVERIFY2(hint->text().contains(QStringLiteral("1,531.00")) && !hint->text().contains(QStringLiteral("229.65")),
            qPrintable(hint->text()));
        // From June, the standard of 600.
        child<QDateEdit>(&dialog, "dateEdit")->setDate(QDate(2026, 6, 1));
        QVERIFY2(hint->text().contains(QStringLiteral("1,200.00")), qPrintable(hint->text()));
    }

    void settingsMenuOpensTheDialog()
    {
        AppSettings settings(m_t->dir.filePath(QStringLiteral("settings.ini")));
        MainWindow window(db(), settings);
        window.show();
        QAction *action = window.findChild<QAction *>(QStringLiteral("officeSettingsAction"));
        QVERIFY(action);
        QVERIFY(!action->text().isEmpty());
        bool opened = false;
        QTimer::singleShot(0, &window, [&opened] {
            auto *dialog = qobject_cast<OfficeSettingsDialog *>(QApplication::activeModalWidget());
            opened = dialog != nullptr;
            if (dialog)
                dialog->reject();
        });
        action->trigger();
        QVERIFY(opened);
    }
};

QTEST_MAIN(TestGuiOfficeSettings)
#include "tst_gui_office_settings.moc"
