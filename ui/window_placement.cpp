#include "window_placement.h"

namespace engage::WindowPlacement {

QSize fitted(QSize preferred, QSize available)
{
    return preferred.boundedTo(available * screenShare);
}

QPoint cascaded(const QRect& previousFrame, QSize frameSize, const QRect& available)
{
    const QRect next(previousFrame.topLeft() + QPoint(cascadeStep, cascadeStep), frameSize);
    return available.contains(next) ? next.topLeft() : available.topLeft();
}

} // namespace engage::WindowPlacement
