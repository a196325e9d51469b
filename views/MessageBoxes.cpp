#include "MessageBoxes.h"

#include <QList>

namespace {
QList<QMessageBox::StandardButton> &answers()
{
    static QList<QMessageBox::StandardButton> queue;
    return queue;
}
QString &lastAsked()
{
    static QString text;
    return text;
}
} // namespace

QMessageBox::StandardButton MessageBoxes::critical(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::warning(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::information(QWidget *parent, const QString &title, const QString &text)
{
    return show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton MessageBoxes::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBoxes::setNextAnswer(QMessageBox::StandardButton answer)
{
    answers().append(answer);
}

int MessageBoxes::pendingAnswers()
{
    return int(answers().size());
}

void MessageBoxes::clearAnswers()
{
    answers().clear();
}

QString MessageBoxes::lastText()
{
    return lastAsked();
}

QMessageBox::StandardButton MessageBoxes::show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
    const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    lastAsked() = text;
    if (!answers().isEmpty())
        return answers().takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return QMessageBox::StandardButton(box.exec());
}

bool MessageBoxes::confirmDiscard(QWidget *parent, const QString &question)
{
    return MessageBoxes::question(parent, tr("Discard changes"), question) == QMessageBox::Yes;
}
