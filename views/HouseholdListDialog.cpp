// HouseholdListDialog: being written
