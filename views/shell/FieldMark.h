#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

// Inline validation on a form: a field with a red border and its problem in red beneath it, hidden when there is
// none. The dialog's style sheet draws the border: *[invalid="true"] { border: 1px solid #d32f2f; }.
namespace FieldMark {

// A row of a form: the label with its Alt letter (its buddy is the field), the field and, below it, its problem label
// (named objectName), which is returned.
QLabel *addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &problemObjectName);
// Shows a field's problem, or clears it when empty.
void show(QWidget *field, QLabel *problemLabel, const QString &problem);
// Marks a field invalid (its red border) or not; its problem is said elsewhere (the dialog's MessageBar).
void setInvalid(QWidget *field, bool invalid);
// The style sheet that draws invalid fields.
QString styleSheet();

} // namespace FieldMark
