#include "shell/FieldMark.h"

#include <QFormLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace FieldMark {

QLabel *addRow(QFormLayout *form, const QString &text, QWidget *field, const QString &problemObjectName)
{
    QWidget *parent = form->parentWidget();
    auto *problem = new QLabel(parent);
    problem->setObjectName(problemObjectName);
    problem->setWordWrap(true);
    problem->setTextFormat(Qt::PlainText);
    problem->setStyleSheet(QStringLiteral("color:#b00020;"));
    problem->hide();
    auto *cell = new QWidget(parent);
    auto *column = new QVBoxLayout(cell);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(problem);
    cell->setFocusProxy(field);
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    form->addRow(label, cell);
    return problem;
}

void show(QWidget *field, QLabel *problemLabel, const QString &problem)
{
    problemLabel->setText(problem);
    problemLabel->setVisible(!problem.isEmpty());
    setInvalid(field, !problem.isEmpty());
}

void setInvalid(QWidget *field, bool invalid)
{
    if (field->property("invalid").toBool() == invalid)
        return;
    field->setProperty("invalid", invalid);
    field->style()->unpolish(field);
    field->style()->polish(field);
}

QString styleSheet()
{
    return QStringLiteral("*[invalid=\"true\"] { border: 1px solid #d32f2f; }");
}

} // namespace FieldMark
