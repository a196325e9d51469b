#pragma once

#include <QRect>
#include <QSize>

class QWidget;

// Windows sized to the screen they open on: what a window would like, or as much of the screen's available area (the
// task bar left out) as there is, frame included. A 1366×768 office screen is the one to fit.
namespace ScreenFit {

// The available area of the screen the window is on (or the primary one).
QRect available(const QWidget *window);
// The most a window's own size (its frame left out) can be on its screen.
QSize room(const QWidget *window);
// Resizes the window to `wanted`, bounded by the available area less the frame (a dialog is then placed over its
// parent by Qt, on the screen).
void resize(QWidget *window, const QSize &wanted);
// Whether the window's frame lies inside the available area.
bool fits(const QWidget *window);

} // namespace ScreenFit
