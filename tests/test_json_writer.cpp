// The JSON writers: document order, numbers as written, RFC 8259 string escapes, and text
// that the strict parser reads back to the same value; the indented form for people to read.

#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QTest>

using namespace engage;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesCompactTextInDocumentOrder_data();
    void writesCompactTextInDocumentOrder();
    void escapesStrings_data();
    void escapesStrings();
    void replacesLoneSurrogates();
    void appendsToExistingText();
    void cursorWritesWhatAppendWrites_data();
    void cursorWritesWhatAppendWrites();
    void longestStringFillsItsRoomExactly();
    void indentsForPeopleInDocumentOrder();
};

void TestJsonWriter::writesCompactTextInDocumentOrder_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("literals") << QByteArray("[ null , true , false ]")
                              << QByteArray("[null,true,false]");
    QTest::newRow("members keep their order")
        << QByteArray(R"({ "z": 1, "a": 2, "m": 3 })") << QByteArray(R"({"z":1,"a":2,"m":3})");
    QTest::newRow("numbers as written")
        << QByteArray("[1.50, -0, 1E+3, 12345678901234567890123, 0.1e-7]")
        << QByteArray("[1.50,-0,1E+3,12345678901234567890123,0.1e-7]");
    QTest::newRow("empty containers")
        << QByteArray(R"({"a": [], "b": {}})") << QByteArray(R"({"a":[],"b":{}})");
    QTest::newRow("nested") << QByteArray("{\n  \"a\": [ {\"b\": [1, {\"c\": null}]} ]\n}\n")
                            << QByteArray(R"({"a":[{"b":[1,{"c":null}]}]})");
    QTest::newRow("escapes normalised")
        << QByteArray(R"(["\u0041\/\u00e9"])") << QByteArray("[\"A/\xc3\xa9\"]");
    QTest::newRow("escaped member name")
        << QByteArray(R"({"a\"b": 1})") << QByteArray(R"({"a\"b":1})");
    QTest::newRow("already compact") << QByteArray("{\"a\":[1,{\"b\":null}],\"c\":\"\xc3\xa9\"}")
                                     << QByteArray("{\"a\":[1,{\"b\":null}],\"c\":\"\xc3\xa9\"}");
    QTest::newRow("escape written as it was")
        << QByteArray(R"(["a\"b"])") << QByteArray(R"(["a\"b"])");
    QTest::newRow("controls escaped again")
        << QByteArray(R"(["\b\f\n\r\t\u0000\u001F\u007f\u009B\u202E"])")
        << QByteArray(R"(["\b\f\n\r\t\u0000\u001f\u007f\u009b\u202e"])");
    // Valid raw in JSON, but they could drive a terminal or reorder a line: compact in form,
    // yet not the writer's text.
    QTest::newRow("raw DEL, C1 and bidi controls escaped")
        << QByteArray("[\"a\x7f\xc2\x9b\xc2\xa0\xd8\x9c\xe2\x80\x8f\xe2\x80\xa8\xe2\x80\xae\xe2\x81"
                      "\xa9\"]")
        << QByteArray("[\"a\\u007f\\u009b\xc2\xa0\\u061c\\u200f\\u2028\\u202e\\u2069\"]");
    QTest::newRow("raw U+202E in a member name escaped")
        << QByteArray("{\"\xe2\x80\xae\":1}") << QByteArray(R"({"\u202e":1})");
    QTest::newRow("UTF-8 as it is")
        << QByteArray("{\"\xc3\xa9\": \"\xe2\x82\xac \\ud83d\\ude00 \xf0\x9f\x98\x80\"}")
        << QByteArray("{\"\xc3\xa9\":\"\xe2\x82\xac \xf0\x9f\x98\x80 \xf0\x9f\x98\x80\"}");
}

void TestJsonWriter::writesCompactTextInDocumentOrder()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);

    const JsonParseResult parsed = parseJson(input);
    QVERIFY(parsed.value);
    const QByteArray written = toCompactJson(*parsed.value);
    QCOMPARE(written, expected);
    // A tape of the same text writes the same bytes.
    JsonTape tape;
    QVERIFY(!parseJson(input, tape));
    QByteArray writtenFromTape = "previous text ";
    appendCompactJson(writtenFromTape, tape);
    QCOMPARE(writtenFromTape, "previous text " + expected);
    // A text said to be compact already is what the writer writes.
    QCOMPARE(tape.isCompactText(), QTest::currentDataTag() == QByteArray("already compact"));
    // What is written reads back as the same text.
    const JsonParseResult reread = parseJson(written);
    QVERIFY(reread.value);
    QCOMPARE(toCompactJson(*reread.value), written);
}

void TestJsonWriter::escapesStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("plain") << QStringLiteral("abc") << QByteArray(R"("abc")");
    QTest::newRow("empty") << QString() << QByteArray(R"("")");
    QTest::newRow("quote and backslash") << QStringLiteral("a\"b\\c") << QByteArray(R"("a\"b\\c")");
    QTest::newRow("short escapes") << QStringLiteral("\b\f\n\r\t") << QByteArray(R"("\b\f\n\r\t")");
    QTest::newRow("other controls")
        << QString(QChar(0)) + QChar(0x1b) + QChar(0x1f) << QByteArray(R"("\u0000\u001b\u001f")");
    QTest::newRow("DEL escaped, slash as it is")
        << QStringLiteral("\x7f/") << QByteArray(R"("\u007f/")");
    QTest::newRow("C1 controls, CSI U+009B among them")
        << QString(QChar(0x80)) + QChar(0x9b) + QStringLiteral("2K") + QChar(0x9f) + QChar(0xa0)
        << QByteArray("\"\\u0080\\u009b2K\\u009f\xc2\xa0\"");
    QTest::newRow("bidi marks, embeddings, overrides and isolates")
        << QString(QChar(0x061c)) + QChar(0x200e) + QChar(0x200f) + QChar(0x202a) + QChar(0x202e) +
               QChar(0x2066) + QChar(0x2069)
        << QByteArray(R"("\u061c\u200e\u200f\u202a\u202e\u2066\u2069")");
    QTest::newRow("two-byte UTF-8") << QString::fromUtf8("\xc3\xa9") << QByteArray("\"\xc3\xa9\"");
    QTest::newRow("three-byte UTF-8")
        << QString::fromUtf8("\xe2\x82\xac") << QByteArray("\"\xe2\x82\xac\"");
    // As JavaScript needs them (before ES2019), and as terminals may break lines at them.
    QTest::newRow("line and paragraph separators escaped")
        << QString(QChar(0x2028)) + QChar(0x2029) << QByteArray(R"("\u2028\u2029")");
    QTest::newRow("surrogate pair")
        << QString::fromUtf8("\xf0\x9f\x98\x80") << QByteArray("\"\xf0\x9f\x98\x80\"");
    // Long texts are copied eight units at a time: what needs care anywhere in a block of eight.
    QTest::newRow("long plain text")
        << QStringLiteral("custom_field:customer_id~0123456789 ABCDEFGHIJ")
        << QByteArray("\"custom_field:customer_id~0123456789 ABCDEFGHIJ\"");
    QTest::newRow("DEL inside a block") << QStringLiteral("abc\x7f"
                                                          "defghijkl")
                                        << QByteArray(R"("abc\u007fdefghijkl")");
    QTest::newRow("escapes at every place of a block")
        << QStringLiteral("abcdefg\"hijklmn\\opqrstu\nvwxyzAB\x01"
                          "CDEFGHIJ")
        << QByteArray(R"("abcdefg\"hijklmn\\opqrstu\nvwxyzAB\u0001CDEFGHIJ")");
    QTest::newRow("non-ASCII inside a block")
        << QString::fromUtf8("0123456\xc3\xa9"
                             "89abcdef\xf0\x9f\x98\x80ghijklmnop\xe2\x82\xac")
        << QByteArray("\"0123456\xc3\xa9"
                      "89abcdef\xf0\x9f\x98\x80ghijklmnop\xe2\x82\xac\"");
}

void TestJsonWriter::escapesStrings()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    QCOMPARE(toCompactJson(JsonValue::makeString(text)), expected);
    // The overload for UTF-8 text, which writes the strings of a parsed document, agrees.
    QByteArray fromUtf8;
    const QByteArray utf8 = text.toUtf8();
    appendJsonString(fromUtf8, std::string_view(utf8.constData(), utf8.size()));
    QCOMPARE(fromUtf8, expected);
    const JsonParseResult reread = parseJson(expected);
    QVERIFY2(reread.value, reread.error ? qPrintable(reread.error->message) : "");
    QCOMPARE(reread.value->text(), text);
}

// No Unicode text holds them, and the strict parser refuses their escapes.
void TestJsonWriter::replacesLoneSurrogates()
{
    const QString loneHigh = QString(QChar(0xd83d)) + QLatin1Char('x');
    QCOMPARE(toCompactJson(JsonValue::makeString(loneHigh)), QByteArray("\"\xef\xbf\xbdx\""));
    const QString loneLowAtTheEnd = QLatin1Char('x') + QString(QChar(0xde00));
    QCOMPARE(toCompactJson(JsonValue::makeString(loneLowAtTheEnd)),
             QByteArray("\"x\xef\xbf\xbd\""));
}

void TestJsonWriter::appendsToExistingText()
{
    QByteArray line = R"({"kid":)";
    appendJsonString(line, u"pr\"od");
    line += R"(,"payload":)";
    appendCompactJson(line, JsonValue::makeObject({{QStringLiteral("exp"),
                                                    JsonValue::makeNumber(QStringLiteral("7"))}}));
    line += '}';
    QCOMPARE(line, QByteArray("{\"kid\":\"pr\\\"od\",\"payload\":{\"exp\":7}}"));
}

void TestJsonWriter::cursorWritesWhatAppendWrites_data()
{
    escapesStrings_data();
}

void TestJsonWriter::cursorWritesWhatAppendWrites()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);

    QByteArray line(4 + maxJsonStringSize(text.size()), '#');
    JsonTextCursor cursor(line.data());
    cursor.raw("[");
    cursor.string(text);
    cursor.raw("]");
    QCOMPARE(QByteArray(line.constData(), cursor.position() - line.constData()),
             "[" + expected + "]");
}

// Control characters take the longest escapes: their room is all they may take.
void TestJsonWriter::longestStringFillsItsRoomExactly()
{
    const QString controls(50, QChar(0x01));
    QByteArray room(maxJsonStringSize(controls.size()), '#');
    JsonTextCursor cursor(room.data());
    cursor.string(controls);
    QCOMPARE(cursor.position() - room.constData(), room.size());
    QVERIFY(room.endsWith("\\u0001\""));
}

void TestJsonWriter::indentsForPeopleInDocumentOrder()
{
    const JsonParseResult parsed =
        parseJson(R"({"z": [1, {"b\"c": "\u00e9\n"}, []], "a": {}, "m": {"x": null, "y": 1.50}})");
    QVERIFY(parsed.value);
    const QByteArray indented = toIndentedJson(*parsed.value);
    QCOMPARE(indented, QByteArray("{\n"
                                  "  \"z\": [\n"
                                  "    1,\n"
                                  "    {\n"
                                  "      \"b\\\"c\": \"\xc3\xa9\\n\"\n"
                                  "    },\n"
                                  "    []\n"
                                  "  ],\n"
                                  "  \"a\": {},\n"
                                  "  \"m\": {\n"
                                  "    \"x\": null,\n"
                                  "    \"y\": 1.50\n"
                                  "  }\n"
                                  "}\n"));
    const JsonParseResult reread = parseJson(indented);
    QVERIFY(reread.value);
    QCOMPARE(toCompactJson(*reread.value), toCompactJson(*parsed.value));
    QCOMPARE(toIndentedJson(JsonValue::makeString(QStringLiteral("x"))), QByteArray("\"x\"\n"));
}

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "test_json_writer.moc"
