#pragma once

#include "core/Result.h"
#include "reports/compute/Report.h"

#include <QCoreApplication>

#include <memory>

class Database;

// The official tables by name, each a Report of its own (the CLI's `report NAME`), in the order of the list:
// monthly, changes, roster, disclosure, cases, inspection, complaints, rectifications.
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
        std::unique_ptr<Report> (*make)(Database &db) = nullptr; // the report itself
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
