// InspectionModels: being written
