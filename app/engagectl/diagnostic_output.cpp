#include "diagnostic_output.h"

#include "text/untrusted_text.h"

#include <QCoreApplication>

#include <vector>

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

JsonValue diagnosticsToJson(const Diagnostics& diagnostics)
{
    std::vector<JsonValue> items;
    items.reserve(static_cast<std::size_t>(diagnostics.size()));
    for (const Diagnostic& diagnostic : diagnostics) {
        items.push_back(JsonValue::makeObject(
            {{QStringLiteral("severity"),
              JsonValue::makeString(severityName(diagnostic.severity()))},
             {QStringLiteral("code"), JsonValue::makeString(diagnosticCodeName(diagnostic.code))},
             {QStringLiteral("path"), JsonValue::makeString(diagnostic.path)},
             {QStringLiteral("message"), JsonValue::makeString(diagnostic.message)}}));
    }
    return JsonValue::makeArray(std::move(items));
}

QString fileLabel(const QString& path)
{
    // A file name is anyone's text: a repository globbed in CI can hold one with ESC in it.
    return path == QLatin1String("-") ? QCoreApplication::translate("engage::Command", "<stdin>")
                                      : UntrustedText::forDisplay(path);
}

} // namespace engage
