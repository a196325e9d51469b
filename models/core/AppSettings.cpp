#include "core/AppSettings.h"

#include "backup/BackupService.h"

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
        QStringLiteral("DibaoWorkbench"), QStringLiteral("dibao-workbench")))
{ }

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::OperatorName:
        return QStringLiteral("session/operator");
    case Key::Language:
        return QStringLiteral("ui/language");
    case Key::LastPage:
        return QStringLiteral("ui/lastPage");
    case Key::WindowGeometry:
        return QStringLiteral("ui/geometry");
    case Key::WindowState:
        return QStringLiteral("ui/state");
    case Key::ShowFullIdNumbers:
        return QStringLiteral("ui/showFullIdNumbers");
    case Key::LastDatabase:
        return QStringLiteral("session/lastDatabase");
    case Key::BackupFolder:
        return QStringLiteral("backup/folder");
    case Key::LastFolder:
        return QStringLiteral("ui/lastFolder");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::OperatorName:
    case Key::Language:
    case Key::LastDatabase:
    case Key::LastFolder:
        return QString();
    case Key::LastPage:
        return QStringLiteral("overview");
    case Key::WindowGeometry:
    case Key::WindowState:
        return QByteArray();
    case Key::ShowFullIdNumbers:
        return false;
    case Key::BackupFolder:
        return BackupService::defaultFolder();
    }
    return {};
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::sync()
{
    m_settings->sync();
}
