#include "exchange/sheets/XlsxZip.h"

#include <QFile>

#include <minizip/unzip.h>

namespace {

unzFile handle(void *zip)
{
    return static_cast<unzFile>(zip);
}

// minizip reads through QFile, so that any path Qt can open works (fopen() on Windows takes only
// names in the ANSI code page).
voidpf ZCALLBACK openFile(voidpf, const void *name, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto *file = new QFile(*static_cast<const QString *>(name));
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    return file;
}

uLong ZCALLBACK readFile(voidpf, voidpf stream, void *data, uLong size)
{
    const qint64 read = static_cast<QFile *>(stream)->read(static_cast<char *>(data), qint64(size));
    return read < 0 ? 0 : uLong(read);
}

uLong ZCALLBACK writeFile(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellFile(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK seekFile(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 position = qint64(offset);
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        position += file->pos();
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        position += file->size();
    return position >= 0 && file->seek(position) ? 0 : -1;
}

int ZCALLBACK closeFile(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK fileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
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
    zlib_filefunc64_def functions {openFile, readFile, writeFile, tellFile, seekFile, closeFile, fileError, nullptr};
    m_zip = unzOpen2_64(&path, &functions);
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
