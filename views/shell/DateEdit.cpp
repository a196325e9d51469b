#include "shell/DateEdit.h"

#include <QCalendarWidget>
#include <QKeyEvent>
#include <QLineEdit>
#include <QShowEvent>

namespace {

// The pop-up calendar: opened on an empty field, it shows the current month, not the minimum's (一月 2000).
class PopupCalendar : public QCalendarWidget
{
public:
    explicit PopupCalendar(const DateEdit *edit)
        : m_edit(edit)
    { }

protected:
    void showEvent(QShowEvent *event) override
    {
        QCalendarWidget::showEvent(event);
        if (m_edit->isEmpty() || !m_edit->date().isValid()) {
            const QDate today = QDate::currentDate();
            setCurrentPage(today.year(), today.month());
        }
    }

private:
    const DateEdit *m_edit;
};

} // namespace

DateEdit::DateEdit(QWidget *parent)
    : QDateEdit(parent)
{ }

DateEdit::DateEdit(const QDate &date, QWidget *parent)
    : QDateEdit(date, parent)
{ }

void DateEdit::showEvent(QShowEvent *event)
{
    // The fields that have a calendar (dates, not months) get the one that opens at the current month; Qt takes a
    // calendar widget only once the pop-up is switched on.
    if (calendarPopup() && !dynamic_cast<PopupCalendar *>(calendarWidget()))
        setCalendarWidget(new PopupCalendar(this));
    QDateEdit::showEvent(event);
}

void DateEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab) {
        // QDateEdit keeps Tab for its sections (and swallows it on an empty optional date): the next field.
        const bool forward = event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
        QWidget::focusNextPrevChild(forward); // NOLINT(bugprone-parent-virtual-call): QDateTimeEdit's walks sections
        event->accept();
        return;
    }
    if ((event->key() == Qt::Key_Left || event->key() == Qt::Key_Right) && (event->modifiers() & Qt::ControlModifier)) {
        QDateEdit::focusNextPrevChild(event->key() == Qt::Key_Right); // Ctrl+arrow: the next section, as before
        event->accept();
        return;
    }
    const QString text = event->text();
    const bool digit = text.size() == 1 && text.at(0).isDigit();
    if (isEmpty() && digit && !isReadOnly()) {
        // The word shown for "no date" takes no digits: typing starts a date at its year.
        const QDate today = QDate::currentDate();
        setDate(qBound(minimumDate().addDays(1), today, maximumDate()));
        setSelectedSection(QDateTimeEdit::YearSection);
        lineEdit()->setSelection(0, 4);
    } else if (!specialValueText().isEmpty() && !isReadOnly()
        && (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace)
        && (lineEdit()->selectedText() == lineEdit()->text() || isEmpty())) {
        // An optional date is emptied as a whole.
        setDate(minimumDate());
        lineEdit()->selectAll();
        event->accept();
        return;
    }
    QDateEdit::keyPressEvent(event);
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Tab goes to the next field, as everywhere else; the sections are walked with the arrows and by typing.
    return QWidget::focusNextPrevChild(next); // NOLINT(bugprone-parent-virtual-call): the widget's, not the sections
}
