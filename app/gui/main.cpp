// dibao-workbench: the township clerk's window on the roster.
#include "AppSettings.h"
#include "Database.h"
#include "MainWindow.h"
#include "MessageBoxes.h"
#include "OfficeRepository.h"
#include "OperatorDialog.h"
#include "SetupDialog.h"
#include "Startup.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>

#include <cstdio>
#include <cstring>

namespace {

void printError(const QString &text)
{
    std::fprintf(stderr, "dibao-workbench: %s\n", qPrintable(text));
}

const char *usage()
{
    return QT_TRANSLATE_NOOP("GuiMain",
        "Usage: dibao-workbench [--db PATH] [--lang zh_CN|en] [--operator NAME]\n"
        "                       [--screenshot FILE.png [--page overview|roster]]");
}

// With --screenshot and no platform chosen, render offscreen: it must work without a display.
void chooseOffscreenForScreenshots(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--screenshot") == 0 || std::strncmp(argv[i], "--screenshot=", 13) == 0) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
            return;
        }
    }
}

int writeScreenshot(MainWindow &window, const QString &page, const QString &file)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    if (!page.isEmpty() && !window.showPage(page)) {
        printError(
            QCoreApplication::translate("GuiMain", "There is no page \"%1\"; use overview or roster.").arg(page));
        return 1;
    }
    window.show();
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
    const QPixmap pixmap = window.grab();
    if (!pixmap.save(file, "PNG")) {
        printError(QCoreApplication::translate("GuiMain", "The screenshot could not be written to %1.")
                       .arg(QDir::toNativeSeparators(file)));
        return 3;
    }
    std::printf("%s\n",
        qPrintable(
            QCoreApplication::translate("GuiMain", "Screenshot written to %1").arg(QDir::toNativeSeparators(file))));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    chooseOffscreenForScreenshots(argc, argv);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DibaoWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("dibao-workbench"));

    QStringList args = QCoreApplication::arguments();
    const QString dbOption = Startup::takeOption(args, QStringLiteral("db"));
    const QString langOption = Startup::takeOption(args, QStringLiteral("lang"));
    const QString screenshot = Startup::takeOption(args, QStringLiteral("screenshot"));
    const QString page = Startup::takeOption(args, QStringLiteral("page"));
    const QString operatorOption = Startup::takeOption(args, QStringLiteral("operator")).simplified();
    const bool help = Startup::takeFlag(args, QStringLiteral("help"));
    const bool screenshotMode = !screenshot.isEmpty();

    AppSettings settings;
    const QString language = Startup::resolveLanguage(langOption, settings);
    if (!Startup::installTranslators(app, language))
        printError(QStringLiteral("the %1 translation is missing; showing English").arg(language));
    if (help) {
        std::printf("%s\n", qPrintable(QCoreApplication::translate("GuiMain", usage())));
        return 0;
    }
    if (args.size() > 1) {
        printError(QCoreApplication::translate("GuiMain", "Unknown argument: %1").arg(args.at(1)));
        std::fprintf(stderr, "%s\n", qPrintable(QCoreApplication::translate("GuiMain", usage())));
        return 1;
    }

    const QString path = QFileInfo(dbOption.isEmpty() ? Database::defaultPath() : dbOption).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    Database db;
    if (const Result opened = db.open(path); !opened) {
        const QString text = QCoreApplication::translate("GuiMain", "The database %1 cannot be opened.\n\n%2")
                                 .arg(QDir::toNativeSeparators(path), opened.message());
        if (screenshotMode)
            printError(text);
        else
            MessageBoxes::critical(nullptr, QCoreApplication::translate("GuiMain", "Dibao Workbench"), text);
        return opened.kind() == Result::Kind::Rejected ? 2 : 3;
    }

    // Until accounts exist the operator is the name entered at start, remembered on this PC.
    QString operatorName = operatorOption;
    if (operatorName.isEmpty())
        operatorName = settings.value(AppSettings::Key::OperatorName).toString();
    if (operatorName.isEmpty() && !screenshotMode) {
        OperatorDialog dialog;
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        operatorName = dialog.operatorName();
        settings.setValue(AppSettings::Key::OperatorName, operatorName);
    }
    db.setOperatorName(operatorName);

    if (!screenshotMode && !OfficeRepository(db).isConfigured()) {
        SetupDialog setup(db);
        if (setup.exec() != QDialog::Accepted)
            return 0;
    }

    MainWindow window(db, settings);
    if (screenshotMode)
        return writeScreenshot(window, page, screenshot);

    settings.setValue(AppSettings::Key::LastDatabase, path);
    window.restoreLayout();
    if (!page.isEmpty())
        window.showPage(page);
    window.show();
    return app.exec();
}
