#include "Startup.h"

#include "core/AppSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Startup {

QString resolveLanguage(const QString &langOption, const AppSettings &settings)
{
    QString lang = langOption;
    if (lang.isEmpty())
        lang = settings.value(AppSettings::Key::Language).toString();
    if (lang.isEmpty())
        lang = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (lang.startsWith(QLatin1String("zh")))
        return QStringLiteral("zh_CN");
    return QStringLiteral("en");
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(QStringLiteral("DibaoWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("dibao-workbench"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DIBAO_VERSION));
}

bool installTranslators(QCoreApplication &app, const QString &language)
{
    if (language != QLatin1String("zh_CN"))
        return true; // English is the source language
    auto *own = new QTranslator(&app);
    const bool ok = own->load(QStringLiteral(":/i18n/dibao_zh_CN.qm"));
    if (ok)
        QCoreApplication::installTranslator(own);
    auto *qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qt_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    return ok;
}

QString takeOption(QStringList &args, const QString &name)
{
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == flag && i + 1 < args.size()) {
            QString value = args[i + 1];
            args.remove(i, 2);
            return value;
        }
        if (args[i].startsWith(flag + u'=')) {
            QString value = args[i].mid(flag.size() + 1);
            args.remove(i);
            return value;
        }
    }
    return {};
}

bool takeFlag(QStringList &args, const QString &name)
{
    return args.removeAll(QStringLiteral("--") + name) > 0;
}

} // namespace Startup
