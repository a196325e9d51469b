#include "backup/BackupFile.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");

QString prefix(BackupFile::Kind kind)
{
    switch (kind) {
    case BackupFile::Kind::Manual:
        return QStringLiteral("dibao-");
    case BackupFile::Kind::Automatic:
        return QStringLiteral("auto-dibao-");
    case BackupFile::Kind::Replaced:
        return QStringLiteral("replaced-dibao-");
    }
    return {};
}

} // namespace

QString BackupFile::kindKey() const
{
    switch (kind) {
    case Kind::Manual:
        return QStringLiteral("manual");
    case Kind::Automatic:
        return QStringLiteral("automatic");
    case Kind::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

QString BackupFile::fileName(Kind kind, const QDateTime &made, int sequence)
{
    const QString stamp = made.toString(kStampFormat);
    return sequence <= 1 ? QStringLiteral("%1%2.sqlite").arg(prefix(kind), stamp)
                         : QStringLiteral("%1%2-%3.sqlite").arg(prefix(kind), stamp).arg(sequence);
}

std::optional<BackupFile> BackupFile::fromPath(const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(auto-|replaced-)?dibao-(\\d{8}-\\d{6})(?:-(\\d+))?\\.sqlite$"));
    const QFileInfo info(path);
    const QRegularExpressionMatch match = pattern.match(info.fileName());
    if (!match.hasMatch() || !info.isFile())
        return std::nullopt;
    BackupFile file;
    file.path = info.absoluteFilePath();
    const QString kind = match.captured(1);
    file.kind = kind.isEmpty() ? Kind::Manual : kind.startsWith(u'a') ? Kind::Automatic : Kind::Replaced;
    file.made = QDateTime::fromString(match.captured(2), kStampFormat);
    if (!file.made.isValid())
        return std::nullopt;
    file.sequence = match.hasCaptured(3) ? match.captured(3).toInt() : 1;
    file.modified = info.lastModified();
    file.bytes = info.size();
    return file;
}

bool BackupFile::newerFirst(const BackupFile &a, const BackupFile &b)
{
    if (a.made != b.made)
        return a.made > b.made;
    if (a.sequence != b.sequence)
        return a.sequence > b.sequence;
    return a.modified > b.modified;
}
