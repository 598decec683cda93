#include "document/diagnostic_index.h"

namespace engage {

DiagnosticIndex::DiagnosticIndex(const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics) {
        m_atPath[diagnostic.path].append(diagnostic);
        // The path itself and each of its ancestors: "/jwt_keys/0/id", "/jwt_keys/0",
        // "/jwt_keys" and "".
        QString path = diagnostic.path;
        while (true) {
            m_atOrBelow[path].append(diagnostic);
            if (path.isEmpty())
                break;
            path.truncate(path.lastIndexOf(QLatin1Char('/')));
        }
    }
}

Diagnostics DiagnosticIndex::at(const QString& path) const
{
    return m_atPath.value(path);
}

Diagnostics DiagnosticIndex::atOrBelow(const QString& path) const
{
    return m_atOrBelow.value(path);
}

} // namespace engage
