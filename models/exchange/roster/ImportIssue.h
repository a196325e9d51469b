#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// One problem found in an imported file, placed as the clerk sees it in the spreadsheet. An error refuses the file;
// a warning (a word imported as 其他, a certificate number that does not fit) is shown and the file still imports.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    enum class Severity { Error, Warning };

    QString file; // file name without folder
    QString sheet;
    int row = 0; // the row number the spreadsheet shows; 0 for the whole file
    QString column; // the column's header as written in the file
    QString value;
    QString reason; // translated
    Severity severity = Severity::Error;

    // "Sheet 花名册, row 7, column 身份证号码 (value "3.50121E+17"): …"
    QString text() const;
    QJsonObject toJson() const;
};
