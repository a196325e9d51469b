#include "reports/render/ReportPainter.h"

#include "reports/render/PdfTextRepair.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

// Fonts. The form is printed in a Song face (宋体, here Noto Serif CJK SC) with the title in a Hei face
// (黑体, Noto Sans CJK SC), falling back to the faces Windows and macOS ship.
//
// The PDF text layer: see PdfTextRepair.h.

namespace {

constexpr qreal kMarginMm = 12;
constexpr qreal kPadXMm = 1.2;
constexpr qreal kPadYMm = 0.7;
constexpr qreal kSealMm = 42; // the diameter of a township's official seal
constexpr qreal kThinPenMm = 0.2;
constexpr qreal kFramePenMm = 0.5;

QFont songFont(qreal points, bool bold = false)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
        QStringLiteral("SimSun"), QStringLiteral("Songti SC")});
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QFont heiFont(qreal points)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
        QStringLiteral("SimHei"), QStringLiteral("Heiti SC")});
    font.setPointSizeF(points);
    font.setBold(true);
    return font;
}

bool isNumeric(ReportColumn::Kind kind)
{
    return kind != ReportColumn::Kind::Text;
}

QString dateText(const QDate &date)
{
    if (!date.isValid())
        return QStringLiteral("　　　　年　　月　　日"); // left blank for the pen
    return date.toString(QStringLiteral("yyyy年M月d日"));
}

// The height of text laid out in a box of the given width. Most cells hold one short line: a text
// whose characters, each at most one line height wide, fit the width needs no layout.
qreal textHeight(const QFontMetricsF &fm, qreal width, int flags, const QString &text)
{
    if (text.isEmpty() || (text.size() * fm.height() <= width && !text.contains(u'\n')))
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, qMax<qreal>(width, 1), 1e9), flags, text).height();
}

QString groupText(const ReportTable &table, int row)
{
    for (int c = 0; c < table.columns.size(); ++c) {
        QString text = table.cellText(row, c);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QStringList numberLines(const ReportTable &table)
{
    QStringList lines;
    if (!table.tableNumber.isEmpty())
        lines << QStringLiteral("表　　号：%1").arg(table.tableNumber);
    if (!table.issuer.isEmpty())
        lines << QStringLiteral("制表机关：%1").arg(table.issuer);
    return lines;
}

QString unitText(const ReportTable &table)
{
    return QStringLiteral("填报单位（盖章）：%1").arg(table.unit);
}

QStringList signatureParts(const ReportTable &table)
{
    return {QStringLiteral("单位负责人：%1").arg(table.unitHead), QStringLiteral("审核人：%1").arg(table.reviewer),
        QStringLiteral("填表人：%1").arg(table.preparer), QStringLiteral("联系电话：%1").arg(table.phone)};
}

int cellFlags(const ReportColumn &column, ReportRow::Kind kind)
{
    int flags = Qt::AlignVCenter | (column.wrap ? Qt::TextWordWrap : Qt::TextWrapAnywhere);
    if (isNumeric(column.kind))
        flags |= Qt::AlignRight;
    else if (kind == ReportRow::Kind::Total)
        flags |= Qt::AlignHCenter;
    else
        flags |= Qt::AlignLeft;
    return flags;
}

} // namespace

struct ReportPainter::Layout
{
    struct Page
    {
        int firstRow = 0;
        int rowCount = 0;
        bool grid = true;
        bool tail = false; // notes and signatures
        bool appendix = false;
    };

    qreal dpiX = 0;
    qreal dpiY = 0;
    QSizeF pageSize;
    QFont titleFont;
    QFont infoFont;
    QFont headerFont;
    QFont bodyFont;
    QFont boldFont;
    QFont footFont;
    qreal titleH = 0;
    QStringList numberLines;
    qreal lineH = 0; // one line of the info font
    bool periodOwnLine = false;
    qreal unitH = 0;
    qreal topH = 0; // everything above the grid
    qreal footH = 0;
    QList<qreal> colX; // column edges, columns + 1
    QList<qreal> headerY; // header row edges from the grid's top, header rows + 1
    QList<qreal> rowH;
    qreal noteLabelW = 0;
    QList<qreal> noteH;
    qreal tailH = 0;
    QSizeF appendixSize;
    QList<Page> pages;

    qreal mmX(qreal mm) const { return mm * dpiX / 25.4; }
    qreal mmY(qreal mm) const { return mm * dpiY / 25.4; }
    qreal gridWidth() const { return colX.isEmpty() ? 0 : colX.last(); }
    qreal headerHeight() const { return headerY.isEmpty() ? 0 : headerY.last(); }
};

ReportPainter::ReportPainter(const ReportTable &table)
    : m_table(table)
    , m_drawn(0x10000)
{ }

ReportPainter::~ReportPainter() = default;

void ReportPainter::setAppendix(const QImage &image, const QString &caption)
{
    m_appendix = image;
    m_appendixCaption = caption;
    m_layout.reset();
}

void ReportPainter::setUpDevice(QPagedPaintDevice *device) const
{
    device->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), m_table.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
}

int ReportPainter::pageCount(QPagedPaintDevice *device)
{
    setUpDevice(device);
    return pageCount(device, QSizeF(device->width(), device->height()));
}

int ReportPainter::pageCount(const QPaintDevice *metrics, const QSizeF &pageSize)
{
    return int(layoutFor(metrics, pageSize).pages.size());
}

const ReportPainter::Layout &ReportPainter::layoutFor(const QPaintDevice *metrics, const QSizeF &pageSize)
{
    if (!m_layout || m_layout->dpiX != metrics->logicalDpiX() || m_layout->dpiY != metrics->logicalDpiY()
        || m_layout->pageSize != pageSize)
        m_layout = std::make_unique<Layout>(computeLayout(metrics, pageSize));
    return *m_layout;
}

ReportPainter::Layout ReportPainter::computeLayout(const QPaintDevice *metrics, const QSizeF &pageSize) const
{
    Layout l;
    l.dpiX = metrics->logicalDpiX();
    l.dpiY = metrics->logicalDpiY();
    l.pageSize = pageSize;
    l.titleFont = heiFont(18);
    l.infoFont = songFont(10.5);
    l.headerFont = songFont(9, true);
    l.bodyFont = songFont(9);
    l.boldFont = songFont(9, true);
    l.footFont = songFont(9);
    const QPaintDevice *device = metrics;
    const QFontMetricsF titleFm(l.titleFont, device);
    const QFontMetricsF infoFm(l.infoFont, device);
    const QFontMetricsF headerFm(l.headerFont, device);
    const QFontMetricsF bodyFm(l.bodyFont, device);
    const QFontMetricsF boldFm(l.boldFont, device);
    const QFontMetricsF footFm(l.footFont, device);
    const qreal width = pageSize.width();
    const qreal padX = l.mmX(kPadXMm);
    const qreal padY = l.mmY(kPadYMm);

    // Above the grid: the title, 表号/制表机关 at the right, then 填报单位（盖章）… period … 填报日期. The
    // period goes on a line of its own when the unit's name and the seal's room leave no space for it.
    l.lineH = infoFm.height();
    l.titleH = titleFm.height() + l.mmY(3);
    l.numberLines = numberLines(m_table);
    const qreal unitRight = infoFm.horizontalAdvance(unitText(m_table)) + l.mmX(kSealMm) / 2;
    const qreal periodW = infoFm.horizontalAdvance(m_table.periodText);
    const qreal dateLeft = width - infoFm.horizontalAdvance(QStringLiteral("填报日期：") + dateText(m_table.date));
    l.periodOwnLine
        = !m_table.periodText.isEmpty() && (unitRight > (width - periodW) / 2 || (width + periodW) / 2 > dateLeft);
    l.unitH = l.lineH * 1.8;
    l.topH = l.titleH + l.lineH * (l.numberLines.size() + (l.periodOwnLine ? 1 : 0)) + l.unitH;
    l.footH = footFm.height() + l.mmY(3);

    // Columns in proportion to their widths, filling the page width.
    const int columns = int(m_table.columns.size());
    qreal total = 0;
    for (const ReportColumn &c : m_table.columns)
        total += qMax<qreal>(c.width, 1);
    l.colX.append(0);
    for (const ReportColumn &c : m_table.columns)
        l.colX.append(l.colX.last() + width * qMax<qreal>(c.width, 1) / qMax<qreal>(total, 1));
    auto spanWidth = [&](int first, int span) {
        const int a = qBound(0, first, columns);
        const int b = qBound(a, first + span, columns);
        return l.colX.at(b) - l.colX.at(a);
    };

    // Header rows: as high as their tallest cell; a cell spanning rows grows the last of them.
    const int headerRows = m_table.headerRowCount();
    QList<qreal> headerH(headerRows, headerFm.height() + 2 * padY);
    const QList<ReportHeaderCell> cells = m_table.headerCells();
    const int headerFlags = Qt::AlignCenter | Qt::TextWordWrap;
    for (int pass = 0; pass < 2; ++pass) {
        for (const ReportHeaderCell &cell : cells) {
            if ((cell.rowSpan > 1) != (pass == 1) || cell.row < 0 || cell.row >= headerRows)
                continue;
            const qreal h
                = textHeight(headerFm, spanWidth(cell.column, cell.columnSpan) - 2 * padX, headerFlags, cell.text)
                + 2 * padY;
            const int last = qMin(cell.row + qMax(cell.rowSpan, 1), headerRows) - 1;
            qreal have = 0;
            for (int r = cell.row; r <= last; ++r)
                have += headerH.at(r);
            if (h > have)
                headerH[last] += h - have;
        }
    }
    l.headerY.append(0);
    for (qreal h : headerH)
        l.headerY.append(l.headerY.last() + h);

    // Body rows: as high as their tallest wrapped cell.
    l.rowH.reserve(m_table.rows.size());
    for (int r = 0; r < m_table.rows.size(); ++r) {
        const ReportRow::Kind kind = m_table.rows.at(r).kind;
        const QFontMetricsF &fm = kind == ReportRow::Kind::Data ? bodyFm : boldFm;
        qreal h = fm.height();
        if (kind == ReportRow::Kind::Group) {
            h = textHeight(fm, width - 2 * padX, Qt::TextWordWrap, groupText(m_table, r));
        } else {
            for (int c = 0; c < columns; ++c) {
                const ReportColumn &column = m_table.columns.at(c);
                h = qMax(
                    h, textHeight(fm, spanWidth(c, 1) - 2 * padX, cellFlags(column, kind), m_table.cellText(r, c)));
            }
        }
        l.rowH.append(h + 2 * padY);
    }

    // Under the grid on the last page: 说明 and the signature line.
    qreal notesH = 0;
    if (!m_table.notes.isEmpty()) {
        l.noteLabelW = infoFm.horizontalAdvance(QStringLiteral("说明："));
        for (const QString &note : m_table.notes) {
            l.noteH.append(textHeight(infoFm, width - l.noteLabelW, Qt::TextWordWrap, note));
            notesH += l.noteH.last();
        }
    }
    l.tailH = l.mmY(3) + notesH + (notesH > 0 ? l.mmY(2) : 0) + l.lineH * 1.5;

    // Pages. A group heading never ends a page, and the signature line always follows some rows.
    const qreal body = pageSize.height() - l.topH - l.mmY(1) - l.footH - l.headerHeight();
    Layout::Page page;
    qreal used = 0;
    for (int r = 0; r < m_table.rows.size(); ++r) {
        if (page.rowCount > 0 && used + l.rowH.at(r) > body) {
            if (page.rowCount > 1 && m_table.rows.at(r - 1).kind == ReportRow::Kind::Group) {
                --page.rowCount;
                --r;
            }
            l.pages.append(page);
            page = Layout::Page();
            page.firstRow = r;
            used = 0;
        }
        ++page.rowCount;
        used += l.rowH.at(r);
    }
    if (used + l.tailH > body && page.rowCount > 1) {
        const int last = page.firstRow + page.rowCount - 1;
        --page.rowCount;
        l.pages.append(page);
        page = Layout::Page();
        page.firstRow = last;
        page.rowCount = 1;
        used = l.rowH.at(last);
    }
    if (used + l.tailH > body && page.rowCount > 0) {
        l.pages.append(page);
        page = Layout::Page();
        page.firstRow = int(m_table.rows.size());
        page.grid = false;
        used = 0;
    }
    page.tail = true;
    used += l.tailH;

    // The appendix: scaled to at most nine tenths of the width and of the body's height; on the last
    // page when at least two thirds of that size fit there, else on a page of its own.
    if (!m_appendix.isNull()) {
        const qreal captionH = m_appendixCaption.isEmpty() ? 0 : l.lineH * 1.5;
        const qreal room = pageSize.height() - l.topH - l.footH - l.mmY(4) - captionH;
        QSizeF size = QSizeF(m_appendix.size()).scaled(QSizeF(width * 0.9, room * 0.9), Qt::KeepAspectRatio);
        const qreal left = body + (page.grid ? 0 : l.headerHeight()) - used - l.mmY(4) - captionH;
        if (left >= size.height() * 2 / 3) {
            size = size.scaled(QSizeF(size.width(), qMin(size.height(), left)), Qt::KeepAspectRatio);
        } else {
            l.pages.append(page);
            page = Layout::Page();
            page.firstRow = int(m_table.rows.size());
            page.grid = false;
        }
        page.appendix = true;
        l.appendixSize = size;
    }
    l.pages.append(page);
    return l;
}

void ReportPainter::drawText(QPainter &painter, const QRectF &rect, int flags, const QString &text)
{
    for (const QChar c : text)
        m_drawn.setBit(c.unicode());
    painter.drawText(rect, flags, text);
}

void ReportPainter::paintPage(QPainter &painter, int pageIndex, const QRectF &pageRect)
{
    const Layout &l = layoutFor(painter.device(), pageRect.size());
    if (pageIndex < 0 || pageIndex >= l.pages.size())
        return;
    const Layout::Page &page = l.pages.at(pageIndex);
    const qreal width = pageRect.width();
    const qreal padX = l.mmX(kPadXMm);
    const qreal padY = l.mmY(kPadYMm);
    const int columns = int(m_table.columns.size());
    const QPen thin(Qt::black, l.mmX(kThinPenMm));
    const QPen frame(Qt::black, l.mmX(kFramePenMm));

    painter.save();
    painter.translate(pageRect.topLeft());
    painter.setPen(thin);
    painter.setBrush(Qt::NoBrush);

    // Title and the lines above the grid.
    painter.setFont(l.titleFont);
    drawText(painter, QRectF(0, 0, width, l.titleH), Qt::AlignHCenter | Qt::AlignTop, m_table.title);
    qreal y = l.titleH;
    painter.setFont(l.infoFont);
    if (!l.numberLines.isEmpty()) {
        const QFontMetricsF fm(l.infoFont, painter.device());
        qreal blockW = 0;
        for (const QString &line : l.numberLines)
            blockW = qMax(blockW, fm.horizontalAdvance(line));
        for (const QString &line : l.numberLines) {
            drawText(painter, QRectF(width - blockW, y, blockW, l.lineH), Qt::AlignLeft | Qt::AlignVCenter, line);
            y += l.lineH;
        }
    }
    if (l.periodOwnLine) {
        drawText(painter, QRectF(0, y, width, l.lineH), Qt::AlignCenter, m_table.periodText);
        y += l.lineH;
    }
    const QRectF unitLine(0, y, width, l.unitH);
    drawText(painter, unitLine, Qt::AlignLeft | Qt::AlignBottom, unitText(m_table));
    if (!l.periodOwnLine)
        drawText(painter, unitLine, Qt::AlignHCenter | Qt::AlignBottom, m_table.periodText);
    drawText(
        painter, unitLine, Qt::AlignRight | Qt::AlignBottom, QStringLiteral("填报日期：") + dateText(m_table.date));
    y = l.topH + l.mmY(1);

    if (page.grid) {
        // The header, repeated on every page.
        const qreal gridTop = y;
        painter.setFont(l.headerFont);
        for (const ReportHeaderCell &cell : m_table.headerCells()) {
            const int first = qBound(0, cell.column, columns);
            const int last = qBound(first, cell.column + qMax(cell.columnSpan, 1), columns);
            const int top = qBound(0, cell.row, int(l.headerY.size()) - 1);
            const int bottom = qBound(top, cell.row + qMax(cell.rowSpan, 1), int(l.headerY.size()) - 1);
            const QRectF rect(l.colX.at(first), gridTop + l.headerY.at(top), l.colX.at(last) - l.colX.at(first),
                l.headerY.at(bottom) - l.headerY.at(top));
            painter.drawRect(rect);
            drawText(painter, rect.adjusted(padX, padY, -padX, -padY), Qt::AlignCenter | Qt::TextWordWrap, cell.text);
        }
        y += l.headerHeight();

        // The rows; interior vertical lines run over each stretch of rows between group headings.
        qreal runTop = y;
        auto closeRun = [&](qreal bottom) {
            for (int c = 1; c < columns && bottom > runTop; ++c)
                painter.drawLine(QPointF(l.colX.at(c), runTop), QPointF(l.colX.at(c), bottom));
        };
        for (int r = page.firstRow; r < page.firstRow + page.rowCount; ++r) {
            const ReportRow::Kind kind = m_table.rows.at(r).kind;
            const qreal h = l.rowH.at(r);
            painter.setFont(kind == ReportRow::Kind::Data ? l.bodyFont : l.boldFont);
            if (kind == ReportRow::Kind::Group) {
                closeRun(y);
                drawText(painter, QRectF(padX, y + padY, width - 2 * padX, h - 2 * padY),
                    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, groupText(m_table, r));
                runTop = y + h;
            } else {
                for (int c = 0; c < columns; ++c) {
                    const QString text = m_table.cellText(r, c);
                    if (text.isEmpty())
                        continue;
                    const QRectF cell(
                        l.colX.at(c) + padX, y + padY, l.colX.at(c + 1) - l.colX.at(c) - 2 * padX, h - 2 * padY);
                    drawText(painter, cell, cellFlags(m_table.columns.at(c), kind), text);
                }
            }
            y += h;
            painter.drawLine(QPointF(0, y), QPointF(width, y));
        }
        closeRun(y);
        painter.setPen(frame);
        painter.drawRect(QRectF(0, gridTop, l.gridWidth(), y - gridTop));
        painter.setPen(thin);
    }

    if (page.tail) {
        y += l.mmY(3);
        painter.setFont(l.infoFont);
        for (int i = 0; i < m_table.notes.size(); ++i) {
            if (i == 0)
                drawText(painter, QRectF(0, y, l.noteLabelW, l.lineH), Qt::AlignLeft | Qt::AlignTop,
                    QStringLiteral("说明："));
            drawText(painter, QRectF(l.noteLabelW, y, width - l.noteLabelW, l.noteH.at(i)),
                Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_table.notes.at(i));
            y += l.noteH.at(i);
        }
        if (!m_table.notes.isEmpty())
            y += l.mmY(2);
        const QStringList parts = signatureParts(m_table);
        for (int i = 0; i < parts.size(); ++i) {
            drawText(painter, QRectF(width * i / parts.size(), y, width / parts.size(), l.lineH * 1.5),
                Qt::AlignLeft | Qt::AlignVCenter, parts.at(i));
        }
        y += l.lineH * 1.5;
    }

    if (page.appendix) {
        y += l.mmY(4);
        const QRectF target((width - l.appendixSize.width()) / 2, y, l.appendixSize.width(), l.appendixSize.height());
        painter.drawImage(target, m_appendix);
        y += target.height();
        if (!m_appendixCaption.isEmpty()) {
            painter.setFont(l.infoFont);
            drawText(painter, QRectF(0, y, width, l.lineH * 1.5), Qt::AlignCenter, m_appendixCaption);
        }
    }

    painter.setFont(l.footFont);
    drawText(painter, QRectF(0, pageRect.height() - l.footH, width, l.footH), Qt::AlignHCenter | Qt::AlignBottom,
        QStringLiteral("第 %1 页 共 %2 页").arg(pageIndex + 1).arg(l.pages.size()));
    painter.restore();
}

bool ReportPainter::paint(QPagedPaintDevice *device, QString *error)
{
    setUpDevice(device);
    const QSizeF size(device->width(), device->height());
    const int pages = pageCount(device, size);
    QPainter painter;
    if (!painter.begin(device)) {
        if (error)
            *error = tr("The printer or the file could not be opened.");
        return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            if (error)
                *error = tr("Page %1 could not be started.").arg(i + 1);
            return false;
        }
        paintPage(painter, i, QRectF(QPointF(0, 0), size));
    }
    if (!painter.end()) {
        if (error)
            *error = tr("The pages could not be finished (disk full?).");
        return false;
    }
    return true;
}

Result ReportPainter::savePdf(const QString &path)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result::failed(tr("%1: a PDF can only be written with the graphics libraries started").arg(path));
    if (!QFileInfo(path).absoluteDir().exists())
        return Result::failed(tr("%1: the folder does not exist").arg(path));
    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    QString error;
    bool painted = false;
    {
        QPdfWriter writer(part);
        writer.setResolution(300);
        writer.setTitle(m_table.title);
        writer.setCreator(QStringLiteral("Dibao Workbench"));
        painted = paint(&writer, &error);
    }
    if (!painted) {
        QFile::remove(part);
        return Result::failed(tr("%1: the PDF could not be written (%2)").arg(path, error));
    }
    if (QFileInfo(part).size() == 0) {
        QFile::remove(part);
        return Result::failed(tr("%1: the file could not be written completely (disk full?)").arg(path));
    }
    if (!repairPdfText(part, &error)) {
        QFile::remove(part);
        return Result::failed(error);
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return Result::failed(tr("%1: the finished file could not be moved into place").arg(path));
    }
    return Result::success();
}

Result ReportPainter::writePdf(const ReportTable &table, const QString &path)
{
    ReportPainter painter(table);
    return painter.savePdf(path);
}

bool ReportPainter::repairPdfText(const QString &pdfPath, QString *error) const
{
    return PdfTextRepair::repairFile(pdfPath, {songFont(10), songFont(10, true), heiFont(10)}, m_drawn, error);
}
