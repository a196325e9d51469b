#pragma once

#include "core/Result.h"
#include "reports/table/ReportTable.h"

#include <QBitArray>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QSizeF>

#include <memory>

class QPagedPaintDevice;
class QPaintDevice;
class QPainter;

// Lays a ReportTable out on A4 pages in the official layout (DESIGN.md §7) and paints it with QPainter
// on any paged device: QPdfWriter here, a QPrinter or print preview in views/. Every page carries the
// title, 表号/制表机关 where set, the line 填报单位（盖章）/ period / 填报日期 (with room left for the seal),
// the grid with its (multi-level) header repeated, and "第 X 页 共 Y 页" at the foot; the last page
// carries the notes, the signature line 单位负责人、审核人、填表人、联系电话 and an optional appendix image
// (a chart). Sizes are millimetres and points converted through the device's resolution.
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPainter)

public:
    explicit ReportPainter(const ReportTable &table);
    ~ReportPainter();
    ReportPainter(const ReportPainter &) = delete;
    ReportPainter &operator=(const ReportPainter &) = delete;

    // An image drawn after the grid and the signature line on the last page (on a page of its own
    // when it does not fit), scaled to the page width, with a caption under it.
    void setAppendix(const QImage &image, const QString &caption = {});

    // Puts the device on A4, landscape or portrait as the table says, with 12 mm margins.
    void setUpDevice(QPagedPaintDevice *device) const;
    // Sets the device up and lays the table out on it; paints nothing.
    int pageCount(QPagedPaintDevice *device);
    // Sets the device up, begins a painter on it and paints every page (device->newPage() between
    // them). False with a translated message when the device cannot be painted on.
    bool paint(QPagedPaintDevice *device, QString *error);

    // For a print preview or a page image: the number of pages, and one page painted into pageRect
    // (in the coordinates of the painter's device, whose resolution scales every size).
    int pageCount(const QPaintDevice *metrics, const QSizeF &pageSize);
    void paintPage(QPainter &painter, int pageIndex, const QRectF &pageRect);

    // Writes the PDF (A4, 300 dpi, title and creator set) to path + ".part", corrects its text layer
    // (see repairPdfText) and moves it into place; on failure nothing is left at the path.
    Result savePdf(const QString &path);
    static Result writePdf(const ReportTable &table, const QString &path);

    // Qt 6.4 writes some 275 common ideographs (一 人 大 老 身 金 长 门 …) into a PDF's text layer as the
    // Kangxi radicals or other code points that share their glyph, so that copying or searching the
    // PDF finds "⽼年⼈" instead of "老年人". This rewrites the text map of a PDF painted by this painter:
    // savePdf does it; call it after paint() on a QPrinter printing to a PDF file. See ReportPainter.cpp.
    bool repairPdfText(const QString &pdfPath, QString *error) const;

private:
    struct Layout;
    const Layout &layoutFor(const QPaintDevice *metrics, const QSizeF &pageSize);
    Layout computeLayout(const QPaintDevice *metrics, const QSizeF &pageSize) const;
    void drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text);

    ReportTable m_table;
    QImage m_appendix;
    QString m_appendixCaption;
    std::unique_ptr<Layout> m_layout;
    QBitArray m_drawn; // the characters painted so far, for repairPdfText
};
