#include "exchange/sheets/CsvReader.h"
#include "exchange/sheets/SheetReader.h"
#include "exchange/sheets/XlsReader.h"
#include "exchange/sheets/XlsxReader.h"
#include "exchange/sheets/XlsxStyles.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <minizip/zip.h>

namespace {

QString sheetPath(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA "/sheets/") + name;
}

struct ReadResult
{
    bool ok = false;
    QString error;
    Result::Kind kind = Result::Kind::Ok; // of the first step that did not succeed
    QList<SheetRow> rows;
    QList<MergedRange> merged;
    QStringList sheets;

    // The cell at a spreadsheet row number and column letter (e.g. 7, "B").
    SheetCell at(int rowNumber, const char *column) const
    {
        int index = 0;
        for (const char *c = column; *c; ++c)
            index = index * 26 + (*c - 'A' + 1);
        for (const SheetRow &row : rows) {
            if (row.number == rowNumber)
                return row.cell(index - 1);
        }
        return {};
    }
};

ReadResult readFile(const QString &path, const QString &sheet = {}, const SheetLimits &limits = {})
{
    ReadResult result;
    const auto take = [&result](const Result &r) {
        result.ok = r.isOk();
        result.error = r.message();
        result.kind = r.kind();
        return result.ok;
    };
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    if (!take(chosen.result()))
        return result;
    const std::unique_ptr<SheetReader> reader = std::move(chosen).value();
    reader->setLimits(limits);
    if (!take(reader->open(path)))
        return result;
    result.sheets = reader->sheetNames();
    take(reader->readSheet(sheet, [&result](const SheetRow &row) {
        result.rows.append(row);
        return true;
    }));
    result.merged = reader->mergedRanges();
    return result;
}

// Writes a zip with minizip's writer (the same library the reader uses).
bool writeZip(const QString &path, const QList<QPair<QString, QByteArray>> &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info {};
        ok = ok
            && zipOpenNewFileInZip64(
                   zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_BEST_SPEED, 1)
                == ZIP_OK
            && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// A minimal workbook around one sheet's XML.
QList<QPair<QString, QByteArray>> workbookParts(const QByteArray &sheetXml)
{
    return {
        {QStringLiteral("xl/workbook.xml"),
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            "<Relationship Id=\"rId1\" "
            "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
            "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml},
    };
}

} // namespace

class TestSheetReaders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void libreOfficeXlsx()
    {
        const ReadResult r = readFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xlsx")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sheets, QStringList {QStringLiteral("sample_roster_utf8")});
        QCOMPARE(r.rows.size(), 123); // title, header, 120 households, 合计
        for (int i = 0; i < r.rows.size(); ++i)
            QCOMPARE(r.rows.at(i).number, i + 1);
        QCOMPARE(r.at(1, "A").text, QStringLiteral("闽侯县南屿镇农村最低生活保障对象花名册"));
        QCOMPARE(r.at(2, "D").text, QStringLiteral("公民身份号码"));
        QCOMPARE(r.at(2, "J").text, QStringLiteral("备注"));

        QCOMPARE(r.at(3, "A").kind, SheetCell::Kind::Number);
        QCOMPARE(r.at(3, "A").text, QStringLiteral("1"));
        QCOMPARE(r.at(3, "B").text, QStringLiteral("梧桥村"));
        QCOMPARE(r.at(3, "C").text, QStringLiteral("吴志强"));
        QCOMPARE(r.at(3, "D").kind, SheetCell::Kind::Text);
        QCOMPARE(r.at(3, "D").text, QStringLiteral("350121195303015286"));
        QCOMPARE(r.at(3, "G").text, QStringLiteral("B类")); // rich text runs joined
        QCOMPARE(r.at(3, "H").text, QStringLiteral("1116"));
        QCOMPARE(r.at(3, "I").text, QStringLiteral("2014年8月"));
        QVERIFY(r.at(3, "J").isEmpty());

        QCOMPARE(r.at(122, "A").text, QStringLiteral("120"));
        QCOMPARE(r.at(122, "C").text, QStringLiteral("张丽娟"));
        QCOMPARE(r.at(122, "D").text, QStringLiteral("350121197506156600"));
        QCOMPARE(r.at(122, "I").text, QStringLiteral("2020年10月"));

        QCOMPARE(r.at(123, "A").text, QStringLiteral("合计"));
        QCOMPARE(r.at(123, "H").kind, SheetCell::Kind::Number);
        QCOMPARE(r.at(123, "H").text, QStringLiteral("61380"));
        qint64 total = 0;
        for (int row = 3; row <= 122; ++row) {
            QCOMPARE(r.at(row, "D").kind, SheetCell::Kind::Text);
            QCOMPARE(r.at(row, "D").text.size(), 18);
            total += r.at(row, "H").text.toLongLong();
        }
        QCOMPARE(total, 61380);
    }

    void xlsMatchesXlsx()
    {
        const ReadResult xlsx = readFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xlsx")));
        const ReadResult xls = readFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xls")));
        QVERIFY2(xls.ok, qPrintable(xls.error));
        QCOMPARE(xls.sheets, xlsx.sheets);
        QCOMPARE(xls.rows.size(), xlsx.rows.size());
        for (int i = 0; i < xlsx.rows.size(); ++i) {
            const SheetRow &a = xlsx.rows.at(i);
            const SheetRow &b = xls.rows.at(i);
            QCOMPARE(b.number, a.number);
            QCOMPARE(b.cells.size(), a.cells.size());
            for (int c = 0; c < a.cells.size(); ++c) {
                QCOMPARE(b.cell(c).kind, a.cell(c).kind);
                QCOMPARE(b.cell(c).text, a.cell(c).text);
            }
        }
    }

    void csvGbkMatchesUtf8()
    {
        CsvReader gbk, utf8;
        const Result openedGbk = gbk.open(sheetPath(QStringLiteral("sample_roster_gbk.csv")));
        QVERIFY2(openedGbk, qPrintable(openedGbk.message()));
        const Result openedUtf8 = utf8.open(sheetPath(QStringLiteral("sample_roster_utf8.csv")));
        QVERIFY2(openedUtf8, qPrintable(openedUtf8.message()));
        QCOMPARE(gbk.encoding(), QStringLiteral("GB18030"));
        QCOMPARE(utf8.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(gbk.delimiter(), QChar(u','));
        QCOMPARE(utf8.sheetNames(), QStringList {QStringLiteral("sample_roster_utf8")});

        const ReadResult a = readFile(sheetPath(QStringLiteral("sample_roster_gbk.csv")));
        const ReadResult b = readFile(sheetPath(QStringLiteral("sample_roster_utf8.csv")));
        const ReadResult xlsx = readFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xlsx")));
        QVERIFY2(a.ok && b.ok, qPrintable(a.error + b.error));
        QCOMPARE(a.rows.size(), 123);
        QCOMPARE(b.rows.size(), 123);
        for (int i = 0; i < a.rows.size(); ++i) {
            QCOMPARE(a.rows.at(i).number, b.rows.at(i).number);
            QCOMPARE(a.rows.at(i).cells.size(), b.rows.at(i).cells.size());
            QCOMPARE(xlsx.rows.at(i).cells.size(), b.rows.at(i).cells.size());
            for (int c = 0; c < a.rows.at(i).cells.size(); ++c) {
                QCOMPARE(a.rows.at(i).cell(c).text, b.rows.at(i).cell(c).text);
                QCOMPARE(xlsx.rows.at(i).cell(c).text, b.rows.at(i).cell(c).text); // same texts as the workbook
                QVERIFY(b.rows.at(i).cell(c).kind != SheetCell::Kind::Number); // CSV values are text
            }
        }
        QCOMPARE(b.at(123, "H").text, QStringLiteral("61380"));
    }

    void csvVariants()
    {
        CsvReader semicolon;
        QVERIFY(semicolon.open(sheetPath(QStringLiteral("semicolon.csv"))));
        QCOMPARE(semicolon.delimiter(), QChar(u';'));
        ReadResult r = readFile(sheetPath(QStringLiteral("semicolon.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.at(1, "A").text, QStringLiteral("花名册（分号分隔）"));
        QCOMPARE(r.at(2, "D").text, QStringLiteral("公民身份号码"));
        QCOMPARE(r.at(3, "E").text, QStringLiteral("1116,50"));
        QCOMPARE(r.at(3, "F").text, QStringLiteral("说明\"含引号\""));
        QCOMPARE(r.at(4, "F").text, QStringLiteral("第一行\n第二行")); // one record, one row number
        QCOMPARE(r.at(5, "C").text, QStringLiteral("吴丽娟"));
        QCOMPARE(r.rows.last().number, 5);

        CsvReader tab;
        QVERIFY(tab.open(sheetPath(QStringLiteral("tab.txt"))));
        QCOMPARE(tab.delimiter(), QChar(u'\t'));
        QCOMPARE(tab.encoding(), QStringLiteral("GB18030"));
        r = readFile(sheetPath(QStringLiteral("tab.txt")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sheets, QStringList {QStringLiteral("tab")});
        QCOMPARE(r.rows.size(), 4); // CR line ends
        QCOMPARE(r.at(2, "B").text, QStringLiteral("梧桥村"));
        QCOMPARE(r.at(3, "F").text, QStringLiteral("第一行\n第二行"));
        QCOMPARE(r.at(4, "E").text, QStringLiteral("558"));

        r = readFile(sheetPath(QStringLiteral("bom.csv")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.at(1, "A").text, QStringLiteral("序号")); // no BOM in the first cell
        QVERIFY(r.at(2, "D").text.startsWith(QStringLiteral("35012119530301528")));
        QCOMPARE(r.at(2, "D").text.size(), 18);
        QCOMPARE(r.at(2, "F").text, QStringLiteral("说明\"含引号\""));
        QCOMPARE(r.at(3, "F").text, QStringLiteral("第一行\n第二行"));
        QCOMPARE(r.rows.size(), 4);

        r = readFile(sheetPath(QStringLiteral("unclosed_quote.csv")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("unclosed_quote.csv")) && r.error.contains(QStringLiteral("row 3")),
            qPrintable(r.error));
    }

    void csvKeepsNumbersAsText()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ids.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("id\n3.50121E+17\n\n350121198001011234\n");
        file.close();
        const ReadResult r = readFile(path);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows.size(), 3); // the blank line is no row, but counts
        QCOMPARE(r.at(2, "A").kind, SheetCell::Kind::Text);
        QCOMPARE(r.at(2, "A").text, QStringLiteral("3.50121E+17"));
        QCOMPARE(r.at(4, "A").text, QStringLiteral("350121198001011234"));
    }

    void features()
    {
        const ReadResult r = readFile(sheetPath(QStringLiteral("features.xlsx")), QStringLiteral("Data"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.sheets, (QStringList {QStringLiteral("Data"), QStringLiteral("Prefixed")}));
        // Texts: rich runs without the phonetic run, inline strings, cached formula text, entities.
        QCOMPARE(r.at(1, "A").text, QStringLiteral("B类 "));
        QCOMPARE(r.at(1, "A").kind, SheetCell::Kind::Text);
        QCOMPARE(r.at(1, "B").text, QStringLiteral("内联文本"));
        QCOMPARE(r.at(1, "C").text, QStringLiteral("富文本"));
        QCOMPARE(r.at(1, "D").text, QStringLiteral("公式文本"));
        QCOMPARE(r.at(1, "E").text, QStringLiteral("A&B <c> \"q\" 's' 中文\rend"));
        QCOMPARE(r.at(1, "F").text, QStringLiteral("<cdata> & more"));
        // Formulas: the cached values, shared formulas included.
        QCOMPARE(r.at(2, "A").text, QStringLiteral("1116"));
        QCOMPARE(r.at(2, "B").text, QStringLiteral("2232"));
        QCOMPARE(r.at(3, "B").text, QStringLiteral("558"));
        QCOMPARE(r.at(4, "B").kind, SheetCell::Kind::Number);
        QCOMPARE(r.at(4, "B").text, QStringLiteral("0"));
        QVERIFY(r.at(4, "A").isEmpty());
        // Booleans, errors, ID numbers stored as numbers.
        QCOMPARE(r.at(5, "A").kind, SheetCell::Kind::Boolean);
        QCOMPARE(r.at(5, "A").text, QStringLiteral("1"));
        QCOMPARE(r.at(5, "B").text, QStringLiteral("0"));
        QCOMPARE(r.at(5, "C").kind, SheetCell::Kind::Error);
        QCOMPARE(r.at(5, "C").text, QStringLiteral("#N/A"));
        QCOMPARE(r.at(5, "D").kind, SheetCell::Kind::Number);
        QCOMPARE(r.at(5, "D").text, QStringLiteral("3.50121198001012E+17"));
        QCOMPARE(r.at(5, "E").kind, SheetCell::Kind::Number);
        QCOMPARE(r.at(5, "E").text, QStringLiteral("350121198001011000"));
        // Dates in the 1900 system, with Excel's fictitious 1900-02-29.
        QCOMPARE(r.at(6, "A").kind, SheetCell::Kind::Date);
        QCOMPARE(r.at(6, "A").text, QStringLiteral("1900-02-28"));
        QCOMPARE(r.at(6, "B").text, QStringLiteral("1900-02-29"));
        QCOMPARE(r.at(6, "C").text, QStringLiteral("1900-03-01"));
        QCOMPARE(r.at(6, "D").text, QStringLiteral("2019-01-01"));
        QCOMPARE(r.at(6, "E").kind, SheetCell::Kind::Date);
        QCOMPARE(r.at(6, "E").text, QStringLiteral("2019-01-01"));
        QCOMPARE(r.at(6, "F").kind, SheetCell::Kind::Date); // yyyy"年"m"月"
        QCOMPARE(r.at(6, "F").text, QStringLiteral("2019-03-01"));
        QCOMPARE(r.at(6, "G").kind, SheetCell::Kind::Number); // h:mm, a time of day
        QCOMPARE(r.at(6, "G").text, QStringLiteral("0.5"));
        QCOMPARE(r.at(6, "H").kind, SheetCell::Kind::Number); // [h]:mm, elapsed
        QCOMPARE(r.at(6, "I").kind, SheetCell::Kind::Number); // General
        QCOMPARE(r.at(6, "I").text, QStringLiteral("43466"));
        QCOMPARE(r.at(6, "J").kind, SheetCell::Kind::Date); // t="d"
        QCOMPARE(r.at(6, "J").text, QStringLiteral("2020-05-17"));
        QCOMPARE(r.at(6, "K").text, QStringLiteral("1900-01-01"));
        // Cells and rows without references count on; <dimension> is ignored.
        QCOMPARE(r.at(8, "A").text, QStringLiteral("1"));
        QCOMPARE(r.at(8, "B").text, QStringLiteral("x"));
        QVERIFY(r.at(8, "C").isEmpty());
        QCOMPARE(r.at(8, "E").text, QStringLiteral("5"));
        QCOMPARE(r.at(8, "F").text, QStringLiteral("6"));
        QCOMPARE(r.at(9, "A").text, QStringLiteral("row nine"));
        // Rows with only empty styled cells are not reported; merged household cells.
        QList<int> numbers;
        for (const SheetRow &row : r.rows)
            numbers.append(row.number);
        QCOMPARE(numbers, (QList<int> {1, 2, 3, 4, 5, 6, 8, 9, 12, 13, 14, 20}));
        QCOMPARE(r.at(12, "A").text, QStringLiteral("梧桥村"));
        QVERIFY(r.at(13, "A").isEmpty());
        QCOMPARE(r.at(14, "B").text, QStringLiteral("吴小红"));
        QCOMPARE(r.merged.size(), 2);
        QCOMPARE(r.merged.at(0).firstRow, 12);
        QCOMPARE(r.merged.at(0).lastRow, 14);
        QCOMPARE(r.merged.at(0).firstColumn, 0);
        QCOMPARE(r.merged.at(0).lastColumn, 0);
        QCOMPARE(r.merged.at(1).firstRow, 20);
        QCOMPARE(r.merged.at(1).firstColumn, 1);
        QCOMPARE(r.merged.at(1).lastColumn, 4);

        const ReadResult prefixed = readFile(sheetPath(QStringLiteral("features.xlsx")), QStringLiteral("Prefixed"));
        QVERIFY2(prefixed.ok, qPrintable(prefixed.error));
        QCOMPARE(prefixed.at(1, "A").text, QStringLiteral("prefixed"));
        QCOMPARE(prefixed.at(1, "B").text, QStringLiteral("42"));
        QVERIFY(prefixed.merged.isEmpty());
    }

    void dates1904()
    {
        XlsxReader reader;
        const Result opened = reader.open(sheetPath(QStringLiteral("features_1904.xlsx")));
        QVERIFY2(opened, qPrintable(opened.message()));
        QVERIFY(reader.isDate1904());
        const ReadResult r = readFile(sheetPath(QStringLiteral("features_1904.xlsx")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.at(1, "A").text, QStringLiteral("1904-01-01"));
        QCOMPARE(r.at(1, "B").text, QStringLiteral("1904-01-02"));
        QCOMPARE(r.at(1, "C").text, QStringLiteral("2019-01-01"));
        QCOMPARE(r.at(1, "D").text, QStringLiteral("2019-03-01"));
        QCOMPARE(r.at(1, "E").kind, SheetCell::Kind::Number);
    }

    void serials_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<QString>("date");
        QTest::newRow("1900 day 1") << 1.0 << false << "1900-01-01";
        QTest::newRow("1900 day 59") << 59.0 << false << "1900-02-28";
        QTest::newRow("1900 fictitious 60") << 60.0 << false << "1900-02-29";
        QTest::newRow("1900 day 61") << 61.0 << false << "1900-03-01";
        QTest::newRow("1900 zero") << 0.0 << false << "";
        QTest::newRow("negative") << -1.0 << false << "";
        QTest::newRow("2018-03-01") << 43160.0 << false << "2018-03-01";
        QTest::newRow("almost midnight rounds") << 43160.999999999 << false << "2018-03-02";
        QTest::newRow("afternoon") << 43160.75 << false << "2018-03-01";
        QTest::newRow("9999-12-31") << 2958465.0 << false << "9999-12-31";
        QTest::newRow("past 9999") << 2958466.0 << false << "";
        QTest::newRow("1904 zero") << 0.0 << true << "1904-01-01";
        QTest::newRow("1904 2018-03-01") << 41698.0 << true << "2018-03-01";
    }

    void serials()
    {
        QFETCH(double, serial);
        QFETCH(bool, date1904);
        QFETCH(QString, date);
        QCOMPARE(XlsxStyles::serialToDate(serial, date1904), date);
    }

    void dateFormats_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("date");
        QTest::newRow("General") << "General" << false;
        QTest::newRow("text") << "@" << false;
        QTest::newRow("money") << "#,##0.00_);[Red](#,##0.00)" << false;
        QTest::newRow("yuan") << "0.00\"元\"" << false;
        QTest::newRow("scientific") << "0.00E+00" << false;
        QTest::newRow("iso") << "yyyy-mm-dd" << true;
        QTest::newRow("escaped") << "yyyy\\-mm\\-dd" << true;
        QTest::newRow("chinese month") << "yyyy\"年\"m\"月\"" << true;
        QTest::newRow("month day") << "m\"月\"d\"日\"" << true;
        QTest::newRow("locale prefix") << "[$-804]yyyy\"年\"m\"月\"d\"日\";@" << true;
        QTest::newRow("date time") << "yyyy/m/d h:mm" << true;
        QTest::newRow("time") << "h:mm:ss" << false;
        QTest::newRow("minutes seconds") << "mm:ss" << false;
        QTest::newRow("elapsed") << "[h]:mm:ss" << false;
        QTest::newRow("day in quotes") << "0\" days\"" << false;
        QTest::newRow("color then date") << "[Red]d/m/yy" << true;
    }

    void dateFormats()
    {
        QFETCH(QString, code);
        QFETCH(bool, date);
        QCOMPARE(XlsxStyles::isDateFormatCode(code), date);
    }

    void builtInDateFormats()
    {
        QVERIFY(XlsxStyles::isDateFormat(14, {}));
        QVERIFY(XlsxStyles::isDateFormat(22, {}));
        QVERIFY(XlsxStyles::isDateFormat(31, {}));
        QVERIFY(XlsxStyles::isDateFormat(57, {}));
        QVERIFY(!XlsxStyles::isDateFormat(0, {}));
        QVERIFY(!XlsxStyles::isDateFormat(20, {}));
        QVERIFY(!XlsxStyles::isDateFormat(46, {}));
        QVERIFY(!XlsxStyles::isDateFormat(49, {}));
    }

    void membersMergedByLibreOffice()
    {
        const ReadResult r = readFile(sheetPath(QStringLiteral("members_merged_libreoffice.xlsx")));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.at(3, "B").text, QStringLiteral("梧桥村"));
        QCOMPARE(r.at(3, "I").kind, SheetCell::Kind::Date);
        QCOMPARE(r.at(3, "I").text, QStringLiteral("2014-08-01"));
        QVERIFY(r.at(4, "B").isEmpty()); // under the merge
        QCOMPARE(r.at(4, "D").text, QStringLiteral("吴丽娟"));
        QCOMPARE(r.at(12, "A").text, QStringLiteral("合计"));
        QCOMPARE(r.at(12, "H").text, QStringLiteral("2511"));
        QCOMPARE(r.rows.size(), 12);
        auto hasMerge = [&r](int firstRow, int lastRow, int column) {
            for (const MergedRange &m : r.merged) {
                if (m.firstRow == firstRow && m.lastRow == lastRow && m.firstColumn == column && m.lastColumn == column)
                    return true;
            }
            return false;
        };
        QVERIFY(hasMerge(3, 5, 1)); // 所在村 over the household's three members
        QVERIFY(hasMerge(9, 11, 7));
        QVERIFY(!hasMerge(3, 5, 3));

        const ReadResult xls = readFile(sheetPath(QStringLiteral("members_merged_libreoffice.xls")));
        QVERIFY2(xls.ok, qPrintable(xls.error));
        QCOMPARE(xls.rows.size(), r.rows.size());
        for (int i = 0; i < r.rows.size(); ++i) {
            QCOMPARE(xls.rows.at(i).number, r.rows.at(i).number);
            for (int c = 0; c < 9; ++c) {
                QCOMPARE(xls.rows.at(i).cell(c).kind, r.rows.at(i).cell(c).kind);
                QCOMPARE(xls.rows.at(i).cell(c).text, r.rows.at(i).cell(c).text);
            }
        }
    }

    void idNumbersStoredAsNumbers()
    {
        const ReadResult xlsx = readFile(sheetPath(QStringLiteral("id_as_number_libreoffice.xlsx")));
        QVERIFY2(xlsx.ok, qPrintable(xlsx.error));
        QCOMPARE(xlsx.at(2, "C").kind, SheetCell::Kind::Number);
        QCOMPARE(xlsx.at(2, "C").text, QStringLiteral("3.50121198001011E+017")); // as LibreOffice stores it
        const ReadResult xls = readFile(sheetPath(QStringLiteral("id_as_number_libreoffice.xls")));
        QVERIFY2(xls.ok, qPrintable(xls.error));
        QCOMPARE(xls.at(2, "C").kind, SheetCell::Kind::Number);
        QCOMPARE(xls.at(2, "C").text, QStringLiteral("3.50121198001011E+17"));
        QCOMPARE(xls.at(3, "D").text, QStringLiteral("558"));
        QCOMPARE(XlsReader::numberText(1116.5), QStringLiteral("1116.5"));
        QCOMPARE(XlsReader::numberText(0.1 + 0.2), QStringLiteral("0.3"));
    }

    void sniffsContent()
    {
        QVERIFY(dynamic_cast<XlsxReader *>(
            SheetReader::forFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xlsx")))->get()));
        QVERIFY(dynamic_cast<XlsReader *>(
            SheetReader::forFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xls")))->get()));
        QVERIFY(
            dynamic_cast<CsvReader *>(SheetReader::forFile(sheetPath(QStringLiteral("sample_roster_gbk.csv")))->get()));
        // A workbook saved under a text extension is still read as a workbook.
        QTemporaryDir dir;
        const QString renamed = dir.filePath(QStringLiteral("roster.csv"));
        QVERIFY(QFile::copy(sheetPath(QStringLiteral("sample_roster_libreoffice.xlsx")), renamed));
        const ReadResult r = readFile(renamed);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rows.size(), 123);
    }

    void rowAccess()
    {
        SheetRow row;
        row.cells.append({SheetCell::Kind::Text, QStringLiteral("a")});
        QCOMPARE(row.cell(0).text, QStringLiteral("a"));
        QCOMPARE(row.cell(1).kind, SheetCell::Kind::Empty);
        QCOMPARE(row.cell(-1).kind, SheetCell::Kind::Empty);
        QVERIFY(row.cell(100).isEmpty());
    }

    void stopsEarlyOnRequest()
    {
        for (const char *name :
            {"sample_roster_libreoffice.xlsx", "sample_roster_libreoffice.xls", "sample_roster_gbk.csv"}) {
            const QString path = sheetPath(QString::fromLatin1(name));
            const std::unique_ptr<SheetReader> reader = SheetReader::forFile(path).value();
            QVERIFY(reader && reader->open(path));
            int seen = 0;
            double progress = -1;
            QVERIFY(reader->readSheet({}, [&](const SheetRow &) {
                progress = reader->progress();
                return ++seen < 5;
            }));
            QCOMPARE(seen, 5);
            QVERIFY2(progress > 0 && progress < 1, name);
        }
    }

    void damagedFiles()
    {
        // Truncated zip: named in the error, whatever reader is asked.
        XlsxReader xlsx;
        QString error = xlsx.open(sheetPath(QStringLiteral("truncated.xlsx"))).message();
        QVERIFY2(error.contains(QStringLiteral("truncated.xlsx")) && error.contains(QStringLiteral("zip")),
            qPrintable(error));
        ReadResult r = readFile(sheetPath(QStringLiteral("truncated.xlsx")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("truncated.xlsx")), qPrintable(r.error));

        // A text file named .xlsx.
        r = readFile(sheetPath(QStringLiteral("not_a_workbook.xlsx")));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("not_a_workbook.xlsx")) && r.error.contains(QStringLiteral("Excel")),
            qPrintable(r.error));
        error = xlsx.open(sheetPath(QStringLiteral("not_a_workbook.xlsx"))).message();
        QVERIFY2(error.contains(QStringLiteral("not_a_workbook.xlsx")), qPrintable(error));
        XlsReader xls;
        error = xls.open(sheetPath(QStringLiteral("not_a_workbook.xlsx"))).message();
        QVERIFY2(error.contains(QStringLiteral("not_a_workbook.xlsx")), qPrintable(error));

        // Broken XML, a sheet whose part is missing, a reference to a missing shared string.
        r = readFile(sheetPath(QStringLiteral("broken.xlsx")), QStringLiteral("Broken"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("broken.xlsx")) && r.error.contains(QStringLiteral("Broken"))
                && r.error.contains(QStringLiteral("XML")),
            qPrintable(r.error));
        QCOMPARE(r.rows.size(), 1); // the rows before the damage were delivered
        r = readFile(sheetPath(QStringLiteral("broken.xlsx")), QStringLiteral("Missing"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("broken.xlsx")) && r.error.contains(QStringLiteral("Missing")),
            qPrintable(r.error));
        r = readFile(sheetPath(QStringLiteral("broken.xlsx")), QStringLiteral("BadIndex"));
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.contains(QStringLiteral("B2")) && r.error.contains(QStringLiteral("999")), qPrintable(r.error));
        r = readFile(sheetPath(QStringLiteral("broken.xlsx")), QStringLiteral("NoSuchSheet"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("NoSuchSheet")), qPrintable(r.error));

        // A missing file names its path.
        const QString missing = sheetPath(QStringLiteral("no_such_file.xlsx"));
        r = readFile(missing);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("no_such_file.xlsx")), qPrintable(r.error));
        QVERIFY(!SheetReader::forFile(missing));
    }

    // A file the clerk can replace by another is rejected (the import's exit code 2), with the message naming it;
    // a reader asked for rows before it was opened is the program's failure, not the file's.
    void unusableFilesAreRejected()
    {
        for (const auto &[name, sheet] : QList<QPair<QString, QString>> {{QStringLiteral("truncated.xlsx"), {}},
                 {QStringLiteral("not_a_workbook.xlsx"), {}}, {QStringLiteral("no_such_file.xlsx"), {}},
                 {QStringLiteral("unclosed_quote.csv"), {}}, {QStringLiteral("broken.xlsx"), QStringLiteral("Broken")},
                 {QStringLiteral("broken.xlsx"), QStringLiteral("NoSuchSheet")}}) {
            const ReadResult r = readFile(sheetPath(name), sheet);
            QVERIFY2(!r.ok, qPrintable(name));
            QCOMPARE(r.kind, Result::Kind::Rejected);
            QVERIFY2(r.error.contains(name), qPrintable(r.error));
        }
        SheetLimits cells;
        cells.maxCells = 100;
        QCOMPARE(readFile(sheetPath(QStringLiteral("sample_roster_libreoffice.xls")), {}, cells).kind,
            Result::Kind::Rejected);

        const auto noRows = [](const SheetRow &) { return true; };
        XlsxReader xlsx;
        QCOMPARE(xlsx.readSheet({}, noRows).kind(), Result::Kind::Failed);
        XlsReader xls;
        QCOMPARE(xls.readSheet({}, noRows).kind(), Result::Kind::Failed);
    }

    void limits()
    {
        SheetLimits cells;
        cells.maxCells = 100;
        for (const char *name :
            {"sample_roster_libreoffice.xlsx", "sample_roster_libreoffice.xls", "sample_roster_utf8.csv"}) {
            const ReadResult r = readFile(sheetPath(QString::fromLatin1(name)), {}, cells);
            QVERIFY2(!r.ok, name);
            QVERIFY2(r.error.contains(QStringLiteral("100 cells")) && r.error.contains(QString::fromLatin1(name)),
                qPrintable(r.error));
        }
        SheetLimits columns;
        columns.maxColumns = 5;
        for (const char *name :
            {"sample_roster_libreoffice.xlsx", "sample_roster_libreoffice.xls", "sample_roster_utf8.csv"}) {
            const ReadResult r = readFile(sheetPath(QString::fromLatin1(name)), {}, columns);
            QVERIFY2(!r.ok, name);
            QVERIFY2(r.error.contains(QStringLiteral("5 columns")), qPrintable(r.error));
        }
        SheetLimits bytes;
        bytes.maxUncompressedBytes = qint64(20) * 1024; // the sheet XML alone is 56 KB
        for (const char *name : {"sample_roster_libreoffice.xlsx", "sample_roster_libreoffice.xls"}) {
            const ReadResult r = readFile(sheetPath(QString::fromLatin1(name)), {}, bytes);
            QVERIFY2(!r.ok, name);
            QVERIFY2(r.error.contains(QStringLiteral("20 KB")), qPrintable(r.error));
        }
    }

    void zipBomb()
    {
        // 32 MB of whitespace inside the sheet compresses to a few dozen KB.
        QByteArray sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        sheet += QByteArray(qsizetype(32) * 1024 * 1024, ' ');
        sheet += "</sheetData></worksheet>";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZip(path, workbookParts(sheet)));
        sheet.clear();
        QVERIFY(QFileInfo(path).size() < qint64(1024) * 1024);
        SheetLimits limits;
        limits.maxUncompressedBytes = qint64(8) * 1024 * 1024;
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = readFile(path, {}, limits);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("bomb.xlsx")) && r.error.contains(QStringLiteral("8 MB")),
            qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5000);
        // Within the default limit the same file reads (an empty sheet).
        const ReadResult fine = readFile(path);
        QVERIFY2(fine.ok, qPrintable(fine.error));
        QVERIFY(fine.rows.isEmpty());
    }

    void outOfOrderRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("order.xlsx"));
        QVERIFY(writeZip(path,
            workbookParts("<worksheet><sheetData><row r=\"5\"><c r=\"A5\"><v>1</v></c></row>"
                          "<row r=\"3\"><c r=\"A3\"><v>2</v></c></row></sheetData></worksheet>")));
        ReadResult r = readFile(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("row 3")), qPrintable(r.error));

        // Row and cell references past any spreadsheet's size are damage, not a reason to overflow.
        for (const QByteArray &row : {QByteArray("<row r=\"4294967297\"><c><v>1</v></c></row>"),
                 QByteArray("<row><c r=\"A99999999999\"><v>1</v></c></row>"),
                 QByteArray("<row><c r=\"ZZZZZZZZ1\"><v>1</v></c></row>")}) {
            QVERIFY(writeZip(path, workbookParts("<worksheet><sheetData>" + row + "</sheetData></worksheet>")));
            r = readFile(path);
            QVERIFY2(!r.ok, row.constData());
            QVERIFY2(r.error.contains(QStringLiteral("order.xlsx")), qPrintable(r.error));
        }
    }

    void hostileXml()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
        // Deep nesting inside a cell.
        QByteArray sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\">";
        sheet += QByteArray("<a>").repeated(100'000) + QByteArray("</a>").repeated(100'000);
        sheet += "<v>1</v></c></row></sheetData></worksheet>";
        QVERIFY(writeZip(path, workbookParts(sheet)));
        QElapsedTimer timer;
        timer.start();
        ReadResult r = readFile(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("hostile.xlsx")), qPrintable(r.error));

        // Thousands of attributes on one cell.
        sheet = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\"";
        for (int i = 0; i < 5000; ++i)
            sheet += " a" + QByteArray::number(i) + "=\"1\"";
        sheet += "><v>1</v></c></row></sheetData></worksheet>";
        QVERIFY(writeZip(path, workbookParts(sheet)));
        r = readFile(path);
        QVERIFY(!r.ok);

        // Entity expansion in the workbook part is refused, not expanded.
        QList<QPair<QString, QByteArray>> parts = workbookParts("<worksheet><sheetData/></worksheet>");
        parts[0].second
            = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">"
              "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;\">]><workbook><sheets><sheet name=\"&c;\" r:id=\"rId1\" "
              "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/></sheets>"
              "</workbook>";
        QVERIFY(writeZip(path, parts));
        r = readFile(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("xl/workbook.xml")), qPrintable(r.error));
        QVERIFY(timer.elapsed() < 5000);
    }

    void lyingZipSizes()
    {
        // The central directory claims the sheet is 100 bytes; it inflates to much more.
        QByteArray sheet = "<worksheet><sheetData>";
        for (int i = 1; i <= 1000; ++i)
            sheet += "<row r=\"" + QByteArray::number(i) + "\"><c><v>" + QByteArray::number(i) + "</v></c></row>";
        sheet += "</sheetData></worksheet>";
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("lying.xlsx"));
        QVERIFY(writeZip(path, workbookParts(sheet)));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray zip = file.readAll();
        const QByteArray name = "xl/worksheets/sheet1.xml";
        for (qsizetype at = zip.indexOf("PK\x01\x02"); at >= 0; at = zip.indexOf("PK\x01\x02", at + 4)) {
            if (zip.mid(at + 46, name.size()) == name) {
                const char lie[4] = {100, 0, 0, 0};
                zip.replace(at + 24, 4, lie, 4); // uncompressed size
            }
        }
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(zip), zip.size());
        file.close();
        const ReadResult r = readFile(path);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("lying.xlsx")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestSheetReaders)
#include "tst_sheet_readers.moc"
