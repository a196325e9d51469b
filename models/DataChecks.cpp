// DataChecks: being written
