# Official reports (issue 5): the table value, its computations, and the renderers.
# Included by models/CMakeLists.txt; lists sources relative to models/.
set(DIBAO_REPORT_SOURCES
    reports/ChartData.cpp reports/ChartData.h
    reports/ReportCatalog.cpp reports/ReportCatalog.h
    reports/ReportComputations.cpp reports/ReportComputations.h
    reports/ReportCsvWriter.cpp reports/ReportCsvWriter.h
    reports/ReportLedgerTables.cpp
    reports/ReportOutputLog.cpp reports/ReportOutputLog.h
    reports/ReportPainter.cpp reports/ReportPainter.h
    reports/ReportRows.cpp reports/ReportRows.h
    reports/ReportTable.cpp reports/ReportTable.h
    reports/ReportTableModel.cpp reports/ReportTableModel.h
    reports/ReportXlsxWriter.cpp reports/ReportXlsxWriter.h
    reports/StatusHistoryReader.cpp reports/StatusHistoryReader.h
)
