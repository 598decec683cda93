#pragma once

#include "config/diagnostic.h"

#include <QJsonArray>
#include <QTextStream>

namespace engage {

// "FILE:LINE:COLUMN: error: MESSAGE [code at /path]", one line per diagnostic, as compilers
// print them so that editors can jump to the place.
void printDiagnostics(QTextStream& stream, const QString& fileLabel,
                      const Diagnostics& diagnostics);

// [{"severity","code","path","message"}, ...] as SPEC §5 gives it.
QJsonArray diagnosticsToJson(const Diagnostics& diagnostics);

// How files are named in messages: "-" is standard input.
QString fileLabel(const QString& path);

} // namespace engage
