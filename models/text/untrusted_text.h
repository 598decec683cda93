#pragma once

#include <QString>
#include <QStringView>

#include <limits>

namespace engage {

// Text read from a file, a token or a server, made fit to be shown to people: on a terminal,
// in a log, in a dialog. Nothing in it may move the cursor, rewrite a line, start a new line
// that looks like one of ours, or reorder the text around it (docs/engagectl.md).
class UntrustedText
{
public:
    // `text` with every character that mustEscape() names, and every lone surrogate, written as
    // a \uXXXX escape (lowercase hex, as JSON writes them): "\u001b[2K" for ESC [ 2 K. Text
    // longer than `maxLength` UTF-16 code units once escaped is cut and ends with "…", the
    // ellipsis counted in the length; the cut falls between characters and between escapes,
    // never inside a surrogate pair or an escape. maxLength is at least 1.
    static QString forDisplay(QStringView text,
                              qsizetype maxLength = std::numeric_limits<qsizetype>::max());

    // The text between straight double quotes, as messages quote a name or a value: its own '"'
    // and backslash escaped as JSON escapes them (so it cannot close the quotes and seem to be the
    // message going on), then forDisplay() cut at maxQuotedLength.
    static QString quoted(QStringView text);
    static constexpr qsizetype maxQuotedLength = 200;

    // The characters never shown raw: C0 controls (line breaks and tabs included) and DEL, C1
    // controls (U+0080..U+009F, among them the one-character CSI U+009B), the line and paragraph
    // separators U+2028 and U+2029, and the bidirectional marks, embeddings, overrides and
    // isolates (U+061C, U+200E, U+200F, U+202A..U+202E, U+2066..U+2069). The JSON writer
    // escapes the same ones, so that --json output is as safe on a terminal as the text output.
    static constexpr bool mustEscape(char32_t codePoint)
    {
        return codePoint < 0x20 || (codePoint >= 0x7F && codePoint <= 0x9F) ||
               codePoint == 0x061C || codePoint == 0x200E || codePoint == 0x200F ||
               (codePoint >= 0x2028 && codePoint <= 0x202E) ||
               (codePoint >= 0x2066 && codePoint <= 0x2069);
    }
};

} // namespace engage
