// ComplaintRepository: being written
