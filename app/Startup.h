#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class AppSettings;

// What both executables do before their real work: pick the language and load translators.
namespace Startup {

// The organisation, application name and version both executables share, so that both find the same default database
// and settings.
void setApplicationNames();
// Language to use: --lang if given, else the setting, else the system locale. "zh_CN" or "en".
QString resolveLanguage(const QString &langOption, const AppSettings &settings);
// Installs this program's translator and Qt's own for the language; returns false if missing.
bool installTranslators(QCoreApplication &app, const QString &language);
// Pulls "--name value" (or "--name=value") out of args wherever it stands; empty if absent.
QString takeOption(QStringList &args, const QString &name);
// Pulls a flag out of args; true if it was there.
bool takeFlag(QStringList &args, const QString &name);

} // namespace Startup
