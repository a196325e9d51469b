#include "storage/ChangeHub.h"

#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <memory>

std::shared_ptr<ChangeHub> ChangeHub::forFile(const QString &path)
{
    static QMutex mutex;
    static QHash<QString, std::weak_ptr<ChangeHub>> hubs;
    const QFileInfo info(path);
    const QString key = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QMutexLocker lock(&mutex);
    if (std::shared_ptr<ChangeHub> hub = hubs.value(key).lock())
        return hub;
    std::shared_ptr<ChangeHub> hub(new ChangeHub);
    hubs.insert(key, hub);
    return hub;
}

void ChangeHub::publish(Area area, const QSet<qint64> &ids)
{
    emit changed(area, ids);
}
