// Small widgets and helpers of views/: the message bar, the message-box hook, Chinese name sorting.
#include "core/Result.h"
#include "shell/CollatorSortProxyModel.h"
#include "shell/DateEdit.h"
#include "shell/MessageBar.h"
#include "shell/MessageBoxes.h"
#include "shell/MoneySpinBox.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QLineEdit>
#include <QShowEvent>
#include <QStandardItemModel>
#include <QTest>
#include <QVBoxLayout>

class TestGuiWidgets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageBarShowsResults();
    void messageBoxesAnswerFromTheQueue();
    void namesSortInPinyinOrder();
    void moneySpinBoxKeepsFen_data();
    void moneySpinBoxKeepsFen();
    void dateEditTakesTypingAndLeavesWithTab();
};

void TestGuiWidgets::messageBarShowsResults()
{
    QWidget page;
    MessageBar messageBar(&page); // destroyed before its parent
    MessageBar *bar = &messageBar;
    page.resize(400, 100);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!bar->isVisible()); // nothing to say yet
    bar->showResult(Result::rejected(QStringLiteral("The date is missing.")));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->level(), MessageBar::Level::Warning);
    QCOMPARE(bar->text(), QStringLiteral("The date is missing."));
    bar->showResult(Result::failed(QStringLiteral("The disk is full; nothing was saved.")));
    QCOMPARE(bar->level(), MessageBar::Level::Error);
    QCOMPARE(bar->text(), QStringLiteral("The disk is full; nothing was saved."));
    bar->resize(400, bar->sizeHint().height());
    QTest::mouseClick(bar->findChild<QWidget *>(QStringLiteral("messageCloseButton")), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(bar->text().isEmpty());
    bar->showResult(Result::success());
    QVERIFY(!bar->isVisible());
}

void TestGuiWidgets::messageBoxesAnswerFromTheQueue()
{
    MessageBoxes::clearAnswers();
    MessageBoxes::setNextAnswer(QMessageBox::No);
    MessageBoxes::setNextAnswer(QMessageBox::Yes);
    QCOMPARE(MessageBoxes::pendingAnswers(), 2);
    QCOMPARE(MessageBoxes::question(nullptr, QStringLiteral("t"), QStringLiteral("first?")), QMessageBox::No);
    QCOMPARE(MessageBoxes::lastText(), QStringLiteral("first?"));
    QCOMPARE(MessageBoxes::question(nullptr, QStringLiteral("t"), QStringLiteral("second?")), QMessageBox::Yes);
    QCOMPARE(MessageBoxes::pendingAnswers(), 0);
}

void TestGuiWidgets::namesSortInPinyinOrder()
{
    QStandardItemModel source;
    for (const QString &name : {QStringLiteral("张伟"), QStringLiteral("阿明"), QStringLiteral("王芳"),
             QStringLiteral("李娜"), QStringLiteral("陈静")}) {
        source.appendRow(new QStandardItem(name));
    }
    CollatorSortProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    proxy.sort(0);
    QStringList sorted;
    for (int row = 0; row < proxy.rowCount(); ++row)
        sorted << proxy.index(row, 0).data().toString();
    // a, chen, li, wang, zhang — not the order of the code points (张 < 李 < 王 < 阿 < 陈 in Unicode).
    QCOMPARE(sorted,
        QStringList({QStringLiteral("阿明"), QStringLiteral("陈静"), QStringLiteral("李娜"), QStringLiteral("王芳"),
            QStringLiteral("张伟")}));

    // Numbers sort by value, not as text.
    QStandardItemModel ages;
    for (int age : {9, 70, 12}) {
        auto *item = new QStandardItem;
        item->setData(age, Qt::DisplayRole);
        ages.appendRow(item);
    }
    proxy.setSourceModel(&ages);
    proxy.sort(0);
    QCOMPARE(proxy.index(0, 0).data().toInt(), 9);
    QCOMPARE(proxy.index(2, 0).data().toInt(), 70);
}

void TestGuiWidgets::moneySpinBoxKeepsFen_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("fen");
    for (const char *locale : {"zh_CN", "en_US", "de_DE"}) {
        const QLocale l((QString::fromLatin1(locale)));
        QTest::addRow("%s 0.29", locale) << QString::fromLatin1(locale) << l.toString(0.29, 'f', 2) << qint64(29);
        QTest::addRow("%s 1,250.57", locale)
            << QString::fromLatin1(locale) << l.toString(1250.57, 'f', 2) << qint64(125057);
        QTest::addRow("%s -100", locale) << QString::fromLatin1(locale) << l.toString(-100.0, 'f', 2) << qint64(-10000);
        QTest::addRow("%s 99,999,999.99", locale)
            << QString::fromLatin1(locale) << l.toString(99999999.99, 'f', 2) << qint64(9999999999);
    }
}

// The amount a money box gives is the fen of the digits it shows, whatever the locale's separators, and an amount
// set on it comes back unchanged.
void TestGuiWidgets::moneySpinBoxKeepsFen()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, fen);
    MoneySpinBox box;
    box.setLocale(QLocale(locale));
    box.setMoneyRange(Money::fromFen(-9999999999), Money::fromFen(9999999999));
    box.setMoney(Money::fromFen(fen));
    QCOMPARE(box.money().fen(), fen);
    box.setMoney(Money());
    box.show();
    box.selectAll();
    QTest::keyClicks(&box, typed);
    box.interpretText();
    QVERIFY2(box.money().fen() == fen, qPrintable(QStringLiteral("%1 → %2").arg(typed).arg(box.money().fen())));
    QVERIFY2(box.text().contains(box.suffix()), qPrintable(box.text()));
}

void TestGuiWidgets::dateEditTakesTypingAndLeavesWithTab()
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *optional = new DateEdit(&form); // a deadline: optional, "none" until given
    optional->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    optional->setMinimumDate(QDate(2000, 1, 1));
    optional->setMaximumDate(QDate(2099, 12, 31));
    optional->setSpecialValueText(QStringLiteral("none"));
    optional->setCalendarPopup(true);
    optional->setDate(optional->minimumDate());
    auto *next = new QLineEdit(&form);
    layout->addWidget(optional);
    layout->addWidget(next);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    form.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&form));
    QVERIFY(optional->isEmpty());

    // Digits typed into "none" make a date: year, month and day in turn.
    optional->setFocus();
    QTest::keyClicks(optional, QStringLiteral("20261215"));
    QCOMPARE(optional->date(), QDate(2026, 12, 15));
    QVERIFY(!optional->isEmpty());
    // Delete over the whole date empties it again.
    optional->selectAll();
    QTest::keyClick(optional, Qt::Key_Delete);
    QVERIFY(optional->isEmpty());
    QCOMPARE(optional->text(), QStringLiteral("none"));

    // The calendar of an empty field opens at the current month, not at the minimum's (January 2000).
    QCalendarWidget *calendar = optional->calendarWidget();
    calendar->setCurrentPage(2000, 1);
    QShowEvent shown;
    QCoreApplication::sendEvent(calendar, &shown);
    QCOMPARE(calendar->monthShown(), QDate::currentDate().month());
    QCOMPARE(calendar->yearShown(), QDate::currentDate().year());

    // Tab leaves the field, on an empty one too, instead of walking its sections.
    optional->setFocus();
    QTest::keyClick(optional, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    optional->setDate(QDate(2026, 3, 4));
    optional->setFocus();
    QTest::keyClick(optional, Qt::Key_Tab);
    QTRY_VERIFY(next->hasFocus());
    QCOMPARE(optional->date(), QDate(2026, 3, 4));
}

QTEST_MAIN(TestGuiWidgets)
#include "tst_gui_widgets.moc"
