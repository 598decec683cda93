#include "json/json_parser.h"
#include "json/json_value.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

#include <cstddef>
#include <limits>
#include <optional>
#include <string_view>

using engage::JsonParseError;
using engage::JsonParseOptions;
using engage::JsonParseResult;
using engage::JsonValue;
using engage::parseJson;

Q_DECLARE_METATYPE(engage::JsonParseError::Code)
Q_DECLARE_METATYPE(engage::JsonValue::Type)

namespace {

// Qt's own parser is the oracle: our tree, as the QJsonValue it would have made. Integers go
// through qint64, not double, so that 2^53 + 1 stays exact.
QJsonValue asQJsonValue(const JsonValue& value)
{
    switch (value.type()) {
    case JsonValue::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case JsonValue::Type::Bool:
        return QJsonValue(value.toBool());
    case JsonValue::Type::Number:
        if (const std::optional<qint64> integer = value.toInteger())
            return QJsonValue(*integer);
        return QJsonValue(value.text().toDouble());
    case JsonValue::Type::String:
        return QJsonValue(value.text());
    case JsonValue::Type::Array: {
        QJsonArray array;
        for (const JsonValue& item : value.items())
            array.append(asQJsonValue(item));
        return array;
    }
    case JsonValue::Type::Object: {
        QJsonObject object;
        for (const JsonValue::Member& member : value.members())
            object.insert(member.first, asQJsonValue(member.second));
        return object;
    }
    }
    return QJsonValue(QJsonValue::Null);
}

// The bytes of a literal without its terminating NUL, keeping any NUL written inside it.
template <std::size_t N> QByteArray bytes(const char (&text)[N])
{
    return QByteArray(text, static_cast<qsizetype>(N - 1));
}

QString positionText(engage::TextPosition position)
{
    return QStringLiteral("%1:%2").arg(position.line).arg(position.column);
}

// "line:column" of every value in document order: a container before its elements.
void collectPositions(const JsonValue& value, QStringList& positions)
{
    positions.append(positionText(value.position()));
    for (const JsonValue& item : value.items())
        collectPositions(item, positions);
    for (const JsonValue::Member& member : value.members())
        collectPositions(member.second, positions);
}

// {"m0":0,"m1":0,...} with `count` members, left open for the caller to finish.
QByteArray openObjectWithMembers(int count)
{
    QByteArray json = "{";
    json.reserve(count * 12);
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += "\"m" + QByteArray::number(i) + "\":0";
    }
    return json;
}

} // namespace

class TestJsonParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesEveryKindOfTopLevelValue_data();
    void parsesEveryKindOfTopLevelValue();
    void decodesStringEscapes_data();
    void decodesStringEscapes();
    void decodesEscapedSurrogatePairToOneCodePoint();
    void rejectsLoneSurrogateEscapes_data();
    void rejectsLoneSurrogateEscapes();
    void nestedDocumentsMatchQtsOwnParser_data();
    void nestedDocumentsMatchQtsOwnParser();
    void keepsMembersInDocumentOrder();
    void memberFindsTheFirstMatchOrNothing();
    void recordsThePositionOfEveryValue_data();
    void recordsThePositionOfEveryValue();
    void reportsErrorsWithCodeAndPosition_data();
    void reportsErrorsWithCodeAndPosition();
    void errorMessagesReadAsSentences_data();
    void errorMessagesReadAsSentences();
    void messagesQuoteAtMostTwentyCharactersOfInput();
    void acceptsNestingUpToMaxDepth_data();
    void acceptsNestingUpToMaxDepth();
    void refusesTenThousandNestedLevelsWithoutOverflowingTheStack_data();
    void refusesTenThousandNestedLevelsWithoutOverflowingTheStack();
    void findsDuplicateAtEndOfHundredThousandMemberObject_data();
    void findsDuplicateAtEndOfHundredThousandMemberObject();
    void parsesHundredThousandMemberObjectInOrder();
    void distinguishesIntegersFromOtherNumbers_data();
    void distinguishesIntegersFromOtherNumbers();
    void integerTextIsReadStrictly_data();
    void integerTextIsReadStrictly();
    void acceptsWellFormedUtf8AtTheBoundaries_data();
    void acceptsWellFormedUtf8AtTheBoundaries();
    void rejectsMalformedUtf8_data();
    void rejectsMalformedUtf8();
    void namesTypesInEnglish();
    void tapeFindsMembersPastNestedValues();
    void tapeIsReusedForTheNextDocument();
    void oneTapeParserReadsDocumentAfterDocument();
    void findsWhatEndsAPlainRunAtEveryPlaceOfALongString();
};

void TestJsonParser::parsesEveryKindOfTopLevelValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<JsonValue::Type>("type");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("null") << bytes("null") << JsonValue::Type::Null << QJsonValue();
    QTest::newRow("true") << bytes("true") << JsonValue::Type::Bool << QJsonValue(true);
    QTest::newRow("false") << bytes("false") << JsonValue::Type::Bool << QJsonValue(false);
    QTest::newRow("integer") << bytes("42") << JsonValue::Type::Number << QJsonValue(42);
    QTest::newRow("negative integer") << bytes("-17") << JsonValue::Type::Number << QJsonValue(-17);
    QTest::newRow("zero") << bytes("0") << JsonValue::Type::Number << QJsonValue(0);
    QTest::newRow("fraction") << bytes("3.25") << JsonValue::Type::Number << QJsonValue(3.25);
    QTest::newRow("exponent") << bytes("1e3") << JsonValue::Type::Number << QJsonValue(1000.0);
    QTest::newRow("negative exponent")
        << bytes("-2.5E-2") << JsonValue::Type::Number << QJsonValue(-0.025);
    QTest::newRow("string") << bytes("\"hello\"") << JsonValue::Type::String
                            << QJsonValue(QStringLiteral("hello"));
    QTest::newRow("empty string") << bytes("\"\"") << JsonValue::Type::String
                                  << QJsonValue(QString());
    QTest::newRow("empty array") << bytes("[]") << JsonValue::Type::Array
                                 << QJsonValue(QJsonArray());
    QTest::newRow("empty object") << bytes("{ }") << JsonValue::Type::Object
                                  << QJsonValue(QJsonObject());
    QTest::newRow("surrounded by white space")
        << bytes(" \t\r\n 7 \r\n") << JsonValue::Type::Number << QJsonValue(7);
}

void TestJsonParser::parsesEveryKindOfTopLevelValue()
{
    QFETCH(QByteArray, input);
    QFETCH(JsonValue::Type, type);
    QFETCH(QJsonValue, expected);

    const JsonParseResult result = parseJson(input);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QVERIFY(result.value);
    QCOMPARE(result.value->type(), type);
    QCOMPARE(asQJsonValue(*result.value), expected);
}

void TestJsonParser::decodesStringEscapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("every short escape")
        << bytes(R"("\"\\\/\b\f\n\r\t")") << QStringLiteral("\"\\/\b\f\n\r\t");
    QTest::newRow("plain text around escapes")
        << bytes(R"("one\ntwo\tthree")") << QStringLiteral("one\ntwo\tthree");
    QTest::newRow("unicode escape, lower case")
        << bytes(R"("caf\u00e9")") << QString::fromUtf8("caf\xC3\xA9");
    QTest::newRow("unicode escape, upper case")
        << bytes(R"("\u20AC")") << QString::fromUtf8("\xE2\x82\xAC");
    QTest::newRow("escaped NUL") << bytes(R"("a\u0000b")")
                                 << QString(QStringLiteral("a") + QChar(0) + QLatin1Char('b'));
    QTest::newRow("raw UTF-8") << bytes("\"h\xC3\xA9llo \xE2\x82\xAC \xF0\x9D\x84\x9E\"")
                               << QString::fromUtf8("h\xC3\xA9llo \xE2\x82\xAC \xF0\x9D\x84\x9E");
    QTest::newRow("raw UTF-8 next to an escape")
        << bytes("\"\xC3\xA9\\n\xC3\xA9\"") << QString::fromUtf8("\xC3\xA9\n\xC3\xA9");
    QTest::newRow("DEL is allowed raw") << bytes("\"\x7F\"") << QString(QChar(0x7F));
}

void TestJsonParser::decodesStringEscapes()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);

    const JsonParseResult result = parseJson(input);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.value->text(), expected);
}

void TestJsonParser::decodesEscapedSurrogatePairToOneCodePoint()
{
    const JsonParseResult result = parseJson(bytes(R"("\ud83d\ude00")"));

    QVERIFY(result.value);
    QCOMPARE(result.value->text().toUcs4(), QList<uint>{0x1F600});
}

void TestJsonParser::rejectsLoneSurrogateEscapes_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("column");

    QTest::newRow("high surrogate before the closing quote") << bytes(R"("\ud83d")") << 2;
    QTest::newRow("high surrogate before other text") << bytes(R"("ab\ud83dx")") << 4;
    QTest::newRow("high surrogate before a non-surrogate escape")
        << bytes(R"("\ud83d\u0041")") << 2;
    QTest::newRow("two high surrogates") << bytes(R"("\ud83d\ud83d")") << 2;
    QTest::newRow("low surrogate alone") << bytes(R"("\ude00")") << 2;
    QTest::newRow("pair in the wrong order") << bytes(R"("\ude00\ud83d")") << 2;
}

void TestJsonParser::rejectsLoneSurrogateEscapes()
{
    QFETCH(QByteArray, input);
    QFETCH(int, column);

    const JsonParseResult result = parseJson(input);
    QVERIFY(!result.value);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, JsonParseError::Code::InvalidString);
    QCOMPARE(result.error->position.line, 1);
    QCOMPARE(result.error->position.column, column);
    QVERIFY2(result.error->message.contains(QLatin1String("surrogate")),
             qPrintable(result.error->message));
}

void TestJsonParser::nestedDocumentsMatchQtsOwnParser_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("array of every type")
        << bytes(R"([null, true, false, 0, -1.5, 2e10, "s", [], {}, [[1], {"a": [2]}]])");
    QTest::newRow("configuration-like object") << bytes(R"({
        "format": "engage-community",
        "version": 1,
        "jwt_keys": [ { "id": "k1", "alg": "RS256", "enabled": true } ],
        "limits": { "rate": 2.5, "burst": 10, "note": null }
    })");
    QTest::newRow("same name in different objects") << bytes(R"({"a": {"a": {"a": 1}}})");

    // Large containers are assembled differently from small ones (see takeElements).
    QByteArray numbers;
    for (int i = 0; i < 3000; ++i)
        numbers += QByteArray::number(i) + ',';
    numbers.chop(1);
    const QByteArray large = "[" + numbers + "]";
    QTest::newRow("large arrays at every place")
        << "{\"a\":" + large + ",\"b\":[1," + large + "],\"c\":[" + large + ",7," + large + "]}";
    QTest::newRow("large objects inside an array")
        << "[1," + openObjectWithMembers(3000) + "}," + openObjectWithMembers(2000) + "}]";
}

void TestJsonParser::nestedDocumentsMatchQtsOwnParser()
{
    QFETCH(QByteArray, input);

    const JsonParseResult result = parseJson(input);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    const QJsonDocument expected = QJsonDocument::fromJson(input);
    const QJsonValue actual = asQJsonValue(*result.value);
    if (expected.isArray())
        QCOMPARE(actual, QJsonValue(expected.array()));
    else
        QCOMPARE(actual, QJsonValue(expected.object()));
}

void TestJsonParser::keepsMembersInDocumentOrder()
{
    const JsonParseResult result = parseJson(bytes(R"({"b": 1, "a": 2, "c": {"z": 0, "y": 1}})"));

    QVERIFY(result.value);
    QStringList names;
    for (const JsonValue::Member& member : result.value->members())
        names.append(member.first);
    QCOMPARE(names, (QStringList{QStringLiteral("b"), QStringLiteral("a"), QStringLiteral("c")}));
    const JsonValue* inner = result.value->member(u"c");
    QVERIFY(inner);
    QCOMPARE(inner->members().at(0).first, QStringLiteral("z"));
    QCOMPARE(inner->members().at(1).first, QStringLiteral("y"));
}

void TestJsonParser::memberFindsTheFirstMatchOrNothing()
{
    const JsonValue object =
        JsonValue::makeObject({{QStringLiteral("a"), JsonValue::makeBool(true)},
                               {QStringLiteral("a"), JsonValue::makeBool(false)}});

    QVERIFY(object.member(u"a"));
    QCOMPARE(object.member(u"a")->toBool(), true);
    QCOMPARE(object.member(u"b"), nullptr);
    QCOMPARE(JsonValue::makeArray({JsonValue::makeNull()}).member(u"a"), nullptr);
    QCOMPARE(JsonValue::makeString(QStringLiteral("a")).member(u"a"), nullptr);
}

void TestJsonParser::recordsThePositionOfEveryValue_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("positions");

    QTest::newRow("scalar after white space") << bytes("\n\n   true") << QStringLiteral("3:4");
    QTest::newRow("array on one line")
        << bytes("[1, \"x\", true]") << QStringLiteral("1:1 1:2 1:5 1:10");
    QTest::newRow("object over lines")
        << bytes("{\n  \"a\": [null,\n    false]\n}") << QStringLiteral("1:1 2:8 2:9 3:5");
    QTest::newRow("after multibyte characters")
        << bytes("[\"\xF0\x9F\x98\x80\xC3\xA9\", 1]") << QStringLiteral("1:1 1:2 1:8");
    QTest::newRow("after a multibyte member name")
        << bytes("{\"\xE2\x82\xAC\": 5}") << QStringLiteral("1:1 1:7");
    QTest::newRow("escapes count as written")
        << bytes("[\"\\u00e9\", 2]") << QStringLiteral("1:1 1:2 1:12");
    QTest::newRow("CR LF is one line break")
        << bytes("[\r\n1,\r\n  2]") << QStringLiteral("1:1 2:1 3:3");
}

void TestJsonParser::recordsThePositionOfEveryValue()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, positions);

    const JsonParseResult result = parseJson(input);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QStringList actual;
    collectPositions(*result.value, actual);
    QCOMPARE(actual.join(QLatin1Char(' ')), positions);
}

void TestJsonParser::reportsErrorsWithCodeAndPosition_data()
{
    using Code = JsonParseError::Code;
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<Code>("code");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("invalid UTF-8 in a string")
        << bytes("\"ab\xC0\xAF\"") << Code::InvalidUtf8 << 1 << 4 << QStringLiteral("UTF-8");
    QTest::newRow("invalid UTF-8 between values")
        << bytes("[1,\xC0]") << Code::InvalidUtf8 << 1 << 4 << QStringLiteral("C0");
    QTest::newRow("invalid UTF-8 after the value")
        << bytes("{} \xFF") << Code::InvalidUtf8 << 1 << 4 << QStringLiteral("FF");

    QTest::newRow("NUL between values")
        << bytes("[1,\0 2]") << Code::NulCharacter << 1 << 4 << QStringLiteral("NUL");
    QTest::newRow("NUL in a string")
        << bytes("\"a\0\"") << Code::NulCharacter << 1 << 3 << QStringLiteral("NUL");
    QTest::newRow("NUL after a backslash")
        << bytes("\"\\\0\"") << Code::NulCharacter << 1 << 3 << QStringLiteral("NUL");
    QTest::newRow("NUL after the value")
        << bytes("{}\0") << Code::NulCharacter << 1 << 3 << QStringLiteral("NUL");

    QTest::newRow("empty text") << bytes("") << Code::UnexpectedEnd << 1 << 1
                                << QStringLiteral("the text is empty");
    QTest::newRow("only white space")
        << bytes(" \n\t ") << Code::UnexpectedEnd << 2 << 3 << QStringLiteral("the text is empty");
    QTest::newRow("unfinished array")
        << bytes("[1,") << Code::UnexpectedEnd << 1 << 4 << QStringLiteral("middle of an array");
    QTest::newRow("unfinished object") << bytes("{\"a\":1") << Code::UnexpectedEnd << 1 << 7
                                       << QStringLiteral("middle of an object");
    QTest::newRow("object ends after a name") << bytes("{\"a\"") << Code::UnexpectedEnd << 1 << 5
                                              << QStringLiteral("middle of an object");
    QTest::newRow("unfinished string")
        << bytes("\"abc") << Code::UnexpectedEnd << 1 << 5 << QStringLiteral("middle of a string");
    QTest::newRow("unfinished string after a multibyte character")
        << bytes("[\"\xC3\xA9") << Code::UnexpectedEnd << 1 << 4
        << QStringLiteral("middle of a string");
    QTest::newRow("unfinished unicode escape") << bytes("\"\\u12") << Code::UnexpectedEnd << 1 << 6
                                               << QStringLiteral("middle of a string");
    QTest::newRow("unfinished literal")
        << bytes("tru") << Code::UnexpectedEnd << 1 << 4 << QStringLiteral("\"true\"");

    QTest::newRow("missing comma") << bytes("[1 2]") << Code::UnexpectedCharacter << 1 << 4
                                   << QStringLiteral("expected ',' or ']'");
    QTest::newRow("missing value") << bytes("{\"a\":}") << Code::UnexpectedCharacter << 1 << 6
                                   << QStringLiteral("expected a value");
    QTest::newRow("missing colon") << bytes("{\"a\" 1}") << Code::UnexpectedCharacter << 1 << 6
                                   << QStringLiteral("expected ':'");
    QTest::newRow("unquoted member name") << bytes("{a:1}") << Code::UnexpectedCharacter << 1 << 2
                                          << QStringLiteral("member name in double quotes");
    QTest::newRow("trailing comma in an array")
        << bytes("[1,]") << Code::UnexpectedCharacter << 1 << 4 << QStringLiteral("trailing comma");
    QTest::newRow("trailing comma in an object") << bytes("{\"a\":1,}") << Code::UnexpectedCharacter
                                                 << 1 << 8 << QStringLiteral("trailing comma");
    QTest::newRow("byte order mark") << bytes("\xEF\xBB\xBF{}") << Code::UnexpectedCharacter << 1
                                     << 1 << QStringLiteral("byte order mark");
    QTest::newRow("single quotes")
        << bytes("'a'") << Code::UnexpectedCharacter << 1 << 1 << QStringLiteral("double quotes");
    QTest::newRow("comment") << bytes("[1 // one\n]") << Code::UnexpectedCharacter << 1 << 4
                             << QStringLiteral("comments");
    QTest::newRow("bad value after a multibyte name")
        << bytes("{\n  \"\xC3\xA9\": x}") << Code::UnexpectedCharacter << 2 << 8
        << QStringLiteral("unexpected character 'x' (expected a value)");
    QTest::newRow("no-break space")
        << bytes("[\xC2\xA0]") << Code::UnexpectedCharacter << 1 << 2 << QStringLiteral("U+00A0");
    QTest::newRow("misspelt literal") << bytes("[trux]") << Code::UnexpectedCharacter << 1 << 5
                                      << QStringLiteral("expected \"true\"");

    QTest::newRow("leading zero") << bytes("01") << Code::InvalidNumber << 1 << 2
                                  << QStringLiteral("0 followed by more digits");
    QTest::newRow("negative leading zero") << bytes("[-01]") << Code::InvalidNumber << 1 << 4
                                           << QStringLiteral("0 followed by more digits");
    QTest::newRow("no digit after the point")
        << bytes("1.") << Code::InvalidNumber << 1 << 3 << QStringLiteral("decimal point");
    QTest::newRow("minus alone") << bytes("-") << Code::InvalidNumber << 1 << 2
                                 << QStringLiteral("minus sign");
    QTest::newRow("empty exponent")
        << bytes("1e") << Code::InvalidNumber << 1 << 3 << QStringLiteral("exponent");
    QTest::newRow("exponent with a sign only")
        << bytes("1e+]") << Code::InvalidNumber << 1 << 4 << QStringLiteral("exponent");
    QTest::newRow("plus sign") << bytes("+1") << Code::InvalidNumber << 1 << 1
                               << QStringLiteral("'+'");
    QTest::newRow("no digit before the point")
        << bytes(".5") << Code::InvalidNumber << 1 << 1 << QStringLiteral("digit");
    QTest::newRow("hexadecimal") << bytes("0x1F") << Code::InvalidNumber << 1 << 2
                                 << QStringLiteral("'x'");
    QTest::newRow("two points") << bytes("1.5.3") << Code::InvalidNumber << 1 << 4
                                << QStringLiteral("'.'");
    QTest::newRow("NaN") << bytes("NaN") << Code::InvalidNumber << 1 << 1 << QStringLiteral("NaN");
    QTest::newRow("Infinity") << bytes("[Infinity]") << Code::InvalidNumber << 1 << 2
                              << QStringLiteral("Infinity");
    QTest::newRow("negative Infinity")
        << bytes("-Infinity") << Code::InvalidNumber << 1 << 2 << QStringLiteral("minus sign");

    QTest::newRow("raw line break in a string")
        << bytes("\"a\nb\"") << Code::InvalidString << 1 << 3 << QStringLiteral("U+000A");
    QTest::newRow("raw tab in a string")
        << bytes("\"\t\"") << Code::InvalidString << 1 << 2 << QStringLiteral("U+0009");
    QTest::newRow("lone surrogate escape")
        << bytes("\"\\ud83d\"") << Code::InvalidString << 1 << 2 << QStringLiteral("surrogate");

    QTest::newRow("unknown escape") << bytes("\"\\x\"") << Code::InvalidEscape << 1 << 2
                                    << QStringLiteral("'\\x' is not a valid escape");
    QTest::newRow("short unicode escape") << bytes("\"\\u12\"") << Code::InvalidEscape << 1 << 2
                                          << QStringLiteral("four hexadecimal digits");
    QTest::newRow("upper-case U escape")
        << bytes("\"\\U0041\"") << Code::InvalidEscape << 1 << 2 << QStringLiteral("'\\U'");
    QTest::newRow("unknown escape after a multibyte character")
        << bytes("\"\xC3\xA9\\q\"") << Code::InvalidEscape << 1 << 3 << QStringLiteral("'\\q'");

    QTest::newRow("duplicate member") << bytes("{\"alg\":1,\"alg\":2}") << Code::DuplicateMember
                                      << 1 << 10 << QStringLiteral("member \"alg\" appears twice");
    QTest::newRow("duplicate member written with an escape")
        << bytes("{\"a\":1,\n \"\\u0061\":2}") << Code::DuplicateMember << 2 << 2
        << QStringLiteral("member \"a\" appears twice");

    QTest::newRow("too deep") << QByteArray(300, '[') << Code::TooDeep << 1 << 257
                              << QStringLiteral("256 levels");

    QTest::newRow("word after the value")
        << bytes("{} x") << Code::TrailingData << 1 << 4 << QStringLiteral("'x'");
    QTest::newRow("second value") << bytes("\"a\"\n\"b\"") << Code::TrailingData << 2 << 1
                                  << QStringLiteral("exactly one value");
    QTest::newRow("extra closing bracket")
        << bytes("[]]") << Code::TrailingData << 1 << 3 << QStringLiteral("']'");
    QTest::newRow("letters glued to a literal")
        << bytes("nullx") << Code::TrailingData << 1 << 5 << QStringLiteral("'x'");
}

void TestJsonParser::reportsErrorsWithCodeAndPosition()
{
    QFETCH(QByteArray, input);
    QFETCH(JsonParseError::Code, code);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);

    const JsonParseResult result = parseJson(input);
    QVERIFY(!result.value);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, code);
    QCOMPARE(positionText(result.error->position), positionText({line, column}));
    QVERIFY2(result.error->message.contains(messagePart), qPrintable(result.error->message));

    // Parsing into a tape, which records no positions, reports the same error.
    engage::JsonTape tape;
    const std::optional<JsonParseError> tapeError = parseJson(input, tape);
    QVERIFY(tapeError);
    QCOMPARE(tapeError->code, code);
    QCOMPARE(positionText(tapeError->position), positionText({line, column}));
    QCOMPARE(tapeError->message, result.error->message);
}

void TestJsonParser::errorMessagesReadAsSentences_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("message");

    QTest::newRow("missing value")
        << bytes("{\"a\": }") << QStringLiteral("unexpected character '}' (expected a value)");
    QTest::newRow("unfinished string")
        << bytes("[\"abc") << QStringLiteral("the text ends in the middle of a string");
    QTest::newRow("duplicate member")
        << bytes("{\"alg\":1,\"alg\":2}") << QStringLiteral("member \"alg\" appears twice");
    QTest::newRow("empty text") << bytes("  ") << QStringLiteral("the text is empty");
    QTest::newRow("non-ASCII character") << bytes("[\xE2\x82\xAC]")
                                         << QString::fromUtf8("unexpected character '\xE2\x82\xAC' "
                                                              "(U+20AC) (expected a value)");
    QTest::newRow("right-to-left override escaped")
        << bytes("[\xE2\x80\xAE]")
        << QStringLiteral("unexpected character '\\u202e' (U+202E) (expected a value)");
    QTest::newRow("control characters of a member name escaped")
        << bytes("{\"\\u001b[2K\\r\":1,\"\\u001b[2K\\r\":2}")
        << QStringLiteral("member \"\\u001b[2K\\u000d\" appears twice");
}

void TestJsonParser::errorMessagesReadAsSentences()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, message);

    const JsonParseResult result = parseJson(input);
    QVERIFY(result.error);
    QCOMPARE(result.error->message, message);
}

void TestJsonParser::messagesQuoteAtMostTwentyCharactersOfInput()
{
    const QByteArray name(1000, 'n');
    const JsonParseResult result = parseJson("{\"" + name + "\":1,\"" + name + "\":2}");

    QVERIFY(result.error);
    QCOMPARE(result.error->code, JsonParseError::Code::DuplicateMember);
    QCOMPARE(result.error->message, QStringLiteral("member \"%1%2\" appears twice")
                                        .arg(QString(19, QLatin1Char('n')), QChar(0x2026)));
}

void TestJsonParser::acceptsNestingUpToMaxDepth_data()
{
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("256 arrays by default")
        << JsonParseOptions{}.maxDepth << QByteArray(256, '[') + QByteArray(256, ']') << true;
    QTest::newRow("257 arrays by default")
        << JsonParseOptions{}.maxDepth << QByteArray(257, '[') + QByteArray(257, ']') << false;
    QTest::newRow("three levels of three") << 3 << bytes(R"({"a":[{"b":1}]})") << true;
    QTest::newRow("four levels of three") << 3 << bytes(R"({"a":[{"b":[]}]})") << false;
    QTest::newRow("a scalar at depth zero") << 0 << bytes("1") << true;
    QTest::newRow("an empty array at depth zero") << 0 << bytes("[]") << false;
}

void TestJsonParser::acceptsNestingUpToMaxDepth()
{
    QFETCH(int, maxDepth);
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);

    JsonParseOptions options;
    options.maxDepth = maxDepth;
    const JsonParseResult result = parseJson(input, options);
    QCOMPARE(result.value.has_value(), accepted);
    if (!accepted)
        QCOMPARE(result.error->code, JsonParseError::Code::TooDeep);
}

void TestJsonParser::refusesTenThousandNestedLevelsWithoutOverflowingTheStack_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("column");

    QTest::newRow("arrays") << QByteArray(10000, '[') << 257;
    QTest::newRow("closed arrays") << QByteArray(10000, '[') + QByteArray(10000, ']') << 257;
    QTest::newRow("objects") << QByteArray("{\"a\":").repeated(10000) << 257 * 5 - 4;
}

void TestJsonParser::refusesTenThousandNestedLevelsWithoutOverflowingTheStack()
{
    QFETCH(QByteArray, input);
    QFETCH(int, column);

    const JsonParseResult result = parseJson(input);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, JsonParseError::Code::TooDeep);
    QCOMPARE(positionText(result.error->position), positionText({1, column}));
}

void TestJsonParser::findsDuplicateAtEndOfHundredThousandMemberObject_data()
{
    QTest::addColumn<QString>("name");

    QTest::newRow("of the first member") << QStringLiteral("m0");
    QTest::newRow("of a middle member") << QStringLiteral("m50000");
    QTest::newRow("of the last member") << QStringLiteral("m99999");
}

void TestJsonParser::findsDuplicateAtEndOfHundredThousandMemberObject()
{
    QFETCH(QString, name);

    const QByteArray members = openObjectWithMembers(100000);
    const JsonParseResult result = parseJson(members + ",\"" + name.toUtf8() + "\":1}");

    QVERIFY(result.error);
    QCOMPARE(result.error->code, JsonParseError::Code::DuplicateMember);
    QCOMPARE(result.error->message, QStringLiteral("member \"%1\" appears twice").arg(name));
    QCOMPARE(positionText(result.error->position),
             positionText({1, static_cast<int>(members.size()) + 2}));
}

void TestJsonParser::parsesHundredThousandMemberObjectInOrder()
{
    const JsonParseResult result = parseJson(openObjectWithMembers(100000) + "}");

    QVERIFY(result.value);
    QCOMPARE(result.value->members().size(), std::size_t(100000));
    QCOMPARE(result.value->members().front().first, QStringLiteral("m0"));
    QCOMPARE(result.value->members().back().first, QStringLiteral("m99999"));
}

void TestJsonParser::distinguishesIntegersFromOtherNumbers_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("isInteger");
    QTest::addColumn<qint64>("integer");
    QTest::addColumn<double>("number");

    QTest::newRow("zero") << bytes("0") << true << qint64(0) << 0.0;
    QTest::newRow("negative zero") << bytes("-0") << true << qint64(0) << -0.0;
    QTest::newRow("negative") << bytes("-12") << true << qint64(-12) << -12.0;
    QTest::newRow("largest qint64") << bytes("9223372036854775807") << true
                                    << qint64(9223372036854775807) << 9223372036854775807.0;
    QTest::newRow("smallest qint64")
        << bytes("-9223372036854775808") << true << std::numeric_limits<qint64>::min()
        << -9223372036854775808.0;
    QTest::newRow("beyond qint64")
        << bytes("9223372036854775808") << false << qint64(0) << 9223372036854775808.0;
    QTest::newRow("fraction of zero") << bytes("1.0") << false << qint64(0) << 1.0;
    QTest::newRow("exponent") << bytes("1e3") << false << qint64(0) << 1000.0;
    QTest::newRow("upper-case exponent") << bytes("2E2") << false << qint64(0) << 200.0;
    QTest::newRow("fraction") << bytes("-0.5") << false << qint64(0) << -0.5;
}

void TestJsonParser::distinguishesIntegersFromOtherNumbers()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, isInteger);
    QFETCH(qint64, integer);
    QFETCH(double, number);

    const JsonParseResult result = parseJson(input);
    QVERIFY(result.value);
    QCOMPARE(result.value->text(), QString::fromLatin1(input));
    QCOMPARE(result.value->isInteger(), isInteger);
    QCOMPARE(result.value->toInteger().has_value(), isInteger);
    if (isInteger)
        QCOMPARE(*result.value->toInteger(), integer);
    QCOMPARE(result.value->text().toDouble(), number);

    engage::JsonTape tape;
    QVERIFY(!parseJson(input, tape));
    QCOMPARE(tape.toInteger(0).has_value(), isInteger);
    if (isInteger)
        QCOMPARE(*tape.toInteger(0), integer);
}

// Also text that is not JSON: API parameters are checked with it.
void TestJsonParser::integerTextIsReadStrictly_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<std::optional<qint64>>("integer");

    const std::optional<qint64> none;
    QTest::newRow("exp") << bytes("1800007200") << std::optional<qint64>(1800007200);
    QTest::newRow("leading zeros") << bytes("007") << std::optional<qint64>(7);
    QTest::newRow("negative zero") << bytes("-0") << std::optional<qint64>(0);
    QTest::newRow("smallest") << bytes("-9223372036854775808")
                              << std::optional<qint64>(std::numeric_limits<qint64>::min());
    QTest::newRow("below the smallest") << bytes("-9223372036854775809") << none;
    QTest::newRow("largest") << bytes("9223372036854775807")
                             << std::optional<qint64>(std::numeric_limits<qint64>::max());
    QTest::newRow("beyond 64 bits") << bytes("18446744073709551616") << none;
    QTest::newRow("20 nines") << bytes("99999999999999999999") << none;
    QTest::newRow("empty") << bytes("") << none;
    QTest::newRow("minus alone") << bytes("-") << none;
    QTest::newRow("plus sign") << bytes("+5") << none;
    QTest::newRow("two minus signs") << bytes("--5") << none;
    QTest::newRow("space before") << bytes(" 5") << none;
    QTest::newRow("space after") << bytes("5 ") << none;
    QTest::newRow("fraction") << bytes("1.0") << none;
    QTest::newRow("exponent") << bytes("1e3") << none;
    QTest::newRow("letter") << bytes("12a") << none;
    QTest::newRow("colon after the digits") << bytes("9:") << none;
    QTest::newRow("slash before the digits") << bytes("/1") << none;
}

void TestJsonParser::integerTextIsReadStrictly()
{
    QFETCH(QByteArray, text);
    QFETCH(std::optional<qint64>, integer);

    QCOMPARE(engage::integerOfNumberText({text.constData(), std::size_t(text.size())}), integer);
}

void TestJsonParser::acceptsWellFormedUtf8AtTheBoundaries_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<uint>("codePoint");

    QTest::newRow("U+0080") << bytes("\"\xC2\x80\"") << 0x80u;
    QTest::newRow("U+07FF") << bytes("\"\xDF\xBF\"") << 0x7FFu;
    QTest::newRow("U+0800") << bytes("\"\xE0\xA0\x80\"") << 0x800u;
    QTest::newRow("U+D7FF") << bytes("\"\xED\x9F\xBF\"") << 0xD7FFu;
    QTest::newRow("U+E000") << bytes("\"\xEE\x80\x80\"") << 0xE000u;
    QTest::newRow("U+FFFF") << bytes("\"\xEF\xBF\xBF\"") << 0xFFFFu;
    QTest::newRow("U+10000") << bytes("\"\xF0\x90\x80\x80\"") << 0x10000u;
    QTest::newRow("U+10FFFF") << bytes("\"\xF4\x8F\xBF\xBF\"") << 0x10FFFFu;
}

void TestJsonParser::acceptsWellFormedUtf8AtTheBoundaries()
{
    QFETCH(QByteArray, input);
    QFETCH(uint, codePoint);

    const JsonParseResult result = parseJson(input);
    QVERIFY2(!result.error, qPrintable(result.error ? result.error->message : QString()));
    QCOMPARE(result.value->text().toUcs4(), QList<uint>{codePoint});
}

void TestJsonParser::rejectsMalformedUtf8_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("column");

    QTest::newRow("overlong slash") << bytes("\"\xC0\xAF\"") << 2;
    QTest::newRow("overlong three-byte form") << bytes("\"\xE0\x80\xAF\"") << 2;
    QTest::newRow("overlong four-byte form") << bytes("\"\xF0\x80\x80\xAF\"") << 2;
    QTest::newRow("encoded surrogate") << bytes("\"\xED\xA0\x80\"") << 2;
    QTest::newRow("beyond U+10FFFF") << bytes("\"\xF4\x90\x80\x80\"") << 2;
    QTest::newRow("lead byte F5") << bytes("\"\xF5\x80\x80\x80\"") << 2;
    QTest::newRow("stray continuation byte") << bytes("\"a\x80\"") << 3;
    QTest::newRow("truncated before the quote") << bytes("\"\xE2\x82\"") << 2;
    QTest::newRow("truncated at the end of the text") << bytes("\"\xE2\x82") << 2;
    QTest::newRow("after a valid character") << bytes("\"\xC3\xA9\xC3\"") << 3;
    QTest::newRow("outside a string") << bytes("[\xC0\xAF]") << 2;
}

void TestJsonParser::rejectsMalformedUtf8()
{
    QFETCH(QByteArray, input);
    QFETCH(int, column);

    const JsonParseResult result = parseJson(input);
    QVERIFY(!result.value);
    QVERIFY(result.error);
    QCOMPARE(result.error->code, JsonParseError::Code::InvalidUtf8);
    QCOMPARE(positionText(result.error->position), positionText({1, column}));
}

void TestJsonParser::namesTypesInEnglish()
{
    using Type = JsonValue::Type;
    QCOMPARE(JsonValue::typeName(Type::Null), QStringLiteral("null"));
    QCOMPARE(JsonValue::typeName(Type::Bool), QStringLiteral("a boolean"));
    QCOMPARE(JsonValue::typeName(Type::Number), QStringLiteral("a number"));
    QCOMPARE(JsonValue::typeName(Type::String), QStringLiteral("a string"));
    QCOMPARE(JsonValue::typeName(Type::Array), QStringLiteral("an array"));
    QCOMPARE(JsonValue::typeName(Type::Object), QStringLiteral("an object"));
}

void TestJsonParser::tapeFindsMembersPastNestedValues()
{
    engage::JsonTape tape;
    QVERIFY(!parseJson(R"({"a": {"x": [1, {"y": 2}], "z": "in a"}, "b": "t\u00e9", "c": true,
                           "d": null, "e": -3, "f": 1.5, "": "empty name"})",
                       tape));

    QCOMPARE(tape.type(0), JsonValue::Type::Object);
    const std::optional<engage::JsonTape::Index> a = tape.member(0, "a");
    QVERIFY(a);
    QCOMPARE(tape.type(*a), JsonValue::Type::Object);
    QCOMPARE(tape.text(*tape.member(*a, "z")), std::string_view("in a"));
    QVERIFY(!tape.member(0, "z")); // a nested member is not the document's
    QVERIFY(!tape.member(0, "y"));
    QCOMPARE(tape.text(*tape.member(0, "b")), std::string_view("t\xc3\xa9"));
    QCOMPARE(tape.qstringText(*tape.member(0, "b")), QString::fromUtf8("t\xc3\xa9"));
    QCOMPARE(tape.type(*tape.member(0, "c")), JsonValue::Type::Bool);
    QVERIFY(tape.toBool(*tape.member(0, "c")));
    QCOMPARE(tape.type(*tape.member(0, "d")), JsonValue::Type::Null);
    QCOMPARE(tape.toInteger(*tape.member(0, "e")), std::optional<qint64>(-3));
    QCOMPARE(tape.text(*tape.member(0, "f")), std::string_view("1.5"));
    QVERIFY(!tape.toInteger(*tape.member(0, "f")));
    QCOMPARE(tape.text(*tape.member(0, "")), std::string_view("empty name"));
    QVERIFY(!tape.member(0, "g"));
    QVERIFY(!tape.member(*tape.member(0, "b"), "x")); // a string has no members

    const std::optional<engage::JsonTape::Index> x = tape.member(*a, "x");
    QCOMPARE(tape.type(*x), JsonValue::Type::Array);
    QCOMPARE(tape.end(*x), *tape.member(*a, "z") - 1); // the next name follows the array
}

void TestJsonParser::tapeIsReusedForTheNextDocument()
{
    engage::JsonTape tape;
    QVERIFY(!parseJson(R"({"long member name": "a long string value", "n": [1, 2, 3]})", tape));
    QVERIFY(parseJson(R"({"broken": )", tape)); // an error leaves part of a document
    QVERIFY(!parseJson(R"({"k": "v"})", tape));
    QVERIFY(!tape.isCompactText()); // white space
    QVERIFY(!parseJson(R"({"k":"\u0076"})", tape));
    QVERIFY(!tape.isCompactText()); // an escape
    QVERIFY(!parseJson(R"({"k":"v"})", tape));
    QVERIFY(tape.isCompactText());
    QCOMPARE(tape.end(0), engage::JsonTape::Index(3)); // the object, one name, one value
    QCOMPARE(tape.text(*tape.member(0, "k")), std::string_view("v"));
    QVERIFY(!tape.member(0, "n"));
    QCOMPARE(tape.toJsonValue().members().size(), std::size_t(1));

    tape.clear();
    QVERIFY(tape.isEmpty());
}

// A batch parses every token with one parser: nothing of a document, failed or not, may
// change what the next one gives.
void TestJsonParser::oneTapeParserReadsDocumentAfterDocument()
{
    QByteArray largeObject = "{";
    for (int index = 0; index < 40; ++index)
        largeObject += "\"m" + QByteArray::number(index) + "\": " + QByteArray::number(index) + ",";
    largeObject += "\"last\": [[[]]]}";

    engage::JsonTapeParser parser;
    engage::JsonTape tape;
    QVERIFY(!parser.parse(largeObject, tape)); // past the linear duplicate search
    QCOMPARE(tape.toInteger(*tape.member(0, "m39")), std::optional<qint64>(39));
    const std::optional<JsonParseError> unclosed = parser.parse(R"({"a": [1, {"b": [)", tape);
    QVERIFY(unclosed);
    QCOMPARE(unclosed->code, JsonParseError::Code::UnexpectedEnd);
    // The names of the large object and the containers left open are forgotten.
    QVERIFY(!parser.parse(R"({"m0": 1, "m1": {"m0": 2}})", tape));
    QCOMPARE(tape.toInteger(*tape.member(0, "m0")), std::optional<qint64>(1));
    QVERIFY(!parser.parse(R"([1])", tape));
    QCOMPARE(tape.type(0), JsonValue::Type::Array);
    // And a duplicate is still found, in a small object and in a large one.
    QCOMPARE(parser.parse(R"({"m0": 1, "m0": 2})", tape)->code,
             JsonParseError::Code::DuplicateMember);
    QCOMPARE(parser.parse(largeObject.replace("\"last\"", "\"m3\""), tape)->code,
             JsonParseError::Code::DuplicateMember);
    const std::optional<JsonParseError> tooDeep =
        parser.parse(R"([[[1]]])", tape, engage::JsonParseOptions{2});
    QCOMPARE(tooDeep->code, JsonParseError::Code::TooDeep);
    QVERIFY(!parser.parse(R"([[[1]]])", tape));
}

// Strings are scanned sixteen bytes at a time: an escape, a character that is not ASCII, a
// control character or a bad byte is found wherever it stands in a block, and so is the end.
void TestJsonParser::findsWhatEndsAPlainRunAtEveryPlaceOfALongString()
{
    for (int place = 0; place < 40; ++place) {
        const QByteArray before(place, 'a');
        const QByteArray after(40 - place, 'b');
        const auto parsed = [&](const QByteArray& middle) {
            return parseJson("\"" + before + middle + after + "\"");
        };
        QCOMPARE(parsed("\\\"").value->text(), QString::fromLatin1(before + '"' + after));
        QCOMPARE(parsed("\xc3\xa9").value->text(), QString::fromUtf8(before + "\xc3\xa9" + after));
        QCOMPARE(parsed("").value->text(), QString::fromLatin1(before + after));
        const JsonParseResult control = parsed("\x01");
        QVERIFY(control.error);
        QCOMPARE(control.error->code, JsonParseError::Code::InvalidString);
        QCOMPARE(control.error->position.column, place + 2);
        const JsonParseResult badByte = parsed("\xff");
        QVERIFY(badByte.error);
        QCOMPARE(badByte.error->code, JsonParseError::Code::InvalidUtf8);
        QCOMPARE(badByte.error->position.column, place + 2);
        QCOMPARE(parseJson("\"" + before).error->code, JsonParseError::Code::UnexpectedEnd);
    }
}

QTEST_GUILESS_MAIN(TestJsonParser)
#include "test_json_parser.moc"
