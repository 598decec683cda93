#pragma once

#include "config/diagnostic.h"

#include <QIcon>
#include <QString>

namespace engage {

// How diagnostics look wherever they are shown: an icon per severity (so that colour is never
// the only sign) and the messages joined into one tooltip.
QIcon severityIcon(Severity severity);
QString severityLabel(Severity severity);
QString joinedMessages(const Diagnostics& diagnostics);
// Error when any diagnostic is an error; the list must not be empty.
Severity worstSeverity(const Diagnostics& diagnostics);

} // namespace engage
