#pragma once

#include "core/Outcome.h"
#include "reports/table/ReportTable.h"

class Database;

// What a report is computed for besides its period.
struct ReportOptions
{
    qint64 villageId = 0; // roster: one village (0: all)
    qint64 inspectionId = 0; // inspection: one run (0: the period's newest, else the newest)
};

// One official table (DESIGN.md §1, §7): reads the database for a period and gives a ReportTable, or why it could
// not be read. Figures for a month come from the status history, so a past month's table is the same after later
// edits. ReportCatalog finds the reports by name; a new report is a class and a line in its list.
class Report
{
public:
    explicit Report(Database &db);
    virtual ~Report();
    Report(const Report &) = delete;
    Report &operator=(const Report &) = delete;

    Outcome<ReportTable> compute(const Period &month, const ReportOptions &options = {}) const
    {
        return table(month, options);
    }

protected:
    // Title, unit, date and signatures from the office settings.
    Outcome<ReportTable> officialTable(const QString &id, const QString &title, const Period &month) const;

    Database &m_db;

private:
    virtual Outcome<ReportTable> table(const Period &month, const ReportOptions &options) const = 0;
};
