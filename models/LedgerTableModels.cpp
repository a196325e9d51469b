// LedgerTableModels: being written
