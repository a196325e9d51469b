// InspectionDialog: being written
