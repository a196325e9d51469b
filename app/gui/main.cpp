// dibao-workbench: the township clerk's window on the roster.
#include "Startup.h"
#include "backup/BackupController.h"
#include "backup/BackupVerifier.h"
#include "core/AppSettings.h"
#include "office/OfficeRepository.h"
#include "settings/SetupDialog.h"
#include "shell/MainWindow.h"
#include "shell/MessageBoxes.h"
#include "shell/OperatorDialog.h"
#include "storage/Database.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>

#include <cstdio>
#include <cstring>

namespace {

// Texts kept in a variable (kUsage); the others call QCoreApplication::translate("GuiMain", …) where lupdate sees them.
QString text(const char *source)
{
    return QCoreApplication::translate("GuiMain", source);
}

void printError(const QString &message)
{
    std::fprintf(stderr, "dibao-workbench: %s\n", qPrintable(message));
}

const char *const kUsage = QT_TRANSLATE_NOOP("GuiMain",
    "Usage: dibao-workbench [--db PATH] [--lang zh_CN|en] [--operator NAME]\n"
    "                       [--screenshot FILE.png [--page PAGE]]\n"
    "PAGE: overview, roster, inspection, rectifications, complaints, cases, reports");

// The main window's page keys, for --page.
const QStringList kPages = {QStringLiteral("overview"), QStringLiteral("roster"), QStringLiteral("inspection"),
    QStringLiteral("rectifications"), QStringLiteral("complaints"), QStringLiteral("cases"), QStringLiteral("reports")};

bool hasArgument(int argc, char *argv[], const char *name)
{
    const std::size_t length = std::strlen(name);
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], name) == 0 || (std::strncmp(argv[i], name, length) == 0 && argv[i][length] == '='))
            return true;
    }
    return false;
}

// Without a window system QApplication aborts; answer in words instead.
bool displayAvailable(int argc, char *argv[])
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") || hasArgument(argc, argv, "-platform");
#else
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#endif
}

// --help, and a start without a display, need no window: a core application answers them.
int answerWithoutWindow(int argc, char *argv[], bool help)
{
    QCoreApplication core(argc, argv);
    Startup::setApplicationNames();
    QStringList args = QCoreApplication::arguments();
    AppSettings settings;
    Startup::installTranslators(
        core, Startup::resolveLanguage(Startup::takeOption(args, QStringLiteral("lang")), settings));
    if (help) {
        std::printf("%s\n", qPrintable(text(kUsage)));
        return 0;
    }
    printError(QCoreApplication::translate("GuiMain",
        "No display is available. To render the window without one, run with --screenshot FILE.png "
        "(or set QT_QPA_PLATFORM=offscreen)."));
    return 1;
}

int writeScreenshot(MainWindow &window, const QString &page, const QString &file)
{
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1280, 800);
    if (!page.isEmpty())
        window.showPage(page);
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
    const bool screenshotMode = hasArgument(argc, argv, "--screenshot");
    // A screenshot must work without a display: render offscreen unless a platform was chosen.
    if (screenshotMode && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const bool help = hasArgument(argc, argv, "--help");
    if (help || !displayAvailable(argc, argv))
        return answerWithoutWindow(argc, argv, help);

    QApplication app(argc, argv);
    Startup::setApplicationNames();

    QStringList args = QCoreApplication::arguments();
    const QString dbOption = Startup::takeOption(args, QStringLiteral("db"));
    const QString langOption = Startup::takeOption(args, QStringLiteral("lang"));
    const QString screenshot = Startup::takeOption(args, QStringLiteral("screenshot"));
    const QString page = Startup::takeOption(args, QStringLiteral("page"));
    const QString operatorOption = Startup::takeOption(args, QStringLiteral("operator")).simplified();

    AppSettings settings;
    const QString language = Startup::resolveLanguage(langOption, settings);
    if (!Startup::installTranslators(app, language))
        printError(QStringLiteral("the %1 translation is missing; showing English").arg(language));

    QString usageProblem;
    if (screenshotMode && screenshot.isEmpty())
        usageProblem = QCoreApplication::translate("GuiMain", "--screenshot needs the name of the PNG file to write.");
    else if (args.size() > 1)
        usageProblem = QCoreApplication::translate("GuiMain", "Unknown argument: %1").arg(args.at(1));
    else if (!langOption.isEmpty() && langOption != QLatin1String("zh_CN") && langOption != QLatin1String("en"))
        usageProblem
            = QCoreApplication::translate("GuiMain", "There is no language \"%1\"; use zh_CN or en.").arg(langOption);
    else if (!page.isEmpty() && !kPages.contains(page))
        usageProblem = QCoreApplication::translate("GuiMain", "There is no page \"%1\"; use one of %2.")
                           .arg(page, kPages.join(QStringLiteral(", ")));
    if (!usageProblem.isEmpty()) {
        printError(usageProblem);
        std::fprintf(stderr, "%s\n", qPrintable(text(kUsage)));
        return 1;
    }

    // The default folder is created; a folder given with --db must exist.
    const QString path = QFileInfo(dbOption.isEmpty() ? Database::defaultPath() : dbOption).absoluteFilePath();
    if (dbOption.isEmpty())
        QDir().mkpath(QFileInfo(path).absolutePath());
    Database db;
    if (Result opened = db.open(path); !opened) {
        const auto cannotOpen = [&path](const Result &r) {
            return QCoreApplication::translate("GuiMain", "The database %1 cannot be opened.\n\n%2")
                .arg(QDir::toNativeSeparators(path), r.message());
        };
        const int code = opened.kind() == Result::Kind::Rejected ? 2 : 3;
        if (screenshotMode) {
            printError(cannotOpen(opened));
            return code;
        }
        // Not offered over a file of a newer version: that one is not damaged, the program is old.
        if (!QFileInfo(path).isFile() || BackupVerifier::headerSchemaVersion(path) > Database::SchemaVersion) {
            MessageBoxes::critical(
                nullptr, QCoreApplication::translate("GuiMain", "Dibao Workbench"), cannotOpen(opened));
            return code;
        }
        if (!BackupController::offerRestoreAtStart(path, cannotOpen(opened), settings))
            return code;
        if (opened = db.open(path); !opened) {
            MessageBoxes::critical(
                nullptr, QCoreApplication::translate("GuiMain", "Dibao Workbench"), cannotOpen(opened));
            return 3;
        }
    }

    // Until accounts exist the operator is the name entered at start, remembered on this PC.
    QString operatorName = operatorOption;
    if (operatorName.isEmpty())
        operatorName = settings.value(AppSettings::Key::OperatorName).toString();
    if (operatorName.isEmpty() && !screenshotMode) {
        OperatorDialog dialog;
        if (dialog.exec() != QDialog::Accepted) {
            MessageBoxes::information(nullptr, QCoreApplication::translate("GuiMain", "Dibao Workbench"),
                QCoreApplication::translate("GuiMain",
                    "No operator was entered, so the program closes: every change is recorded with who made it. "
                    "It asks again at the next start."));
            return 0;
        }
        operatorName = dialog.operatorName();
        settings.setValue(AppSettings::Key::OperatorName, operatorName);
    }
    db.setOperatorName(operatorName);

    // First start: the township, its contacts and signatories and its standard, then the overview.
    // (An office that cannot be read is not a first start: the pages say what cannot be read.)
    const Outcome<bool> configured = OfficeRepository(db).isConfigured();
    const bool firstStart = !screenshotMode && configured && !*configured;
    if (firstStart) {
        SetupDialog setup(db);
        if (setup.exec() != QDialog::Accepted) {
            MessageBoxes::information(nullptr, QCoreApplication::translate("GuiMain", "Dibao Workbench"),
                QCoreApplication::translate("GuiMain",
                    "The township was not set up, so the program closes; nothing was saved. It asks again at the "
                    "next start."));
            return 0;
        }
    }

    MainWindow window(db, settings);
    if (screenshotMode)
        return writeScreenshot(window, page, screenshot);

    settings.setValue(AppSettings::Key::LastDatabase, path);
    window.restoreLayout();
    if (!page.isEmpty())
        window.showPage(page);
    else if (firstStart)
        window.showPage(QStringLiteral("overview"));
    window.show();
    // The first start of the day backs up in the background; a failure shows in the status bar.
    window.backupController()->startAutomaticBackup();
    return app.exec();
}
