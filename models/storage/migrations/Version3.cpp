#include "storage/migrations/Migrations.h"

#include <iterator>

namespace {

// Version 3: finds the households with no current member at once (the roster search's complement).
const char *const kStatements[] = {
    "CREATE INDEX household_empty ON household(id) WHERE member_count = 0",
};

} // namespace

Migration Migrations::version3()
{
    return {3, {std::begin(kStatements), std::end(kStatements)}, nullptr};
}
