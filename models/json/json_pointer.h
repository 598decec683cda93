#pragma once

#include "json/json_value.h"

#include <QString>

namespace engage {

// RFC 6901 JSON Pointers: "" is the whole document, "/jwt_keys/0/id" a member inside it.
QString jsonPointerAppend(const QString& pointer, const QString& memberName);
QString jsonPointerAppend(const QString& pointer, qsizetype arrayIndex);

// The value the pointer designates, or else its deepest existing ancestor: a diagnostic
// about a missing member is then shown where the member should have been.
const JsonValue& jsonPointerNearest(const JsonValue& root, const QString& pointer);

} // namespace engage
