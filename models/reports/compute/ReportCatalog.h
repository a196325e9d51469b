#pragma once

#include "core/Result.h"
#include "reports/table/ReportTable.h"

#include <QCoreApplication>

class Database;

// What a report is computed for besides its period.
struct ReportOptions
{
    qint64 villageId = 0; // roster: one village (0: all)
    qint64 inspectionId = 0; // inspection: one run (0: the period's newest, else the newest)
};

// The official tables by name (the CLI's `report NAME`), in the order of the list: monthly,
// changes, roster, disclosure, cases, inspection, complaints, rectifications.
class ReportCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ReportCatalog)

public:
    struct Definition
    {
        QString name;
        QString title; // translated, for lists and the report page
        QString zhTitle; // the form's name
        bool needsPeriod = true; // false: the period is optional (all records, or the current state)
    };
    static QList<Definition> definitions();
    static std::optional<Definition> definition(const QString &name);

    explicit ReportCatalog(Database &db);

    // Rejects an unknown name (listing the known ones), a missing period where one is needed, and a month
    // after the current one.
    Result compute(const QString &name, const Period &period, const ReportOptions &options, ReportTable *out) const;

private:
    Database &m_db;
};
