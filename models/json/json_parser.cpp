#include "json/json_parser.h"

#include <QSet>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

namespace engage {
namespace {

using Code = JsonParseError::Code;

// Messages quote at most this many characters of the input, so that a huge member name
// or a secret pasted by mistake does not end up whole in a dialog or a log.
constexpr qsizetype maxQuotedCharacters = 20;

// Objects with fewer members are searched linearly for duplicates; larger ones get a hash
// set of their names so that even an object with 100,000 members is checked in linear time.
constexpr std::size_t linearSearchLimit = 16;

// From this many elements on, a finished container keeps the storage it was built in.
constexpr std::size_t largeContainerSize = 1024;

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

// How the string scanner treats each byte: it runs over Plain bytes without stopping.
enum ByteKind : uchar { Plain, Quote, Backslash, Control, NonAscii };

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
    return kinds;
}

constexpr std::array<uchar, 256> stringByteKinds = makeStringByteKinds();

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

// The start of a text for a message, cut to a few characters.
QString abbreviated(const QString& text)
{
    if (text.size() <= maxQuotedCharacters)
        return text;
    qsizetype cut = maxQuotedCharacters;
    if (text.at(cut - 1).isHighSurrogate())
        --cut; // do not split a character in two
    return text.left(cut) + QChar(0x2026);
}

// Moves the elements from index `first` to the end of `stack` into a vector of their own, sized
// exactly. A large container that holds the whole stack takes its storage instead: copying
// would write all of its memory once more, and the spare capacity is at most as large.
template <typename T> std::vector<T> takeElements(std::vector<T>& stack, std::size_t first)
{
    if (first == 0 && stack.size() >= largeContainerSize)
        return std::exchange(stack, {});
    const auto begin = stack.begin() + static_cast<std::ptrdiff_t>(first);
    std::vector<T> elements(std::make_move_iterator(begin), std::make_move_iterator(stack.end()));
    stack.erase(begin, stack.end());
    return elements;
}

class Parser
{
public:
    Parser(QByteArrayView utf8, const JsonParseOptions& options)
        : m_p(utf8.data()), m_end(utf8.data() + utf8.size()),
          m_maxDepth(std::max(options.maxDepth, 0)), m_lineStart(m_p), m_columnBase(m_p)
    {
    }

    JsonParseResult run()
    {
        JsonParseResult result;
        JsonValue document;
        if (parseDocument(document))
            result.value = std::move(document);
        else
            result.error = std::move(m_error);
        return result;
    }

private:
    // What the main loop does next. The parser never recurses: open arrays and objects live
    // on m_frames, so nesting costs heap memory bounded by maxDepth, never stack.
    enum class Step {
        ReadValue, // a value must start at the next non-white-space character
        Completed, // the value passed by reference is complete
        Failed,    // m_error is set
    };

    // An array or object whose closing bracket has not been read yet.
    struct Frame
    {
        bool isObject = false;
        TextPosition position;
        std::size_t first = 0; // index of its first element in m_items or m_members
        QString pendingName;   // objects: the name read before the value being parsed
        QSet<QString> names;   // objects past linearSearchLimit members: every name so far
    };

    bool parseDocument(JsonValue& document);
    Step readValue(JsonValue& value);
    Step openContainer(bool isObject, JsonValue& value);
    Step continueContainer(JsonValue& value);
    JsonValue closeContainer();
    Step readMemberName();
    bool isDuplicateName(Frame& frame, const QString& name);
    bool readString(QString& out);
    bool readEscape();
    bool failInvalidEscape(const char* escapeStart);
    bool readHexUnit(const char* escapeStart, char32_t& unit);
    void appendUtf8(char32_t codePoint);
    Step readNumber(JsonValue& value);
    Step readLiteral(const char* word, JsonValue literal, JsonValue& value);
    bool expectEndOfText();
    void skipWhitespace();

    bool atEnd() const { return m_p == m_end; }
    bool startsWith(const char* at, const char* text) const;
    TextPosition positionAt(const char* p);

    bool fail(Code code, TextPosition position, const QString& message);
    bool fail(Code code, const char* at, const QString& message);
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

    std::vector<Frame> m_frames;
    // The finished elements of every open container, in one stack each: a container moves
    // its own out when it closes (takeElements), so the many small containers of a document
    // get exactly sized vectors and the stacks' storage is reused.
    std::vector<JsonValue> m_items;
    std::vector<JsonValue::Member> m_members;
    std::string m_scratch; // a string with escapes, decoded back to UTF-8
    std::optional<JsonParseError> m_error;
};

bool Parser::parseDocument(JsonValue& document)
{
    if (startsWith(m_p, "\xEF\xBB\xBF")) {
        return fail(Code::UnexpectedCharacter, m_p,
                    QStringLiteral("the text starts with a byte order mark, which JSON does not "
                                   "allow; save it as UTF-8 without a BOM"));
    }
    skipWhitespace();
    if (atEnd())
        return failEnd(QStringLiteral("the text is empty"));

    JsonValue value;
    Step step = Step::ReadValue;
    for (;;) {
        switch (step) {
        case Step::Failed:
            return false;
        case Step::ReadValue:
            step = readValue(value);
            break;
        case Step::Completed:
            if (m_frames.empty()) {
                document = std::move(value);
                return expectEndOfText();
            }
            step = continueContainer(value);
            break;
        }
    }
}

Parser::Step Parser::readValue(JsonValue& value)
{
    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    switch (*m_p) {
    case '[':
        return openContainer(false, value);
    case '{':
        return openContainer(true, value);
    case '"': {
        const TextPosition position = positionAt(m_p);
        QString text;
        if (!readString(text))
            return Step::Failed;
        value = JsonValue::makeString(text, position);
        return Step::Completed;
    }
    case 't':
        return readLiteral("true", JsonValue::makeBool(true, positionAt(m_p)), value);
    case 'f':
        return readLiteral("false", JsonValue::makeBool(false, positionAt(m_p)), value);
    case 'n':
        return readLiteral("null", JsonValue::makeNull(positionAt(m_p)), value);
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
        return readNumber(value);
    default:
        failValueStart(m_p);
        return Step::Failed;
    }
}

Parser::Step Parser::openContainer(bool isObject, JsonValue& value)
{
    const TextPosition position = positionAt(m_p);
    if (m_frames.size() >= static_cast<std::size_t>(m_maxDepth)) {
        fail(Code::TooDeep, position,
             QStringLiteral("arrays and objects are nested more than %1 levels deep")
                 .arg(m_maxDepth));
        return Step::Failed;
    }
    ++m_p;
    Frame frame;
    frame.isObject = isObject;
    frame.position = position;
    frame.first = isObject ? m_members.size() : m_items.size();
    m_frames.push_back(std::move(frame));

    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    if (*m_p == (isObject ? '}' : ']')) {
        ++m_p;
        value = closeContainer();
        return Step::Completed;
    }
    return isObject ? readMemberName() : Step::ReadValue;
}

// Files the completed value into the innermost container, then reads what follows it.
Parser::Step Parser::continueContainer(JsonValue& value)
{
    Frame& frame = m_frames.back();
    if (frame.isObject)
        m_members.emplace_back(std::move(frame.pendingName), std::move(value));
    else
        m_items.push_back(std::move(value));

    skipWhitespace();
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    const char closing = frame.isObject ? '}' : ']';
    if (*m_p == closing) {
        ++m_p;
        value = closeContainer();
        return Step::Completed;
    }
    if (*m_p != ',') {
        failUnexpected(m_p, frame.isObject ? QStringLiteral("',' or '}'")
                                           : QStringLiteral("',' or ']'"));
        return Step::Failed;
    }
    ++m_p;
    skipWhitespace();
    if (!atEnd() && *m_p == closing) {
        // Common in hand-edited files, so it gets its own message.
        fail(Code::UnexpectedCharacter, m_p,
             QStringLiteral("a comma before '%1' is not allowed (remove the trailing comma)")
                 .arg(QLatin1Char(closing)));
        return Step::Failed;
    }
    return frame.isObject ? readMemberName() : Step::ReadValue;
}

JsonValue Parser::closeContainer()
{
    const Frame& frame = m_frames.back();
    JsonValue container =
        frame.isObject ? JsonValue::makeObject(takeElements(m_members, frame.first), frame.position)
                       : JsonValue::makeArray(takeElements(m_items, frame.first), frame.position);
    m_frames.pop_back();
    return container;
}

// Reads `"name" :` inside an object; m_p is at the first non-white-space character.
Parser::Step Parser::readMemberName()
{
    if (atEnd()) {
        failEndInContainer();
        return Step::Failed;
    }
    if (*m_p != '"') {
        failUnexpected(m_p, QStringLiteral("a member name in double quotes"));
        return Step::Failed;
    }
    const TextPosition position = positionAt(m_p);
    QString name;
    if (!readString(name))
        return Step::Failed;
    Frame& frame = m_frames.back();
    if (isDuplicateName(frame, name)) {
        fail(Code::DuplicateMember, position,
             QStringLiteral("member \"%1\" appears twice").arg(abbreviated(name)));
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
    frame.pendingName = std::move(name);
    return Step::ReadValue;
}

bool Parser::isDuplicateName(Frame& frame, const QString& name)
{
    const auto first = m_members.begin() + static_cast<std::ptrdiff_t>(frame.first);
    if (m_members.size() - frame.first < linearSearchLimit) {
        return std::any_of(first, m_members.end(), [&name](const JsonValue::Member& member) {
            return member.first == name;
        });
    }
    if (frame.names.isEmpty()) {
        frame.names.reserve(static_cast<qsizetype>(linearSearchLimit * 4));
        for (auto it = first; it != m_members.end(); ++it)
            frame.names.insert(it->first);
    }
    if (frame.names.contains(name))
        return true;
    frame.names.insert(name); // the set always holds the names read so far
    return false;
}

// Reads a string; m_p is at its opening quote. Runs of plain characters are converted in one
// go, and only strings with escapes pay for a copy into m_scratch.
bool Parser::readString(QString& out)
{
    ++m_p;
    const char* runStart = m_p;
    bool hasEscapes = false;
    for (;;) {
        while (m_p != m_end && stringByteKinds[byteOf(m_p)] == Plain)
            ++m_p;
        if (atEnd())
            return failEnd(QStringLiteral("the text ends in the middle of a string"));
        switch (stringByteKinds[byteOf(m_p)]) {
        case Quote:
            if (hasEscapes) {
                m_scratch.append(runStart, static_cast<std::size_t>(m_p - runStart));
                out = QString::fromUtf8(m_scratch.data(), static_cast<qsizetype>(m_scratch.size()));
            } else {
                out = QString::fromUtf8(runStart, m_p - runStart);
            }
            ++m_p;
            return true;
        case Backslash:
            if (!hasEscapes) {
                m_scratch.clear();
                hasEscapes = true;
            }
            m_scratch.append(runStart, static_cast<std::size_t>(m_p - runStart));
            if (!readEscape())
                return false;
            runStart = m_p;
            break;
        case Control:
            if (*m_p == '\0')
                return failBadByte(m_p);
            return fail(Code::InvalidString, m_p,
                        QStringLiteral("the control character %1 must be written as an escape "
                                       "(such as \\n or \\t) inside a string")
                            .arg(hexCodePoint(byteOf(m_p))));
        case NonAscii: {
            const int length = utf8SequenceLength(m_p, m_end);
            if (length == 0)
                return failBadByte(m_p);
            m_p += length;
            break;
        }
        }
    }
}

// Decodes one escape into m_scratch; m_p is at the backslash.
bool Parser::readEscape()
{
    const char* escapeStart = m_p;
    ++m_p;
    if (atEnd())
        return failEnd(QStringLiteral("the text ends in the middle of a string"));
    const char letter = *m_p++;
    switch (letter) {
    case '"':
    case '\\':
    case '/':
        m_scratch.push_back(letter);
        return true;
    case 'b':
        m_scratch.push_back('\b');
        return true;
    case 'f':
        m_scratch.push_back('\f');
        return true;
    case 'n':
        m_scratch.push_back('\n');
        return true;
    case 'r':
        m_scratch.push_back('\r');
        return true;
    case 't':
        m_scratch.push_back('\t');
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
        return fail(Code::InvalidString, escapeStart,
                    QStringLiteral("the escape \\u%1 is the second half of a surrogate pair "
                                   "without a first half")
                        .arg(hexUnit(unit)));
    }
    if (unit < 0xD800 || unit > 0xDBFF) {
        appendUtf8(unit);
        return true;
    }
    // A high surrogate: only a low surrogate escape may follow, making one code point.
    if (atEnd() || (m_end - m_p == 1 && *m_p == '\\'))
        return failEnd(QStringLiteral("the text ends in the middle of a string"));
    char32_t low = 0;
    if (m_end - m_p >= 2 && m_p[0] == '\\' && m_p[1] == 'u') {
        const char* lowStart = m_p;
        m_p += 2;
        if (!readHexUnit(lowStart, low))
            return false;
    }
    if (low < 0xDC00 || low > 0xDFFF) {
        return fail(Code::InvalidString, escapeStart,
                    QStringLiteral("the escape \\u%1 is the first half of a surrogate pair and "
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
    const QString escape =
        byteOf(letter) > 0x20 && byteOf(letter) < 0x7F
            ? QStringLiteral("'\\%1'").arg(QLatin1Char(*letter))
            : QStringLiteral("a backslash followed by %1").arg(describeCharacter(letter));
    return fail(Code::InvalidEscape, escapeStart,
                QStringLiteral("%1 is not a valid escape (use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, "
                               "\\t or \\uXXXX)")
                    .arg(escape));
}

// Reads the four hexadecimal digits after "\u"; m_p is just after the 'u'.
bool Parser::readHexUnit(const char* escapeStart, char32_t& unit)
{
    unit = 0;
    for (int i = 0; i < 4; ++i, ++m_p) {
        if (atEnd())
            return failEnd(QStringLiteral("the text ends in the middle of a string"));
        const char c = *m_p;
        int digit = 0;
        if (c >= '0' && c <= '9')
            digit = c - '0';
        else if (c >= 'a' && c <= 'f')
            digit = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            digit = c - 'A' + 10;
        else
            return fail(Code::InvalidEscape, escapeStart,
                        QStringLiteral("\\u must be followed by four hexadecimal digits"));
        unit = unit * 16 + static_cast<char32_t>(digit);
    }
    return true;
}

void Parser::appendUtf8(char32_t codePoint)
{
    const auto byte = [](char32_t bits) { return static_cast<char>(static_cast<uchar>(bits)); };
    if (codePoint < 0x80) {
        m_scratch.push_back(byte(codePoint));
    } else if (codePoint < 0x800) {
        m_scratch.push_back(byte(0xC0 | (codePoint >> 6)));
        m_scratch.push_back(byte(0x80 | (codePoint & 0x3F)));
    } else if (codePoint < 0x10000) {
        m_scratch.push_back(byte(0xE0 | (codePoint >> 12)));
        m_scratch.push_back(byte(0x80 | ((codePoint >> 6) & 0x3F)));
        m_scratch.push_back(byte(0x80 | (codePoint & 0x3F)));
    } else {
        m_scratch.push_back(byte(0xF0 | (codePoint >> 18)));
        m_scratch.push_back(byte(0x80 | ((codePoint >> 12) & 0x3F)));
        m_scratch.push_back(byte(0x80 | ((codePoint >> 6) & 0x3F)));
        m_scratch.push_back(byte(0x80 | (codePoint & 0x3F)));
    }
}

// Reads a number by the RFC 8259 grammar: -? (0 | [1-9][0-9]*) (.[0-9]+)? ([eE][+-]?[0-9]+)?
Parser::Step Parser::readNumber(JsonValue& value)
{
    const char* start = m_p;
    const TextPosition position = positionAt(start);
    const auto skipDigits = [this] {
        while (!atEnd() && isDigit(*m_p))
            ++m_p;
    };
    const auto invalid = [this](const QString& message) {
        fail(Code::InvalidNumber, m_p, message);
        return Step::Failed;
    };

    if (*m_p == '-')
        ++m_p;
    if (atEnd() || !isDigit(*m_p))
        return invalid(QStringLiteral("a minus sign must be followed by a digit"));
    if (*m_p == '0') {
        ++m_p;
        if (!atEnd() && isDigit(*m_p))
            return invalid(QStringLiteral("a number cannot start with 0 followed by more digits"));
    } else {
        skipDigits();
    }
    if (!atEnd() && *m_p == '.') {
        ++m_p;
        if (atEnd() || !isDigit(*m_p))
            return invalid(QStringLiteral("a decimal point must be followed by a digit"));
        skipDigits();
    }
    if (!atEnd() && (*m_p == 'e' || *m_p == 'E')) {
        ++m_p;
        if (!atEnd() && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (atEnd() || !isDigit(*m_p))
            return invalid(QStringLiteral("an exponent must have at least one digit"));
        skipDigits();
    }
    // Letters or a '.' stuck to the number ("0x1F", "1.2.3", "12abc") belong to it in the
    // writer's eyes, so they are reported as a bad number rather than as the next token.
    if (!atEnd() && (isAsciiLetterOrDigit(*m_p) || *m_p == '.' || *m_p == '_')) {
        return invalid(QStringLiteral("unexpected character '%1' in a number (only decimal "
                                      "numbers are allowed)")
                           .arg(QLatin1Char(*m_p)));
    }
    value = JsonValue::makeNumber(QString::fromLatin1(start, m_p - start), position);
    return Step::Completed;
}

Parser::Step Parser::readLiteral(const char* word, JsonValue literal, JsonValue& value)
{
    const std::size_t length = std::strlen(word);
    for (std::size_t i = 0; i < length; ++i) {
        if (m_p + i == m_end) {
            failEnd(
                QStringLiteral("the text ends before \"%1\" is complete").arg(QLatin1String(word)));
            return Step::Failed;
        }
        if (m_p[i] != word[i]) {
            failUnexpected(m_p + i, QStringLiteral("\"%1\"").arg(QLatin1String(word)));
            return Step::Failed;
        }
    }
    m_p += length;
    value = std::move(literal);
    return Step::Completed;
}

bool Parser::expectEndOfText()
{
    skipWhitespace();
    if (atEnd())
        return true;
    if (*m_p == '\0' || (byteOf(m_p) >= 0x80 && utf8SequenceLength(m_p, m_end) == 0))
        return failBadByte(m_p);
    return fail(Code::TrailingData, m_p,
                QStringLiteral("unexpected %1 after the end of the value (a JSON text holds "
                               "exactly one value)")
                    .arg(describeCharacter(m_p)));
}

void Parser::skipWhitespace()
{
    while (m_p != m_end) {
        switch (*m_p) {
        case ' ':
        case '\t':
        case '\r': // a CR LF pair counts as one line break, at its LF
            ++m_p;
            break;
        case '\n':
            ++m_p;
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

bool Parser::fail(Code code, TextPosition position, const QString& message)
{
    m_error = JsonParseError{code, position, message};
    return false;
}

bool Parser::fail(Code code, const char* at, const QString& message)
{
    return fail(code, positionAt(at), message);
}

bool Parser::failEnd(const QString& message)
{
    return fail(Code::UnexpectedEnd, m_end, message);
}

bool Parser::failEndInContainer()
{
    return failEnd(m_frames.empty() || !m_frames.back().isObject
                       ? QStringLiteral("the text ends in the middle of an array")
                       : QStringLiteral("the text ends in the middle of an object"));
}

// Reports the character at `at`, which cannot come here, unless it is a NUL or malformed UTF-8:
// those are reported as such wherever they are, since no edit of the JSON around them helps.
bool Parser::failUnexpected(const char* at, const QString& expected)
{
    if (*at == '\0' || (byteOf(at) >= 0x80 && utf8SequenceLength(at, m_end) == 0))
        return failBadByte(at);
    QString message =
        QStringLiteral("unexpected %1 (expected %2)").arg(describeCharacter(at), expected);
    if (*at == '/')
        message += QStringLiteral("; JSON does not allow comments");
    return fail(Code::UnexpectedCharacter, at, message);
}

// A NUL byte or bytes that are not well-formed UTF-8.
bool Parser::failBadByte(const char* at)
{
    if (*at == '\0') {
        return fail(Code::NulCharacter, at,
                    QStringLiteral("the text contains a NUL byte, which JSON does not allow; "
                                   "the file may be binary or in UTF-16"));
    }
    // The offending byte and the continuation bytes after it, as a hex editor shows them.
    QStringList bytes;
    for (const char* q = at; q < m_end && q < at + 4; ++q) {
        if (q > at && !isContinuationByte(byteOf(q)))
            break;
        bytes.append(QStringLiteral("%1").arg(byteOf(q), 2, 16, QLatin1Char('0')));
    }
    return fail(Code::InvalidUtf8, at,
                QStringLiteral("the text is not valid UTF-8 (bytes %1); save it in the UTF-8 "
                               "encoding")
                    .arg(bytes.join(QLatin1Char(' ')).toUpper()));
}

bool Parser::failValueStart(const char* at)
{
    switch (*at) {
    case '+':
        return fail(Code::InvalidNumber, at, QStringLiteral("a number cannot start with '+'"));
    case '.':
        return fail(Code::InvalidNumber, at,
                    QStringLiteral("a number must start with a digit, not with '.'"));
    case '\'':
        return fail(
            Code::UnexpectedCharacter, at,
            QStringLiteral("unexpected character \"'\" (strings must be in double quotes)"));
    default:
        break;
    }
    if (startsWith(at, "NaN") || startsWith(at, "Infinity")) {
        return fail(Code::InvalidNumber, at,
                    QStringLiteral("NaN and Infinity are not allowed in JSON"));
    }
    return failUnexpected(at, QStringLiteral("a value"));
}

// "character 'x'", or with a code point for invisible and non-ASCII characters. The caller
// has made sure that the bytes at `at` are well-formed UTF-8.
QString Parser::describeCharacter(const char* at) const
{
    const uchar lead = byteOf(at);
    if (lead >= 0x20 && lead < 0x7F)
        return QStringLiteral("character '%1'").arg(QLatin1Char(static_cast<char>(lead)));
    if (lead < 0x80)
        return QStringLiteral("character %1").arg(hexCodePoint(lead));
    const QString character = QString::fromUtf8(at, utf8SequenceLength(at, m_end));
    return QStringLiteral("character '%1' (%2)")
        .arg(character, hexCodePoint(character.toUcs4().value(0)));
}

} // namespace

JsonParseResult parseJson(QByteArrayView utf8, const JsonParseOptions& options)
{
    return Parser(utf8, options).run();
}

} // namespace engage
