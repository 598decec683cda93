#pragma once

#include "config/diagnostic.h"
#include "json/json_value.h"

#include <QTextStream>

namespace engage {

// "FILE:LINE:COLUMN: error: MESSAGE [code at /path]", one line per diagnostic, as compilers
// print them so that editors can jump to the place. After the place, the words and the colon's
// spacing are the user's language's; the code and the path are not translated.
void printDiagnostics(QTextStream& stream, const QString& fileLabel,
                      const Diagnostics& diagnostics);
// The diagnostics of one key (check-key), under the word "key" rather than a file's name: no
// editor jumps there, so the colon after it is spaced as the user's language spaces it.
void printKeyDiagnostics(QTextStream& stream, const Diagnostics& diagnostics);

// [{"severity","code","path","message"}, ...] as docs/engagectl.md gives it, members in that order.
JsonValue diagnosticsToJson(const Diagnostics& diagnostics);

// How files are named in messages: "-" is standard input; control and bidi characters are
// escaped (UntrustedText).
QString fileLabel(const QString& path);

} // namespace engage
