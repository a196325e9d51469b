// InspectionPage: being written
