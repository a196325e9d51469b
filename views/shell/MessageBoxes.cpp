#include "shell/MessageBoxes.h"

#include "roster/StatusTimeline.h"

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

bool MessageBoxes::confirmCorrection(QWidget *parent, const Outcome<CorrectionImpact> &impact, bool *confirmed)
{
    *confirmed = false;
    if (!impact || !impact->needsConfirmation())
        return true;
    const QString text = tr("This change reaches into months already past.\n\n%1\n\nRecord it as a correction? The "
                            "audit log will show it as one.")
                             .arg(impact->text());
    if (question(parent, tr("Correct past months"), text) != QMessageBox::Yes)
        return false;
    *confirmed = true;
    return true;
}
