#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

class Database;
class QDate;
class QJsonValue;
struct ImportPreview;

// dibao-cli: the headless face of the roster. Global options may stand anywhere on the command line;
// exit codes follow DESIGN.md §6.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    enum ExitCode { Success = 0, WrongUsage = 1, InputRejected = 2, OtherFailure = 3 };

    CliApp(QCoreApplication &app, const QStringList &arguments);
    int run();

private:
    int runInit(QStringList args);
    int runDemo(QStringList args);
    int runIdCheck(const QStringList &args);
    int runStats(const QStringList &args);
    int runAudit(const QStringList &args);
    int runImport(QStringList args); // CliExchange.cpp
    int runExport(QStringList args);
    // The warnings of an import (words imported as 其他, certificate numbers), after its summary.
    void printImportWarnings(const ImportPreview &preview, QTextStream &out);
    int runLedgerExport(QStringList args); // CliLedgers.cpp
    int runCalendar(QStringList args);
    int runChecks(QStringList args); // CliChecks.cpp
    int runReport(QStringList args); // CliReports.cpp
    int runOffice(QStringList args); // CliOffice.cpp
    int runStandard(QStringList args);
    int runTopUp(QStringList args);
    int runBackup(QStringList args); // CliBackup.cpp

    // Opens --db (or the default database). A read-only command does not create a missing file.
    bool openDatabase(Database &db, bool create, int *exitCode);
    QString databasePath() const;
    QString operatorName() const;

    QString usageText() const; // without the office's commands
    int usage(const QString &problem = {});
    // Reports a failed operation in the form asked for and returns 2 (rejected) or 3 (other failure).
    int fail(const Result &result, ExitCode code);
    int fail(const Result &result);
    // --date's value as a day (none given: an invalid date); returns false after reporting one that is not a date.
    bool dateOption(const QString &text, QDate *day, int *exitCode);
    // Anything left that looks like an option is a mistake; returns false after reporting it.
    bool noStrayOptions(const QStringList &args, int *exitCode);

    void printJson(const QJsonValue &value);

    QCoreApplication &m_app;
    QStringList m_args;
    QString m_dbPath;
    QString m_operator;
    QString m_language;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
};
