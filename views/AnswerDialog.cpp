// AnswerDialog: being written
