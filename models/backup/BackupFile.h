#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One file in the backup folder, known by its name: dibao-YYYYMMDD-HHMMSS.sqlite (made by the clerk),
// auto-dibao-… (the automatic daily backup) or replaced-dibao-… (the database a restore replaced). A second
// file of the same second gets "-2", "-3"… before the suffix.
class BackupFile
{
public:
    enum class Kind { Manual, Automatic, Replaced };

    QString path;
    Kind kind = Kind::Manual;
    QDateTime made; // from the name, local time
    int sequence = 1; // the "-2" of a second file of the same second
    QDateTime modified; // the file's time: orders files of the same second
    qint64 bytes = 0;

    // "manual", "automatic", "replaced" (the CLI's JSON).
    QString kindKey() const;
    // The name of a file of this kind made at that moment (without a sequence).
    static QString fileName(Kind kind, const QDateTime &made, int sequence = 1);
    // The file at path if its name is one of ours, else nothing.
    static std::optional<BackupFile> fromPath(const QString &path);
    // For sorting newest first.
    static bool newerFirst(const BackupFile &a, const BackupFile &b);
};
