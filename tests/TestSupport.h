#pragma once

#include "roster/RosterTypes.h"
#include "storage/Database.h"

#include <QTemporaryDir>

class QWidget;

#include <memory>

// Helpers shared by the tests: temporary databases and valid ID numbers.
namespace TestSupport {

// A fresh database in a temporary folder, with the office configured and two villages.
struct TempDatabase
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;
    qint64 village1 = 0; // 上街村
    qint64 village2 = 0; // 下洋村
    QString path() const { return dir.filePath(QStringLiteral("test.sqlite")); }
};
std::unique_ptr<TempDatabase> makeDatabase(bool withOffice = true);

// A valid 18-digit ID number of region 350121 for a birth date and sequence (odd = male).
QString idNumber(const QDate &birth, int sequence, const QString &region = QStringLiteral("350121"));

// A household of an active head plus the given number of children, ready for createHousehold.
Household household(qint64 villageId, const QString &headName, const QDate &headBirth, int sequence, int children = 0);

// The number of rows in a table of the database (-1 if it cannot be read).
int count(Database &db, const QString &table);

// The labels of a window that show their shortcut's "&" as a character: a label with a shortcut and no buddy
// (QFormLayout::addRow with a layout gives none). Empty when every shortcut label has its field.
QStringList labelsShowingAmpersands(QWidget *window);

// Types into a widget: ASCII as key presses, Chinese as an input method's committed string.
void typeText(QWidget *widget, const QString &text);

// Runs dibao-cli with arguments; returns exit code, fills stdout/stderr.
int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);

} // namespace TestSupport
