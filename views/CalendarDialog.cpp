// CalendarDialog: being written
