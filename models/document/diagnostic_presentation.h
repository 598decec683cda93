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
// `text` as a tooltip that shows the very characters it holds. Qt renders a tooltip as rich
// text whenever it merely looks like HTML, and messages quote names and values read from a
// file or a server ("<img src=...>"): so the text is escaped into HTML that says what it means.
QString plainTextToolTip(const QString& text);
// Error when any diagnostic is an error; the list must not be empty.
Severity worstSeverity(const Diagnostics& diagnostics);

} // namespace engage
