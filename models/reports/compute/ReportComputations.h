#pragma once

#include "core/Outcome.h"
#include "reports/table/ReportTable.h"

#include <QCoreApplication>

class Database;
struct ChecklistTemplate;
struct Inspection;

// The computations behind the official tables (DESIGN.md §1, §7): each reads the database for a period
// and gives a ReportTable. Figures for a month come from the status history, so a past month's table
// is the same after later edits.
class ReportComputations
{
    Q_DECLARE_TR_FUNCTIONS(ReportComputations)

public:
    explicit ReportComputations(Database &db);

    // 低保对象月报: by village, at the month's end.
    Outcome<ReportTable> monthly(const Period &month) const;
    // 低保对象增减变动明细表: the month's additions and exits, household by household.
    Outcome<ReportTable> changes(const Period &month) const;
    // 低保对象花名册: households on dibao at the month's end, by village (villageId 0: all).
    Outcome<ReportTable> roster(const Period &month, qint64 villageId = 0) const;
    // 信息公开网址和电话统计表.
    Outcome<ReportTable> disclosure() const;
    // 典型案例报送表 for a month.
    Outcome<ReportTable> cases(const Period &month) const;
    // 自查自纠情况汇总表 for a run (inspectionId, else the newest run of the month, else the newest).
    Result inspectionSummary(const Period &month, qint64 inspectionId, ReportTable *out) const;
    // 自查自纠情况表: every item of a run with its answer (the ledger issue's checklist export).
    Result inspectionChecklist(const Period &month, qint64 inspectionId, ReportTable *out) const;
    // 群众举报问题线索台账 (received in the month, or all) and 整改台账 (created in the month, or all).
    Outcome<ReportTable> complaints(const Period &month) const;
    Outcome<ReportTable> rectifications(const Period &month) const;

private:
    // Title, unit, date and signatures from the office settings.
    Outcome<ReportTable> officialTable(const QString &id, const QString &title, const Period &month) const;
    Result findInspection(const Period &month, qint64 inspectionId, qint64 *found) const;
    // The self-inspection run a form is for, its checklist, and the form with its heading filled in.
    Result inspectionForm(const Period &month, qint64 inspectionId, const QString &id, const QString &title,
        Inspection *run, ChecklistTemplate *checklist, ReportTable *form) const;

    Database &m_db;
};
