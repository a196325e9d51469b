// InspectionRepository: being written
