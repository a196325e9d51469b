#include "FileDialogs.h"

#include <QFileDialog>
#include <QStringList>

namespace {

QStringList &queued()
{
    static QStringList names;
    return names;
}

} // namespace

QString FileDialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString FileDialogs::saveFileName(
    QWidget *parent, const QString &title, const QString &suggested, const QString &filter)
{
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

void FileDialogs::setNextFileName(const QString &fileName)
{
    queued().append(fileName);
}
