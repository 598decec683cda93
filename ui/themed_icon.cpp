#include "themed_icon.h"

namespace engage {

QIcon themedIcon(const QString& name)
{
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace engage
