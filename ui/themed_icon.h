#pragma once

#include <QIcon>
#include <QString>

namespace engage {

// The icon theme's icon of that name (view-visible, view-hidden, edit-copy), or the one bundled
// under :/icons/ where there is no theme, so that an icon-only button is never blank.
QIcon themedIcon(const QString& name);

} // namespace engage
