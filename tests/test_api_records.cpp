// The records of the public API's lists (models/api/api_records): what the client reads from a
// real Engage domain, with the members of the OpenAPI schema it does not use and members newer
// than it, and what the emulator writes.

#include "api/api_records.h"
#include "json/json_parser.h"
#include "json/json_writer.h"

#include <QTest>

using namespace engage;

namespace {

JsonValue parsed(const QByteArray& json)
{
    JsonParseResult result = parseJson(json);
    return result.value ? *result.value : JsonValue();
}

} // namespace

class TestApiRecords : public QObject
{
    Q_OBJECT

private slots:
    void communityTakesTheSchemasAndUnknownMembers();
    void communityIsWrittenWithWhatTheServerGave();
    void customFieldTakesTheSchemasAndUnknownMembers();
    void customFieldOfTheWrongShapeIsRefused_data();
    void customFieldOfTheWrongShapeIsRefused();
    void customFieldIsWrittenWithTheSchemasFieldsAndNoRegex();
    void pageSaysItsOffsetLimitAndCap();
};

void TestApiRecords::communityTakesTheSchemasAndUnknownMembers()
{
    const std::optional<CommunityRecord> community = CommunityRecord::fromJson(
        parsed(R"({"id": "c1", "name": "Chat", "type": "messaging", "active": false,
                   "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-02T00:00:00Z",
                   "region": "eu", "settings": {"nested": [1]}})"));
    QVERIFY(community);
    QCOMPARE(community->name, QStringLiteral("Chat"));
    QCOMPARE(community->active, false);
    QCOMPARE(community->updatedAt, QStringLiteral("2025-01-02T00:00:00Z"));
    QVERIFY(!CommunityRecord::fromJson(parsed(R"({"id": "c1", "name": "Chat", "type": 3})")));
}

void TestApiRecords::communityIsWrittenWithWhatTheServerGave()
{
    const std::optional<CommunityRecord> bare =
        CommunityRecord::fromJson(parsed(R"({"id": "c1", "name": "Chat", "created_at": null})"));
    QVERIFY(bare);
    QCOMPARE(engage::toCompactJson(bare->toJson()),
             QByteArray(R"({"id":"c1","name":"Chat","active":true})"));
    const QByteArray whole =
        R"({"id":"c1","name":"Chat","type":"messaging","active":false,)"
        R"("created_at":"2025-01-01T00:00:00Z","updated_at":"2025-01-02T00:00:00Z"})";
    QCOMPARE(engage::toCompactJson(CommunityRecord::fromJson(parsed(whole))->toJson()), whole);
}

void TestApiRecords::customFieldTakesTheSchemasAndUnknownMembers()
{
    // Every member of the OpenAPI schema CustomField, and one it does not have.
    const std::optional<CustomFieldRecord> field = CustomFieldRecord::fromJson(
        parsed(R"({"id": "5f3a", "key": "tier", "label": "Tier", "type": "single_choice",
                   "associated_type_name": "IdentityGroup", "multiple": true, "position": 4,
                   "created_at": "2025-01-01T00:00:00Z", "updated_at": "2025-01-02T00:00:00Z",
                   "choices": ["gold", "silver"]})"));
    QVERIFY(field);
    QCOMPARE(field->key, QStringLiteral("tier"));
    QCOMPARE(field->multiple, true);
    QCOMPARE(field->position, 4);
    QCOMPARE(field->createdAt, QStringLiteral("2025-01-01T00:00:00Z"));
    QVERIFY(field->isIdentityGroupField());
    // A regex sent by some gateway is not the server's to give: the catalogue keeps the file's.
    const std::optional<CustomFieldRecord> withRegex =
        CustomFieldRecord::fromJson(parsed(R"({"id": "1", "key": "k", "regex": "^x$"})"));
    QVERIFY(withRegex);
    QCOMPARE(withRegex->toCustomField().regex, std::nullopt);
}

void TestApiRecords::customFieldOfTheWrongShapeIsRefused_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::newRow("no key") << QByteArray(R"({"id": "1", "label": "L"})");
    QTest::newRow("label a number") << QByteArray(R"({"key": "k", "label": 5})");
    QTest::newRow("multiple a string") << QByteArray(R"({"key": "k", "multiple": "yes"})");
    QTest::newRow("position a fraction") << QByteArray(R"({"key": "k", "position": 1.5})");
    QTest::newRow("position a string") << QByteArray(R"({"key": "k", "position": "1"})");
    QTest::newRow("position past int") << QByteArray(R"({"key": "k", "position": 4294967296})");
    QTest::newRow("created_at a number") << QByteArray(R"({"key": "k", "created_at": 1})");
}

void TestApiRecords::customFieldOfTheWrongShapeIsRefused()
{
    QFETCH(QByteArray, field);
    QVERIFY(!CustomFieldRecord::fromJson(parsed(field)));
}

void TestApiRecords::customFieldIsWrittenWithTheSchemasFieldsAndNoRegex()
{
    CustomFieldRecord field;
    field.id = QStringLiteral("cf9");
    field.key = QStringLiteral("customer_id");
    field.label = QStringLiteral("Customer id");
    field.type = QStringLiteral("string");
    field.associatedTypeName = identityGroupType;
    field.position = 2;
    const JsonValue written = field.toJson();
    QStringList names;
    for (const auto& [name, value] : written.members())
        names.append(name);
    QCOMPARE(names,
             (QStringList{QStringLiteral("id"), QStringLiteral("key"), QStringLiteral("label"),
                          QStringLiteral("type"), QStringLiteral("associated_type_name"),
                          QStringLiteral("multiple"), QStringLiteral("position"),
                          QStringLiteral("created_at"), QStringLiteral("updated_at")}));
    QCOMPARE(CustomFieldRecord::fromJson(written), std::optional(field));
}

void TestApiRecords::pageSaysItsOffsetLimitAndCap()
{
    RecordPage page;
    page.count = 10000;
    page.offset = 150;
    page.limit = 150;
    page.countCapped = true;
    QCOMPARE(
        page.toJson(),
        QByteArray(R"({"count":10000,"count_capped":true,"offset":150,"limit":150,"records":[]})"));
    page.countCapped = false;
    QCOMPARE(page.toJson(), QByteArray(R"({"count":10000,"offset":150,"limit":150,"records":[]})"));
    QCOMPARE(RecordPage::countOf(parsed(page.toJson())), std::optional<qint64>(10000));
}

QTEST_GUILESS_MAIN(TestApiRecords)
#include "test_api_records.moc"
