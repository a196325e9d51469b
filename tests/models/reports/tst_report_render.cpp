#include "TestSupport.h"
#include "exchange/sheets/SheetReader.h"
#include "reports/render/ReportCsvWriter.h"
#include "reports/render/ReportPainter.h"
#include "reports/render/ReportXlsxWriter.h"
#include "reports/table/ReportTable.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int kDataRows = 58;

// A township's monthly table: a two-level header (保障人数 over 合计/老年人/成年人/未成年人), a wrapped
// remarks column, two village groups, 58 households and a total row: two or more A4 pages.
ReportTable sampleTable()
{
    ReportTable t;
    t.id = QStringLiteral("monthly");
    t.title = QStringLiteral("测试乡低保对象月报");
    t.tableNumber = QStringLiteral("民低保月1表");
    t.issuer = QStringLiteral("测试县民政局");
    t.period = Period(2026, 10);
    t.periodText = QStringLiteral("2026年10月");
    t.unit = QStringLiteral("测试县测试乡人民政府");
    t.date = QDate(2026, 11, 5);
    t.columns = {
        {QStringLiteral("seq"), QStringLiteral("序号"), ReportColumn::Kind::Integer, 5, false},
        {QStringLiteral("village"), QStringLiteral("村（社区）"), ReportColumn::Kind::Text, 9, false},
        {QStringLiteral("head"), QStringLiteral("户主姓名"), ReportColumn::Kind::Text, 8, false},
        {QStringLiteral("id_number"), QStringLiteral("身份证号码"), ReportColumn::Kind::Text, 20, false},
        {QStringLiteral("persons"), QStringLiteral("合计"), ReportColumn::Kind::Integer, 6, false},
        {QStringLiteral("elderly"), QStringLiteral("老年人"), ReportColumn::Kind::Integer, 6, false},
        {QStringLiteral("adults"), QStringLiteral("成年人"), ReportColumn::Kind::Integer, 6, false},
        {QStringLiteral("minors"), QStringLiteral("未成年人"), ReportColumn::Kind::Integer, 7, false},
        {QStringLiteral("amount"), QStringLiteral("保障金额（元）"), ReportColumn::Kind::Money, 11, false},
        {QStringLiteral("remark"), QStringLiteral("备注"), ReportColumn::Kind::Text, 26, true},
    };
    t.header = {
        {QStringLiteral("序号"), 0, 0, 2, 1},
        {QStringLiteral("村（社区）"), 0, 1, 2, 1},
        {QStringLiteral("户主姓名"), 0, 2, 2, 1},
        {QStringLiteral("身份证号码"), 0, 3, 2, 1},
        {QStringLiteral("保障人数"), 0, 4, 1, 4},
        {QStringLiteral("合计"), 1, 4, 1, 1},
        {QStringLiteral("老年人"), 1, 5, 1, 1},
        {QStringLiteral("成年人"), 1, 6, 1, 1},
        {QStringLiteral("未成年人"), 1, 7, 1, 1},
        {QStringLiteral("保障金额（元）"), 0, 8, 2, 1},
        {QStringLiteral("备注"), 0, 9, 2, 1},
    };
    const QStringList surnames
        = {QStringLiteral("林"), QStringLiteral("陈"), QStringLiteral("黄"), QStringLiteral("郑")};
    const QStringList given = {QStringLiteral("金花"), QStringLiteral("身强"), QStringLiteral("长青"),
        QStringLiteral("大门"), QStringLiteral("一马")};
    qint64 persons = 0, elderly = 0, adults = 0, minors = 0, amount = 0;
    for (int i = 0; i < kDataRows; ++i) {
        const QString village = i < kDataRows / 2 ? QStringLiteral("上街村") : QStringLiteral("下洋村");
        if (i == 0 || i == kDataRows / 2)
            t.rows.append({ReportRow::Kind::Group, {QVariant(), village}});
        const qint64 e = i % 3, a = 1 + i % 2, m = i % 4;
        const qint64 fen = 45000 * (e + a + m) + qint64(37) * (i % 7);
        QString remark;
        if (i % 9 == 4)
            remark = QStringLiteral(
                "重病患者，医疗费用支出较大，经村民代表会议评议，乡人民政府审核，按分类施保规定增发保障金，"
                "复核日期：2026年9月30日");
        else if (i == 7)
            remark = QStringLiteral("残疾, 一级");
        t.rows.append({ReportRow::Kind::Data,
            {QVariant(qint64(i + 1)), village, surnames.at(i % 4) + given.at(i % 5),
                TestSupport::idNumber(QDate(1950 + i % 50, 1 + i % 12, 1 + i % 28), 2 * i + 1), QVariant(e + a + m),
                QVariant(e), QVariant(a), QVariant(m), QVariant(fen),
                remark.isEmpty() ? QVariant() : QVariant(remark)}});
        persons += e + a + m;
        elderly += e;
        adults += a;
        minors += m;
        amount += fen;
    }
    t.rows.append({ReportRow::Kind::Total,
        {QVariant(), QStringLiteral("合计"), QVariant(), QVariant(), QVariant(persons), QVariant(elderly),
            QVariant(adults), QVariant(minors), QVariant(amount), QVariant()}});
    t.notes = {QStringLiteral("1. 保障人数按户内享受低保的成员计算，老年人指年满60周岁的成员。"),
        QStringLiteral("2. 保障金额为本月实发金额，含分类施保增发部分。")};
    t.unitHead = QStringLiteral("王建国");
    t.reviewer = QStringLiteral("李身金");
    t.preparer = QStringLiteral("张小燕");
    t.phone = QStringLiteral("0591-22334455");
    return t;
}

qint64 sumColumn(const ReportTable &t, int column)
{
    qint64 sum = 0;
    for (const ReportRow &r : t.rows) {
        if (r.kind == ReportRow::Kind::Data)
            sum += r.cells.value(column).toLongLong();
    }
    return sum;
}

bool run(const QString &program, const QStringList &args, QString *out)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return false;
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

// pdftotext keeps or drops the spaces between words by their width: compare without them.
QString squeezed(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (!c.isSpace())
            out += c;
    }
    return out;
}

// The code points of the Kangxi radicals and the CJK radicals supplement, which must never stand for
// the ideographs that were printed.
QString radicalsIn(const QString &text)
{
    QString found;
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            found += c;
    }
    return found;
}

} // namespace

class TestReportRender : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString out(const QString &name) const { return m_dir.filePath(name); }

    void requireTool(const QString &tool)
    {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP(qPrintable(tool + QStringLiteral(" is not installed (poppler-utils; scripts/deps.sh --test)")));
    }

private Q_SLOTS:
    void jsonRoundTrip()
    {
        const ReportTable t = sampleTable();
        const ReportTable back = ReportTable::fromJson(t.toJson());
        QVERIFY(back == t);
        QCOMPARE(back.header.size(), t.header.size());
        QCOMPARE(back.rows.size(), t.rows.size());
        QCOMPARE(back.cellText(1, 3), t.cellText(1, 3));
        ReportTable changed = back;
        changed.rows[1].cells[8] = QVariant(qint64(1));
        QVERIFY(!(changed == t));
    }

    void pdfPagesAndText()
    {
        requireTool(QStringLiteral("pdftotext"));
        requireTool(QStringLiteral("pdfinfo"));
        const ReportTable t = sampleTable();
        const QString path = out(QStringLiteral("monthly.pdf"));
        const Result result = ReportPainter::writePdf(t, path);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QVERIFY(QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        int pages = 0;
        {
            QPdfWriter writer(out(QStringLiteral("count.pdf")));
            writer.setResolution(300);
            ReportPainter painter(t);
            pages = painter.pageCount(&writer);
        }
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));

        QString info;
        QVERIFY(run(QStringLiteral("pdfinfo"), {path}, &info));
        const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        QVERIFY(m.hasMatch());
        QCOMPARE(m.captured(1).toInt(), pages);
        QVERIFY2(info.contains(t.title), qPrintable(info));

        QString text;
        QVERIFY(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &text));
        QVERIFY2(radicalsIn(text).isEmpty(), qPrintable(radicalsIn(text)));
        const QStringList pageTexts = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pageTexts.size(), pages);
        for (int i = 0; i < pages; ++i) {
            const QString page = squeezed(pageTexts.at(i));
            QVERIFY2(page.contains(t.title), qPrintable(page));
            QVERIFY(page.contains(QStringLiteral("填报单位（盖章）：测试县测试乡人民政府")));
            QVERIFY(page.contains(QStringLiteral("填报日期：2026年11月5日")));
            QVERIFY(page.contains(QStringLiteral("制表机关：测试县民政局")));
            QCOMPARE(page.count(QStringLiteral("身份证号码")), 1); // the header on every page
            QVERIFY(page.contains(QStringLiteral("保障金额")));
            QVERIFY(page.contains(QStringLiteral("老年人")));
            QVERIFY(page.contains(QStringLiteral("第%1页共%2页").arg(i + 1).arg(pages)));
            QCOMPARE(page.contains(QStringLiteral("单位负责人：王建国")), i == pages - 1);
        }
        // The figures and names as printed, with the ideographs Qt would write as radicals.
        const QString all = squeezed(text);
        QVERIFY(all.contains(t.cellText(1, 3)));
        QVERIFY(all.contains(QStringLiteral("林金花")));
        QVERIFY(all.contains(QStringLiteral("陈身强")));
        QVERIFY(all.contains(QStringLiteral("黄长青")));
        QVERIFY(all.contains(QStringLiteral("审核人：李身金")));
        QVERIFY(all.contains(t.cellText(int(t.rows.size()) - 1, 8)));
        QVERIFY(all.contains(QStringLiteral("说明：")));
        QVERIFY(pageTexts.last().contains(QStringLiteral("合计")));
    }

    // Painting on a QPdfWriter the caller owns (as views do with a QPrinter printing to a file): Qt's
    // text layer has radicals for 身 金 长 门 …, and repairPdfText() puts the ideographs back.
    void repairTextOfOwnDevice()
    {
        requireTool(QStringLiteral("pdftotext"));
        const ReportTable t = sampleTable();
        const QString path = out(QStringLiteral("own.pdf"));
        ReportPainter painter(t);
        {
            QPdfWriter writer(path);
            writer.setResolution(150);
            QString error;
            QVERIFY2(painter.paint(&writer, &error), qPrintable(error));
        }
        QString before;
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &before));
        if (radicalsIn(before).isEmpty())
            QSKIP("This Qt writes the ideographs' own code points: nothing to repair");
        QString error;
        QVERIFY2(painter.repairPdfText(path, &error), qPrintable(error));
        QString after;
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &after));
        QVERIFY2(radicalsIn(after).isEmpty(), qPrintable(radicalsIn(after)));
        QVERIFY(squeezed(after).contains(QStringLiteral("身份证号码")));
        QVERIFY(squeezed(after).contains(QStringLiteral("保障金额")));
        QCOMPARE(after.count(u'\f'), before.count(u'\f'));
    }

    void pdfWithAppendix()
    {
        requireTool(QStringLiteral("pdftotext"));
        ReportTable t = sampleTable();
        t.rows = t.rows.mid(0, 12); // one page of rows
        QImage chart(1600, 700, QImage::Format_RGB32);
        chart.fill(Qt::white);
        {
            QPainter p(&chart);
            p.setPen(QPen(Qt::blue, 8));
            p.drawLine(100, 600, 1500, 100);
        }
        ReportPainter painter(t);
        painter.setAppendix(chart, QStringLiteral("图1 近12个月保障人数走势"));
        const QString path = out(QStringLiteral("appendix.pdf"));
        const Result result = painter.savePdf(path);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QString text;
        QVERIFY(run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}, &text));
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QVERIFY(squeezed(pages.last()).contains(QStringLiteral("图1近12个月保障人数走势")));
        QVERIFY(squeezed(text).contains(QStringLiteral("单位负责人：王建国")));
    }

    void pdfFailureLeavesNothing()
    {
        const QString path = out(QStringLiteral("missing-folder/monthly.pdf"));
        const Result result = ReportPainter::writePdf(sampleTable(), path);
        QVERIFY(!result.isOk());
        QVERIFY(result.message().contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void xlsxReadsBack()
    {
        const ReportTable t = sampleTable();
        const QString path = out(QStringLiteral("monthly.xlsx"));
        const Result result = ReportXlsxWriter::write(t, path);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));

        Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
        QVERIFY2(chosen, qPrintable(chosen.result().message()));
        const std::unique_ptr<SheetReader> reader = std::move(chosen).value();
        const Result opened = reader->open(path);
        QVERIFY2(opened, qPrintable(opened.message()));
        QCOMPARE(reader->sheetNames(), QStringList {t.title});
        QList<SheetRow> rows;
        const Result read = reader->readSheet(QString(), [&](const SheetRow &row) {
            rows.append(row);
            return true;
        });
        QVERIFY2(read, qPrintable(read.message()));

        // Title, 表号/制表机关, 填报单位 line, two header rows, then the body.
        QCOMPARE(rows.at(0).number, 1);
        QCOMPARE(rows.at(0).cell(0).text, t.title);
        QVERIFY(rows.at(1).cell(0).text.contains(QStringLiteral("制表机关：测试县民政局")));
        QVERIFY(rows.at(2).cell(0).text.startsWith(QStringLiteral("填报单位（盖章）：测试县测试乡人民政府")));
        const SheetRow &h1 = rows.at(3);
        const SheetRow &h2 = rows.at(4);
        QCOMPARE(h1.number, 4);
        QCOMPARE(h1.cell(0).text, QStringLiteral("序号"));
        QCOMPARE(h1.cell(3).text, QStringLiteral("身份证号码"));
        QCOMPARE(h1.cell(4).text, QStringLiteral("保障人数"));
        QCOMPARE(h1.cell(8).text, QStringLiteral("保障金额（元）"));
        QCOMPARE(h2.cell(4).text, QStringLiteral("合计"));
        QCOMPARE(h2.cell(7).text, QStringLiteral("未成年人"));
        QVERIFY(h2.cell(3).isEmpty());

        // The first group heading, then the first household: the ID number stays text, money is yuan.
        QCOMPARE(rows.at(5).cell(0).text, QStringLiteral("上街村"));
        const SheetRow &first = rows.at(6);
        QCOMPARE(first.cell(3).kind, SheetCell::Kind::Text);
        QCOMPARE(first.cell(3).text, t.cellText(1, 3));
        QCOMPARE(first.cell(0).kind, SheetCell::Kind::Number);
        QCOMPARE(first.cell(0).text.toInt(), 1);
        QCOMPARE(first.cell(8).kind, SheetCell::Kind::Number);
        QCOMPARE(first.cell(8).text.toDouble(), t.rows.at(1).cells.at(8).toLongLong() / 100.0);
        const SheetRow &fifth = rows.at(10); // the fifth household: an amount with fen
        QCOMPARE(QString::number(fifth.cell(8).text.toDouble(), 'f', 2), t.cellText(5, 8));

        int totalIndex = -1;
        for (int i = 0; i < rows.size(); ++i) {
            if (rows.at(i).cell(1).text == QStringLiteral("合计"))
                totalIndex = i;
        }
        QVERIFY(totalIndex > 0);
        const SheetRow &total = rows.at(totalIndex);
        QCOMPARE(total.cell(4).text.toLongLong(), sumColumn(t, 4));
        QCOMPARE(qRound64(total.cell(8).text.toDouble() * 100), sumColumn(t, 8));
        // Notes and the signature line follow the grid.
        bool signature = false;
        for (int i = totalIndex + 1; i < rows.size(); ++i)
            signature = signature || rows.at(i).cell(0).text.startsWith(QStringLiteral("单位负责人：王建国"));
        QVERIFY(signature);

        const QList<MergedRange> merged = reader->mergedRanges();
        auto hasMerge = [&](int firstRow, int firstColumn, int lastRow, int lastColumn) {
            for (const MergedRange &m : merged) {
                if (m.firstRow == firstRow && m.firstColumn == firstColumn && m.lastRow == lastRow
                    && m.lastColumn == lastColumn)
                    return true;
            }
            return false;
        };
        QVERIFY(hasMerge(1, 0, 1, 9)); // the title
        QVERIFY(hasMerge(4, 4, 4, 7)); // 保障人数 over its four columns
        QVERIFY(hasMerge(4, 0, 5, 0)); // 序号 over both header rows
        QVERIFY(hasMerge(4, 9, 5, 9)); // 备注
        QVERIFY(hasMerge(6, 0, 6, 9)); // the group heading
    }

    void xlsxSheetName()
    {
        QCOMPARE(
            ReportXlsxWriter::sheetName(QStringLiteral("低保[月报]: 2026/10*?")), QStringLiteral("低保月报 202610"));
        QCOMPARE(ReportXlsxWriter::sheetName(QString(40, u'表')).size(), 31);
        QCOMPARE(ReportXlsxWriter::sheetName(QStringLiteral("//")), QStringLiteral("报表"));
    }

    void xlsxFailureLeavesNothing()
    {
        const QString path = out(QStringLiteral("missing-folder/monthly.xlsx"));
        const Result result = ReportXlsxWriter::write(sampleTable(), path);
        QVERIFY(!result.isOk());
        QVERIFY(result.message().contains(path));
        QVERIFY(!QFile::exists(path));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    }

    void csvData()
    {
        const ReportTable t = sampleTable();
        const QString path = out(QStringLiteral("monthly.csv"));
        const Result result = ReportCsvWriter::write(t, path);
        QVERIFY2(result.isOk(), qPrintable(result.message()));
        QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(QStringLiteral("\r\n")));
        const QStringList lines = text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
            QStringLiteral("序号,村（社区）,户主姓名,身份证号码,保障人数-合计,保障人数-老年人,保障人数-成年人,"
                           "保障人数-未成年人,保障金额（元）,备注"));
        // Header, households, total, signatures: no title, no group headings.
        QCOMPARE(lines.size(), 1 + kDataRows + 1 + 1);
        QVERIFY(lines.at(1).startsWith(QStringLiteral("1,上街村,林金花,%1,").arg(t.cellText(1, 3))));
        QVERIFY(lines.at(1).contains(u',' + t.cellText(1, 8) + u','));
        QVERIFY(text.contains(QStringLiteral("\"残疾, 一级\""))); // a comma in a field: quoted
        const QString &total = lines.at(lines.size() - 2);
        QVERIFY(total.startsWith(QStringLiteral(",合计,,,%1,").arg(sumColumn(t, 4))));
        QVERIFY(total.contains(ReportTable::formatValue(QVariant(sumColumn(t, 8)), ReportColumn::Kind::Money)));
        QCOMPARE(lines.last(),
            QStringLiteral("单位负责人：%1,审核人：%2,填表人：%3,联系电话：%4,,,,,,")
                .arg(t.unitHead, t.reviewer, t.preparer, t.phone));
        QVERIFY(!text.contains(t.title));
    }
};

QTEST_MAIN(TestReportRender)
#include "tst_report_render.moc"
