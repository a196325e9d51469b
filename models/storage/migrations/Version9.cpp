#include "core/NameOrder.h"
#include "storage/Database.h"
#include "storage/migrations/Migrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace {

// Version 9: villages' names in pinyin order too. Each village carries the collation key of its name
// (core/NameOrder), written with the name; the roster sorted by village sorts by it. Rows written by another
// program have none and sort after the rest, by their text.
const char *const kStatements[] = {
    "ALTER TABLE village ADD COLUMN name_key BLOB",
};

// The keys of the villages already on file.
Result fillVillageNameKeys(Database &db, QSqlQuery &q)
{
    QList<std::pair<qint64, QString>> names;
    if (!q.exec(QStringLiteral("SELECT id, name FROM village")))
        return db.failure(q.lastError());
    while (q.next())
        names.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (!q.prepare(QStringLiteral("UPDATE village SET name_key = ? WHERE id = ?")))
        return db.failure(q.lastError());
    for (const auto &[id, name] : std::as_const(names)) {
        q.bindValue(0, NameOrder::key(name));
        q.bindValue(1, id);
        if (!q.exec())
            return db.failure(q.lastError());
    }
    return Result::success();
}

} // namespace

Migration Migrations::version9()
{
    return {9, {std::begin(kStatements), std::end(kStatements)}, fillVillageNameKeys};
}
