// The payload the workbench signs (models/jwt/test_token_payload.h): the example it starts
// from under a configuration, and the edited text read back.

#include "config/community_config.h"
#include "config/visitor_uuid_key.h"
#include "json/json_parser.h"
#include "jwt/test_token_payload.h"

#include <QTest>

using namespace engage;

class TestTestTokenPayload : public QObject
{
    Q_OBJECT

private slots:
    void exampleHasAnExtraValueForEachMappedKeyOnce();
    void exampleReadsTheVisitorUuidAtTheTopLevel();
    void readingSaysWhereTheJsonIsInvalid();
    void readingGivesThePayloadAsWritten();
};

void TestTestTokenPayload::exampleHasAnExtraValueForEachMappedKeyOnce()
{
    CommunityConfig config;
    config.extraValuesMapping = {
        MappingRow{QStringLiteral("cell_number"), QStringLiteral("mobile_phone")},
        MappingRow{QStringLiteral("cell_number"), QStringLiteral("custom_field:cell")},
        MappingRow{QString(), QStringLiteral("first_name")},
        MappingRow{QStringLiteral("plan"), QStringLiteral("custom_field:plan")},
    };
    const JsonParseResult parsed = parseJson(TestTokenPayload::example(config).toUtf8());
    QVERIFY(parsed.value);
    const JsonValue* extraValues = parsed.value->member(u"extra_values");
    QVERIFY(extraValues);
    QCOMPARE(extraValues->members().size(), size_t(2));
    QCOMPARE(extraValues->members().at(0).first, QStringLiteral("cell_number"));
    QCOMPARE(extraValues->members().at(1).first, QStringLiteral("plan"));
}

// docs/file-format.md: the mapping key "uuid" maps the token's top-level uuid, not an extra value.
void TestTestTokenPayload::exampleReadsTheVisitorUuidAtTheTopLevel()
{
    CommunityConfig config;
    config.extraValuesMapping = {
        MappingRow{QStringLiteral("uuid"), QStringLiteral("custom_field:visitor")}};
    QVERIFY(isVisitorUuidKey(config.extraValuesMapping.first().key));
    const JsonParseResult parsed = parseJson(TestTokenPayload::example(config).toUtf8());
    QVERIFY(parsed.value);
    QVERIFY(parsed.value->member(u"uuid"));
    QVERIFY(parsed.value->member(u"extra_values")->members().empty());
}

void TestTestTokenPayload::readingSaysWhereTheJsonIsInvalid()
{
    const TestTokenPayload::Reading reading =
        TestTokenPayload::read(QStringLiteral("{\n  \"uuid\": \"visitor-1\",\n}"));
    QVERIFY(!reading.payload);
    QVERIFY2(reading.problem.startsWith(QStringLiteral("The payload is not valid JSON")),
             qPrintable(reading.problem));
    QVERIFY2(reading.problem.contains(QStringLiteral("line 3, column 1")),
             qPrintable(reading.problem));
}

void TestTestTokenPayload::readingGivesThePayloadAsWritten()
{
    const TestTokenPayload::Reading reading =
        TestTokenPayload::read(QStringLiteral(R"({"uuid":"visitor-1","exp":1767229200})"));
    QVERIFY(reading.problem.isEmpty());
    QVERIFY(reading.payload);
    QCOMPARE(reading.payload->members().at(1).first, QStringLiteral("exp"));
}

QTEST_GUILESS_MAIN(TestTestTokenPayload)
#include "test_test_token_payload.moc"
