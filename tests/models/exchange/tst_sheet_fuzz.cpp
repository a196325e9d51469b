#include "exchange/sheets/SheetReader.h"
#include "exchange/sheets/XlsxXmlScanner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <expat.h>
#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <string>
#include <vector>

// Deterministic mutation fuzzing of the readers: damaged bytes must give a clean result or a clean
// error naming the file, never a crash or a hang.
namespace {

constexpr qint64 TimeBoundMs = 3000;

QString sheetPath(const QString &name)
{
    return QStringLiteral(DIBAO_TEST_DATA "/sheets/") + name;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

using Entries = QList<QPair<QString, QByteArray>>;

Entries unzipAll(const QString &path)
{
    Entries entries;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (!zip)
        return entries;
    for (int status = unzGoToFirstFile(zip); status == UNZ_OK; status = unzGoToNextFile(zip)) {
        char name[512];
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(zip, &info, name, sizeof name, nullptr, 0, nullptr, 0) != UNZ_OK
            || unzOpenCurrentFile(zip) != UNZ_OK)
            break;
        QByteArray data(qsizetype(info.uncompressed_size), '\0');
        const int read = unzReadCurrentFile(zip, data.data(), unsigned(data.size()));
        unzCloseCurrentFile(zip);
        if (read != data.size())
            break;
        entries.append({QString::fromUtf8(name), data});
    }
    unzClose(zip);
    return entries;
}

bool writeZip(const QString &path, const Entries &entries)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto &[name, data] : entries) {
        zip_fileinfo info {};
        ok = ok
            && zipOpenNewFileInZip64(
                   zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, Z_BEST_SPEED, 0)
                == ZIP_OK
            && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK
            && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

// Byte-level damage: flips, overwrites, inserts, deletions, duplications, truncation.
void mutateBytes(QByteArray *data, QRandomGenerator &rng, const QList<QByteArray> &dictionary = {})
{
    const int count = 1 + int(rng.bounded(4));
    for (int i = 0; i < count && !data->isEmpty(); ++i) {
        const qsizetype at = qsizetype(rng.bounded(quint32(data->size())));
        switch (rng.bounded(dictionary.isEmpty() ? 6 : 8)) {
        case 0:
            (*data)[at] = char(data->at(at) ^ (1 << rng.bounded(8)));
            break;
        case 1:
            (*data)[at] = char(rng.bounded(256));
            break;
        case 2: {
            QByteArray noise(1 + qsizetype(rng.bounded(16)), '\0');
            for (char &c : noise)
                c = char(rng.bounded(256));
            data->insert(at, noise);
            break;
        }
        case 3:
            data->remove(at, 1 + qsizetype(rng.bounded(64)));
            break;
        case 4: {
            const qsizetype length = qMin<qsizetype>(1 + qsizetype(rng.bounded(256)), data->size() - at);
            data->insert(qsizetype(rng.bounded(quint32(data->size()))), data->mid(at, length));
            break;
        }
        case 5:
            data->truncate(at);
            break;
        default:
            data->insert(at, dictionary.at(qsizetype(rng.bounded(quint32(dictionary.size())))));
            break;
        }
    }
}

// Value-level damage that keeps the XML well-formed: replaces attribute values and element texts
// with tokens that exercise references, row order, cell types, indexes and dates.
void mutateValues(QByteArray *xml, QRandomGenerator &rng)
{
    static const QList<QByteArray> values = {"", "0", "1", "-1", "60", "2958466", "1E+308", "-1E+308", "NaN", "1e5",
        "99999999999", "4294967297", "A1", "A0", "XFD1", "XFE1", "ZZZZZZ1", "B1048576", "A1048577", "$A$1", "1", "7",
        "3", "s", "str", "inlineStr", "b", "e", "d", "n", "true", "#N/A", "2020-13-45T99:00:00", "A1:A1", "B2:A1",
        "A1:XFD1048576", "_x000D_", "&amp;", "&#x10FFFF;", " 5 "};
    const int count = 1 + int(rng.bounded(4));
    for (int i = 0; i < count; ++i) {
        const bool attribute = rng.bounded(2) == 0;
        const QByteArray open = attribute ? QByteArray("=\"") : QByteArray(">");
        const char close = attribute ? '"' : '<';
        const qsizetype from = qsizetype(rng.bounded(quint32(qMax<qsizetype>(xml->size(), 1))));
        qsizetype at = xml->indexOf(open, from);
        if (at < 0)
            at = xml->indexOf(open);
        if (at < 0)
            return;
        at += open.size();
        const qsizetype end = xml->indexOf(close, at);
        if (end < 0)
            return;
        xml->replace(at, end - at, values.at(qsizetype(rng.bounded(quint32(values.size())))));
    }
}

// Reads every sheet of the file; checks the outcome is clean and timely.
void readEverything(const QString &path, const SheetLimits &limits, int *succeeded)
{
    QElapsedTimer timer;
    timer.start();
    QString error;
    Outcome<std::unique_ptr<SheetReader>> chosen = SheetReader::forFile(path);
    error = chosen.result().message();
    const std::unique_ptr<SheetReader> reader = chosen ? std::move(chosen).value() : nullptr;
    bool ok = reader != nullptr;
    if (ok) {
        reader->setLimits(limits);
        const Result opened = reader->open(path);
        ok = opened.isOk();
        error = opened.message();
    }
    if (ok) {
        QVERIFY(!reader->sheetNames().isEmpty());
        for (const QString &sheet : reader->sheetNames()) {
            qint64 cells = 0, characters = 0;
            int lastRow = 0;
            bool ordered = true;
            const Result read = reader->readSheet(sheet, [&](const SheetRow &row) {
                ordered = ordered && row.number > lastRow;
                lastRow = row.number;
                cells += row.cells.size();
                for (const SheetCell &cell : row.cells)
                    characters += cell.text.size();
                return true;
            });
            if (!read)
                error = read.message();
            QVERIFY(ordered);
            QVERIFY(cells <= limits.maxCells);
            QVERIFY(characters <= limits.maxUncompressedBytes);
            ok = ok && read;
        }
    }
    if (!ok) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(QFileInfo(path).fileName()), qPrintable(error));
    } else {
        ++*succeeded;
    }
    QVERIFY2(timer.elapsed() < TimeBoundMs, qPrintable(path));
}

// DIBAO_FUZZ_ITERATIONS multiplies the iterations for a long run (the seeds stay fixed).
int iterations(int base)
{
    return base * qMax(1, qEnvironmentVariableIntValue("DIBAO_FUZZ_ITERATIONS"));
}

SheetLimits fuzzLimits()
{
    SheetLimits limits;
    limits.maxUncompressedBytes = qint64(4) * 1024 * 1024;
    limits.maxCells = 100'000;
    limits.maxColumns = 1'000;
    return limits;
}

const QList<QByteArray> &xmlDictionary()
{
    static const QList<QByteArray> words = {
        "<",
        ">",
        "/>",
        "</c>",
        "</row>",
        "<row>",
        "<row r=\"0\">",
        "<c>",
        "<c r=\"XFD1\">",
        "<c r=\"A99999999999\">",
        "<v>",
        "</v>",
        "<v>1E+308</v>",
        "<v>-1</v>",
        "<v>99999</v>",
        "t=\"s\"",
        "t=\"inlineStr\"",
        "t=\"b\"",
        "t=\"e\"",
        "t=\"d\"",
        "s=\"1\"",
        "s=\"-5\"",
        "s=\"4294967296\"",
        "<is><t>",
        "</t></is>",
        "&amp;",
        "&#0;",
        "&#xFFFFFF;",
        "&#x4E2D;",
        "&unknown;",
        "&",
        "\"",
        "'",
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "<?pi x?>",
        "<!DOCTYPE x [<!ENTITY a \"b\">]>",
        "x:",
        "_x000D_",
        "_x",
        "<mergeCell ref=\"A1:B2\"/>",
        "<mergeCell ref=\"B2:A1\"/>",
        "<si><t>",
        "</si>",
        "<sheetData>",
        "</sheetData>",
        "\xEF\xBB\xBF",
        "\xFF\xFE",
        "<f t=\"shared\" si=\"0\"/>",
        "r=\"\"",
        " r=\"B\"",
    };
    return words;
}

std::string_view localName(std::string_view qualified)
{
    const size_t colon = qualified.find(':');
    return colon == std::string_view::npos ? qualified : qualified.substr(colon + 1);
}

// Attribute values as both parsers should agree on them: white space characters as spaces.
std::string normalised(std::string value)
{
    for (char &c : value) {
        if (c == '\t' || c == '\n' || c == '\r')
            c = ' ';
    }
    return value;
}

// The document as a list of events ("<name a=1", ">name", "text"), adjacent texts joined.
struct Events
{
    std::vector<std::string> list;
    void text(std::string_view text)
    {
        if (!list.empty() && list.back().front() == '"')
            list.back() += text;
        else
            list.push_back('"' + std::string(text));
    }
};

void XMLCALL expatStart(void *data, const XML_Char *name, const XML_Char **attributes)
{
    std::vector<std::string> pairs;
    for (const XML_Char **a = attributes; a[0]; a += 2) {
        if (std::string_view(a[0]).substr(0, 5) != "xmlns")
            pairs.push_back(std::string(localName(a[0])) + '=' + normalised(a[1]));
    }
    std::sort(pairs.begin(), pairs.end());
    std::string event = '<' + std::string(localName(name));
    for (const std::string &pair : pairs)
        event += ' ' + pair;
    static_cast<Events *>(data)->list.push_back(event);
}

void XMLCALL expatEnd(void *data, const XML_Char *name)
{
    static_cast<Events *>(data)->list.push_back('>' + std::string(localName(name)));
}

void XMLCALL expatText(void *data, const XML_Char *text, int length)
{
    static_cast<Events *>(data)->text(std::string_view(text, size_t(length)));
}

bool expatEvents(const QByteArray &xml, Events *events)
{
    XML_Parser parser = XML_ParserCreate(nullptr);
    XML_SetUserData(parser, events);
    XML_SetElementHandler(parser, expatStart, expatEnd);
    XML_SetCharacterDataHandler(parser, expatText);
    const bool ok = XML_Parse(parser, xml.constData(), int(xml.size()), XML_TRUE) == XML_STATUS_OK;
    XML_ParserFree(parser);
    return ok;
}

// Feeds the document in chunks of at most `chunk` bytes (small, odd-sized ones make tokens straddle the buffer
// refills). After each start tag the one-step reading of a cell's text (takeChildText) is tried as XlsxSheetParser
// tries it, and what it takes is listed as the elements and text it stands for; `taken` counts those.
bool scannerEvents(const QByteArray &xml, Events *events, qint64 chunk = 7, int *taken = nullptr)
{
    qsizetype fed = 0;
    XlsxXmlScanner scanner([&](char *data, qint64 size) {
        const qint64 n = qMin<qint64>(qMin<qint64>(size, chunk), xml.size() - fed);
        std::memcpy(data, xml.constData() + fed, size_t(n));
        fed += qsizetype(n);
        return n;
    });
    std::string text;
    for (;;) {
        switch (scanner.next()) {
        case XlsxXmlScanner::Token::StartElement: {
            std::vector<std::string> pairs;
            for (int i = 0; i < scanner.attributeCount(); ++i) {
                std::string value;
                if (!XlsxXmlScanner::decode(scanner.attributeValue(i), &value))
                    return false;
                pairs.push_back(std::string(scanner.attributeName(i)) + '=' + normalised(value));
            }
            std::sort(pairs.begin(), pairs.end());
            std::string event = '<' + std::string(scanner.name());
            for (const std::string &pair : pairs)
                event += ' ' + pair;
            events->list.push_back(event);
            for (const auto &[outer, inner] : {std::pair<std::string_view, std::string_view> {"is", "t"},
                     std::pair<std::string_view, std::string_view> {"v", {}}}) {
                text.clear();
                if (!scanner.takeChildText(outer, inner, &text))
                    continue;
                events->list.push_back('<' + std::string(outer));
                if (!inner.empty())
                    events->list.push_back('<' + std::string(inner));
                events->text(text);
                if (!inner.empty())
                    events->list.push_back('>' + std::string(inner));
                events->list.push_back('>' + std::string(outer));
                if (taken)
                    ++*taken;
                break;
            }
            break;
        }
        case XlsxXmlScanner::Token::EndElement:
            events->list.push_back('>' + std::string(scanner.name()));
            break;
        case XlsxXmlScanner::Token::Text:
            text.clear();
            if (!scanner.appendText(&text))
                return false;
            events->text(text);
            break;
        case XlsxXmlScanner::Token::EndOfDocument:
            return true;
        case XlsxXmlScanner::Token::Error:
            return false;
        }
    }
}

} // namespace

class TestSheetFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rawZipBytes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("libreoffice roster") << "sample_roster_libreoffice.xlsx" << 20260101u;
        QTest::newRow("features") << "features.xlsx" << 20260102u;
        QTest::newRow("merged members") << "members_merged_libreoffice.xlsx" << 20260103u;
    }

    void rawZipBytes()
    {
        QFETCH(QString, fixture);
        QFETCH(quint32, seed);
        const QByteArray original = fileBytes(sheetPath(fixture));
        QVERIFY(!original.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mutated.xlsx"));
        QRandomGenerator rng(seed);
        int succeeded = 0;
        const int count = iterations(200);
        for (int i = 0; i < count; ++i) {
            QByteArray data = original;
            mutateBytes(&data, rng);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(data);
            file.close();
            readEverything(path, fuzzLimits(), &succeeded);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1 of seed %2").arg(i).arg(seed)));
        }
        qInfo("%s: %d of %d mutated files still read", qPrintable(fixture), succeeded, count);
    }

    void xmlParts_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("libreoffice roster") << "sample_roster_libreoffice.xlsx" << 7001u;
        QTest::newRow("features") << "features.xlsx" << 7002u;
        QTest::newRow("merged members") << "members_merged_libreoffice.xlsx" << 7003u;
    }

    // Mutates the XML inside the zip (sheets mostly, also shared strings, styles, workbook, relationships)
    // and zips it again, so that the damage reaches the XML parsers rather than the zip layer.
    void xmlParts()
    {
        QFETCH(QString, fixture);
        QFETCH(quint32, seed);
        const Entries original = unzipAll(sheetPath(fixture));
        QVERIFY(original.size() >= 3);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mutated.xlsx"));
        QRandomGenerator rng(seed);
        int succeeded = 0;
        const int count = iterations(200);
        for (int i = 0; i < count; ++i) {
            Entries entries = original;
            const int parts = 1 + int(rng.bounded(2));
            for (int p = 0; p < parts; ++p) {
                // Two times in three a worksheet, else any part.
                qsizetype index = qsizetype(rng.bounded(quint32(entries.size())));
                if (rng.bounded(3) != 0) {
                    for (qsizetype k = 0; k < entries.size(); ++k) {
                        if (entries.at(k).first.contains(QStringLiteral("worksheets/")))
                            index = k;
                    }
                }
                if (rng.bounded(2) == 0)
                    mutateValues(&entries[index].second, rng);
                else
                    mutateBytes(&entries[index].second, rng, xmlDictionary());
            }
            QVERIFY(writeZip(path, entries));
            readEverything(path, fuzzLimits(), &succeeded);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1 of seed %2").arg(i).arg(seed)));
        }
        qInfo("%s: %d of %d files with mutated XML still read", qPrintable(fixture), succeeded, count);
    }

    void xlsBytes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("libreoffice roster") << "sample_roster_libreoffice.xls" << 5001u;
        QTest::newRow("merged members") << "members_merged_libreoffice.xls" << 5002u;
    }

    // FreeXL reads the BIFF records; damaged ones must not take the program down. Note: under
    // AddressSanitizer, FreeXL 1.0.6 itself reports a stack over-read in its string conversion for
    // one of these inputs (a read, harmless in a normal build); an ASan job must suppress
    // "interceptor_via_lib:libfreexl.so" or skip this function.
    void xlsBytes()
    {
        QFETCH(QString, fixture);
        QFETCH(quint32, seed);
        const QByteArray original = fileBytes(sheetPath(fixture));
        QVERIFY(!original.isEmpty());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mutated.xls"));
        QRandomGenerator rng(seed);
        int succeeded = 0;
        const int count = iterations(200);
        for (int i = 0; i < count; ++i) {
            QByteArray data = original;
            mutateBytes(&data, rng);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(data);
            file.close();
            readEverything(path, fuzzLimits(), &succeeded);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1 of seed %2").arg(i).arg(seed)));
        }
        qInfo("%s: %d of %d mutated files still read", qPrintable(fixture), succeeded, count);
    }

    void scannerMatchesExpat_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<QString>("part");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("features sheet") << "features.xlsx"
                                        << "xl/worksheets/sheet1.xml" << 9001u;
        QTest::newRow("prefixed sheet") << "features.xlsx"
                                        << "xl/worksheets/sheet2.xml" << 9002u;
        QTest::newRow("features strings") << "features.xlsx"
                                          << "xl/sharedStrings.xml" << 9003u;
        QTest::newRow("libreoffice strings") << "sample_roster_libreoffice.xlsx"
                                             << "xl/sharedStrings.xml" << 9004u;
    }

    // The hand-written scanner against expat: whatever expat accepts, the scanner reads the same way
    // (elements, attributes, text), also when tokens straddle buffer refills.
    void scannerMatchesExpat()
    {
        QFETCH(QString, fixture);
        QFETCH(QString, part);
        QFETCH(quint32, seed);
        QByteArray original;
        for (const auto &[name, data] : unzipAll(sheetPath(fixture))) {
            if (name == part)
                original = data;
        }
        QVERIFY(!original.isEmpty());
        QRandomGenerator rng(seed);
        int compared = 0;
        int taken = 0;
        const int count = iterations(300);
        for (int i = 0; i < count; ++i) {
            QByteArray xml = original;
            if (i > 0) {
                if (rng.bounded(2) == 0)
                    mutateValues(&xml, rng);
                else
                    mutateBytes(&xml, rng, xmlDictionary());
            }
            Events expected, actual;
            if (!expatEvents(xml, &expected) || xml.contains("<!DOCTYPE"))
                continue; // not XML (the scanner may be more lenient), or a DTD, which OOXML forbids
            ++compared;
            QVERIFY2(scannerEvents(xml, &actual),
                qPrintable(QStringLiteral("iteration %1: %2").arg(i).arg(QString::fromUtf8(xml.left(300)))));
            QCOMPARE(actual.list, expected.list);
            // Whole in the buffer: the cells' texts are mostly taken in one step, and must read the same.
            Events whole;
            QVERIFY2(scannerEvents(xml, &whole, xml.size() + 1, &taken),
                qPrintable(QStringLiteral("iteration %1: %2").arg(i).arg(QString::fromUtf8(xml.left(300)))));
            QCOMPARE(whole.list, expected.list);
        }
        QVERIFY(compared > count / 10);
        // The one-step reading was used (more than once a variant) on the sheet without prefixes; "x:v" is read
        // token by token.
        if (QTest::currentDataTag() == QLatin1String("features sheet"))
            QVERIFY(taken > compared);
        else if (QTest::currentDataTag() == QLatin1String("prefixed sheet"))
            QCOMPARE(taken, 0);
        qInfo("%s %s: %d well-formed variants read alike", qPrintable(fixture), qPrintable(part), compared);
    }

    // The one-step reading of a cell's text agrees with reading it token by token (and with expat) on the forms
    // cells take: entities, line ends, empty values, attributes, rich text, CDATA, prefixes; a bad entity is an error.
    void oneStepCellTextsReadAsTokens()
    {
        const QByteArray xml
            = QByteArrayLiteral("<worksheet><sheetData><row r=\"1\">"
                                "<c r=\"A1\" t=\"inlineStr\"><is><t>A&amp;B &#x4E2D;&#25991; &lt;3&gt;</t></is></c>"
                                "<c r=\"B1\"><v>1\r\n2\r3</v></c>"
                                "<c r=\"C1\"><v></v></c>"
                                "<c r=\"D1\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> x </t></is></c>"
                                "<c r=\"E1\" t=\"inlineStr\"><is><r><t>rich</t></r><r><t> text</t></r></is></c>"
                                "<c r=\"F1\"><v><![CDATA[<7>]]></v></c>"
                                "<c r=\"G1\" t=\"str\"><f>A1</f><v>formula</v></c>"
                                "<c r=\"H1\"><v>12</v ></c>"
                                "<c r=\"I1\" t=\"s\"><v>0</v></c><c r=\"J1\"/>"
                                "</row></sheetData></worksheet>");
        Events expected;
        QVERIFY(expatEvents(xml, &expected));
        for (const qint64 chunk : {qint64(1), qint64(7), qint64(xml.size() + 1)}) {
            Events actual;
            int taken = 0;
            QVERIFY(scannerEvents(xml, &actual, chunk, &taken));
            QCOMPARE(actual.list, expected.list);
            if (chunk > xml.size())
                QCOMPARE(taken, 3); // A1, B1 and I1; the other forms token by token
        }
        for (const char *bad : {"<c><v>a&bogus;b</v></c>", "<c><is><t>&#0;</t></is></c>"}) {
            Events events;
            QVERIFY(!scannerEvents(QByteArray(bad), &events, 1 << 20));
        }
    }

    void csvBytes_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<quint32>("seed");
        QTest::newRow("gbk") << "sample_roster_gbk.csv" << 3001u;
        QTest::newRow("utf8") << "sample_roster_utf8.csv" << 3002u;
        QTest::newRow("semicolon") << "semicolon.csv" << 3003u;
    }

    void csvBytes()
    {
        QFETCH(QString, fixture);
        QFETCH(quint32, seed);
        const QByteArray original = fileBytes(sheetPath(fixture));
        QVERIFY(!original.isEmpty());
        static const QList<QByteArray> csvWords
            = {"\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF",
                QByteArray(1, '\0'), "\xC0\xAF", "\xED\xA0\x80", "\x81", "\xF4\x90\x80\x80", "PK\x03\x04"};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("mutated.csv"));
        QRandomGenerator rng(seed);
        int succeeded = 0;
        const int count = iterations(300);
        for (int i = 0; i < count; ++i) {
            QByteArray data = original;
            mutateBytes(&data, rng, csvWords);
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(data);
            file.close();
            readEverything(path, fuzzLimits(), &succeeded);
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(QStringLiteral("iteration %1 of seed %2").arg(i).arg(seed)));
        }
        qInfo("%s: %d of %d mutated files still read", qPrintable(fixture), succeeded, count);
    }
};

QTEST_GUILESS_MAIN(TestSheetFuzz)
#include "tst_sheet_fuzz.moc"
