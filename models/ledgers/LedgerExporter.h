#pragma once

#include "core/Period.h"
#include "core/Result.h"

#include <QCoreApplication>

class Database;

// Writes the campaign's ledgers as XLSX (or CSV) in the official table layout (DESIGN.md §7), the tables
// that go upward with the self-inspection report and the monthly typical cases: 自查自纠情况表,
// 问题整改台账, 群众举报问题线索台账 and 典型案例报送表. A period keeps what belongs to that month; without
// one every record is written.
class LedgerExporter
{
    Q_DECLARE_TR_FUNCTIONS(LedgerExporter)

public:
    enum class Ledger { Checklist, Rectifications, Complaints, Cases };

    explicit LedgerExporter(Database &db);

    // The CLI's names: checklist, rectifications, complaints, cases.
    static bool ledgerFromName(const QString &name, Ledger *ledger);
    static QStringList ledgerNames();

    // For the checklist: the run `inspectionId`, else the newest run of the period, else the newest run.
    // rows: the data rows written.
    Result exportLedger(
        Ledger ledger, const QString &path, const Period &period = {}, qint64 inspectionId = 0, int *rows = nullptr);

private:
    Database &m_db;
};
