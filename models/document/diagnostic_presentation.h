#pragma once

#include "config/diagnostic.h"

#include <QIcon>
#include <QString>

namespace engage {

// How diagnostics look wherever they are shown: an icon per severity (so that colour is never
// the only sign) and the messages joined into one tooltip.
QIcon severityIcon(Severity severity);
QString severityLabel(Severity severity);
// "Error: MESSAGE", one sentence for the translation to punctuate ("Erreur : ...").
QString labelledMessage(const Diagnostic& diagnostic);
QString joinedMessages(const Diagnostics& diagnostics);

// How the problems of an item read: as mistakes, or, on an item just added and not edited
// yet (ConfigDocument::isToFillIn), as what is left to fill in, with a neutral icon and words.
enum class DiagnosticTone { Problem, ToFillIn };
QString diagnosticIconPath(Severity severity, DiagnosticTone tone);
QIcon diagnosticsIcon(const Diagnostics& diagnostics, DiagnosticTone tone);
// "Error: message", or "To fill in: message".
QString diagnosticLine(const Diagnostic& diagnostic, DiagnosticTone tone);
QString joinedMessages(const Diagnostics& diagnostics, DiagnosticTone tone);
// `text` as a tooltip that shows the very characters it holds. Qt renders a tooltip as rich
// text whenever it merely looks like HTML, and messages quote names and values read from a
// file or a server ("<img src=...>"): so the text is escaped into HTML that says what it means.
QString plainTextToolTip(const QString& text);
// Error when any diagnostic is an error; the list must not be empty.
Severity worstSeverity(const Diagnostics& diagnostics);

} // namespace engage
