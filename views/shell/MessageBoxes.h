#pragma once

#include <QCoreApplication>
#include <QMessageBox>
#include <QString>

struct CorrectionImpact;
template<typename T> class Outcome;

// The only way views open message boxes, so that tests can answer them without a modal loop:
// setNextAnswer() queues the button the next box "returns" instead of being shown.
class MessageBoxes
{
    Q_DECLARE_TR_FUNCTIONS(MessageBoxes)

public:
    static QMessageBox::StandardButton critical(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton warning(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton information(QWidget *parent, const QString &title, const QString &text);
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);

    // Asks before a dialog with unsaved changes closes ("Discard the changes to this household?"); true when
    // they may be discarded.
    static bool confirmDiscard(QWidget *parent, const QString &question);
    // A change dated into past months that were reported, or before a later status change, is saved only when the
    // clerk confirms it as a correction (CorrectionImpact). True when it may go ahead; *confirmed says whether it was
    // asked and confirmed. An impact that could not be read goes ahead unconfirmed: the write reads it again and
    // says why it cannot be saved.
    static bool confirmCorrection(QWidget *parent, const Outcome<CorrectionImpact> &impact, bool *confirmed);

    // Test hooks.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static int pendingAnswers();
    static void clearAnswers();
    // The text of the last box asked, answered by a hook or shown.
    static QString lastText();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget *parent, const QString &title,
        const QString &text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);
};
