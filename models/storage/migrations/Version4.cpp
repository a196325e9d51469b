#include "storage/migrations/Migrations.h"

#include <iterator>

namespace {

// Version 4: the roster search reads the household of each matching member from the index alone.
const char *const kStatements[] = {
    "CREATE INDEX person_current_name ON person(name, household_id) WHERE left_date IS NULL",
    "CREATE INDEX person_current_id_household ON person(id_number, household_id) WHERE left_date IS NULL",
};

} // namespace

Migration Migrations::version4()
{
    return {4, {std::begin(kStatements), std::end(kStatements)}, nullptr};
}
