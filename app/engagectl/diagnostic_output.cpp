#include "diagnostic_output.h"

#include "text/untrusted_text.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace engage {

void printDiagnostics(QTextStream& stream, const QString& label, const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics) {
        stream << label;
        if (diagnostic.position.line > 0)
            stream << ':' << diagnostic.position.line << ':' << diagnostic.position.column;
        stream << ": " << severityName(diagnostic.severity()) << ": " << diagnostic.message << " ["
               << diagnosticCodeName(diagnostic.code);
        if (!diagnostic.path.isEmpty())
            stream << " at " << UntrustedText::forDisplay(diagnostic.path);
        stream << "]\n";
    }
}

QJsonArray diagnosticsToJson(const Diagnostics& diagnostics)
{
    QJsonArray array;
    for (const Diagnostic& diagnostic : diagnostics) {
        array.append(QJsonObject{{QStringLiteral("severity"), severityName(diagnostic.severity())},
                                 {QStringLiteral("code"), diagnosticCodeName(diagnostic.code)},
                                 {QStringLiteral("path"), diagnostic.path},
                                 {QStringLiteral("message"), diagnostic.message}});
    }
    return array;
}

QString fileLabel(const QString& path)
{
    return path == QLatin1String("-") ? QCoreApplication::translate("engage::Command", "<stdin>")
                                      : path;
}

} // namespace engage
