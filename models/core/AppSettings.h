#pragma once

#include <QSettings>
#include <QVariant>

#include <memory>

// Typed settings of this PC (not of the office database): one key enum, one table of defaults.
class AppSettings
{
public:
    enum class Key {
        OperatorName, // who makes the changes, until accounts exist
        Language, // "" = follow the system, or zh_CN / en
        LastPage, // navigation page key
        WindowGeometry, // QByteArray
        WindowState, // QByteArray
        ShowFullIdNumbers,
        LastDatabase,
        BackupFolder, // where backups go; default AppDataLocation/backups
        LastFolder, // where the file dialogs opened or saved last
    };

    // The user's settings file (organisation "DibaoWorkbench").
    AppSettings();
    // A settings file at a path: tests use a temporary file.
    explicit AppSettings(const QString &iniPath);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QVariant defaultValue(Key key);
    void sync();

private:
    static QString keyName(Key key);
    std::unique_ptr<QSettings> m_settings;
};
