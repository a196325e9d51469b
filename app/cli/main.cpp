#include "CliApp.h"
#include "Startup.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <cstring>
#include <memory>

int main(int argc, char *argv[])
{
    // Reports are painted (PDF) with the GUI libraries, on the offscreen platform: no display is needed. Every
    // other command stays a plain core application.
    bool paints = false;
    for (int i = 1; i < argc; ++i)
        paints = paints || std::strcmp(argv[i], "report") == 0;
    std::unique_ptr<QCoreApplication> app;
    if (paints) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    Startup::setApplicationNames();
    CliApp cli(*app, QCoreApplication::arguments());
    return cli.run();
}
