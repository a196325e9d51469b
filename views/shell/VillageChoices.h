#pragma once

#include "core/Result.h"

class Database;
class QComboBox;

// The office's villages (by code) as choices in a combo box, after the items it already has ("All villages"), each
// with its id as the item's data. The read's result is returned for the caller's message bar: when it fails the box
// lists no village, and the clerk must be told why.
Result addVillageChoices(QComboBox *combo, Database &db);
