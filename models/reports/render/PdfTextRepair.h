#pragma once

#include <QBitArray>
#include <QByteArray>
#include <QFont>
#include <QHash>
#include <QList>
#include <QString>

// The PDF text layer. Qt's PDF engine (seen with 6.4) writes each embedded font's
// ToUnicode map by asking the font for the glyph of every code point from U+0000 up and keeping the
// first code point that reaches a glyph (QFontSubset::getReverseMap). Noto CJK, like most CJK fonts,
// maps the Kangxi radicals (U+2F00…), the CJK radicals supplement (U+2E80…) and a few Extension A
// characters to the very glyphs of the unified ideographs, and those code points come first: in
// Noto Sans/Serif CJK SC, regular and bold, 275 ideographs are affected, among them 一 人 大 小 子 女 日 月
// 水 火 生 用 田 白 老 自 行 言 身 金 长 门 车 见 马 页 风 高 青 (身 → U+2F9D "⾝", 金 → U+2FA6 "⾦", 老年人 →
// "⽼年⼈"). The printed page is right; copying, searching or pdftotext get the radicals. No font setting avoids it:
// serif and sans, the SC/TC/JP faces of the collection, NoFontMerging and PreferOutline all share the glyphs, and no
// other CJK font is installed on the target systems. So the painter records the characters it draws, and
// repairPdfText() rewrites the ToUnicode maps (which Qt writes uncompressed) so that each glyph maps back to the
// character that was drawn; the rewrite keeps every byte offset, so the file stays valid. tst_report_render checks the
// result with pdftotext.

namespace PdfTextRepair {

// Which code point each glyph of the font will be reported as in the PDF (the lowest one reaching it, as Qt's
// ToUnicode map does), turned into corrections for the characters actually drawn (bits set in drawn).
void addTextFixes(const QFont &font, const QBitArray &drawn, QHash<char16_t, char16_t> *fixes);
// Rewrites the destinations of the bfrange entries of every ToUnicode map in place; the number rewritten. Qt writes
// "<first> <last> <unicode>" and "<first> <last> [<unicode> …]" with four hex digits each.
int patchToUnicode(QByteArray *pdf, const QHash<char16_t, char16_t> &fixes);

// Corrects the text layer of the PDF at pdfPath, painted with the fonts and the characters in drawn; false with
// the reason (naming the file) if it could not be read or written.
bool repairFile(const QString &pdfPath, const QList<QFont> &fonts, const QBitArray &drawn, QString *error);

} // namespace PdfTextRepair
