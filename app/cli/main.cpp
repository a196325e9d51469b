#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the GUI, so that both find the same default database and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("DibaoWorkbench"));
    QCoreApplication::setApplicationName(QStringLiteral("dibao-workbench"));
    CliApp cli(app, QCoreApplication::arguments());
    return cli.run();
}
