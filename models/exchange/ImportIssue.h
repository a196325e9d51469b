#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

// One problem found in an imported file, placed as the clerk sees it in the spreadsheet.
struct ImportIssue
{
    Q_DECLARE_TR_FUNCTIONS(ImportIssue)

public:
    QString file; // file name without folder
    QString sheet;
    int row = 0; // the row number the spreadsheet shows; 0 for the whole file
    QString column; // the column's header as written in the file
    QString value;
    QString reason; // translated

    // "Sheet 花名册, row 7, column 身份证号码 (value "3.50121E+17"): …"
    QString text() const;
    QJsonObject toJson() const;
};
