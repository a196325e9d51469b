// CaseDialog: being written
