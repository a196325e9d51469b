#include "shell/ScreenFit.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace {

const QScreen *screenOf(const QWidget *window)
{
    const QWidget *top = window ? window->window() : nullptr;
    const QWidget *anchor = top && top->parentWidget() ? top->parentWidget()->window() : top;
    if (anchor && anchor->screen())
        return anchor->screen();
    return QGuiApplication::primaryScreen();
}

} // namespace

QRect ScreenFit::available(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    return screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
}

QSize ScreenFit::room(const QWidget *window)
{
    // The frame (title bar, borders) is known once a window is shown; until then, a usual one.
    QSize frame = window->frameGeometry().size() - window->geometry().size();
    if (frame.isEmpty())
        frame = QSize(16, 40);
    return available(window).size() - frame;
}

void ScreenFit::resize(QWidget *window, const QSize &wanted)
{
    window->resize(wanted.boundedTo(room(window))); // never below the layout's minimum: Qt keeps to that
}

bool ScreenFit::fits(const QWidget *window)
{
    return available(window).contains(window->frameGeometry());
}
