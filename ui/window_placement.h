#pragma once

#include <QPoint>
#include <QRect>
#include <QSize>

namespace engage {

// Where a main window opens on the screen: whole, whatever the screen size and scale factor,
// and a second window beside the first rather than on top of it.
namespace WindowPlacement {

// How much of the available screen a first window may take at most: the rest leaves room for
// its frame and shows that it is a window.
constexpr double screenShare = 0.9;
// How far each new window is moved right and down from the previous one.
constexpr int cascadeStep = 32;

// `preferred`, made smaller where the available screen has less room.
QSize fitted(QSize preferred, QSize available);
// The top left corner of a new window of `frameSize`: below and right of `previousFrame`, or
// at the top left of the available screen when that would leave it.
QPoint cascaded(const QRect& previousFrame, QSize frameSize, const QRect& available);

} // namespace WindowPlacement

} // namespace engage
