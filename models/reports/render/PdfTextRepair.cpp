#include "reports/render/PdfTextRepair.h"

#include <QCoreApplication>
#include <QFile>
#include <QFontDatabase>
#include <QList>
#include <QRawFont>
#include <QSaveFile>

namespace {

int hexValue(const QByteArray &pdf, qsizetype from, qsizetype to)
{
    bool ok = false;
    const int value = pdf.mid(from, to - from).toInt(&ok, 16);
    return ok ? value : -1;
}

} // namespace

void PdfTextRepair::addTextFixes(const QFont &font, const QBitArray &drawn, QHash<char16_t, char16_t> *fixes)
{
    const QRawFont raw = QRawFont::fromFont(font, QFontDatabase::SimplifiedChinese);
    if (!raw.isValid())
        return;
    QString chars;
    chars.reserve(0x10000);
    for (int uc = 1; uc < 0x10000; ++uc) {
        if (uc < 0xD800 || uc > 0xDFFF)
            chars.append(QChar(char16_t(uc)));
    }
    QList<quint32> glyphs(chars.size());
    int count = int(glyphs.size());
    if (!raw.glyphIndexesForChars(chars.constData(), int(chars.size()), glyphs.data(), &count))
        return;
    QHash<quint32, char16_t> firstOfGlyph;
    for (int i = 0; i < count; ++i) {
        if (glyphs.at(i) && !firstOfGlyph.contains(glyphs.at(i)))
            firstOfGlyph.insert(glyphs.at(i), chars.at(i).unicode());
    }
    for (int i = 0; i < count; ++i) {
        const char16_t c = chars.at(i).unicode();
        if (!drawn.testBit(c) || !glyphs.at(i))
            continue;
        const char16_t first = firstOfGlyph.value(glyphs.at(i));
        if (first != c && !fixes->contains(first))
            fixes->insert(first, c);
    }
}

int PdfTextRepair::patchToUnicode(QByteArray *pdf, const QHash<char16_t, char16_t> &fixes)
{
    int patched = 0;
    qsizetype pos = 0;
    while ((pos = pdf->indexOf("beginbfrange", pos)) >= 0) {
        const qsizetype end = pdf->indexOf("endbfrange", pos);
        if (end < 0)
            break;
        qsizetype line = pdf->indexOf('\n', pos) + 1;
        while (line > 0 && line < end) {
            qsizetype lineEnd = pdf->indexOf('\n', line);
            if (lineEnd < 0 || lineEnd > end)
                lineEnd = end;
            struct Token
            {
                qsizetype from, to;
            };
            QList<Token> tokens;
            for (qsizetype i = line; i < lineEnd; ++i) {
                if (pdf->at(i) != '<')
                    continue;
                const qsizetype close = pdf->indexOf('>', i);
                if (close < 0 || close > lineEnd)
                    break;
                tokens.append({i + 1, close});
                i = close;
            }
            const bool array = pdf->indexOf('[', line) >= 0 && pdf->indexOf('[', line) < lineEnd;
            const bool single = tokens.size() == 3
                && hexValue(*pdf, tokens[0].from, tokens[0].to) == hexValue(*pdf, tokens[1].from, tokens[1].to);
            if (tokens.size() >= 3 && (array || single)) {
                for (qsizetype t = 2; t < tokens.size(); ++t) {
                    const Token token = tokens.at(t);
                    const int value = hexValue(*pdf, token.from, token.to);
                    if (token.to - token.from != 4 || value < 0 || !fixes.contains(char16_t(value)))
                        continue;
                    const QByteArray hex
                        = QByteArray::number(int(fixes.value(char16_t(value))), 16).toUpper().rightJustified(4, '0');
                    pdf->replace(token.from, 4, hex);
                    ++patched;
                }
            }
            // A linear range (ten or more glyphs in a row mapping to consecutive code points) cannot be
            // rewritten in place; for radicals it would take ten of them drawn in code point order.
            line = lineEnd + 1;
        }
        pos = end;
    }
    return patched;
}

bool PdfTextRepair::repairFile(
    const QString &pdfPath, const QList<QFont> &fonts, const QBitArray &drawn, QString *error)
{
    QHash<char16_t, char16_t> fixes;
    for (const QFont &font : fonts)
        addTextFixes(font, drawn, &fixes);
    if (fixes.isEmpty())
        return true;
    QFile in(pdfPath);
    if (!in.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ReportPainter", "%1: the PDF could not be read back (%2)")
                         .arg(pdfPath, in.errorString());
        return false;
    }
    QByteArray pdf = in.readAll();
    in.close();
    if (patchToUnicode(&pdf, fixes) == 0)
        return true;
    QSaveFile out(pdfPath);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit()) {
        if (error)
            *error = QCoreApplication::translate("ReportPainter", "%1: the PDF could not be written (%2)")
                         .arg(pdfPath, out.errorString());
        return false;
    }
    return true;
}
