#include "diagnostic_output.h"

#include "text/untrusted_text.h"

#include <QCoreApplication>

#include <vector>

namespace engage {

namespace {

struct DiagnosticOutput
{
    Q_DECLARE_TR_FUNCTIONS(engage::DiagnosticOutput)
};

// "error: MESSAGE [code at /path]": a whole pattern, so that a translation words the severity
// and spaces its colon.
QString severityMessageAndCode(const Diagnostic& diagnostic)
{
    const QString code = diagnosticCodeName(diagnostic.code);
    const QString where = diagnostic.path.isEmpty()
                              ? code
                              : DiagnosticOutput::tr("%1 at %2")
                                    .arg(code, UntrustedText::forDisplay(diagnostic.path));
    const QString text = diagnostic.severity() == Severity::Error
                             ? DiagnosticOutput::tr("error: %1 [%2]")
                             : DiagnosticOutput::tr("warning: %1 [%2]");
    return text.arg(diagnostic.message, where);
}

} // namespace

void printDiagnostics(QTextStream& stream, const QString& label, const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics) {
        // The place and its colon are the same in every language, as compilers print them, for
        // the editors that jump to it.
        // One arg() call: a "%1" in the file's name must stay text.
        const QString place = diagnostic.position.line > 0
                                  ? QStringLiteral("%1:%2:%3")
                                        .arg(label, QString::number(diagnostic.position.line),
                                             QString::number(diagnostic.position.column))
                                  : label;
        stream << place << ": " << severityMessageAndCode(diagnostic) << '\n';
    }
}

void printKeyDiagnostics(QTextStream& stream, const Diagnostics& diagnostics)
{
    for (const Diagnostic& diagnostic : diagnostics)
        stream << DiagnosticOutput::tr("key: %1").arg(severityMessageAndCode(diagnostic)) << '\n';
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
