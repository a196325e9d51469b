#include "exchange/sheets/SheetReader.h"

#include "exchange/sheets/CsvReader.h"
#include "exchange/sheets/XlsReader.h"
#include "exchange/sheets/XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

const SheetCell &SheetRow::cell(int column) const
{
    static const SheetCell empty;
    return column >= 0 && column < cells.size() ? cells.at(column) : empty;
}

QString SheetReader::sizeText(qint64 bytes)
{
    constexpr qint64 MiB = qint64(1024) * 1024;
    if (bytes >= MiB)
        return QStringLiteral("%1 MB").arg(QString::number(double(bytes) / MiB, 'g', 4));
    return QStringLiteral("%1 KB").arg((bytes + 1023) / 1024);
}

Result SheetReader::checkReadable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Result::rejected(tr("%1: the file does not exist").arg(QDir::toNativeSeparators(path)));
    if (info.isDir())
        return Result::rejected(tr("%1: this is a folder, not a file").arg(QDir::toNativeSeparators(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::rejected(
            tr("%1: the file cannot be read (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Result::success();
}

Outcome<std::unique_ptr<SheetReader>> SheetReader::forFile(const QString &path)
{
    if (Result r = checkReadable(path); !r)
        return r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result::rejected(
            tr("%1: the file cannot be read (%2)").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(8);
    if (head.startsWith("PK\x03\x04"))
        return std::unique_ptr<SheetReader>(std::make_unique<XlsxReader>());
    if (head == QByteArray::fromHex("D0CF11E0A1B11AE1"))
        return std::unique_ptr<SheetReader>(std::make_unique<XlsReader>());
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx" || suffix == u"xlsm" || suffix == u"xls" || suffix == u"et")
        return Result::rejected(
            tr("%1: the file is not an Excel workbook although its name says so (it may be a text or web "
               "page file that was renamed, or it is damaged). Open it in Excel or WPS and save it as .xlsx.")
                .arg(QFileInfo(path).fileName()));
    return std::unique_ptr<SheetReader>(std::make_unique<CsvReader>());
}
