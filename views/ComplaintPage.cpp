// ComplaintPage: being written
