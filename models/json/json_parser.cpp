#include "json/json_parser.h"

#include "json/json_writer.h"
#include "text/untrusted_text.h"

#include <QCoreApplication>
#include <QStringList>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

namespace engage {

// The parser's access to the tape it fills: entries are appended in document order, and a
// container's end is set when it closes.
//
// Text is written into room made once for the whole input: a decoded string or number is never
// longer than its JSON text, so that room always suffices, and each string then costs a copy
// rather than a string append with its checks. The room is trimmed to what was written when the
// writer goes.
class JsonTapeWriter
{
public:
    using Index = JsonTape::Index;
    using Type = JsonTape::Type;

    JsonTapeWriter(JsonTape& tape, bool recordPositions, std::size_t inputSize)
        : m_tape(tape), m_recordPositions(recordPositions)
    {
        m_tape.clear();
        m_tape.m_text.resize(inputSize);
        m_textEnd = m_tape.m_text.data();
        m_textRoomEnd = m_textEnd + inputSize;
    }
    ~JsonTapeWriter() { m_tape.m_text.resize(textSize()); }
    JsonTapeWriter(const JsonTapeWriter&) = delete;
    JsonTapeWriter& operator=(const JsonTapeWriter&) = delete;

    bool recordsPositions() const { return m_recordPositions; }
    const JsonTape& tape() const { return m_tape; }

    Index add(Type type, TextPosition position, bool boolean = false)
    {
        const auto index = static_cast<Index>(m_tape.m_entries.size());
        // Filled where it lies: an entry built aside and then copied in makes the processor
        // wait for its separate stores before it can copy them, for every value read.
        JsonTape::Entry& entry = m_tape.m_entries.emplace_back();
        entry.type = type;
        entry.boolean = boolean;
        entry.end = index + 1; // a container's is set when it closes
        entry.textOffset = static_cast<std::uint32_t>(textSize());
        if (m_recordPositions)
            m_tape.m_positions.push_back(position);
        return index;
    }

    // The text of the entry added last: what was appended since it was added.
    void appendText(const char* begin, const char* end)
    {
        const auto size = static_cast<std::size_t>(end - begin);
        Q_ASSERT(size <= static_cast<std::size_t>(m_textRoomEnd - m_textEnd));
        std::memcpy(m_textEnd, begin, size);
        m_textEnd += size;
    }
    void appendText(char byte)
    {
        Q_ASSERT(m_textEnd != m_textRoomEnd);
        *m_textEnd++ = byte;
    }
    void endText(Index entry)
    {
        JsonTape::Entry& added = m_tape.m_entries[entry];
        added.textLength = static_cast<std::uint32_t>(textSize() - added.textOffset);
    }

    // The text has white space between tokens, or an escape in a string.
    void markNotCompact() { m_tape.m_compactText = false; }

    void close(Index container)
    {
        m_tape.m_entries[container].end = static_cast<Index>(m_tape.m_entries.size());
    }

private:
    std::size_t textSize() const
    {
        return static_cast<std::size_t>(m_textEnd - m_tape.m_text.data());
    }

    JsonTape& m_tape;
    const bool m_recordPositions;
    char* m_textEnd;           // where the next text byte goes
    const char* m_textRoomEnd; // the end of the room made for text
};

// What a parser works with besides the tape, kept by a JsonTapeParser from one text to the next.
struct JsonParserStorage
{
    // An array or object whose closing bracket has not been read yet.
    struct Frame
    {
        JsonTape::Index container = 0; // its entry on the tape
        bool isObject = false;
        std::uint32_t members = 0; // objects: members completed so far
    };

    std::vector<Frame> frames; // innermost last
    // The names of the objects past linearSearchLimit members, each prefixed with its object's
    // entry so that one set serves them all.
    std::unordered_set<std::string> largeObjectNames;
};

namespace {

using ErrorCode = JsonParseError::Code;

// Messages quote at most this many characters of the input, so that a huge member name
// or a secret pasted by mistake does not end up whole in a dialog or a log.
constexpr qsizetype maxQuotedCharacters = 20;

// Objects with fewer members are searched linearly for duplicates; larger ones get their names
// in a hash set so that even an object with 100,000 members is checked in linear time.
constexpr std::uint32_t linearSearchLimit = 16;

uchar byteOf(const char* p)
{
    return static_cast<uchar>(*p);
}

bool isContinuationByte(uchar byte)
{
    return (byte & 0xC0) == 0x80;
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isAsciiLetterOrDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// How the string scanner treats each byte: it runs over Plain bytes without stopping. DEL is
// valid in a string, but the writer escapes it, so a text that holds it is not compact text.
enum ByteKind : uchar { Plain, Quote, Backslash, Control, Delete, NonAscii };

constexpr std::array<uchar, 256> makeStringByteKinds()
{
    std::array<uchar, 256> kinds{};
    for (std::size_t byte = 0; byte < kinds.size(); ++byte) {
        if (byte < 0x20)
            kinds[byte] = Control;
        else if (byte >= 0x80)
            kinds[byte] = NonAscii;
        else
            kinds[byte] = Plain;
    }
    kinds['"'] = Quote;
    kinds['\\'] = Backslash;
    kinds[0x7F] = Delete;
    return kinds;
}

constexpr std::array<uchar, 256> stringByteKinds = makeStringByteKinds();

// The first byte from `p` on that is not Plain, or `end`: sixteen bytes at a time while they
// last, then one at a time.
const char* skipPlainStringBytes(const char* p, const char* end)
{
#if defined(__SSE2__)
    // Signed comparisons: bytes from 0x80 up read as negative, so "below 0x20" takes them too.
    const __m128i space = _mm_set1_epi8(0x20);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i del = _mm_set1_epi8(0x7F);
    while (end - p >= 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i special = _mm_or_si128(
            _mm_or_si128(_mm_cmplt_epi8(bytes, space), _mm_cmpeq_epi8(bytes, del)),
            _mm_or_si128(_mm_cmpeq_epi8(bytes, quote), _mm_cmpeq_epi8(bytes, backslash)));
        if (const int mask = _mm_movemask_epi8(special))
            return p + __builtin_ctz(static_cast<unsigned>(mask));
        p += 16;
    }
#endif
    while (p != end && stringByteKinds[static_cast<uchar>(*p)] == Plain)
        ++p;
    return p;
}

// Length of the well-formed UTF-8 sequence starting at p (Unicode table 3-7), or 0 when the
// bytes are not well-formed: a stray continuation byte, an overlong form, an encoded UTF-16
// surrogate, a code point above U+10FFFF, or a sequence cut short.
int utf8SequenceLength(const char* p, const char* end)
{
    const uchar lead = byteOf(p);
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar secondLow = 0x80; // the second byte's range is narrower for some leads
    uchar secondHigh = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead == 0xE0) {
        length = 3;
        secondLow = 0xA0; // below is an overlong form
    } else if (lead == 0xED) {
        length = 3;
        secondHigh = 0x9F; // above are the surrogates U+D800..U+DFFF
    } else if (lead >= 0xE1 && lead <= 0xEF) {
        length = 3;
    } else if (lead == 0xF0) {
        length = 4;
        secondLow = 0x90; // below is an overlong form
    } else if (lead >= 0xF1 && lead <= 0xF3) {
        length = 4;
    } else if (lead == 0xF4) {
        length = 4;
        secondHigh = 0x8F; // above is beyond U+10FFFF
    } else {
        return 0; // 0x80..0xC1 and 0xF5..0xFF never start a character
    }
    if (end - p < length)
        return 0;
    const uchar second = byteOf(p + 1);
    if (second < secondLow || second > secondHigh)
        return 0;
    for (int i = 2; i < length; ++i) {
        if (!isContinuationByte(byteOf(p + i)))
            return 0;
    }
    return length;
}

// "00E9": at least four upper-case hexadecimal digits, as code points are written.
QString hexUnit(char32_t codePoint)
{
    return QStringLiteral("%1")
        .arg(static_cast<uint>(codePoint), 4, 16, QLatin1Char('0'))
        .toUpper();
}

QString hexCodePoint(char32_t codePoint)
{
    return QStringLiteral("U+") + hexUnit(codePoint);
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(engage::JsonParser)

public:
    using Index = JsonTape::Index;
    using Type = JsonTape::Type;

    Parser(QByteArrayView utf8, const JsonParseOptions& options, JsonTape& tape,
           bool recordPositions, JsonParserStorage& storage)
        : m_p(utf8.data()), m_end(utf8.data() + utf8.size()),
          m_maxDepth(std::max(options.maxDepth, 0)), m_lineStart(m_p), m_columnBase(m_p),
          m_tape(tape, recordPositions, static_cast<std::size_t>(utf8.size())),
          m_frames(storage.frames), m_largeObjectNames(storage.largeObjectNames)
    {
        m_frames.clear();
        m_largeObjectNames.clear();
        // Entries and text offsets are 32-bit: callers bound their input far below this.
        Q_ASSERT(utf8.size() < std::numeric_limits<std::uint32_t>::max() / 2);
    }

    std::optional<JsonParseError> run()
    {
        if (parseDocument())
            return std::nullopt;
        return std::move(m_error);
    }

private:
    // What the main loop does next. The parser never recurses: open arrays and objects live
    // on m_frames, so nesting costs heap memory bounded by maxDepth, never stack.
    enum class Step {
        ReadValue, // a value must start at the next non-white-space character
        Completed, // a value was added to the tape, whole
        Failed,    // m_error is set
    };

    using Frame = JsonParserStorage::Frame;

    bool parseDocument();
    Step readValue();
    Step openContainer(bool isObject);
    Step continueContainer();
    Step closeContainer();
    Step readMemberName();
    bool isDuplicateName(const Frame& frame, Index name);
    bool readString(Index& entry);
    bool readEscape();
    bool failInvalidEscape(const char* escapeStart);
    bool readHexUnit(const char* escapeStart, char32_t& unit);
    void appendUtf8(char32_t codePoint);
    Step readNumber();
    Step readLiteral(const char* word, Type type, bool boolean);
    bool expectEndOfText();
    void skipWhitespace();

    bool atEnd() const { return m_p == m_end; }
    bool startsWith(const char* at, const char* text) const;
    TextPosition positionAt(const char* p);
    // The position of a value starting at p, for the tape: only when it records positions.
    TextPosition valuePosition(const char* p)
    {
        return m_tape.recordsPositions() ? positionAt(p) : TextPosition{};
    }

    bool fail(ErrorCode code, TextPosition position, const QString& message);
    bool fail(ErrorCode code, const char* at, const QString& message);
    bool failEnd(const QString& message);
    bool failEndInContainer();
    bool failUnexpected(const char* at, const QString& expected);
    bool failBadByte(const char* at);
    bool failValueStart(const char* at);
    QString describeCharacter(const char* at) const;

    const char* m_p;
    const char* const m_end;
    const int m_maxDepth;

    // Line and column bookkeeping: the column of m_columnBase is m_columnAtBase, and positions
    // are asked for in document order, so each byte is counted once.
    int m_line = 1;
    const char* m_lineStart;
    const char* m_columnBase;
    int m_columnAtBase = 1;

    JsonTapeWriter m_tape;
    std::vector<Frame>& m_frames;
    std::unordered_set<std::string>& m_largeObjectNames;
    std::optional<JsonParseError> m_error;
};

bool Parser::parseDocument()
{
    if (startsWith(m_p, "\xEF\xBB\xBF")) {
        return fail(ErrorCode::UnexpectedCharacter, m_p,
                    tr("the text starts with a byte order mark, which JSON does not "
                       "allow; save it as UTF-8 without a BOM"));
    }
    skipWhitespace();
    if (atEnd())
        return failEnd(tr("the text is empty"));

    Step step = Step::ReadValue;
    for (;;) {
        switch (step) {
        case Step::Failed:
            return false;
        case Step::ReadValue:
            step = readValue();
            break;
        case Step::Completed:
            if (m_frames.empty())
                return expectEndOfText();
            step = continueContainer();
            break;
        }
    }
}

Parser::Step Parser::readValue()
{
    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    switch (*m_p) {
    case '[':
        return openContainer(false);
    case '{':
        return openContainer(true);
    case '"': {
        Index entry = 0;
        return readString(entry) ? Step::Completed : Step::Failed;
    }
    case 't':
        return readLiteral("true", Type::Bool, true);
    case 'f':
        return readLiteral("false", Type::Bool, false);
    case 'n':
        return readLiteral("null", Type::Null, false);
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9':
        return readNumber();
    default:
        failValueStart(m_p);
        return Step::Failed;
    }
}

Parser::Step Parser::openContainer(bool isObject)
{
    if (m_frames.size() >= static_cast<std::size_t>(m_maxDepth)) {
        fail(ErrorCode::TooDeep, m_p,
             tr("arrays and objects are nested more than %1 levels deep").arg(m_maxDepth));
        return Step::Failed;
    }
    const Index container = m_tape.add(isObject ? Type::Object : Type::Array, valuePosition(m_p));
    ++m_p;
    m_frames.push_back(Frame{container, isObject, 0});

    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    if (*m_p == (isObject ? '}' : ']')) {
        ++m_p;
        return closeContainer();
    }
    return isObject ? readMemberName() : Step::ReadValue;
}

// The value just completed belongs to the innermost container: reads what follows it.
Parser::Step Parser::continueContainer()
{
    Frame& frame = m_frames.back();
    if (frame.isObject)
        ++frame.members;

    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    const char closing = frame.isObject ? '}' : ']';
    if (*m_p == closing) {
        ++m_p;
        return closeContainer();
    }
    if (*m_p != ',') {
        failUnexpected(m_p, frame.isObject ? tr("',' or '}'") : tr("',' or ']'"));
        return Step::Failed;
    }
    ++m_p;
    skipWhitespace();
    if (!atEnd() && *m_p == closing) {
        // Common in hand-edited files, so it gets its own message.
        fail(ErrorCode::UnexpectedCharacter, m_p,
             tr("a comma before '%1' is not allowed (remove the trailing comma)")
                 .arg(QLatin1Char(closing)));
        return Step::Failed;
    }
    return frame.isObject ? readMemberName() : Step::ReadValue;
}

Parser::Step Parser::closeContainer()
{
    m_tape.close(m_frames.back().container);
    m_frames.pop_back();
    return Step::Completed;
}

// Reads `"name" :` inside an object; m_p is at the first non-white-space character.
Parser::Step Parser::readMemberName()
{
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    if (*m_p != '"') {
        failUnexpected(m_p, tr("a member name in double quotes"));
        return Step::Failed;
    }
    const char* nameStart = m_p;
    Index name = 0;
    if (!readString(name))
        return Step::Failed;
    if (isDuplicateName(m_frames.back(), name)) {
        fail(ErrorCode::DuplicateMember, nameStart,
             tr("member \"%1\" appears twice")
                 .arg(UntrustedText::forDisplay(m_tape.tape().qstringText(name),
                                                maxQuotedCharacters)));
        return Step::Failed;
    }
    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    if (*m_p != ':') {
        failUnexpected(m_p, QStringLiteral("':'"));
        return Step::Failed;
    }
    ++m_p;
    return Step::ReadValue;
}

// Whether the member name just read was already read in the same object: every earlier
// member of it is complete on the tape, name then value.
bool Parser::isDuplicateName(const Frame& frame, Index name)
{
    const JsonTape& tape = m_tape.tape();
    const std::string_view text = tape.text(name);
    if (frame.members < linearSearchLimit) {
        for (Index earlier = frame.container + 1; earlier < name; earlier = tape.end(earlier + 1)) {
            if (tape.text(earlier) == text)
                return true;
        }
        return false;
    }
    const auto key = [&frame](std::string_view memberName) {
        std::string result(reinterpret_cast<const char*>(&frame.container), sizeof frame.container);
        result.append(memberName);
        return result;
    };
    if (frame.members == linearSearchLimit) { // just past the limit: the earlier names go in
        for (Index earlier = frame.container + 1; earlier < name; earlier = tape.end(earlier + 1))
            m_largeObjectNames.insert(key(tape.text(earlier)));
    }
    return !m_largeObjectNames.insert(key(text)).second;
}

// Reads a string onto the tape as `entry`; m_p is at its opening quote. Runs of plain
// characters are copied in one go, and escapes are decoded back to UTF-8 as they come.
bool Parser::readString(Index& entry)
{
    entry = m_tape.add(Type::String, valuePosition(m_p));
    ++m_p;
    const char* runStart = m_p;
    for (;;) {
        m_p = skipPlainStringBytes(m_p, m_end);
        if (atEnd())
            return failEnd(tr("the text ends in the middle of a string"));
        switch (stringByteKinds[byteOf(m_p)]) {
        case Quote:
            m_tape.appendText(runStart, m_p);
            m_tape.endText(entry);
            ++m_p;
            return true;
        case Backslash:
            m_tape.markNotCompact();
            m_tape.appendText(runStart, m_p);
            if (!readEscape())
                return false;
            runStart = m_p;
            break;
        case Control:
            if (*m_p == '\0')
                return failBadByte(m_p);
            return fail(ErrorCode::InvalidString, m_p,
                        tr("the control character %1 must be written as an escape "
                           "(such as \\n or \\t) inside a string")
                            .arg(hexCodePoint(byteOf(m_p))));
        case Delete:
            m_tape.markNotCompact();
            ++m_p;
            break;
        case NonAscii: {
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return failBadByte(m_p);
            if (escapedUtf8CharacterAt(m_p, m_p + length))
                m_tape.markNotCompact();
            m_p += length;
            break;
        }
        }
    }
}

// Decodes one escape onto the tape's text; m_p is at the backslash.
bool Parser::readEscape()
{
    const char* escapeStart = m_p;
    ++m_p;
    if (atEnd())
        return failEnd(tr("the text ends in the middle of a string"));
    const char letter = *m_p++;
    switch (letter) {
    case '"':
    case '\\':
    case '/':
        m_tape.appendText(letter);
        return true;
    case 'b':
        m_tape.appendText('\b');
        return true;
    case 'f':
        m_tape.appendText('\f');
        return true;
    case 'n':
        m_tape.appendText('\n');
        return true;
    case 'r':
        m_tape.appendText('\r');
        return true;
    case 't':
        m_tape.appendText('\t');
        return true;
    case 'u':
        break;
    default:
        return failInvalidEscape(escapeStart);
    }

    char32_t unit = 0;
    if (!readHexUnit(escapeStart, unit))
        return false;
    if (unit >= 0xDC00 && unit <= 0xDFFF) {
        return fail(ErrorCode::InvalidString, escapeStart,
                    tr("the escape \\u%1 is the second half of a surrogate pair "
                       "without a first half")
                        .arg(hexUnit(unit)));
    }
    if (unit < 0xD800 || unit > 0xDBFF) {
        appendUtf8(unit);
        return true;
    }
    // A high surrogate: only a low surrogate escape may follow, making one code point.
    if (atEnd() || (m_end - m_p == 1 && *m_p == '\\'))
        return failEnd(tr("the text ends in the middle of a string"));
    char32_t low = 0;
    if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
        const char* lowStart = m_p;
        m_p += 2;
        if (!readHexUnit(lowStart, low))
            return false;
    }
    if (low < 0xDC00 || low > 0xDFFF) {
        return fail(ErrorCode::InvalidString, escapeStart,
                    tr("the escape \\u%1 is the first half of a surrogate pair and "
                       "must be followed by a \\uDC00 to \\uDFFF escape")
                        .arg(hexUnit(unit)));
    }
    appendUtf8(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
    return true;
}

bool Parser::failInvalidEscape(const char* escapeStart)
{
    const char* letter = escapeStart + 1;
    if (*letter == '\0' || (byteOf(letter) >= 0x80 && utf8SequenceLength(letter, m_end) == 0))
        return failBadByte(letter);
    const QString escape = byteOf(letter) > 0x20 && byteOf(letter) < 0x7F
                               ? QStringLiteral("'\\%1'").arg(QLatin1Char(*letter))
                               : tr("a backslash followed by %1").arg(describeCharacter(letter));
    return fail(ErrorCode::InvalidEscape, escapeStart,
                tr("%1 is not a valid escape (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, "
                   "\\t or \\uXXXX)")
                    .arg(escape));
}

// Reads the four hexadecimal digits after "\u"; m_p is just after the 'u'.
bool Parser::readHexUnit(const char* escapeStart, char32_t& unit)
{
    unit = 0;
    for (int i = 0; i < 4; ++i, ++m_p) {
        if (atEnd())
            return failEnd(tr("the text ends in the middle of a string"));
        const char c = *m_p;
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return fail(ErrorCode::InvalidEscape, escapeStart,
                        tr("\\u must be followed by four hexadecimal digits"));
        unit = unit * 16 + static_cast<char32_t>(digit);
    }
    return true;
}

void Parser::appendUtf8(char32_t codePoint)
{
    const auto byte = [](char32_t bits) { return static_cast<char>(static_cast<uchar>(bits)); };
    if (codePoint < 0x80) {
        m_tape.appendText(byte(codePoint));
    } else if (codePoint < 0x800) {
        m_tape.appendText(byte(0xC0 | (codePoint >> 6)));
        m_tape.appendText(byte(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        m_tape.appendText(byte(0xE0 | (codePoint >> 12)));
        m_tape.appendText(byte(0x80 | ((codePoint >> 6) & 0x3F)));
        m_tape.appendText(byte(0x80 | (codePoint & 0x3F)));
    } else {
        m_tape.appendText(byte(0xF0 | (codePoint >> 18)));
        m_tape.appendText(byte(0x80 | ((codePoint >> 12) & 0x3F)));
        m_tape.appendText(byte(0x80 | ((codePoint >> 6) & 0x3F)));
        m_tape.appendText(byte(0x80 | (codePoint & 0x3F)));
    }
}

// Reads a number by the RFC 8259 grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
Parser::Step Parser::readNumber()
{
    const char* start = m_p;
    const Index entry = m_tape.add(Type::Number, valuePosition(start));
    const auto skipDigits = [this] {
        while (!atEnd() && isDigit(*m_p))
            ++m_p;
    };
    const auto invalid = [this](const QString& message) {
        fail(ErrorCode::InvalidNumber, m_p, message);
        return Step::Failed;
    };

    if (*m_p == '-')
        ++m_p;
    if (atEnd() || !isDigit(*m_p))
        return invalid(tr("a minus sign must be followed by a digit"));
    if (*m_p == '0') {
        ++m_p;
        if (!atEnd() && isDigit(*m_p))
            return invalid(tr("a number cannot start with 0 followed by more digits"));
    } else {
        skipDigits();
    }
    if (!atEnd() && *m_p == '.') {
        ++m_p;
        if (atEnd() || !isDigit(*m_p))
            return invalid(tr("a decimal point must be followed by a digit"));
        skipDigits();
    }
    if (!atEnd() && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (!atEnd() && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (atEnd() || !isDigit(*m_p))
            return invalid(tr("an exponent must have at least one digit"));
        skipDigits();
    }
    // Letters or a '.' stuck to the number ("0x1F", "1.2.3", "12abc") belong to it in the
    // writer's eyes, so they are reported as a bad number rather than as the next token.
    if (!atEnd() && (isAsciiLetterOrDigit(*m_p) || *m_p == '.' || *m_p == '_')) {
        return invalid(tr("unexpected character '%1' in a number (only decimal "
                          "numbers are allowed)")
                           .arg(QLatin1Char(*m_p)));
    }
    m_tape.appendText(start, m_p);
    m_tape.endText(entry);
    return Step::Completed;
}

Parser::Step Parser::readLiteral(const char* word, Type type, bool boolean)
{
    const std::size_t length = std::strlen(word);
    for (std::size_t i = 0; i < length; ++i) {
        if (m_p + i == m_end) {
            failEnd(tr("the text ends before \"%1\" is complete").arg(QLatin1String(word)));
            return Step::Failed;
        }
        if (m_p[i] != word[i]) {
            failUnexpected(m_p + i, QStringLiteral("\"%1\"").arg(QLatin1String(word)));
            return Step::Failed;
        }
    }
    m_tape.add(type, valuePosition(m_p), boolean);
    m_p += length;
    return Step::Completed;
}

bool Parser::expectEndOfText()
{
    skipWhitespace();
    if (atEnd())
        return true;
    if (*m_p == '\0' || (byteOf(m_p) >= 0x80 && utf8SequenceLength(m_p, m_end) == 0))
        return failBadByte(m_p);
    return fail(ErrorCode::TrailingData, m_p,
                tr("unexpected %1 after the end of the value (a JSON text holds "
                   "exactly one value)")
                    .arg(describeCharacter(m_p)));
}

void Parser::skipWhitespace()
{
    // Compact JSON, as tokens come, has none: one test then settles it.
    if (m_p != m_end && byteOf(m_p) > ' ')
        return;
    while (m_p != m_end) {
        switch (*m_p) {
        case ' ':
        case '\t':
        case '\r': // a CR LF pair counts as one line break, at its LF
            ++m_p;
            m_tape.markNotCompact();
            break;
        case '\n':
            ++m_p;
            m_tape.markNotCompact();
            ++m_line;
            m_lineStart = m_p;
            m_columnBase = m_p;
            m_columnAtBase = 1;
            break;
        default:
            return;
        }
    }
}

bool Parser::startsWith(const char* at, const char* text) const
{
    const std::size_t length = std::strlen(text);
    return static_cast<std::size_t>(m_end - at) >= length && std::memcmp(at, text, length) == 0;
}

TextPosition Parser::positionAt(const char* p)
{
    // Line breaks only occur in white space, which moves m_lineStart forward; every position
    // asked for lies on the current line, usually at or after m_columnBase.
    Q_ASSERT(p >= m_lineStart);
    if (p < m_columnBase) {
        m_columnBase = m_lineStart;
        m_columnAtBase = 1;
    }
    // Columns count code points: every byte but a UTF-8 continuation byte starts one.
    int count = 0;
    for (const char* q = m_columnBase; q < p; ++q)
        count += isContinuationByte(byteOf(q)) ? 0 : 1;
    m_columnAtBase += count;
    m_columnBase = p;
    return {m_line, m_columnAtBase};
}

bool Parser::fail(ErrorCode code, TextPosition position, const QString& message)
{
    m_error = JsonParseError{code, position, message};
    return false;
}

bool Parser::fail(ErrorCode code, const char* at, const QString& message)
{
    return fail(code, positionAt(at), message);
}

bool Parser::failEnd(const QString& message)
{
    return fail(ErrorCode::UnexpectedEnd, m_end, message);
}

bool Parser::failEndInContainer()
{
    return failEnd(m_frames.empty() || !m_frames.back().isObject
                       ? tr("the text ends in the middle of an array")
                       : tr("the text ends in the middle of an object"));
}

// Reports the character at `at`, which cannot come here, unless it is a NUL or malformed UTF-8:
// those are reported as such wherever they are, since no edit of the JSON around them helps.
bool Parser::failUnexpected(const char* at, const QString& expected)
{
    if (*at == '\0' || (byteOf(at) >= 0x80 && utf8SequenceLength(at, m_end) == 0))
        return failBadByte(at);
    const QString message = *at == '/'
                                ? tr("unexpected %1 (expected %2); JSON does not allow comments")
                                : tr("unexpected %1 (expected %2)");
    return fail(ErrorCode::UnexpectedCharacter, at, message.arg(describeCharacter(at), expected));
}

// A NUL byte or bytes that are not well-formed UTF-8.
bool Parser::failBadByte(const char* at)
{
    if (*at == '\0') {
        return fail(ErrorCode::NulCharacter, at,
                    tr("the text contains a NUL byte, which JSON does not allow; "
                       "the file may be binary or in UTF-16"));
    }
    // The offending byte and the continuation bytes after it, as a hex editor shows them.
    QStringList bytes;
    for (const char* q = at; q < m_end && q < at + 4; ++q) {
        if (q > at && !isContinuationByte(byteOf(q)))
            break;
        bytes.append(QStringLiteral("%1").arg(byteOf(q), 2, 16, QLatin1Char('0')));
    }
    return fail(ErrorCode::InvalidUtf8, at,
                tr("the text is not valid UTF-8 (bytes %1); save it in the UTF-8 "
                   "encoding")
                    .arg(bytes.join(QLatin1Char(' ')).toUpper()));
}

bool Parser::failValueStart(const char* at)
{
    switch (*at) {
    case '+':
        return fail(ErrorCode::InvalidNumber, at, tr("a number cannot start with '+'"));
    case '.':
        return fail(ErrorCode::InvalidNumber, at,
                    tr("a number must start with a digit, not with '.'"));
    case '\'':
        return fail(ErrorCode::UnexpectedCharacter, at,
                    tr("unexpected character \"'\" (strings must be in double quotes)"));
    default:
        break;
    }
    if (startsWith(at, "NaN") || startsWith(at, "Infinity")) {
        return fail(ErrorCode::InvalidNumber, at, tr("NaN and Infinity are not allowed in JSON"));
    }
    return failUnexpected(at, tr("a value"));
}

// "character 'x'", or with a code point for invisible and non-ASCII characters. The caller
// has made sure that the bytes at `at` are well-formed UTF-8.
QString Parser::describeCharacter(const char* at) const
{
    const uchar lead = byteOf(at);
    if (lead >= 0x20 && lead < 0x7F)
        return tr("character '%1'").arg(QLatin1Char(static_cast<char>(lead)));
    if (lead < 0x80)
        return tr("character %1").arg(hexCodePoint(lead));
    const QString character = QString::fromUtf8(at, utf8SequenceLength(at, m_end));
    return tr("character '%1' (%2)")
        .arg(UntrustedText::forDisplay(character), hexCodePoint(character.toUcs4().value(0)));
}

} // namespace

QString notValidJsonMessage(const QString& subject, const JsonParseError& error)
{
    return QCoreApplication::translate("engage::JsonParser",
                                       "%1 is not valid JSON: line %2, column %3: %4.")
        .arg(subject)
        .arg(error.position.line)
        .arg(error.position.column)
        .arg(error.message);
}

JsonParseResult parseJson(QByteArrayView utf8, const JsonParseOptions& options)
{
    JsonTape tape;
    JsonParserStorage storage;
    JsonParseResult result;
    result.error = Parser(utf8, options, tape, true, storage).run();
    if (!result.error)
        result.value = tape.toJsonValue();
    return result;
}

std::optional<JsonParseError> parseJson(QByteArrayView utf8, JsonTape& tape,
                                        const JsonParseOptions& options)
{
    return JsonTapeParser().parse(utf8, tape, options);
}

JsonTapeParser::JsonTapeParser() : m_storage(std::make_unique<JsonParserStorage>()) {}

JsonTapeParser::~JsonTapeParser() = default;

std::optional<JsonParseError> JsonTapeParser::parse(QByteArrayView utf8, JsonTape& tape,
                                                    const JsonParseOptions& options)
{
    return Parser(utf8, options, tape, false, *m_storage).run();
}

} // namespace engage
