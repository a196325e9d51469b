#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QTextStream>

class Database;
class QCommandLineParser;
class QDate;
class QJsonValue;
class Period;

// What every dibao-cli command shares: the global options (--db, --json, --lang, --operator, taken wherever they
// stand before a command runs), the output streams, the usage text, and the one way of parsing a command's own
// options and of reporting a failure with its exit code (DESIGN.md §6).
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum ExitCode { Success = 0, WrongUsage = 1, InputRejected = 2, OtherFailure = 3 };

    // One of a command's options, by its name without the dashes ("as-of").
    struct Option
    {
        enum Kind { Value, Flag, Values }; // Values: may be given more than once ("--village A --village B")
        const char *name;
        Kind kind = Value;
    };

    CliContext(const QString &dbPath, const QString &operatorName, bool json);

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    bool json() const { return m_json; }

    static constexpr int AnyArguments = -1; // the command counts its arguments itself

    // Parses a command's options with QCommandLineParser: the first `fixed` of args are the verb and its
    // subcommands, the rest its options ("--name value" or "--name=value") and at most `arguments` arguments, in
    // any order. args keeps the verb, the subcommands and the arguments. An option the command does not take, one
    // without its value, one given twice, or an argument too many is wrong usage, reported before returning false.
    bool parse(QCommandLineParser &parser, QStringList &args, const QList<Option> &options, int *exitCode,
        int fixed = 1, int arguments = AnyArguments);

    // A subcommand that takes no options or arguments and only reads (office show, standard list, stats): parses
    // args as parse() does and opens the database without creating it.
    bool openToRead(QStringList &args, int fixed, Database &db, int *exitCode);
    // Opens --db (or the default database). A read-only command does not create a missing file.
    bool openDatabase(Database &db, bool create, int *exitCode);
    QString databasePath() const;
    bool databaseNamed() const { return !m_dbPath.isEmpty(); } // --db was given
    QString operatorName() const;

    QString usageText() const;
    // The usage text on standard output; with a problem, the problem and the text on standard error and 1.
    int usage(const QString &problem = {});
    // Reports a failed operation in the form asked for and returns 2 (rejected) or 3 (other failure).
    int fail(const Result &result, ExitCode code);
    int fail(const Result &result);
    // --date's value as a day (none given: an invalid date); returns false after reporting one that is not a date.
    bool dateOption(const QString &text, QDate *day, int *exitCode);
    // --period's value as a month (none given: an invalid period); returns false after reporting one that is not a
    // month.
    bool periodOption(const QString &text, Period *period, int *exitCode);
    void printJson(const QJsonValue &value);
    // A count as the clerk's locale writes it (12,345).
    static QString count(qint64 n);

private:
    QString m_dbPath;
    QString m_operator;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
};
