// CasePage: being written
