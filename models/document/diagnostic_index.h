#pragma once

#include "config/diagnostic.h"

#include <QHash>
#include <QString>

namespace engage {

// Diagnostics looked up by JSON Pointer, for marking fields and table cells: those reported
// exactly at a path, and those at a path or anywhere below it (a key in the key list is
// marked when any of its fields is wrong).
class DiagnosticIndex
{
public:
    DiagnosticIndex() = default;
    explicit DiagnosticIndex(const Diagnostics& diagnostics);

    Diagnostics at(const QString& path) const;
    Diagnostics atOrBelow(const QString& path) const;

private:
    QHash<QString, Diagnostics> m_atPath;
    QHash<QString, Diagnostics> m_atOrBelow;
};

} // namespace engage
