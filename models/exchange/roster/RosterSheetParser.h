#pragma once

#include "core/IdNumber.h"
#include "exchange/roster/ImportIssue.h"
#include "exchange/roster/ImportWords.h"
#include "exchange/roster/RosterColumns.h"
#include "exchange/roster/ValueMappings.h"
#include "exchange/sheets/CellTextKey.h"
#include "exchange/sheets/SheetReader.h"
#include "roster/DisabilityText.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QSet>

#include <array>
#include <utility>

// A household as a roster sheet describes it, with where each part came from.
struct ImportedHousehold
{
    Household household; // members[i] came from memberRows[i]
    QList<int> memberRows; // spreadsheet row numbers
    int firstRow = 0;
    QString villageName; // as written in the file
    QSet<RosterColumns::Field> present; // household fields the file gave a value for
    QDate statusDate; // 状态变更日期 as the file gives it
    int statusDateRow = 0;
    QString statusReason; // 变更原因
    // Neither the month the benefit started (在保) nor the date of the status (停保, 退保), and no month the roster
    // describes to take instead: household.history is empty. A new household cannot be imported so.
    bool lacksDates = false;
};

// Understands a roster sheet row by row: finds the header below title rows, maps the columns, skips
// footers (合计) and repeated headers, fills down household columns left blank under merged cells,
// normalises values and reports each bad cell with its row and column.
class RosterSheetParser
{
    Q_DECLARE_TR_FUNCTIONS(RosterSheetParser)

public:
    enum class Shape { HouseholdPerRow, MemberPerRow };

    RosterSheetParser(const QString &fileName, const QString &sheetName);
    // A saved mapping profile (JSON of normalised header → field key) overrides the automatic one.
    void setProfile(const QString &profileJson) { m_profile = profileJson; }
    // The clerk's readings of words the program cannot place.
    void setValueMappings(const ValueMappings &values) { m_words.setValueMappings(values); }
    // The month the roster describes (--as-of): the date of a status the file gives no date for.
    void setAsOf(const Period &month) { m_asOf = month; }
    // Dates after it are refused.
    void setToday(const QDate &today) { m_today = today; }

    // Feed the sheet's rows in order; returns false when the sheet cannot be a roster (no header found).
    bool addRow(const SheetRow &row);
    void finish();

    bool headerFound() const { return m_headerRow > 0; }
    int headerRow() const { return m_headerRow; }
    ColumnMapping mapping() const { return m_mapping; }
    Shape shape() const { return m_shape; }
    const QList<ImportedHousehold> &households() const { return m_households; }
    // Hands over the households completed so far (households() no longer lists them).
    QList<ImportedHousehold> takeHouseholds() { return std::exchange(m_households, {}); }
    const QList<ImportIssue> &issues() const { return m_issues; } // errors
    const QList<ImportIssue> &warnings() const { return m_warnings; }
    // Words imported as 其他, and words a value mapping placed.
    const QList<ValueWord> &valueWords() const { return m_words.words(); }
    int dataRows() const { return m_dataRows; }

    static constexpr int HeaderSearchRows = 30;

private:
    void chooseHeader();
    void startData();
    void parseDataRow(const SheetRow &row);
    void closeHousehold();
    bool isFooter(const SheetRow &row) const;
    bool looksLikeHeader(const SheetRow &row) const;
    bool isRepeatedHeader(const SheetRow &row) const;
    // The current row's values by field, cleaned once (a row asks for most of them more than once).
    void loadValues(const SheetRow &row);
    const QString &value(RosterColumns::Field field) const { return *m_values[int(field)]; }
    const SheetCell &cellOf(const SheetRow &row, RosterColumns::Field field) const;
    // fromText() remembered for the few texts a roster repeats on every row.
    template<typename E> bool enumFrom(const QString &text, E *out);
    void issue(int row, RosterColumns::Field field, const QString &value, const QString &reason);
    void warning(int row, RosterColumns::Field field, const QString &value, const QString &reason);
    void readHouseholdFields(const SheetRow &row, ImportedHousehold &h, bool first);
    bool readPerson(const SheetRow &row, Person &p, bool householdShape);
    QDate dateOf(const SheetRow &row, RosterColumns::Field field, const QString &text) const;
    IdNumber parseIdNumber(const SheetRow &row, RosterColumns::Field field);

    QString m_file;
    QString m_sheet;
    QString m_profile;
    QList<SheetRow> m_pending; // rows before the header is known
    int m_headerRow = 0;
    bool m_failed = false;
    ColumnMapping m_mapping;
    Shape m_shape = Shape::HouseholdPerRow;
    QList<ImportedHousehold> m_households;
    std::optional<ImportedHousehold> m_current;
    QString m_currentKey;
    static constexpr int FieldCount = int(RosterColumns::Field::SerialNumber) + 1;
    QHash<qint64, int> m_idRows; // ID number (as a number) → first row, for duplicates within the file
    std::array<QString, FieldCount> m_lastHouseholdValues; // fill-down of household columns
    std::array<const QString *, FieldCount> m_values {}; // into the current row, or m_cleaned
    std::array<QString, FieldCount> m_cleaned;
    std::array<QHash<CellTextKey, int>, 4> m_enumTexts; // by enumeration (see enumFrom), text → value or -1
    QList<ImportIssue> m_issues;
    QList<ImportIssue> m_warnings;
    Period m_asOf;
    QDate m_today = QDate::currentDate();
    ImportWords m_words; // relation and disability words, read once, and the words noted
    int m_dataRows = 0;
};
