#include "storage/migrations/Migrations.h"

#include <iterator>

namespace {

// Version 2: named column mappings for roster imports (导入方案).
const char *const kStatements[] = {
    R"(CREATE TABLE import_profile (
        name TEXT PRIMARY KEY,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
};

} // namespace

Migration Migrations::version2()
{
    return {2, {std::begin(kStatements), std::end(kStatements)}, nullptr};
}
