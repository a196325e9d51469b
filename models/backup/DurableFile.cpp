#include "backup/DurableFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool syncDescriptor(int fd)
{
#ifdef Q_OS_WIN
    return _commit(fd) == 0;
#else
    return ::fsync(fd) == 0;
#endif
}

} // namespace

Result DurableFile::sync(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return Result::failed(tr("Cannot open %1 to write it to the disk (%2).").arg(shown(path), file.errorString()));
    if (!syncDescriptor(file.handle()))
        return Result::failed(
            tr("%1 could not be written to the disk (%2).").arg(shown(path), QString::fromLocal8Bit(strerror(errno))));
    return Result::success();
}

Result DurableFile::syncFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder)
#else
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Result::failed(
            tr("Cannot open the folder %1 (%2).").arg(shown(folder), QString::fromLocal8Bit(strerror(errno))));
    const bool ok = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!ok)
        return Result::failed(tr("The folder %1 could not be written to the disk (%2).")
                                  .arg(shown(folder), QString::fromLocal8Bit(strerror(error))));
#endif
    return Result::success();
}

Result DurableFile::copy(const QString &from, const QString &to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return Result::failed(tr("Cannot read %1 (%2).").arg(shown(from), in.errorString()));
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Result::failed(tr("Cannot create %1 (%2).").arg(shown(to), out.errorString()));
    const auto failWith = [&](const QString &message) {
        out.close();
        QFile::remove(to);
        return Result::failed(message);
    };
    constexpr qint64 blockSize = qint64(4) * 1024 * 1024;
    QByteArray block(blockSize, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(block.data(), blockSize);
        if (n < 0)
            return failWith(tr("Cannot read %1 (%2).").arg(shown(from), in.errorString()));
        if (n == 0)
            break;
        if (out.write(block.constData(), n) != n)
            return failWith(tr("Cannot write %1 (%2). Is the disk full?").arg(shown(to), out.errorString()));
    }
    if (!out.flush())
        return failWith(tr("Cannot write %1 (%2). Is the disk full?").arg(shown(to), out.errorString()));
    if (!syncDescriptor(out.handle()))
        return failWith(
            tr("%1 could not be written to the disk (%2).").arg(shown(to), QString::fromLocal8Bit(strerror(errno))));
    out.close();
    return Result::success();
}

Result DurableFile::replace(const QString &from, const QString &to)
{
    // std::filesystem::rename replaces an existing file in one step: rename() on POSIX, MoveFileEx on Windows.
    std::error_code error;
    std::filesystem::rename(
        QFileInfo(from).filesystemAbsoluteFilePath(), QFileInfo(to).filesystemAbsoluteFilePath(), error);
    if (error)
        return Result::failed(
            tr("Cannot rename %1 to %2 (%3).").arg(shown(from), shown(to), QString::fromLocal8Bit(error.message())));
    return Result::success();
}
