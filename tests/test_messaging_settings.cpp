// The admin API's data as the client reads it and the emulator writes it: messaging settings
// bodies, list records and pages, and the sync record kept beside a pulled file.

#include "api/api_records.h"
#include "api/messaging_settings.h"
#include "api/sync_record.h"
#include "config/config_diff.h"
#include "config/config_writer.h"
#include "json/json_parser.h"
#include "support/test_files.h"
#include "sync/sync_plan.h"

#include <QTemporaryDir>
#include <QTest>

using namespace engage;

namespace {

CommunityConfig settings()
{
    CommunityConfig config;
    config.signedIdentities = SignedIdentities::require;
    config.extraValuesMapping = {
        {QStringLiteral("uuid"), QStringLiteral("custom_field:customer_id")}};
    config.jwtKeys = {{QStringLiteral("prod"), JwtAlgorithm::hs256,
                       QStringLiteral("9aeaf06388b8ab6487d1605b"), std::nullopt}};
    return config;
}

JsonValue parsed(const QByteArray& json)
{
    return *parseJson(json).value;
}

} // namespace

class TestMessagingSettings : public QObject
{
    Q_OBJECT

private slots:
    void bodyRoundTripsThroughTheConfigurationWriterAndReader();
    void bodyHoldsOnlyTheSettingsMembers();
    void malformedBodiesAreBadResponses_data();
    void malformedBodiesAreBadResponses();
    void invalidValuesAreReadAsTheyAre();
    void appliedKeepsTheCommunityAndTheCatalogue();
    void validationUsesTheServerCatalogue();
    void recordsReadWhatTheEmulatorWrites();
    void recordsOfTheWrongShapeAreRefused_data();
    void recordsOfTheWrongShapeAreRefused();
    void pagesNeedACountAndRecords();
    void syncRecordRoundTripsBesideTheFile();
    void unreadableSyncRecordIsAnError();
    void syncRecordWithARealSecretKeepsOnlyItsFingerprint();
};

void TestMessagingSettings::bodyRoundTripsThroughTheConfigurationWriterAndReader()
{
    const QByteArray body =
        messagingSettingsJson(settings(), QStringLiteral("2026-01-01T00:00:00Z"));
    const MessagingSettings::ReadResult read =
        MessagingSettings::readAnswer(body, QStringLiteral("\"v3\""));
    QVERIFY(!read.error);
    QCOMPARE(read.remote->settings, settings());
    QCOMPARE(read.remote->etag, QStringLiteral("\"v3\""));
    QCOMPARE(read.remote->updatedAt, QStringLiteral("2026-01-01T00:00:00Z"));
}

void TestMessagingSettings::bodyHoldsOnlyTheSettingsMembers()
{
    CommunityConfig config = settings();
    config.community.id = QStringLiteral("abc");
    config.customFields = {{QStringLiteral("customer_id"), QStringLiteral("Customer id"),
                            QStringLiteral("string"), std::nullopt}};
    const JsonValue body = parsed(messagingSettingsJson(config));
    QStringList names;
    for (const JsonValue::Member& member : body.members())
        names.append(member.first);
    QCOMPARE(names,
             (QStringList{QStringLiteral("signed_identities"),
                          QStringLiteral("extra_values_mapping"), QStringLiteral("jwt_keys")}));
}

void TestMessagingSettings::malformedBodiesAreBadResponses_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("not JSON") << QByteArray("{\"signed_identities\":");
    QTest::newRow("not an object") << QByteArray("[]");
    QTest::newRow("keys not an array") << QByteArray(R"({"jwt_keys": {"id": "x"}})");
    QTest::newRow("mode not a string") << QByteArray(R"({"signed_identities": true})");
    QTest::newRow("row not an object") << QByteArray(R"({"extra_values_mapping": [3]})");
}

void TestMessagingSettings::malformedBodiesAreBadResponses()
{
    QFETCH(QByteArray, body);
    const MessagingSettings::ReadResult read =
        MessagingSettings::readAnswer(body, QStringLiteral("e"));
    QVERIFY(!read.remote);
    QVERIFY(read.error);
    QCOMPARE(read.error->kind, ApiErrorKind::BadResponse);
}

void TestMessagingSettings::invalidValuesAreReadAsTheyAre()
{
    // Shown and fixed in the editor, not refused: the server holds what it holds.
    const MessagingSettings::ReadResult read = MessagingSettings::readAnswer(
        R"({"signed_identities": "sometimes", "jwt_keys": [{"id": "Bad Id", "algorithm": "HS999"}], "extra": 1})",
        QStringLiteral("e"));
    QVERIFY(!read.error);
    QCOMPARE(read.remote->settings.signedIdentities, QStringLiteral("sometimes"));
    QCOMPARE(read.remote->settings.jwtKeys[0].id, QStringLiteral("Bad Id"));
}

void TestMessagingSettings::appliedKeepsTheCommunityAndTheCatalogue()
{
    CommunityConfig local;
    local.community = {QStringLiteral("abc"), QStringLiteral("Chat"),
                       QStringLiteral("https://x/1.0")};
    local.customFields = {{QStringLiteral("customer_id"), QString(), QString(), std::nullopt}};
    local.signedIdentities = SignedIdentities::accept;
    const CommunityConfig result = MessagingSettings::applied(local, settings());
    QCOMPARE(result.community, local.community);
    QCOMPARE(result.customFields, local.customFields);
    QCOMPARE(result.signedIdentities, SignedIdentities::require);
    QCOMPARE(result.jwtKeys, settings().jwtKeys);
}

void TestMessagingSettings::validationUsesTheServerCatalogue()
{
    QVERIFY(hasErrors(MessagingSettings::validate(settings(), {})));
    const QList<CustomField> catalogue{
        {QStringLiteral("customer_id"), QStringLiteral("Customer id"), QStringLiteral("string"),
         QStringLiteral("^C[0-9]{8}$")},
        // A broken catalogue entry is the server's, not the PUT's.
        {QStringLiteral("Bad Key"), QString(), QString(), std::nullopt}};
    QCOMPARE(MessagingSettings::validate(settings(), catalogue), Diagnostics());
}

void TestMessagingSettings::recordsReadWhatTheEmulatorWrites()
{
    const CommunityRecord community{QStringLiteral("abc"),
                                    QStringLiteral("Chat"),
                                    QStringLiteral("messaging"),
                                    false,
                                    QStringLiteral("2025-01-01T00:00:00Z"),
                                    QStringLiteral("2025-01-02T00:00:00Z")};
    QCOMPARE(CommunityRecord::fromJson(community.toJson()), std::optional(community));
    CustomFieldRecord field;
    field.id = QStringLiteral("7");
    field.key = QStringLiteral("customer_id");
    field.label = QStringLiteral("Customer id");
    field.type = QStringLiteral("string");
    field.associatedTypeName = identityGroupType;
    QCOMPARE(CustomFieldRecord::fromJson(field.toJson()), std::optional(field));
    QVERIFY(field.isIdentityGroupField());
    // The public API has no regex: a catalogue's regex is the local file's.
    QCOMPARE(field.toCustomField().regex, std::nullopt);
}

void TestMessagingSettings::recordsOfTheWrongShapeAreRefused_data()
{
    QTest::addColumn<QByteArray>("community");
    QTest::newRow("no id") << QByteArray(R"({"name": "Chat"})");
    QTest::newRow("numeric name") << QByteArray(R"({"id": "a", "name": 5})");
    QTest::newRow("active as a string")
        << QByteArray(R"({"id": "a", "name": "b", "active": "yes"})");
    QTest::newRow("array") << QByteArray("[]");
}

void TestMessagingSettings::recordsOfTheWrongShapeAreRefused()
{
    QFETCH(QByteArray, community);
    QVERIFY(!CommunityRecord::fromJson(parsed(community)));
}

void TestMessagingSettings::pagesNeedACountAndRecords()
{
    const RecordPage page{2, {parsed("{}")}};
    const JsonValue written = parsed(page.toJson());
    QCOMPARE(RecordPage::countOf(written), std::optional<qint64>(2));
    QCOMPARE(written.member(u"records")->items().size(), std::size_t(1));
    QVERIFY(!RecordPage::countOf(parsed(R"({"count": -1, "records": []})")));
    QVERIFY(!RecordPage::countOf(parsed(R"({"count": 1.5, "records": []})")));
    QVERIFY(!RecordPage::countOf(parsed(R"({"count": 1})")));
    QVERIFY(!RecordPage::countOf(parsed(R"({"count": 1, "records": {}})")));
}

void TestMessagingSettings::syncRecordRoundTripsBesideTheFile()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("community.json"));
    QVERIFY(!SyncRecord::load(file).base);
    QVERIFY(!SyncRecord::load(file).error);
    const SyncRecord base{QStringLiteral("https://acme.example/1.0"), QStringLiteral("abc"),
                          QStringLiteral("\"v7\"")};
    QVERIFY(!base.save(file));
    QCOMPARE(SyncRecord::pathFor(file), file + QStringLiteral(".sync"));
    const SyncRecordLoadResult loaded = SyncRecord::load(file);
    QVERIFY(loaded.base);
    QCOMPARE(loaded.base->etag, base.etag);
    QVERIFY(loaded.base->isFor(QUrl(QStringLiteral("https://acme.example/1.0")),
                               QStringLiteral("abc")));
    QVERIFY(!loaded.base->isFor(QUrl(QStringLiteral("https://acme.example/1.0")),
                                QStringLiteral("xyz")));
}

void TestMessagingSettings::unreadableSyncRecordIsAnError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("community.json"));
    writeAll(SyncRecord::pathFor(file), "{\"etag\": 5}");
    const SyncRecordLoadResult loaded = SyncRecord::load(file);
    QVERIFY(!loaded.base);
    QVERIFY(loaded.error);
    QVERIFY(loaded.error->contains(QLatin1String("pull again")));
}

// A hand-edited record whose base holds a secret itself (pasted from the file) is read as its
// fingerprint: no part of the secret reaches a conflict's text or the record written back,
// and the base still matches the server's unchanged key.
void TestMessagingSettings::syncRecordWithARealSecretKeepsOnlyItsFingerprint()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("community.json"));
    const QString secret = settings().jwtKeys[0].secret.value();
    writeAll(
        SyncRecord::pathFor(file),
        R"({"format":"engage-sync-base","server":"https://acme.example/1.0",)"
        R"("community":"abc","etag":"\"v1\"","settings":{"signed_identities":"require",)"
        R"("extra_values_mapping":[{"key":"uuid","field":"custom_field:customer_id"}],)"
        R"("jwt_keys":[{"id":"prod","algorithm":"HS256","secret":"9aeaf06388b8ab6487d1605b"}]}})");
    const SyncRecordLoadResult loaded = SyncRecord::load(file);
    QVERIFY(loaded.base && loaded.base->settings);
    QCOMPARE(loaded.base->settings->jwtKeys[0].secret.value_or(QString()),
             ConfigDiff::secretFingerprint(secret));

    // The server still holds the base's key and changed the mode; the file changed the key.
    CommunityConfig theirs = settings();
    theirs.signedIdentities = SignedIdentities::accept;
    CommunityConfig yours = settings();
    yours.jwtKeys[0].secret = QStringLiteral("0123456789abcdef01234567");
    const SyncPlan::Plan merged =
        SyncPlan::plan(loaded.base, {theirs, QStringLiteral("\"v2\""), QString()}, yours);
    QCOMPARE(merged.outcome, SyncPlan::Plan::Outcome::Push);
    QVERIFY(merged.conflicts.isEmpty());
    QCOMPARE(merged.merged.signedIdentities, SignedIdentities::accept);

    // Both sides changed the key: the base is shown as a fingerprint.
    theirs.jwtKeys[0].secret = QStringLiteral("abcdefabcdefabcdefabcdef");
    const SyncPlan::Plan conflicting =
        SyncPlan::plan(loaded.base, {theirs, QStringLiteral("\"v2\""), QString()}, yours);
    QCOMPARE(conflicting.conflicts.size(), 1);
    QVERIFY(conflicting.conflicts[0].base.contains(QLatin1String("sha256:")));
    QVERIFY(!conflicting.conflicts[0].base.contains(secret.left(8)));

    QVERIFY(!loaded.base->save(file));
    QVERIFY(!readAll(SyncRecord::pathFor(file)).contains(secret.left(8).toUtf8()));
}

QTEST_GUILESS_MAIN(TestMessagingSettings)
#include "test_messaging_settings.moc"
