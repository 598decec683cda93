#include "json/json_writer.h"

#include "text/untrusted_text.h"

#include <QString>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace engage {
namespace {

constexpr char hexDigits[] = "0123456789abcdef";

// The most bytes one UTF-16 code unit can turn into: a "\u001f" escape.
constexpr qsizetype maxBytesPerCodeUnit = 6;
static_assert(maxJsonStringSize(1) == 2 + maxBytesPerCodeUnit);

char* writeUnicodeEscape(char* out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigits[(unit >> 12) & 0xF];
    *out++ = hexDigits[(unit >> 8) & 0xF];
    *out++ = hexDigits[(unit >> 4) & 0xF];
    *out++ = hexDigits[unit & 0xF];
    return out;
}

char* writeAsciiEscaped(char* out, char16_t unit)
{
    switch (unit) {
    case u'"':
        *out++ = '\\';
        *out++ = '"';
        return out;
    case u'\\':
        *out++ = '\\';
        *out++ = '\\';
        return out;
    case u'\b':
        *out++ = '\\';
        *out++ = 'b';
        return out;
    case u'\f':
        *out++ = '\\';
        *out++ = 'f';
        return out;
    case u'\n':
        *out++ = '\\';
        *out++ = 'n';
        return out;
    case u'\r':
        *out++ = '\\';
        *out++ = 'r';
        return out;
    case u'\t':
        *out++ = '\\';
        *out++ = 't';
        return out;
    default:
        if (UntrustedText::mustEscape(unit))
            return writeUnicodeEscape(out, unit);
        *out++ = static_cast<char>(unit);
        return out;
    }
}

char* writeUtf8(char* out, char32_t codePoint)
{
    if (codePoint < 0x800) {
        *out++ = static_cast<char>(0xC0 | (codePoint >> 6));
    } else if (codePoint < 0x10000) {
        *out++ = static_cast<char>(0xE0 | (codePoint >> 12));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
    } else {
        *out++ = static_cast<char>(0xF0 | (codePoint >> 18));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        *out++ = static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
    }
    *out++ = static_cast<char>(0x80 | (codePoint & 0x3F));
    return out;
}

// Copies eight code units at a time for as long as all eight are ASCII that JSON writes as it
// is (DEL is escaped), narrowed to bytes in one go; stops at the first block that holds
// anything else.
void copyPlainAsciiBlocks(const char16_t*& unit, const char16_t* end, char*& out)
{
#if defined(__SSE2__)
    // Signed comparisons: a unit from 0x8000 up reads as negative, so "below 0x20" takes it too.
    const __m128i space = _mm_set1_epi16(0x20);
    const __m128i tilde = _mm_set1_epi16(0x7E);
    const __m128i quote = _mm_set1_epi16(u'"');
    const __m128i backslash = _mm_set1_epi16(u'\\');
    while (end - unit >= 8) {
        const __m128i units = _mm_loadu_si128(reinterpret_cast<const __m128i*>(unit));
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi16(units, space), _mm_cmpgt_epi16(units, tilde)),
            _mm_or_si128(_mm_cmpeq_epi16(units, quote), _mm_cmpeq_epi16(units, backslash)));
        if (_mm_movemask_epi8(special) != 0)
            return;
        _mm_storel_epi64(reinterpret_cast<__m128i*>(out), _mm_packus_epi16(units, units));
        unit += 8;
        out += 8;
    }
#else
    Q_UNUSED(unit);
    Q_UNUSED(end);
    Q_UNUSED(out);
#endif
}

void appendAscii(QByteArray& out, QStringView ascii)
{
    const qsizetype start = out.size();
    out.resize(start + ascii.size());
    char* cursor = out.data() + start;
    for (const QChar c : ascii)
        *cursor++ = static_cast<char>(c.unicode());
}

void appendValue(QByteArray& out, const JsonValue& value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        out.append("null");
        return;
    case JsonValue::Type::Bool:
        out.append(value.toBool() ? "true" : "false");
        return;
    case JsonValue::Type::Number:
        appendAscii(out, value.text());
        return;
    case JsonValue::Type::String:
        appendJsonString(out, value.text());
        return;
    case JsonValue::Type::Array: {
        out.append('[');
        bool first = true;
        for (const JsonValue& item : value.items()) {
            if (!first)
                out.append(',');
            first = false;
            appendValue(out, item);
        }
        out.append(']');
        return;
    }
    case JsonValue::Type::Object: {
        out.append('{');
        bool first = true;
        for (const JsonValue::Member& member : value.members()) {
            if (!first)
                out.append(',');
            first = false;
            appendJsonString(out, member.first);
            out.append(':');
            appendValue(out, member.second);
        }
        out.append('}');
        return;
    }
    }
}

// Returns the entry after the value.
JsonTape::Index appendTapeValue(QByteArray& out, const JsonTape& tape, JsonTape::Index value)
{
    switch (tape.type(value)) {
    case JsonValue::Type::Null:
        out.append("null");
        break;
    case JsonValue::Type::Bool:
        out.append(tape.toBool(value) ? "true" : "false");
        break;
    case JsonValue::Type::Number:
        out.append(tape.text(value).data(), static_cast<qsizetype>(tape.text(value).size()));
        break;
    case JsonValue::Type::String:
        appendJsonString(out, tape.text(value));
        break;
    case JsonValue::Type::Array:
        out.append('[');
        for (JsonTape::Index item = value + 1; item < tape.end(value);) {
            if (item > value + 1)
                out.append(',');
            item = appendTapeValue(out, tape, item);
        }
        out.append(']');
        break;
    case JsonValue::Type::Object:
        out.append('{');
        for (JsonTape::Index name = value + 1; name < tape.end(value);) {
            if (name > value + 1)
                out.append(',');
            appendJsonString(out, tape.text(name));
            out.append(':');
            name = appendTapeValue(out, tape, name + 1);
        }
        out.append('}');
        break;
    }
    return tape.end(value);
}

constexpr qsizetype indentWidth = 2;

void appendLineBreak(QByteArray& out, int depth)
{
    out.append('\n');
    out.append(depth * indentWidth, ' ');
}

void appendIndented(QByteArray& out, const JsonValue& value, int depth)
{
    if (value.isArray() && !value.items().empty()) {
        out.append('[');
        bool first = true;
        for (const JsonValue& item : value.items()) {
            if (!first)
                out.append(',');
            first = false;
            appendLineBreak(out, depth + 1);
            appendIndented(out, item, depth + 1);
        }
        appendLineBreak(out, depth);
        out.append(']');
    } else if (value.isObject() && !value.members().empty()) {
        out.append('{');
        bool first = true;
        for (const JsonValue::Member& member : value.members()) {
            if (!first)
                out.append(',');
            first = false;
            appendLineBreak(out, depth + 1);
            appendJsonString(out, member.first);
            out.append(": ");
            appendIndented(out, member.second, depth + 1);
        }
        appendLineBreak(out, depth);
        out.append('}');
    } else {
        appendValue(out, value); // scalars and empty containers look the same in both forms
    }
}

} // namespace

std::optional<EscapedUtf8Character> escapedUtf8CharacterAt(const char* at, const char* end)
{
    const auto byte = [at](int index) {
        return static_cast<char32_t>(static_cast<uchar>(at[index]));
    };
    const char32_t lead = byte(0);
    char32_t codePoint = 0;
    int length = 0;
    if ((lead == 0xC2 || lead == 0xD8) && end - at >= 2) {
        codePoint = ((lead & 0x1F) << 6) | (byte(1) & 0x3F);
        length = 2;
    } else if (lead == 0xE2 && end - at >= 3) {
        codePoint = ((lead & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
        length = 3;
    }
    if (length == 0 || !UntrustedText::mustEscape(codePoint))
        return std::nullopt;
    return EscapedUtf8Character{static_cast<char16_t>(codePoint), length};
}

// Room is made once for the worst case, then trimmed to what was written.
void appendJsonString(QByteArray& out, QStringView text)
{
    const qsizetype start = out.size();
    out.resize(start + maxJsonStringSize(text.size()));
    JsonTextCursor cursor(out.data() + start);
    cursor.string(text);
    out.truncate(cursor.position() - out.constData());
}

void JsonTextCursor::string(QStringView text)
{
    char* cursor = m_at;
    *cursor++ = '"';
    const char16_t* unit = text.utf16();
    const char16_t* const end = unit + text.size();
    while (unit != end) {
        // Runs of ASCII that needs no escape, most text, are copied by these loops alone.
        copyPlainAsciiBlocks(unit, end, cursor);
        while (unit != end && *unit >= 0x20 && *unit < 0x7F && *unit != u'"' && *unit != u'\\')
            *cursor++ = static_cast<char>(*unit++);
        if (unit == end)
            break;
        const char16_t first = *unit++;
        if (first < 0x80) {
            cursor = writeAsciiEscaped(cursor, first);
        } else if (QChar::isHighSurrogate(first) && unit != end && QChar::isLowSurrogate(*unit)) {
            cursor = writeUtf8(cursor, QChar::surrogateToUcs4(first, *unit++));
        } else if (QChar::isSurrogate(first)) {
            cursor = writeUtf8(cursor, QChar::ReplacementCharacter);
        } else if (UntrustedText::mustEscape(first)) {
            cursor = writeUnicodeEscape(cursor, first);
        } else {
            cursor = writeUtf8(cursor, first);
        }
    }
    *cursor++ = '"';
    m_at = cursor;
}

void appendJsonString(QByteArray& out, std::string_view utf8)
{
    out.append('"');
    const char* run = utf8.data();
    const char* const end = run + utf8.size();
    for (const char* byte = run; byte != end; ++byte) {
        const auto unit = static_cast<uchar>(*byte);
        if (unit >= 0x20 && unit < 0x7F && unit != '"' && unit != '\\')
            continue;
        char escape[maxBytesPerCodeUnit];
        if (unit >= 0x80) {
            // UTF-8 sequences are copied as they are, with the run around them, except the
            // characters escaped for display.
            const std::optional<EscapedUtf8Character> escaped = escapedUtf8CharacterAt(byte, end);
            if (!escaped)
                continue;
            out.append(run, byte - run);
            out.append(escape, writeUnicodeEscape(escape, escaped->unit) - escape);
            byte += escaped->length - 1;
        } else {
            out.append(run, byte - run);
            out.append(escape, writeAsciiEscaped(escape, unit) - escape);
        }
        run = byte + 1;
    }
    out.append(run, end - run);
    out.append('"');
}

void appendCompactJson(QByteArray& out, const JsonValue& value)
{
    appendValue(out, value);
}

void appendCompactJson(QByteArray& out, const JsonTape& tape)
{
    appendTapeValue(out, tape, 0);
}

QByteArray toCompactJson(const JsonValue& value)
{
    QByteArray out;
    appendValue(out, value);
    return out;
}

QByteArray toIndentedJson(const JsonValue& value)
{
    QByteArray out;
    appendIndented(out, value, 0);
    out.append('\n');
    return out;
}

void appendIndentedJson(QByteArray& out, const JsonValue& value, int depth)
{
    appendIndented(out, value, depth);
}

} // namespace engage
