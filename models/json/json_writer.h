#pragma once

#include "json/json_tape.h"
#include "json/json_value.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

#include <cstring>
#include <optional>
#include <string_view>

namespace engage {

// Compact JSON text (RFC 8259) of a value: no white space, object members in document order,
// numbers exactly as written (the parser keeps their text, so nothing is rounded), strings in
// UTF-8 with the escapes JSON requires (quote, backslash, C0 controls) and \uXXXX escapes for
// the other characters that UntrustedText::mustEscape names (DEL, C1 controls, U+2028 and
// U+2029, bidirectional controls), so that JSON output shown on a terminal cannot drive it and
// is valid JavaScript too. A lone UTF-16 surrogate, which no Unicode text holds, is written as
// U+FFFD as QString::toUtf8 does: its \uXXXX escape would be refused by the strict parser, and
// by others.
QByteArray toCompactJson(const JsonValue& value);

// The same, appended to `out`: for writers that assemble a larger document, such as one
// result line per token, without an intermediate buffer per value.
void appendCompactJson(QByteArray& out, const JsonValue& value);
// The same for a parsed document: byte for byte what its tree would give.
void appendCompactJson(QByteArray& out, const JsonTape& tape);

// JSON text for people to read (the workbench, engagectl inspect-jwt): each array item and
// object member on a line of its own, indented by two spaces per level, members in document
// order, "name": value, empty containers as [] and {}, and a final line break. Scalars and
// strings are written exactly as the compact form writes them.
QByteArray toIndentedJson(const JsonValue& value);
// The same, without the final line break, appended to `out` for a value that starts on a line
// indented `depth` levels: a member of a larger document written in that form.
void appendIndentedJson(QByteArray& out, const JsonValue& value, int depth);

// A character of well-formed UTF-8 text that the writer escapes although JSON allows it raw:
// its UTF-16 unit (all of them are in the BMP) and the length of its UTF-8 sequence.
struct EscapedUtf8Character
{
    char16_t unit;
    int length;
};
// The one that starts at `at`, if that character is one; only three lead bytes can start one
// (C2 for the C1 controls, D8 for U+061C, E2 for the marks, separators and bidi controls), so
// other text is not decoded.
std::optional<EscapedUtf8Character> escapedUtf8CharacterAt(const char* at, const char* end);

// Appends the JSON string literal of `text`, quotes included.
void appendJsonString(QByteArray& out, QStringView text);
// The same for well-formed UTF-8 text, such as a parsed string.
void appendJsonString(QByteArray& out, std::string_view utf8);

// The most bytes the JSON string literal of a text of `codeUnits` UTF-16 code units takes:
// its quotes, and a "\u001f" escape for every unit.
constexpr qsizetype maxJsonStringSize(qsizetype codeUnits)
{
    return 2 + 6 * codeUnits;
}

// Writes JSON text into room made beforehand, for output written by the million (one line per
// token), where the bookkeeping of a QByteArray append per piece costs more than the text
// itself. The caller makes the room: the size of each raw text, and maxJsonStringSize for each
// string.
class JsonTextCursor
{
public:
    explicit JsonTextCursor(char* at) : m_at(at) {}

    char* position() const { return m_at; }
    // Copied as it is: punctuation, member names, JSON that is already text. Inline, so that
    // a literal's copy is a few moves rather than a call.
    void raw(QByteArrayView text)
    {
        std::memcpy(m_at, text.data(), static_cast<std::size_t>(text.size()));
        m_at += text.size();
    }
    // A JSON string literal, quotes included, as appendJsonString writes it.
    void string(QStringView text);

private:
    char* m_at;
};

} // namespace engage
