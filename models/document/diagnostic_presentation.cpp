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
    QStringList messages;
    for (const Diagnostic& diagnostic : diagnostics)
        messages.append(labelledMessage(diagnostic));
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
