#include "XlsxZip.h"

#include <QFile>

#include <minizip/unzip.h>

namespace {

unzFile handle(void *zip)
{
    return static_cast<unzFile>(zip);
}

constexpr int CaseInsensitive = 2; // minizip's iCaseSensitivity: producers disagree on part name case

} // namespace

XlsxZip::~XlsxZip()
{
    close();
}

bool XlsxZip::open(const QString &path)
{
    close();
    const QByteArray encoded = QFile::encodeName(path);
    m_zip = unzOpen64(encoded.constData());
    return m_zip != nullptr;
}

void XlsxZip::close()
{
    closeEntry();
    if (m_zip) {
        unzClose(handle(m_zip));
        m_zip = nullptr;
    }
}

bool XlsxZip::contains(const QString &name)
{
    closeEntry();
    return m_zip && unzLocateFile(handle(m_zip), name.toUtf8().constData(), CaseInsensitive) == UNZ_OK;
}

XlsxZip::Status XlsxZip::openEntry(const QString &name, qint64 maxBytes)
{
    closeEntry();
    m_read = 0;
    m_entrySize = 0;
    m_limit = maxBytes;
    m_status = Status::Ok;
    if (!m_zip)
        return m_status = Status::Damaged;
    if (unzLocateFile(handle(m_zip), name.toUtf8().constData(), CaseInsensitive) != UNZ_OK)
        return m_status = Status::NotFound;
    unz_file_info64 info {};
    if (unzGetCurrentFileInfo64(handle(m_zip), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return m_status = Status::Damaged;
    if (info.flag & 1)
        return m_status = Status::Damaged; // zip-level encryption is not how Office protects workbooks
    if (info.uncompressed_size > quint64(maxBytes))
        return m_status = Status::TooLarge;
    m_entrySize = qint64(info.uncompressed_size);
    if (unzOpenCurrentFile(handle(m_zip)) != UNZ_OK)
        return m_status = Status::Damaged;
    m_entryOpen = true;
    return m_status;
}

qint64 XlsxZip::read(char *data, qint64 maxSize)
{
    if (!m_entryOpen || m_status != Status::Ok)
        return -1;
    const unsigned chunk = unsigned(qMin<qint64>(maxSize, 1 << 30));
    const int got = unzReadCurrentFile(handle(m_zip), data, chunk);
    if (got < 0) {
        m_status = Status::Damaged;
        return -1;
    }
    m_read += got;
    if (m_read > m_limit || m_read > m_entrySize) {
        m_status = m_read > m_limit ? Status::TooLarge : Status::Damaged;
        return -1;
    }
    if (got == 0) {
        // The end: the CRC tells whether the data is what was stored.
        m_entryOpen = false;
        if (unzCloseCurrentFile(handle(m_zip)) != UNZ_OK || m_read != m_entrySize) {
            m_status = Status::Damaged;
            return -1;
        }
    }
    return got;
}

void XlsxZip::closeEntry()
{
    if (m_entryOpen) {
        unzCloseCurrentFile(handle(m_zip));
        m_entryOpen = false;
    }
}

XlsxZip::Status XlsxZip::readAll(const QString &name, qint64 maxBytes, QByteArray *data)
{
    data->clear();
    if (const Status status = openEntry(name, maxBytes); status != Status::Ok)
        return status;
    data->resize(qsizetype(m_entrySize));
    qint64 filled = 0;
    for (;;) {
        // One byte of room beyond the declared size, so that a lying size is noticed.
        if (filled == data->size())
            data->resize(qsizetype(filled + 1));
        const qint64 got = read(data->data() + filled, data->size() - filled);
        if (got < 0) {
            data->clear();
            return m_status;
        }
        if (got == 0)
            break;
        filled += got;
    }
    data->resize(qsizetype(filled));
    return Status::Ok;
}
