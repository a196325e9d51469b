// CaseRepository: being written
