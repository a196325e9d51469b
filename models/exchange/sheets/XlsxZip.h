#pragma once

#include <QByteArray>
#include <QString>

// A read-only view of a zip archive through minizip's unzip API (never QuaZip: see DESIGN.md §7).
// Entries are read in chunks; every entry is checked against a size limit both by its declared size
// and by the bytes actually inflated, since a zip bomb can lie about its sizes.
class XlsxZip
{
public:
    enum class Status { Ok, NotFound, TooLarge, Damaged };

    XlsxZip() = default;
    ~XlsxZip();
    XlsxZip(const XlsxZip &) = delete;
    XlsxZip &operator=(const XlsxZip &) = delete;

    bool open(const QString &path);
    void close();
    bool isOpen() const { return m_zip != nullptr; }

    bool contains(const QString &name);
    // Makes an entry current for read(); checks its declared size against maxBytes.
    Status openEntry(const QString &name, qint64 maxBytes);
    // Up to maxSize inflated bytes of the current entry; 0 at its end; < 0 on damage or past the limit
    // (see status()). At the end the CRC is checked.
    qint64 read(char *data, qint64 maxSize);
    void closeEntry();
    // The declared uncompressed size of the current entry.
    qint64 entrySize() const { return m_entrySize; }
    qint64 bytesRead() const { return m_read; }
    Status status() const { return m_status; }

    // Reads a whole (small) entry.
    Status readAll(const QString &name, qint64 maxBytes, QByteArray *data);

private:
    void *m_zip = nullptr; // unzFile
    bool m_entryOpen = false;
    qint64 m_entrySize = 0;
    qint64 m_limit = 0;
    qint64 m_read = 0;
    Status m_status = Status::Ok;
};
