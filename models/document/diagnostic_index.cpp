#include "document/diagnostic_index.h"

namespace engage {

DiagnosticIndex::DiagnosticIndex(const Diagnostics& diagnostics) : m_diagnostics(diagnostics)
{
    for (qsizetype position = 0; position < m_diagnostics.size(); ++position) {
        const QStringView path = m_diagnostics.at(position).path;
        m_atPath[path].append(position);
        // The path itself and each of its ancestors: "/jwt_keys/0/id", "/jwt_keys/0",
        // "/jwt_keys" and "".
        QStringView ancestor = path;
        while (true) {
            m_atOrBelow[ancestor].append(position);
            if (ancestor.isEmpty())
                break;
            ancestor.truncate(ancestor.lastIndexOf(QLatin1Char('/')));
        }
    }
}

Diagnostics DiagnosticIndex::pick(const QList<qsizetype>& positions) const
{
    Diagnostics picked;
    picked.reserve(positions.size());
    for (const qsizetype position : positions)
        picked.append(m_diagnostics.at(position));
    return picked;
}

Diagnostics DiagnosticIndex::at(const QString& path) const
{
    return pick(m_atPath.value(path));
}

Diagnostics DiagnosticIndex::atOrBelow(const QString& path) const
{
    return pick(m_atOrBelow.value(path));
}

} // namespace engage
