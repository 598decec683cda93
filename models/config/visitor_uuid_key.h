#pragma once

#include <QLatin1String>
#include <QStringView>

namespace engage {

// docs/file-format.md: the mapping key "uuid" maps the visitor's UUID itself, the token's top-level
// "uuid", and not an extra value of that name.
inline bool isVisitorUuidKey(QStringView mappingKey)
{
    return mappingKey == QLatin1String("uuid");
}

} // namespace engage
