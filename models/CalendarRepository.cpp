// CalendarRepository: being written
