// ComplaintDialog: being written
