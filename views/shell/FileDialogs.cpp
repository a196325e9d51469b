#include "shell/FileDialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStringList>

namespace {

QStringList &queued()
{
    static QStringList names;
    return names;
}

QString &lastFolder()
{
    static QString folder;
    return folder;
}

// Qt 6.4's file dialogs name a folder's type through the context QAbstractFileIconProvider, which Debian's
// qtbase_zh_CN.qm does not translate ("Folder" in the Type column of a Chinese dialog): this program's own catalogue
// carries them (QCoreApplication::translate finds them there).
[[maybe_unused]] const struct
{
    const char *source;
    const char *comment;
} kFileTypeTexts[] = {
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Drive", ""),
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Unknown", ""),
};

// The answer a dialog gave (or a test queued), remembered when there is one.
QString chosen(const QString &path, bool isFolder = false)
{
    FileDialogs::remember(path, isFolder);
    return path;
}

} // namespace

void FileDialogs::setStartFolder(const QString &folder)
{
    lastFolder() = folder;
}

QString FileDialogs::startPath(const QString &suggested)
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QDir(folder).exists())
        return suggested;
    if (suggested.isEmpty())
        return folder;
    return QFileInfo(suggested).isRelative() && !suggested.contains(u'/') ? QDir(folder).filePath(suggested)
                                                                          : suggested;
}

void FileDialogs::remember(const QString &path, bool isFolder)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    lastFolder() = isFolder ? info.absoluteFilePath() : info.absolutePath();
}

QString FileDialogs::openFileName(
    QWidget *parent, const QString &title, const QString &filter, const QString &directory)
{
    if (!queued().isEmpty())
        return chosen(queued().takeFirst());
    return chosen(QFileDialog::getOpenFileName(parent, title, directory.isEmpty() ? startPath() : directory, filter));
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!queued().isEmpty())
        return chosen(queued().takeFirst());
    return chosen(QFileDialog::getSaveFileName(parent, title, startPath(suggested), filter));
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &directory)
{
    if (!queued().isEmpty())
        return chosen(queued().takeFirst(), true);
    return chosen(
        QFileDialog::getExistingDirectory(parent, title, directory.isEmpty() ? startPath() : directory), true);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    queued().append(fileName);
}
