#include "shell/FileDialogs.h"

#include <QFileDialog>
#include <QStringList>

namespace {

QStringList &queued()
{
    static QStringList names;
    return names;
}

} // namespace

QString FileDialogs::openFileName(
    QWidget *parent, const QString &title, const QString &filter, const QString &directory)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString FileDialogs::existingDirectory(QWidget *parent, const QString &title, const QString &directory)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QFileDialog::getExistingDirectory(parent, title, directory);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    queued().append(fileName);
}
