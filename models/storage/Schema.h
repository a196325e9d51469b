#pragma once

#include <QList>

class QSqlError;
class QSqlQuery;

// The schema of the office's SQLite file, version by version: what Database::migrate() runs to take a file from one
// version to the next.
namespace Schema {

constexpr int LatestVersion = 8;

// The statements that take a file from version - 1 to version (1…LatestVersion), in order.
QList<const char *> statements(int version);
// Version 6's rewrite of the household status check's text (see Schema.cpp); no error when done.
QSqlError rewriteStatusCheck(QSqlQuery &q);
// Version 8's collation keys of the names already on file (core/NameOrder); no error when done.
QSqlError fillNameKeys(QSqlQuery &q);

} // namespace Schema
