# Spreadsheet and file exchange (issue 3): readers, roster import, export.
# Included by models/CMakeLists.txt; lists sources relative to models/.
set(DIBAO_EXCHANGE_SOURCES
    exchange/ImportIssue.cpp exchange/ImportIssue.h
    exchange/ImportProfileRepository.cpp exchange/ImportProfileRepository.h
    exchange/LedgerExporter.cpp exchange/LedgerExporter.h
    exchange/OfficialSheetWriter.cpp exchange/OfficialSheetWriter.h
    exchange/RosterColumns.cpp exchange/RosterColumns.h
    exchange/RosterExporter.cpp exchange/RosterExporter.h
    exchange/RosterImporter.cpp exchange/RosterImporter.h
    exchange/RosterSheetParser.cpp exchange/RosterSheetParser.h exchange/RosterSheetParserValues.cpp
    exchange/CsvReader.cpp exchange/CsvReader.h
    exchange/SheetReader.cpp exchange/SheetReader.h
    exchange/ValueMappings.cpp exchange/ValueMappings.h
    exchange/XlsReader.cpp exchange/XlsReader.h
    exchange/XlsxExpat.cpp exchange/XlsxExpat.h
    exchange/XlsxReader.cpp exchange/XlsxReader.h
    exchange/XlsxSharedStrings.cpp exchange/XlsxSharedStrings.h
    exchange/XlsxSheetParser.cpp exchange/XlsxSheetParser.h
    exchange/XlsxStyles.cpp exchange/XlsxStyles.h
    exchange/XlsxWorkbook.cpp exchange/XlsxWorkbook.h
    exchange/XlsxXmlScanner.cpp exchange/XlsxXmlScanner.h
    exchange/XlsxZip.cpp exchange/XlsxZip.h
)
