#pragma once

#include <QDateEdit>

// A date field the way a clerk types dates: digits fill year, month and day in turn (20261215, 2026-12-15), Tab leaves
// the field instead of walking its sections, the calendar opens at the current month when the field is empty, and an
// optional date (its minimum shown as a word such as "无") takes typed digits at once and is emptied with Delete or
// Backspace. Every date field of the program is one; it is a QDateEdit for everything else.
class DateEdit : public QDateEdit
{
    Q_OBJECT

public:
    explicit DateEdit(QWidget *parent = nullptr);
    DateEdit(const QDate &date, QWidget *parent = nullptr);

    // Shows the word, not a date, while the field is at its minimum: the field is optional and empty.
    bool isEmpty() const { return !specialValueText().isEmpty() && date() == minimumDate(); }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool focusNextPrevChild(bool next) override;
};
