#pragma once

#include "json/json_tape.h"
#include "json/json_value.h"

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace engage {

struct JsonParseError
{
    enum class Code {
        InvalidUtf8,         // bytes that are not well-formed UTF-8 (overlongs, surrogates, ...)
        NulCharacter,        // a NUL byte outside a string escape
        UnexpectedEnd,       // the text stops in the middle of a value (including empty input)
        UnexpectedCharacter, // a character that cannot start or continue the current token
        InvalidNumber,       // e.g. "01", "1.", "-", "1e"
        InvalidString,       // unescaped control character, lone surrogate escape
        InvalidEscape,       // "\x", short "\u12"
        DuplicateMember,     // the same member name twice in one object
        TooDeep,             // nesting beyond JsonParseOptions::maxDepth
        TrailingData,        // anything but white space after the top-level value
    };
    Code code = Code::UnexpectedEnd;
    TextPosition position; // where the problem was found (1-based line and column)
    QString message;       // in the installed language, e.g. "member \"alg\" appears twice"
};

struct JsonParseOptions
{
    int maxDepth =
        256; // arrays and objects nested deeper than this are refused, never recursed into
};

// Strict RFC 8259 parser over UTF-8 input (a leading UTF-8 byte order mark is refused as
// UnexpectedCharacter). Never crashes, never recurses without bound, runs in linear time.
struct JsonParseResult
{
    std::optional<JsonValue> value; // set exactly when error is not
    std::optional<JsonParseError> error;
};

// The one sentence that says a text is not JSON, where and why, for every message that
// reports it: "SUBJECT is not valid JSON: line L, column C: DETAIL." The subject names the
// text in the caller's words, already translated ("The file", a file's name).
QString notValidJsonMessage(const QString& subject, const JsonParseError& error);

// The tree of the text, each value with its position.
JsonParseResult parseJson(QByteArrayView utf8, const JsonParseOptions& options = {});

// The same checks, into a tape (cleared first, its storage reused; positions not recorded):
// nothing, or the first error, after which the tape holds only part of the text.
std::optional<JsonParseError> parseJson(QByteArrayView utf8, JsonTape& tape,
                                        const JsonParseOptions& options = {});

struct JsonParserStorage; // defined in json_parser.cpp

// parseJson into a tape, for one text after another: the parser keeps its working storage
// (the stack of open arrays and objects, the member names of large objects) as the tape keeps
// its own, so that parsing the many small texts of a batch allocates nothing once both have
// grown. Not thread-safe: one per thread.
class JsonTapeParser
{
public:
    JsonTapeParser();
    ~JsonTapeParser();
    JsonTapeParser(const JsonTapeParser&) = delete;
    JsonTapeParser& operator=(const JsonTapeParser&) = delete;

    std::optional<JsonParseError> parse(QByteArrayView utf8, JsonTape& tape,
                                        const JsonParseOptions& options = {});

private:
    std::unique_ptr<JsonParserStorage> m_storage;
};

} // namespace engage
