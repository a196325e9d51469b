#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class Result;

// An inline message strip at the top of a page: what went wrong and what to do, without a modal box.
class MessageBar : public QFrame
{
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    void showInfo(const QString &text) { showMessage(Level::Info, text); }
    void showError(const QString &text) { showMessage(Level::Error, text); }
    // Rejected input is a warning (nothing was written), any other failure an error; success hides.
    void showResult(const Result &result);
    // What keeps a form from being saved, as a warning; hides when there is nothing (an empty text).
    void showProblem(const QString &problem);

    Level level() const { return m_level; }
    QString text() const;

public Q_SLOTS:
    void dismiss();

private:
    QLabel *m_iconLabel;
    QLabel *m_textLabel;
    QToolButton *m_closeButton;
    Level m_level = Level::Info;
};
