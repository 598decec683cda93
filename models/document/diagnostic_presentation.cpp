#include "document/diagnostic_presentation.h"

#include <QCoreApplication>
#include <QStringList>

namespace engage {

QIcon severityIcon(Severity severity)
{
    return QIcon(severity == Severity::Error ? QStringLiteral(":/icons/diagnostic-error.svg")
                                             : QStringLiteral(":/icons/diagnostic-warning.svg"));
}

QString severityLabel(Severity severity)
{
    return severity == Severity::Error
               ? QCoreApplication::translate("engage::Diagnostics", "Error")
               : QCoreApplication::translate("engage::Diagnostics", "Warning");
}

QString labelledMessage(const Diagnostic& diagnostic)
{
    return (diagnostic.severity() == Severity::Error
                ? QCoreApplication::translate("engage::Diagnostics", "Error: %1")
                : QCoreApplication::translate("engage::Diagnostics", "Warning: %1"))
        .arg(diagnostic.message);
}

QString joinedMessages(const Diagnostics& diagnostics)
{
    return joinedMessages(diagnostics, DiagnosticTone::Problem);
}

QString diagnosticIconPath(Severity severity, DiagnosticTone tone)
{
    if (tone == DiagnosticTone::ToFillIn)
        return QStringLiteral(":/icons/to-fill-in.svg");
    return severity == Severity::Error ? QStringLiteral(":/icons/diagnostic-error.svg")
                                       : QStringLiteral(":/icons/diagnostic-warning.svg");
}

QIcon diagnosticsIcon(const Diagnostics& diagnostics, DiagnosticTone tone)
{
    return QIcon(diagnosticIconPath(worstSeverity(diagnostics), tone));
}

QString diagnosticLine(const Diagnostic& diagnostic, DiagnosticTone tone)
{
    if (tone == DiagnosticTone::ToFillIn) {
        return QCoreApplication::translate("engage::Diagnostics", "To fill in: %1")
            .arg(diagnostic.message);
    }
    return labelledMessage(diagnostic);
}

QString joinedMessages(const Diagnostics& diagnostics, DiagnosticTone tone)
{
    QStringList messages;
    for (const Diagnostic& diagnostic : diagnostics)
        messages.append(diagnosticLine(diagnostic, tone));
    return messages.join(QLatin1Char('\n'));
}

QString plainTextToolTip(const QString& text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style=\"white-space:pre-wrap\">%1</p>").arg(text.toHtmlEscaped());
}

Severity worstSeverity(const Diagnostics& diagnostics)
{
    return hasErrors(diagnostics) ? Severity::Error : Severity::Warning;
}

} // namespace engage
