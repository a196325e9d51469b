#pragma once

class QTableView;

// A table of records as the pages show them: whole rows, one at a time, read-only (a dialog edits), alternating
// colours, no row numbers, rows a little taller than the text, the last column stretched, one line per row.
void setUpRecordTable(QTableView *view);
