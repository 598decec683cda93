#pragma once

#include "config/diagnostic.h"

#include <QHash>
#include <QList>
#include <QStringView>

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
    Diagnostics pick(const QList<qsizetype>& positions) const;

    // Rebuilt after an edit of a file of ten thousand warned rows: the maps hold positions in
    // m_diagnostics, keyed by views of its paths, so that building them copies no diagnostic
    // and allocates no string.
    Diagnostics m_diagnostics;
    QHash<QStringView, QList<qsizetype>> m_atPath;
    QHash<QStringView, QList<qsizetype>> m_atOrBelow;
};

} // namespace engage
